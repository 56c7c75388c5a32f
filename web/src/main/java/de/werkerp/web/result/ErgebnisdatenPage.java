package de.werkerp.web.result;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.file.UploadedFile;

import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.result.boundary.ErgebnisdatenService;
import de.werkerp.result.boundary.ErgebnisdatenService.Importergebnis;
import de.werkerp.result.control.Position;
import de.werkerp.result.entity.ErgebnisImport;
import de.werkerp.result.entity.ErgebnisKonto;
import de.werkerp.result.entity.ErgebnisKorrektur;
import de.werkerp.result.entity.ErgebnisKostenstelle;
import de.werkerp.tenant.entity.Einrichtung;
import de.werkerp.wage.control.Format;
import de.werkerp.web.platform.Jahresseite;
import de.werkerp.web.platform.Messages;
import de.werkerp.web.platform.Uploads;

/**
 * Page "Ergebnisdaten": the inputs of the Arbeitsergebnisrechnung of an Einrichtung and year (view parameters
 * {@code einrichtung} and {@code jahr}): CSV import of the accounting figures with dry run, the imports, manual
 * adjustments with reason, and the tenant's mapping of account ranges to positions and of cost centres to
 * Einrichtungen.
 */
@Named
@ViewScoped
public class ErgebnisdatenPage extends Jahresseite {

    private static final long serialVersionUID = 1L;
    private static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final DateTimeFormatter ZEITPUNKT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Berlin"));
    /** The forms inside the tab view (a naming container). */
    static final String IMPORT_FORM = "tabs:importForm";
    static final String KORREKTUR_FORM = "tabs:korrekturForm";
    static final String KONTEN_FORM = "tabs:kontenForm";
    static final String KOSTENSTELLEN_FORM = "tabs:kostenstellenForm";

    @EJB
    ErgebnisdatenService service;

    // import
    private transient UploadedFile datei;
    private String csv;
    private String dateiname;
    private ImportBericht bericht;
    private List<String> importFehler = List.of();
    private List<ImportZeile> importe = List.of();
    private List<ImportZeile> importeFiltered;
    private List<SummeZeile> summen = List.of();
    private List<SummeZeile> summenFiltered;
    private List<MonatZeile> entgelte = List.of();
    private List<MonatZeile> entgelteFiltered;

    // adjustments
    private List<KorrekturZeile> korrekturen = List.of();
    private List<KorrekturZeile> korrekturenFiltered;
    private String korrekturPosition;
    private BigDecimal korrekturBetrag;
    private String korrekturBegruendung;

    // mapping
    private List<ErgebnisKonto> konten = List.of();
    private List<ErgebnisKonto> kontenFiltered;
    private ErgebnisKonto neuesKonto = new ErgebnisKonto();
    private List<ErgebnisKostenstelle> kostenstellen = List.of();
    private List<ErgebnisKostenstelle> kostenstellenFiltered;
    private ErgebnisKostenstelle kostenstelle = neueKostenstelle();
    private Long kostenstelleEinrichtung;

    @Override
    protected String seite() {
        return "/ergebnis/daten";
    }

    /** Bookings are imported after the end of the business year: the past year. */
    @Override
    protected int standardJahr(Long einrichtung) {
        return LocalDate.now().getYear() - 1;
    }

    @Override
    protected void laden() {
        kostenstelleEinrichtung = einrichtung;
        ergebnisdatenLaden();
        zuordnungLaden();
    }

    private void ergebnisdatenLaden() {
        importe = List.of();
        importeFiltered = null;
        summen = List.of();
        summenFiltered = null;
        entgelte = List.of();
        entgelteFiltered = null;
        korrekturen = List.of();
        korrekturenFiltered = null;
        if (einrichtung == null || geladen == null) {
            return;
        }
        int j = geladen;
        Messages.attempt(IMPORT_FORM, () -> {
            importe = service.importe(einrichtung, j).stream().map(ImportZeile::new).toList();
            summen = service.positionssummen(einrichtung, j).entrySet().stream()
                    .map(e -> new SummeZeile(e.getKey(), e.getValue())).toList();
            entgelte = service.entgelteJeMonat(einrichtung, j).entrySet().stream()
                    .map(e -> new MonatZeile(e.getKey(), e.getValue())).toList();
            korrekturen = service.korrekturen(einrichtung, j).stream().map(KorrekturZeile::new).toList();
        });
    }

    private void zuordnungLaden() {
        kontenFiltered = null;
        kostenstellenFiltered = null;
        Messages.attempt(KONTEN_FORM, () -> {
            konten = service.konten();
            kostenstellen = service.kostenstellen();
        });
    }

    // ------------------------------------------------------------------ CSV import

    public void pruefen() {
        importieren(true);
    }

    public void importieren() {
        importieren(false);
    }

    private void importieren(boolean nurPruefen) {
        importFehler = List.of();
        bericht = null;
        if (einrichtung == null || geladen == null) {
            Messages.error("Bitte Einrichtung und Jahr wählen.");
            return;
        }
        if (!leseDatei()) {
            return;
        }
        int j = geladen;
        Importergebnis ergebnis;
        try {
            ergebnis = service.importieren(einrichtung, j, dateiname, csv, nurPruefen);
        } catch (ValidationFailure f) {
            importFehler = f.errors().stream().map(ValidationFailure.FieldError::message).toList();
            Messages.error((nurPruefen ? "Prüfung: " : "Import abgebrochen: ") + importFehler.size()
                    + " Fehler. Es wurde nichts gespeichert.");
            return;
        } catch (RuntimeException e) {
            Messages.attempt(IMPORT_FORM, () -> {
                throw e;
            });
            return;
        }
        bericht = new ImportBericht(ergebnis);
        if (nurPruefen) {
            Messages.info("Prüfung: alle " + ergebnis.zeilen() + " Zeilen sind in Ordnung (" + ergebnis.uebernommen()
                    + " würden übernommen, " + ergebnis.ausgelassen() + " ausgelassen). Es wurde noch nichts "
                    + "gespeichert.");
        } else {
            Messages.info("Buchungen " + j + " importiert: " + ergebnis.uebernommen() + " übernommen, "
                    + ergebnis.ausgelassen() + " ausgelassen (andere Einrichtung oder nicht Arbeitsbereich).");
            csv = null;
            ergebnisdatenLaden();
        }
    }

    private boolean leseDatei() {
        if (Uploads.keineNeueDatei(datei) && csv != null) {
            return true;
        }
        return Uploads.lesen(datei, MAX_BYTES).map(x -> {
            csv = x.text();
            dateiname = x.name();
            return true;
        }).orElse(false);
    }

    /** Removes an import with its bookings. */
    public void importLoeschen(ImportZeile z) {
        if (Messages.attempt(IMPORT_FORM, () -> service.importLoeschen(z.getId()))) {
            Messages.info("Der Import „" + (z.getDateiname() == null ? "" : z.getDateiname()) + "“ vom "
                    + z.getImportiertAmText() + " wurde mit seinen Buchungen gelöscht.");
        }
        bericht = null;
        ergebnisdatenLaden();
    }

    // ------------------------------------------------------------------ adjustments

    public void korrekturSpeichern() {
        if (einrichtung == null || geladen == null) {
            Messages.error("Bitte Einrichtung und Jahr wählen.");
            return;
        }
        int j = geladen;
        if (Messages.attempt(KORREKTUR_FORM, () -> service.korrekturErfassen(einrichtung, j, korrekturPosition,
                korrekturBetrag, korrekturBegruendung))) {
            Messages.info("Die Korrektur der Position " + korrekturPosition + " über " + Format.euro(korrekturBetrag)
                    + " ist erfasst.");
            korrekturPosition = null;
            korrekturBetrag = null;
            korrekturBegruendung = null;
            ergebnisdatenLaden();
        }
    }

    // ------------------------------------------------------------------ mapping

    public void kontoSpeichern() {
        ErgebnisKonto k = neuesKonto;
        if (k.getKontoVon() != null) {
            k.setKontoVon(k.getKontoVon().strip());
        }
        if (k.getKontoBis() != null) {
            k.setKontoBis(k.getKontoBis().strip());
        }
        if (Messages.attempt(KONTEN_FORM, () -> service.kontoSpeichern(k))) {
            Messages.info("Die Konten " + k.getKontoVon() + " bis " + k.getKontoBis() + " sind der Position "
                    + k.getPosition() + " zugeordnet.");
            neuesKonto = new ErgebnisKonto();
            zuordnungLaden();
        }
    }

    public void kontoLoeschen(ErgebnisKonto k) {
        if (Messages.attempt(KONTEN_FORM, () -> service.kontoLoeschen(k.getId()))) {
            Messages.info("Die Zuordnung " + k.getKontoVon() + " bis " + k.getKontoBis() + " wurde gelöscht.");
        }
        zuordnungLaden();
    }

    public void kostenstelleBearbeiten(ErgebnisKostenstelle k) {
        kostenstelle = k;
        kostenstelleEinrichtung = k.getEinrichtung() == null ? null : k.getEinrichtung().getId();
    }

    public void kostenstelleNeu() {
        kostenstelle = neueKostenstelle();
        kostenstelleEinrichtung = einrichtung;
    }

    private static ErgebnisKostenstelle neueKostenstelle() {
        ErgebnisKostenstelle k = new ErgebnisKostenstelle();
        k.setArbeitsbereich(true);
        return k;
    }

    public void kostenstelleSpeichern() {
        ErgebnisKostenstelle k = kostenstelle;
        if (k.getKostenstelle() != null) {
            k.setKostenstelle(k.getKostenstelle().strip());
        }
        k.setEinrichtung(einrichtungen.stream().filter(e -> e.getId().equals(kostenstelleEinrichtung)).findFirst()
                .orElse(null));
        if (Messages.attempt(KOSTENSTELLEN_FORM, () -> service.kostenstelleSpeichern(k))) {
            Messages.info("Die Kostenstelle " + k.getKostenstelle() + " ist gespeichert.");
            kostenstelleNeu();
            zuordnungLaden();
        }
    }

    // ------------------------------------------------------------------ view

    /** The positions of I and II for bookings and adjustments, in the order of the statement. */
    public List<Position> getPositionen() {
        return ErgebnisdatenService.POSITIONEN.stream().map(Position::vonCode).toList();
    }

    public static String positionText(String code) {
        if (code == null) {
            return "";
        }
        try {
            Position p = Position.vonCode(code);
            return p.getCode() + " " + p.getLabel();
        } catch (IllegalArgumentException e) {
            return code;
        }
    }

    /** "I.1 Umsatzerlöse …" for a code (lists). */
    public String position(String code) {
        return positionText(code);
    }

    public boolean isAuswahl() {
        return einrichtung != null && geladen != null;
    }

    public UploadedFile getDatei() {
        return datei;
    }

    public void setDatei(UploadedFile datei) {
        this.datei = datei;
    }

    public String getDateiname() {
        return dateiname;
    }

    /** A checked file is kept for "Importieren" without choosing it again. */
    public boolean isDateiGemerkt() {
        return csv != null;
    }

    public ImportBericht getBericht() {
        return bericht;
    }

    public List<String> getImportFehler() {
        return importFehler;
    }

    public List<ImportZeile> getImporte() {
        return importe;
    }

    public List<ImportZeile> getImporteFiltered() {
        return importeFiltered;
    }

    public void setImporteFiltered(List<ImportZeile> importeFiltered) {
        this.importeFiltered = importeFiltered;
    }

    public List<SummeZeile> getSummen() {
        return summen;
    }

    public List<SummeZeile> getSummenFiltered() {
        return summenFiltered;
    }

    public void setSummenFiltered(List<SummeZeile> summenFiltered) {
        this.summenFiltered = summenFiltered;
    }

    public List<MonatZeile> getEntgelte() {
        return entgelte;
    }

    public List<MonatZeile> getEntgelteFiltered() {
        return entgelteFiltered;
    }

    public void setEntgelteFiltered(List<MonatZeile> entgelteFiltered) {
        this.entgelteFiltered = entgelteFiltered;
    }

    public List<KorrekturZeile> getKorrekturen() {
        return korrekturen;
    }

    public List<KorrekturZeile> getKorrekturenFiltered() {
        return korrekturenFiltered;
    }

    public void setKorrekturenFiltered(List<KorrekturZeile> korrekturenFiltered) {
        this.korrekturenFiltered = korrekturenFiltered;
    }

    public String getKorrekturPosition() {
        return korrekturPosition;
    }

    public void setKorrekturPosition(String korrekturPosition) {
        this.korrekturPosition = korrekturPosition;
    }

    public BigDecimal getKorrekturBetrag() {
        return korrekturBetrag;
    }

    public void setKorrekturBetrag(BigDecimal korrekturBetrag) {
        this.korrekturBetrag = korrekturBetrag;
    }

    public String getKorrekturBegruendung() {
        return korrekturBegruendung;
    }

    public void setKorrekturBegruendung(String korrekturBegruendung) {
        this.korrekturBegruendung = korrekturBegruendung;
    }

    public List<ErgebnisKonto> getKonten() {
        return konten;
    }

    public List<ErgebnisKonto> getKontenFiltered() {
        return kontenFiltered;
    }

    public void setKontenFiltered(List<ErgebnisKonto> kontenFiltered) {
        this.kontenFiltered = kontenFiltered;
    }

    public ErgebnisKonto getNeuesKonto() {
        return neuesKonto;
    }

    public List<ErgebnisKostenstelle> getKostenstellen() {
        return kostenstellen;
    }

    public List<ErgebnisKostenstelle> getKostenstellenFiltered() {
        return kostenstellenFiltered;
    }

    public void setKostenstellenFiltered(List<ErgebnisKostenstelle> kostenstellenFiltered) {
        this.kostenstellenFiltered = kostenstellenFiltered;
    }

    public ErgebnisKostenstelle getKostenstelle() {
        return kostenstelle;
    }

    public Long getKostenstelleEinrichtung() {
        return kostenstelleEinrichtung;
    }

    public void setKostenstelleEinrichtung(Long kostenstelleEinrichtung) {
        this.kostenstelleEinrichtung = kostenstelleEinrichtung;
    }

    // ------------------------------------------------------------------ rows

    /** The result of an import or its dry run (the service's record, with getters). */
    public static class ImportBericht implements Serializable {

        private static final long serialVersionUID = 1L;

        private final int zeilen;
        private final int uebernommen;
        private final int ausgelassen;
        private final boolean gespeichert;
        private final List<SummeZeile> summen;

        ImportBericht(Importergebnis e) {
            this.zeilen = e.zeilen();
            this.uebernommen = e.uebernommen();
            this.ausgelassen = e.ausgelassen();
            this.gespeichert = e.gespeichert();
            List<SummeZeile> s = new ArrayList<>();
            for (Map.Entry<String, BigDecimal> m : e.summen().entrySet()) {
                s.add(new SummeZeile(m.getKey(), m.getValue()));
            }
            this.summen = s;
        }

        public int getZeilen() {
            return zeilen;
        }

        public int getUebernommen() {
            return uebernommen;
        }

        public int getAusgelassen() {
            return ausgelassen;
        }

        public boolean isGespeichert() {
            return gespeichert;
        }

        public List<SummeZeile> getSummen() {
            return summen;
        }
    }

    /** A position code with its sum. */
    public static class SummeZeile implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String code;
        private final String bezeichnung;
        private final BigDecimal betrag;

        SummeZeile(String code, BigDecimal betrag) {
            this.code = code;
            this.bezeichnung = bezeichnung(code);
            this.betrag = betrag;
        }

        private static String bezeichnung(String code) {
            try {
                return Position.vonCode(code).getLabel();
            } catch (IllegalArgumentException e) {
                return "";
            }
        }

        public String getCode() {
            return code;
        }

        public String getBezeichnung() {
            return bezeichnung;
        }

        public BigDecimal getBetrag() {
            return betrag;
        }
    }

    /** The wages of a month from the released Entgelt runs. */
    public static class MonatZeile implements Serializable {

        private static final long serialVersionUID = 1L;

        private final YearMonth monat;
        private final BigDecimal betrag;

        MonatZeile(YearMonth monat, BigDecimal betrag) {
            this.monat = monat;
            this.betrag = betrag;
        }

        public YearMonth getMonat() {
            return monat;
        }

        public String getMonatText() {
            return Format.monat(monat);
        }

        public BigDecimal getBetrag() {
            return betrag;
        }
    }

    /** An imported file. */
    public static class ImportZeile implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Long id;
        private final String dateiname;
        private final int zeilen;
        private final String importiertVon;
        private final Instant importiertAm;

        ImportZeile(ErgebnisImport i) {
            this.id = i.getId();
            this.dateiname = i.getDateiname();
            this.zeilen = i.getZeilen();
            this.importiertVon = i.getImportiertVon();
            this.importiertAm = i.getImportiertAm();
        }

        public Long getId() {
            return id;
        }

        public String getDateiname() {
            return dateiname;
        }

        public int getZeilen() {
            return zeilen;
        }

        public String getImportiertVon() {
            return importiertVon;
        }

        public Instant getImportiertAm() {
            return importiertAm;
        }

        public String getImportiertAmText() {
            return importiertAm == null ? "" : ZEITPUNKT.format(importiertAm);
        }
    }

    /** A manual adjustment. */
    public static class KorrekturZeile implements Serializable {

        private static final long serialVersionUID = 1L;

        private final Long id;
        private final String position;
        private final String positionText;
        private final BigDecimal betrag;
        private final String begruendung;
        private final String erfasstVon;

        KorrekturZeile(ErgebnisKorrektur k) {
            this.id = k.getId();
            this.position = k.getPosition();
            this.positionText = positionText(k.getPosition());
            this.betrag = k.getBetrag();
            this.begruendung = k.getBegruendung();
            this.erfasstVon = k.getErfasstVon();
        }

        public Long getId() {
            return id;
        }

        public String getPosition() {
            return position;
        }

        public String getPositionText() {
            return positionText;
        }

        public BigDecimal getBetrag() {
            return betrag;
        }

        public String getBegruendung() {
            return begruendung;
        }

        public String getErfasstVon() {
            return erfasstVon;
        }
    }
}
