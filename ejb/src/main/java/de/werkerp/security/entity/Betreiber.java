package de.werkerp.security.entity;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An operator account: creates tenants, belongs to none, sees no tenant's personal data. */
@Entity
@Table(name = "betreiber")
public class Betreiber implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String benutzername;

    @Column(nullable = false)
    private String anzeigename;

    @Column(name = "passwort_hash", nullable = false)
    private String passwortHash;

    private boolean aktiv = true;

    protected Betreiber() {
    }

    public Betreiber(String benutzername, String anzeigename, String passwortHash) {
        this.benutzername = benutzername;
        this.anzeigename = anzeigename;
        this.passwortHash = passwortHash;
    }

    public Long getId() {
        return id;
    }

    public String getBenutzername() {
        return benutzername;
    }

    public String getAnzeigename() {
        return anzeigename;
    }

    public String getPasswortHash() {
        return passwortHash;
    }

    public void setPasswortHash(String passwortHash) {
        this.passwortHash = passwortHash;
    }

    public boolean isAktiv() {
        return aktiv;
    }
}
