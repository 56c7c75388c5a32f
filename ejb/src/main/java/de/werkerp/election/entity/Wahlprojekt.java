package de.werkerp.election.entity;

import de.werkerp.platform.entity.Mehrzeilig;
import java.time.LocalDate;

import jakarta.persistence.*;
import jakarta.validation.constraints.*;

import de.werkerp.platform.entity.TenantOwnedEntity;
import de.werkerp.tenant.entity.Einrichtung;

/** An election of the Werkstattrat and the Frauenbeauftragte in one Einrichtung (§§ 222, 60 SGB IX, WMVO): dates, the thresholds fixed for it, the count and the result. */
@Entity
@Table(name = "wahlprojekt")
public class Wahlprojekt extends TenantOwnedEntity {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Bitte wählen Sie die Einrichtung.")
    @ManyToOne(optional = false)
    @JoinColumn(name = "einrichtung_id")
    private Einrichtung einrichtung;

    @Column(name = "regulaer")
    private boolean regulaer;

    @Enumerated(EnumType.STRING)
    @Column(name = "anlass")
    private Anlass anlass;

    @Mehrzeilig
    @Size(max = 2000, message = "Die Begründung darf höchstens 2000 Zeichen lang sein.")
    @Column(name = "anlass_begruendung")
    private String anlassBegruendung;

    @NotNull(message = "Bitte geben Sie den Wahltag an.")
    @Column(name = "wahltag")
    private LocalDate wahltag;

    @Column(name = "amtszeit_ende_alt")
    private LocalDate amtszeitEndeAlt;

    @Column(name = "wahlvorstand_bestellt")
    private LocalDate wahlvorstandBestellt;

    @Column(name = "erlass_wahlausschreiben")
    private LocalDate erlassWahlausschreiben;

    @Size(max = 300, message = "Der Ort der Stimmabgabe darf höchstens 300 Zeichen lang sein.")
    @Column(name = "ort_stimmabgabe")
    private String ortStimmabgabe;

    @Size(max = 100, message = "Die Zeit der Stimmabgabe darf höchstens 100 Zeichen lang sein.")
    @Column(name = "zeit_stimmabgabe")
    private String zeitStimmabgabe;

    @Size(max = 300, message = "Der Ort der Auszählung darf höchstens 300 Zeichen lang sein.")
    @Column(name = "ort_auszaehlung")
    private String ortAuszaehlung;

    @Size(max = 300, message = "Der Ort des Aushangs darf höchstens 300 Zeichen lang sein.")
    @Column(name = "ort_aushang")
    private String ortAushang;

    @Size(max = 300, message = "Die Anschrift des Wahlvorstands darf höchstens 300 Zeichen lang sein.")
    @Column(name = "anschrift_wahlvorstand")
    private String anschriftWahlvorstand;

    @Min(value = 0, message = "Die Zahl der Wahlberechtigten darf nicht negativ sein.")
    @Column(name = "wahlberechtigte")
    private int wahlberechtigte;

    @Min(value = 0, message = "Die Zahl der wahlberechtigten Frauen darf nicht negativ sein.")
    @Column(name = "wahlberechtigte_frauen")
    private int wahlberechtigteFrauen;

    @Column(name = "sitze")
    private int sitze;

    @Column(name = "stellvertreterinnen")
    private int stellvertreterinnen;

    @Column(name = "stimmzettel")
    private Integer stimmzettel;

    @Column(name = "ungueltig")
    private Integer ungueltig;

    @Column(name = "stimmzettel_frauen")
    private Integer stimmzettelFrauen;

    @Column(name = "ungueltig_frauen")
    private Integer ungueltigFrauen;

    @Mehrzeilig
    @Column(name = "losprotokoll")
    private String losprotokoll;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status")
    private Wahlstatus status;

    @Column(name = "ergebnis_festgestellt_am")
    private LocalDate ergebnisFestgestelltAm;

    @Column(name = "ergebnis_festgestellt_von")
    private String ergebnisFestgestelltVon;

    @Column(name = "amtszeit_beginn")
    private LocalDate amtszeitBeginn;

    @Column(name = "amtszeit_ende")
    private LocalDate amtszeitEnde;

    @Mehrzeilig
    @Size(max = 1000, message = "Der Grund der Absage darf höchstens 1000 Zeichen lang sein.")
    @Column(name = "absage_grund")
    private String absageGrund;

    @Column(name = "abgesagt_am")
    private LocalDate abgesagtAm;

    @Column(name = "abgesagt_von")
    private String abgesagtVon;

    @Override
    public String displayType() {
        return "Wahlprojekt";
    }

    public Einrichtung getEinrichtung() {
        return einrichtung;
    }

    public void setEinrichtung(Einrichtung einrichtung) {
        this.einrichtung = einrichtung;
    }

    public boolean isRegulaer() {
        return regulaer;
    }

    public void setRegulaer(boolean regulaer) {
        this.regulaer = regulaer;
    }

    public Anlass getAnlass() {
        return anlass;
    }

    public void setAnlass(Anlass anlass) {
        this.anlass = anlass;
    }

    public String getAnlassBegruendung() {
        return anlassBegruendung;
    }

    public void setAnlassBegruendung(String anlassBegruendung) {
        this.anlassBegruendung = anlassBegruendung;
    }

    public LocalDate getWahltag() {
        return wahltag;
    }

    public void setWahltag(LocalDate wahltag) {
        this.wahltag = wahltag;
    }

    public LocalDate getAmtszeitEndeAlt() {
        return amtszeitEndeAlt;
    }

    public void setAmtszeitEndeAlt(LocalDate amtszeitEndeAlt) {
        this.amtszeitEndeAlt = amtszeitEndeAlt;
    }

    public LocalDate getWahlvorstandBestellt() {
        return wahlvorstandBestellt;
    }

    public void setWahlvorstandBestellt(LocalDate wahlvorstandBestellt) {
        this.wahlvorstandBestellt = wahlvorstandBestellt;
    }

    public LocalDate getErlassWahlausschreiben() {
        return erlassWahlausschreiben;
    }

    public void setErlassWahlausschreiben(LocalDate erlassWahlausschreiben) {
        this.erlassWahlausschreiben = erlassWahlausschreiben;
    }

    public String getOrtStimmabgabe() {
        return ortStimmabgabe;
    }

    public void setOrtStimmabgabe(String ortStimmabgabe) {
        this.ortStimmabgabe = ortStimmabgabe;
    }

    public String getZeitStimmabgabe() {
        return zeitStimmabgabe;
    }

    public void setZeitStimmabgabe(String zeitStimmabgabe) {
        this.zeitStimmabgabe = zeitStimmabgabe;
    }

    public String getOrtAuszaehlung() {
        return ortAuszaehlung;
    }

    public void setOrtAuszaehlung(String ortAuszaehlung) {
        this.ortAuszaehlung = ortAuszaehlung;
    }

    public String getOrtAushang() {
        return ortAushang;
    }

    public void setOrtAushang(String ortAushang) {
        this.ortAushang = ortAushang;
    }

    public String getAnschriftWahlvorstand() {
        return anschriftWahlvorstand;
    }

    public void setAnschriftWahlvorstand(String anschriftWahlvorstand) {
        this.anschriftWahlvorstand = anschriftWahlvorstand;
    }

    public int getWahlberechtigte() {
        return wahlberechtigte;
    }

    public void setWahlberechtigte(int wahlberechtigte) {
        this.wahlberechtigte = wahlberechtigte;
    }

    public int getWahlberechtigteFrauen() {
        return wahlberechtigteFrauen;
    }

    public void setWahlberechtigteFrauen(int wahlberechtigteFrauen) {
        this.wahlberechtigteFrauen = wahlberechtigteFrauen;
    }

    public int getSitze() {
        return sitze;
    }

    public void setSitze(int sitze) {
        this.sitze = sitze;
    }

    public int getStellvertreterinnen() {
        return stellvertreterinnen;
    }

    public void setStellvertreterinnen(int stellvertreterinnen) {
        this.stellvertreterinnen = stellvertreterinnen;
    }

    public Integer getStimmzettel() {
        return stimmzettel;
    }

    public void setStimmzettel(Integer stimmzettel) {
        this.stimmzettel = stimmzettel;
    }

    public Integer getUngueltig() {
        return ungueltig;
    }

    public void setUngueltig(Integer ungueltig) {
        this.ungueltig = ungueltig;
    }

    public Integer getStimmzettelFrauen() {
        return stimmzettelFrauen;
    }

    public void setStimmzettelFrauen(Integer stimmzettelFrauen) {
        this.stimmzettelFrauen = stimmzettelFrauen;
    }

    public Integer getUngueltigFrauen() {
        return ungueltigFrauen;
    }

    public void setUngueltigFrauen(Integer ungueltigFrauen) {
        this.ungueltigFrauen = ungueltigFrauen;
    }

    public String getLosprotokoll() {
        return losprotokoll;
    }

    public void setLosprotokoll(String losprotokoll) {
        this.losprotokoll = losprotokoll;
    }

    public Wahlstatus getStatus() {
        return status;
    }

    public void setStatus(Wahlstatus status) {
        this.status = status;
    }

    public LocalDate getErgebnisFestgestelltAm() {
        return ergebnisFestgestelltAm;
    }

    public void setErgebnisFestgestelltAm(LocalDate ergebnisFestgestelltAm) {
        this.ergebnisFestgestelltAm = ergebnisFestgestelltAm;
    }

    public String getErgebnisFestgestelltVon() {
        return ergebnisFestgestelltVon;
    }

    public void setErgebnisFestgestelltVon(String ergebnisFestgestelltVon) {
        this.ergebnisFestgestelltVon = ergebnisFestgestelltVon;
    }

    public LocalDate getAmtszeitBeginn() {
        return amtszeitBeginn;
    }

    public void setAmtszeitBeginn(LocalDate amtszeitBeginn) {
        this.amtszeitBeginn = amtszeitBeginn;
    }

    public LocalDate getAmtszeitEnde() {
        return amtszeitEnde;
    }

    public void setAmtszeitEnde(LocalDate amtszeitEnde) {
        this.amtszeitEnde = amtszeitEnde;
    }


    public String getAbsageGrund() {
        return absageGrund;
    }

    public void setAbsageGrund(String absageGrund) {
        this.absageGrund = absageGrund;
    }

    public LocalDate getAbgesagtAm() {
        return abgesagtAm;
    }

    public void setAbgesagtAm(LocalDate abgesagtAm) {
        this.abgesagtAm = abgesagtAm;
    }

    public String getAbgesagtVon() {
        return abgesagtVon;
    }

    public void setAbgesagtVon(String abgesagtVon) {
        this.abgesagtVon = abgesagtVon;
    }
}
