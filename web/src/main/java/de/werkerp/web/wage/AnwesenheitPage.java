package de.werkerp.web.wage;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.file.UploadedFile;

import de.werkerp.tenant.boundary.OrganisationService;
import de.werkerp.tenant.entity.Einrichtung;
import de.werkerp.tenant.entity.Gruppe;
import de.werkerp.wage.boundary.EntgeltEingabeService;
import de.werkerp.wage.boundary.EntgeltEingabeService.AnwesenheitEingabe;
import de.werkerp.wage.boundary.EntgeltEingabeService.AnwesenheitZeile;
import de.werkerp.wage.boundary.EntgeltStammdatenService;
import de.werkerp.wage.control.Feiertage;
import de.werkerp.wage.control.Format;
import de.werkerp.wage.control.Tagescode;
import de.werkerp.web.platform.Messages;
import de.werkerp.web.platform.Uploads;

/**
 * Page "Anwesenheit": the calendar grid of one group of an Einrichtung in a month (one code letter per person and
 * day), and the CSV import of monthly counts. The grid needs a group (a Werkstatt of 15,000 people would otherwise send
 * half a million inputs); the service reads only that group's rows from the database.
 */
@Named
@ViewScoped
public class AnwesenheitPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final long MAX_BYTES = 5L * 1024 * 1024;

    @EJB
    EntgeltEingabeService service;

    @EJB
    EntgeltStammdatenService stammdaten;

    @EJB
    OrganisationService organisation;

    private List<Einrichtung> einrichtungen;
    private List<Gruppe> alleGruppen;
    private Long einrichtungId;
    private Long gruppeId;
    private LocalDate monatDatum = LocalDate.now().withDayOfMonth(1);
    private YearMonth monat;
    private List<Tag> tage = List.of();
    private List<Zeile> zeilen = List.of();
    private List<Zeile> filtered;

    private transient UploadedFile datei;
    private String csv;
    private String dateiname;
    private List<String> importFehler = List.of();

    @PostConstruct
    void load() {
        einrichtungen = organisation.einrichtungen().stream().filter(Einrichtung::isAktiv).toList();
        alleGruppen = organisation.gruppen().stream().filter(Gruppe::isAktiv).toList();
        if (einrichtungen.size() == 1) {
            einrichtungId = einrichtungen.get(0).getId();
            if (getGruppen().size() == 1) {
                gruppeId = getGruppen().get(0).getId();
                laden();
            }
        }
    }

    /** "Anzeigen": loads the grid of the chosen Einrichtung, month and group. */
    public void laden() {
        zeilen = List.of();
        filtered = null;
        tage = List.of();
        tagSichtbar = null;
        monat = monatDatum == null ? null : YearMonth.from(monatDatum);
        if (einrichtungId == null) {
            Messages.error("Bitte die Einrichtung wählen.");
            return;
        }
        if (monat == null) {
            Messages.error("Bitte den Monat wählen.");
            return;
        }
        if (gruppeId != null && getGruppen().stream().noneMatch(g -> g.getId().equals(gruppeId))) {
            gruppeId = null;
        }
        if (gruppeId == null) {
            Messages.error("Bitte die Gruppe wählen: das Raster zeigt die Personen einer Gruppe.");
            return;
        }
        Messages.attempt("anwesenheitForm", () -> {
            String land = stammdaten.einstellung(einrichtungId).getBundesland();
            List<LocalDate> feiertage = land == null ? List.of() : Feiertage.im(monat, land);
            List<Tag> t = new ArrayList<>();
            for (int d = 1; d <= monat.lengthOfMonth(); d++) {
                LocalDate datum = monat.atDay(d);
                t.add(new Tag(d, datum.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.GERMAN),
                        datum.getDayOfWeek() == DayOfWeek.SATURDAY || datum.getDayOfWeek() == DayOfWeek.SUNDAY,
                        feiertage.contains(datum), monat.getMonth().getDisplayName(TextStyle.FULL, Locale.GERMAN)));
            }
            tage = t;
            tagSichtbar = null;
            zeilen = service.anwesenheit(einrichtungId, monat, gruppeId).stream().map(z -> new Zeile(z, t)).toList();
            if (land == null) {
                Messages.error("Für die Einrichtung ist noch kein Bundesland eingestellt: Feiertage werden nicht "
                        + "berücksichtigt (Entgelt › Einstellungen).");
            }
        });
    }

    /** "Speichern": stores all rows of the grid (unchanged recorded rows are skipped). */
    public void speichern() {
        if (monat == null || zeilen.isEmpty()) {
            Messages.error("Keine Zeilen zum Speichern.");
            return;
        }
        List<AnwesenheitEingabe> eingaben = new ArrayList<>();
        for (Zeile z : zeilen) {
            String codes = z.getCodes();
            if (z.zeile.erfasst() && codes.equals(z.zeile.tage())) {
                continue;
            }
            eingaben.add(new AnwesenheitEingabe(z.zeile.beschaeftigterId(), codes, null));
        }
        if (eingaben.isEmpty()) {
            Messages.info("Keine Änderungen.");
            return;
        }
        int[] n = new int[1];
        if (Messages.attempt("anwesenheitForm", () -> n[0] = service.anwesenheitSpeichern(monat, eingaben))) {
            Messages.info("Anwesenheit " + Format.monat(monat) + " gespeichert (" + n[0] + " Person(en) geändert).");
            laden();
        }
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
        monat = monatDatum == null ? null : YearMonth.from(monatDatum);
        if (!leseDatei()) {
            return;
        }
        int[] n = new int[1];
        try {
            n[0] = service.anwesenheitImportieren(monat, csv, nurPruefen);
        } catch (de.werkerp.platform.control.ValidationFailure f) {
            importFehler = f.errors().stream().map(de.werkerp.platform.control.ValidationFailure.FieldError::message)
                    .toList();
            Messages.error((nurPruefen ? "Prüfung: " : "Import abgebrochen: ") + importFehler.size()
                    + " Fehler. Es wurde nichts gespeichert.");
            return;
        } catch (RuntimeException e) {
            Messages.attempt("importForm", () -> {
                throw e;
            });
            return;
        }
        if (nurPruefen) {
            Messages.info("Prüfung: alle " + n[0] + " Zeilen sind in Ordnung. Es wurde noch nichts gespeichert.");
        } else {
            Messages.info("Anwesenheit " + Format.monat(monat) + " für " + n[0] + " Person(en) importiert.");
            csv = null;
            if (einrichtungId != null) {
                laden();
            }
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

    // ------------------------------------------------------------------ view

    /** The CSS class of a code (legend and cells). */
    public String klasse(Tagescode code) {
        return code == Tagescode.FREI ? "tag tag-frei" : "tag tag-" + Character.toLowerCase(code.getZeichen());
    }

    public List<Tagescode> getCodes() {
        return List.of(Tagescode.values());
    }

    @jakarta.inject.Inject
    de.werkerp.web.security.CurrentUser currentUser;

    /**
     * Whether the caller reads the day codes and sick codes (Entgelt, Trägeradministration, Prüfer); the Leitung sees
     * the counts per kind with the ill days as one number (wage.control.Krankheitsangaben, docs/rollen.md).
     */
    /** The caller's roles do not change while the view lives: asked once (the grid reads them per cell). */
    private Boolean krankheitsdetails;
    private Boolean bearbeiten;

    public boolean isKrankheitsdetails() {
        if (krankheitsdetails == null) {
            krankheitsdetails = currentUser.has("TENANT_ADMIN,PAYROLL,AUDITOR");
        }
        return krankheitsdetails;
    }

    /** May the caller change attendance (Speichern, import)? The service checks again. */
    public boolean isBearbeiten() {
        if (bearbeiten == null) {
            bearbeiten = currentUser.has("TENANT_ADMIN,PAYROLL");
        }
        return bearbeiten;
    }

    public List<Gruppe> getGruppen() {
        if (einrichtungId == null) {
            return List.of();
        }
        return alleGruppen.stream().filter(g -> g.getBetriebsstaette() != null
                && g.getBetriebsstaette().getEinrichtung() != null
                && einrichtungId.equals(g.getBetriebsstaette().getEinrichtung().getId())).toList();
    }

    /**
     * Per day column 0..30 whether it is shown: days of the chosen month, and only with illness details. A list read
     * by index, so the grid's 31 columns × rows ask one cheap property instead of a role check each.
     */
    public List<Boolean> getTagSichtbar() {
        if (tagSichtbar == null) {
            boolean details = isKrankheitsdetails();
            List<Boolean> sichtbar = new ArrayList<>(31);
            for (int i = 0; i < 31; i++) {
                sichtbar.add(details && i < tage.size());
            }
            tagSichtbar = sichtbar;
        }
        return tagSichtbar;
    }

    /** {@link #getTagSichtbar()} of {@link #tage}; emptied wherever the days are set. */
    private transient List<Boolean> tagSichtbar;

    public int getTageImMonat() {
        return tage.size();
    }

    public String getMonatText() {
        return monat == null ? "" : Format.monat(monat);
    }

    public List<Tag> getTage() {
        return tage;
    }

    public List<Zeile> getZeilen() {
        return zeilen;
    }

    public List<Zeile> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<Zeile> filtered) {
        this.filtered = filtered;
    }

    public List<Einrichtung> getEinrichtungen() {
        return einrichtungen;
    }

    public Long getEinrichtungId() {
        return einrichtungId;
    }

    public void setEinrichtungId(Long einrichtungId) {
        this.einrichtungId = einrichtungId;
    }

    public Long getGruppeId() {
        return gruppeId;
    }

    public void setGruppeId(Long gruppeId) {
        this.gruppeId = gruppeId;
    }

    public LocalDate getMonatDatum() {
        return monatDatum;
    }

    public void setMonatDatum(LocalDate monatDatum) {
        this.monatDatum = monatDatum;
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

    public List<String> getImportFehler() {
        return importFehler;
    }

    // ------------------------------------------------------------------ rows

    /** A column of the grid: day of month, weekday, weekend or holiday. */
    public static class Tag implements Serializable {

        private static final long serialVersionUID = 1L;

        private final int nummer;
        private final String wochentag;
        private final boolean wochenende;
        private final boolean feiertag;

        private final String monatsname;

        Tag(int nummer, String wochentag, boolean wochenende, boolean feiertag, String monatsname) {
            this.nummer = nummer;
            this.wochentag = wochentag;
            this.wochenende = wochenende;
            this.feiertag = feiertag;
            this.monatsname = monatsname;
        }

        /** The style class of the day's column (weekends and holidays grey). */
        public String getSpaltenklasse() {
            return isFrei() ? "tagspalte frei" : "tagspalte";
        }

        public int getNummer() {
            return nummer;
        }

        public String getWochentag() {
            return wochentag;
        }

        public boolean isFrei() {
            return wochenende || feiertag;
        }

        public String getTitel() {
            return nummer + ". (" + wochentag + (feiertag ? ", Feiertag" : "") + ")";
        }
    }

    /** A row of the grid: the person and one editable code per day, with getters for sorting and filtering. */
    public static class Zeile implements Serializable {

        private static final long serialVersionUID = 1L;

        private final AnwesenheitZeile zeile;
        private final List<Zelle> zellen = new ArrayList<>();

        Zeile(AnwesenheitZeile zeile, List<Tag> tage) {
            this.zeile = zeile;
            // without illness details (Leitung) there are no day codes, only the counts
            String codes = zeile.tage() == null ? "" : zeile.tage();
            for (int i = 0; i < codes.length(); i++) {
                zellen.add(new Zelle(String.valueOf(codes.charAt(i)), this, i < tage.size() ? tage.get(i) : null));
            }
        }

        public Long getBeschaeftigterId() {
            return zeile.beschaeftigterId();
        }

        public String getName() {
            return zeile.name();
        }

        public String getPersonalnummer() {
            return zeile.personalnummer();
        }

        /** "Erika Muster" from "Muster, Erika". */
        public String getVornameName() {
            String name = zeile.name() == null ? "" : zeile.name();
            int komma = name.indexOf(", ");
            return komma < 0 ? name : name.substring(komma + 2) + " " + name.substring(0, komma);
        }

        public String getGruppe() {
            return zeile.gruppe();
        }

        public String getBereich() {
            return zeile.bereich();
        }

        public int getArbeitstage() {
            return zeile.arbeitstage();
        }

        public boolean isErfasst() {
            return zeile.erfasst();
        }

        /** Recorded as counts only (CSV import): the calendar shows no days. */
        public boolean isNurZahlen() {
            return zeile.tage() == null || zeile.erfasst() && zeile.tage().chars().allMatch(c -> c == '-')
                    && zeile.anwesend() + zeile.krank() + zeile.urlaub() + zeile.sonstigeBezahlt()
                            + zeile.unentschuldigt() > 0;
        }

        public String getStatus() {
            if (zeile.tage() == null) {
                return zeile.erfasst() ? "erfasst" : "nicht erfasst";
            }
            return isNurZahlen() ? "Zahlen (Import)" : zeile.erfasst() ? "erfasst" : "nicht erfasst";
        }

        public List<Zelle> getZellen() {
            return zellen;
        }

        /** The current codes as one string (blank or unknown input as entered; the service checks). */
        String getCodes() {
            StringBuilder sb = new StringBuilder();
            for (Zelle z : zellen) {
                String c = z.getCode();
                sb.append(c == null || c.isBlank() ? '-' : Character.toUpperCase(c.strip().charAt(0)));
            }
            return sb.toString();
        }

        private int zaehle(char code) {
            if (isNurZahlen()) {
                return switch (code) {
                    case 'A' -> zeile.anwesend();
                    case 'K' -> zeile.krankMitBescheinigung() == null ? 0 : zeile.krankMitBescheinigung();
                    case 'O' -> zeile.krankOhneBescheinigung() == null ? 0 : zeile.krankOhneBescheinigung();
                    case 'X' -> zeile.krank();
                    case 'U' -> zeile.urlaub();
                    case 'S' -> zeile.sonstigeBezahlt();
                    default -> zeile.unentschuldigt();
                };
            }
            return (int) getCodes().chars().filter(c -> c == code).count();
        }

        public int getAnwesend() {
            return zaehle('A');
        }

        public int getKrankMitBescheinigung() {
            return zaehle('K');
        }

        public int getKrankOhneBescheinigung() {
            return zaehle('O');
        }

        /** Ill days as one count (K + O): what the Leitung reads instead of the two codes. */
        public int getKrank() {
            return zeile.tage() == null ? zeile.krank() : zaehle('K') + zaehle('O');
        }

        public int getUrlaub() {
            return zaehle('U');
        }

        public int getSonstigeBezahlt() {
            return zaehle('S');
        }

        public int getUnentschuldigt() {
            return zaehle('F');
        }
    }

    /** One day of a row: the code letter. */
    public static class Zelle implements Serializable {

        private static final long serialVersionUID = 1L;

        private String code;
        private final Zeile zeile;
        private final Tag tag;

        Zelle(String code, Zeile zeile, Tag tag) {
            this.code = code;
            this.zeile = zeile;
            this.tag = tag;
        }

        /**
         * What a screen reader says for the input: "Erika Muster, 3. März". Built when asked, from the row and the
         * day (both shared), so the view keeps no string per cell; a property, not a method call from the page: the
         * grid of a group renders 75 × 31 of them and EL's method lookup per call cost more than the rest of a cell.
         */
        public String getLabel() {
            return tag == null ? "" : zeile.getVornameName() + ", " + tag.getNummer() + ". " + tag.monatsname;
        }

        /** The day's tooltip, e.g. "3. (Mo, Feiertag)". */
        public String getTitel() {
            return tag == null ? "" : tag.getTitel();
        }

        public String getCode() {
            return code;
        }

        public void setCode(String code) {
            this.code = code == null ? null : code.strip().toUpperCase(Locale.ROOT);
        }

        public String getKlasse() {
            if (code == null || code.isBlank() || "-".equals(code)) {
                return "tag tag-frei";
            }
            return "tag tag-" + code.toLowerCase(Locale.ROOT);
        }
    }
}
