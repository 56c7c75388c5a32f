package de.werkerp.contract.entity;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import de.werkerp.platform.entity.BesondereKategorie;
import de.werkerp.platform.entity.Role;
import de.werkerp.platform.entity.TenantOwnedEntityMitAnschrift;

/**
 * A person working in an Einrichtung under a Werkstattvertrag (a "Beschäftigte"). Personenkreis and
 * gesetzliche Betreuung are special-category data: the services hide them from roles that do not
 * need them.
 */
@Entity
@Table(name = "beschaeftigter")
public class Beschaeftigter extends TenantOwnedEntityMitAnschrift {

    private static final long serialVersionUID = 1L;

    @NotBlank(message = "Bitte geben Sie den Vornamen ein.")
    @Size(max = 100, message = "Der Vorname darf höchstens 100 Zeichen lang sein.")
    @Column(nullable = false)
    private String vorname;

    @NotBlank(message = "Bitte geben Sie den Nachnamen ein.")
    @Size(max = 100, message = "Der Nachname darf höchstens 100 Zeichen lang sein.")
    @Column(nullable = false)
    private String nachname;

    @NotNull(message = "Bitte geben Sie das Geburtsdatum ein.")
    @de.werkerp.platform.entity.PlausiblesGeburtsdatum
    @Column(nullable = false)
    private LocalDate geburtsdatum;

    @NotNull(message = "Bitte wählen Sie das Geschlecht (oder „ohne Angabe“).")
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Geschlecht geschlecht;

    @Column(name = "rv_nummer")
    private String rvNummer;

    @Size(max = 200, message = "Der Name der Krankenkasse darf höchstens 200 Zeichen lang sein.")
    @Column(name = "krankenkasse_name")
    private String krankenkasseName;

    @Pattern(regexp = "\\d{8}", message = "Die Betriebsnummer der Krankenkasse besteht aus genau 8 Ziffern.")
    @Column(name = "krankenkasse_betriebsnummer")
    private String krankenkasseBetriebsnummer;

    private boolean kinderlos;

    @Min(value = 0, message = "Die Zahl der Kinder unter 25 darf nicht negativ sein.")
    @Max(value = 30, message = "Die Zahl der Kinder unter 25 ist unplausibel hoch.")
    @Column(name = "kinder_unter_25")
    private int kinderUnter25;

    private String iban;

    @Size(max = 200, message = "Der Kontoinhaber darf höchstens 200 Zeichen lang sein.")
    private String kontoinhaber;

    /**
     * A legal guardianship (§ 1814 BGB) rests on an illness or disability: who the guardian is reveals it. Read by the
     * tenant admin and the social service only (docs/rollen.md); the services strip it for every other role.
     */
    @BesondereKategorie(lesen = {Role.TENANT_ADMIN, Role.SOCIAL_SERVICE})
    @Size(max = 200, message = "Der Name der Betreuerin / des Betreuers darf höchstens 200 Zeichen lang sein.")
    @Column(name = "betreuer_name")
    private String betreuerName;

    /** Special-category data: the audit trail shows the values only to the roles that may read them (not to auditors). */
    @BesondereKategorie(lesen = {Role.TENANT_ADMIN, Role.SOCIAL_SERVICE})
    @Size(max = 500, message = "Der Aufgabenkreis der Betreuung darf höchstens 500 Zeichen lang sein.")
    @Column(name = "betreuung_umfang")
    private String betreuungUmfang;

    @BesondereKategorie(lesen = {Role.TENANT_ADMIN, Role.SOCIAL_SERVICE})
    @Size(max = 300, message = "Der Kontakt der Betreuung darf höchstens 300 Zeichen lang sein.")
    @Column(name = "betreuer_kontakt")
    private String betreuerKontakt;

    @BesondereKategorie(lesen = {Role.TENANT_ADMIN, Role.SOCIAL_SERVICE})
    @Enumerated(EnumType.STRING)
    private Personenkreis personenkreis;

    private boolean aktiv = true;

    /** The provider's staff number (optional, unique per tenant): the key of attendance imports. */
    @jakarta.validation.constraints.Size(max = 20, message = "Die Personalnummer hat höchstens 20 Zeichen.")
    private String personalnummer;

    /** The day the personal data was anonymised after the retention periods (null = not anonymised). */
    @Column(name = "anonymisiert_am")
    private LocalDate anonymisiertAm;

    /** What replaces a removed name or text (privacy.boundary.Loeschung). */
    public static final String ANONYMISIERT = "anonymisiert";

    /** The placeholder birth date of an anonymised person (the real one is removed; the column is required). */
    public static final LocalDate GEBURTSDATUM_ENTFERNT = LocalDate.of(1900, 1, 1);

    /**
     * Removes the personal data (Art. 17 DSGVO after the retention periods): names, birth date, address, SV number,
     * health insurance, bank account, staff number, guardian, Personenkreis. Kept: gender and children (no one is
     * identified by them; yearly figures by gender stay correct). Returns the names of the fields changed.
     */
    public java.util.List<String> anonymisieren(LocalDate heute) {
        vorname = ANONYMISIERT;
        nachname = ANONYMISIERT;
        geburtsdatum = GEBURTSDATUM_ENTFERNT;
        setStrasse(null);
        setPlz(null);
        setOrt(null);
        rvNummer = null;
        krankenkasseName = null;
        krankenkasseBetriebsnummer = null;
        iban = null;
        kontoinhaber = null;
        betreuerName = null;
        betreuungUmfang = null;
        betreuerKontakt = null;
        personenkreis = null;
        personalnummer = null;
        aktiv = false;
        anonymisiertAm = heute;
        return java.util.List.of("vorname", "nachname", "geburtsdatum", "strasse", "plz", "ort", "rvNummer",
                "krankenkasseName", "krankenkasseBetriebsnummer", "iban", "kontoinhaber", "betreuerName",
                "betreuungUmfang", "betreuerKontakt", "personenkreis", "personalnummer");
    }

    public LocalDate getAnonymisiertAm() {
        return anonymisiertAm;
    }

    public boolean isAnonymisiert() {
        return anonymisiertAm != null;
    }

    public String getPersonalnummer() {
        return personalnummer;
    }

    public void setPersonalnummer(String personalnummer) {
        this.personalnummer = personalnummer == null || personalnummer.isBlank() ? null : personalnummer.strip();
    }

    public Beschaeftigter() {
    }

    public Beschaeftigter(String vorname, String nachname, LocalDate geburtsdatum, Geschlecht geschlecht) {
        this.vorname = vorname;
        this.nachname = nachname;
        this.geburtsdatum = geburtsdatum;
        this.geschlecht = geschlecht;
    }

    @Override
    public String displayType() {
        return "Beschäftigte/r";
    }

    public String getName() {
        return nachname + ", " + vorname;
    }

    /**
     * Removes the special-category fields (Personenkreis, the whole Betreuung: guardian's name, contact and scope) from a
     * copy that leaves the service for a role without access.
     */
    public void ohneBesondereKategorien() {
        personenkreis = null;
        betreuungUmfang = null;
        betreuerName = null;
        betreuerKontakt = null;
    }

    public String getVorname() {
        return vorname;
    }

    public void setVorname(String vorname) {
        this.vorname = vorname;
    }

    public String getNachname() {
        return nachname;
    }

    public void setNachname(String nachname) {
        this.nachname = nachname;
    }

    public LocalDate getGeburtsdatum() {
        return geburtsdatum;
    }

    public void setGeburtsdatum(LocalDate geburtsdatum) {
        this.geburtsdatum = geburtsdatum;
    }

    public Geschlecht getGeschlecht() {
        return geschlecht;
    }

    public void setGeschlecht(Geschlecht geschlecht) {
        this.geschlecht = geschlecht;
    }

    public String getRvNummer() {
        return rvNummer;
    }

    public void setRvNummer(String rvNummer) {
        this.rvNummer = rvNummer;
    }

    public String getKrankenkasseName() {
        return krankenkasseName;
    }

    public void setKrankenkasseName(String krankenkasseName) {
        this.krankenkasseName = krankenkasseName;
    }

    public String getKrankenkasseBetriebsnummer() {
        return krankenkasseBetriebsnummer;
    }

    public void setKrankenkasseBetriebsnummer(String krankenkasseBetriebsnummer) {
        this.krankenkasseBetriebsnummer = krankenkasseBetriebsnummer;
    }

    public boolean isKinderlos() {
        return kinderlos;
    }

    public void setKinderlos(boolean kinderlos) {
        this.kinderlos = kinderlos;
    }

    public int getKinderUnter25() {
        return kinderUnter25;
    }

    public void setKinderUnter25(int kinderUnter25) {
        this.kinderUnter25 = kinderUnter25;
    }

    public String getIban() {
        return iban;
    }

    public void setIban(String iban) {
        this.iban = iban;
    }

    public String getKontoinhaber() {
        return kontoinhaber;
    }

    public void setKontoinhaber(String kontoinhaber) {
        this.kontoinhaber = kontoinhaber;
    }

    public String getBetreuerName() {
        return betreuerName;
    }

    public void setBetreuerName(String betreuerName) {
        this.betreuerName = betreuerName;
    }

    public String getBetreuungUmfang() {
        return betreuungUmfang;
    }

    public void setBetreuungUmfang(String betreuungUmfang) {
        this.betreuungUmfang = betreuungUmfang;
    }

    public String getBetreuerKontakt() {
        return betreuerKontakt;
    }

    public void setBetreuerKontakt(String betreuerKontakt) {
        this.betreuerKontakt = betreuerKontakt;
    }

    public Personenkreis getPersonenkreis() {
        return personenkreis;
    }

    public void setPersonenkreis(Personenkreis personenkreis) {
        this.personenkreis = personenkreis;
    }

    public boolean isAktiv() {
        return aktiv;
    }

    public void setAktiv(boolean aktiv) {
        this.aktiv = aktiv;
    }
}
