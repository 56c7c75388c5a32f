package de.werkerp.tenant.entity;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The tenant: a Träger (provider) running one or more Einrichtungen. Managed by operators only. */
@Entity
@Table(name = "traeger")
public class Traeger implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @NotBlank(message = "Bitte geben Sie eine Kennung ein.")
    @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,39}", message = "Die Kennung besteht aus 2 bis 40 Kleinbuchstaben, Ziffern oder Bindestrichen.")
    @Column(nullable = false, unique = true)
    private String kennung;

    @NotBlank(message = "Bitte geben Sie den Namen des Trägers ein.")
    @Size(max = 200, message = "Der Name darf höchstens 200 Zeichen lang sein.")
    @Column(nullable = false)
    private String name;

    private boolean aktiv = true;

    @Column(name = "angelegt_am", nullable = false)
    private Instant angelegtAm = Instant.now();

    @Version
    private Long version;

    public Traeger() {
    }

    public Traeger(String kennung, String name) {
        this.kennung = kennung;
        this.name = name;
    }

    public Long getId() {
        return id;
    }

    public String getKennung() {
        return kennung;
    }

    public void setKennung(String kennung) {
        this.kennung = kennung;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public boolean isAktiv() {
        return aktiv;
    }

    public void setAktiv(boolean aktiv) {
        this.aktiv = aktiv;
    }

    public Instant getAngelegtAm() {
        return angelegtAm;
    }

    public Long getVersion() {
        return version;
    }
}
