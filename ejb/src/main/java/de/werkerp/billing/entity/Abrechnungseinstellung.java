package de.werkerp.billing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import de.werkerp.platform.entity.TenantOwnedEntity;
import de.werkerp.tenant.entity.Einrichtung;

/**
 * The invoicing party of an Einrichtung (the seller of EN 16931 / XRechnung): name, address, tax number (the services
 * are VAT-exempt under § 4 Nr. 16 UStG, so BR-E-02 needs the tax number), contact (BR-DE-2/5/6/7), bank account for
 * the credit transfer (BR-DE-1) and the payment term.
 */
@Entity
@Table(name = "abrechnungseinstellung")
public class Abrechnungseinstellung extends TenantOwnedEntity {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "einrichtung_id", nullable = false)
    private Einrichtung einrichtung;

    @NotBlank(message = "Bitte den Namen des Rechnungsstellers eingeben.")
    @Size(max = 200, message = "Der Name darf höchstens 200 Zeichen lang sein.")
    @Column(nullable = false)
    private String name;

    @NotBlank(message = "Bitte Straße und Hausnummer eingeben.")
    @Size(max = 200, message = "Die Straße darf höchstens 200 Zeichen lang sein.")
    @Column(nullable = false)
    private String strasse;

    @NotBlank(message = "Bitte die Postleitzahl eingeben.")
    @Size(max = 10, message = "Die Postleitzahl darf höchstens 10 Zeichen lang sein.")
    @Column(nullable = false)
    private String plz;

    @NotBlank(message = "Bitte den Ort eingeben.")
    @Size(max = 100, message = "Der Ort darf höchstens 100 Zeichen lang sein.")
    @Column(nullable = false)
    private String ort;

    @NotBlank(message = "Bitte das Institutionskennzeichen (IK) oder eine andere Kennung des Rechnungsstellers "
            + "eingeben (XRechnung BT-29).")
    @Size(max = 40, message = "Die Kennung darf höchstens 40 Zeichen lang sein.")
    @Column(nullable = false)
    private String kennung;

    @NotBlank(message = "Bitte die Steuernummer eingeben (Pflicht bei steuerfreien Leistungen, § 4 Nr. 16 UStG).")
    @Size(max = 40, message = "Die Steuernummer darf höchstens 40 Zeichen lang sein.")
    @Column(nullable = false)
    private String steuernummer;

    @NotBlank(message = "Bitte eine Ansprechperson eingeben (XRechnung BR-DE-5).")
    @Size(max = 200, message = "Die Ansprechperson darf höchstens 200 Zeichen lang sein.")
    @Column(name = "kontakt_name", nullable = false)
    private String kontaktName;

    @NotBlank(message = "Bitte eine Telefonnummer eingeben (XRechnung BR-DE-6).")
    @Size(max = 50, message = "Die Telefonnummer darf höchstens 50 Zeichen lang sein.")
    @Column(name = "kontakt_telefon", nullable = false)
    private String kontaktTelefon;

    @NotBlank(message = "Bitte eine E-Mail-Adresse eingeben (XRechnung BR-DE-7).")
    @Email(message = "Bitte eine gültige E-Mail-Adresse eingeben.")
    @Size(max = 200, message = "Die E-Mail-Adresse darf höchstens 200 Zeichen lang sein.")
    @Column(name = "kontakt_email", nullable = false)
    private String kontaktEmail;

    @NotBlank(message = "Bitte die IBAN für die Zahlungen eingeben.")
    @Size(max = 34, message = "Die IBAN hat höchstens 34 Zeichen.")
    @Column(nullable = false)
    private String iban;

    @Size(max = 11, message = "Die BIC hat höchstens 11 Zeichen.")
    private String bic;

    @Min(value = 0, message = "Das Zahlungsziel darf nicht negativ sein.")
    @Max(value = 365, message = "Das Zahlungsziel beträgt höchstens 365 Tage.")
    @Column(name = "zahlungsziel_tage", nullable = false)
    private int zahlungszielTage = 30;

    public Abrechnungseinstellung() {
    }

    @Override
    public String displayType() {
        return "Rechnungsangaben";
    }


    public Einrichtung getEinrichtung() {
        return einrichtung;
    }

    public void setEinrichtung(Einrichtung einrichtung) {
        this.einrichtung = einrichtung;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getStrasse() {
        return strasse;
    }

    public void setStrasse(String strasse) {
        this.strasse = strasse;
    }

    public String getPlz() {
        return plz;
    }

    public void setPlz(String plz) {
        this.plz = plz;
    }

    public String getOrt() {
        return ort;
    }

    public void setOrt(String ort) {
        this.ort = ort;
    }

    public String getSteuernummer() {
        return steuernummer;
    }

    public void setSteuernummer(String steuernummer) {
        this.steuernummer = steuernummer;
    }

    public String getKontaktName() {
        return kontaktName;
    }

    public void setKontaktName(String kontaktName) {
        this.kontaktName = kontaktName;
    }

    public String getKontaktTelefon() {
        return kontaktTelefon;
    }

    public void setKontaktTelefon(String kontaktTelefon) {
        this.kontaktTelefon = kontaktTelefon;
    }

    public String getKontaktEmail() {
        return kontaktEmail;
    }

    public void setKontaktEmail(String kontaktEmail) {
        this.kontaktEmail = kontaktEmail;
    }

    public String getIban() {
        return iban;
    }

    public void setIban(String iban) {
        this.iban = iban;
    }

    public String getBic() {
        return bic;
    }

    public void setBic(String bic) {
        this.bic = bic;
    }

    public int getZahlungszielTage() {
        return zahlungszielTage;
    }

    public void setZahlungszielTage(int zahlungszielTage) {
        this.zahlungszielTage = zahlungszielTage;
    }

    public String getKennung() {
        return kennung;
    }

    public void setKennung(String kennung) {
        this.kennung = kennung;
    }
}
