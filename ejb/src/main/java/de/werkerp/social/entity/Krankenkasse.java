package de.werkerp.social.entity;

import de.werkerp.platform.entity.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;

/**
 * A Krankenkasse the tenant's workers are insured with: name and Betriebsnummer (8 digits; the key the person's
 * record refers to), with its own Zusatzbeitrag per period ({@link Zusatzbeitragssatz}).
 */
@Entity
@Table(name = "krankenkasse")
public class Krankenkasse extends TenantOwnedEntity {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Bitte den Namen der Krankenkasse angeben.")
    @Column(nullable = false)
    private String name;

    @NotNull(message = "Bitte die Betriebsnummer der Krankenkasse angeben.")
    @jakarta.validation.constraints.Pattern(regexp = "\\d{8}", message = "Die Betriebsnummer hat 8 Ziffern.")
    @Column(nullable = false)
    private String betriebsnummer;

    private boolean aktiv;

    public Krankenkasse() {
    }

    @Override
    public String displayType() {
        return "Krankenkasse";
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getBetriebsnummer() {
        return betriebsnummer;
    }

    public void setBetriebsnummer(String betriebsnummer) {
        this.betriebsnummer = betriebsnummer;
    }

    public boolean isAktiv() {
        return aktiv;
    }

    public void setAktiv(boolean aktiv) {
        this.aktiv = aktiv;
    }

}
