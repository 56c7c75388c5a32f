package de.werkerp.wage.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import de.werkerp.contract.entity.Beschaeftigter;
import de.werkerp.contract.entity.Vertragsphase;
import de.werkerp.contract.entity.Werkstattvertrag;
import de.werkerp.platform.control.CsvImport;
import de.werkerp.platform.control.Allow;
import de.werkerp.platform.control.TenantGuarded;
import de.werkerp.platform.control.TenantRepository;
import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.platform.entity.Role;
import de.werkerp.wage.control.Anwesenheit;
import de.werkerp.wage.control.Arbeitstage;
import de.werkerp.wage.control.Eingabeaenderung;
import de.werkerp.wage.control.EntgeltordnungText;
import de.werkerp.wage.control.Feiertage;
import de.werkerp.wage.control.Format;
import de.werkerp.wage.control.Komponente;
import de.werkerp.wage.control.Krankheitsangaben;
import de.werkerp.wage.control.Tagescode;
import de.werkerp.wage.entity.Anwesenheitsmonat;
import de.werkerp.wage.entity.Arbeitsunfaehigkeit;
import de.werkerp.wage.entity.Beurteilung;
import de.werkerp.wage.entity.Entgelteinstellung;
import de.werkerp.wage.entity.Lohnart;
import de.werkerp.wage.entity.Lohnbuchung;

/**
 * The monthly inputs of the Entgelt run: attendance (per person, per group grid, CSV import), other pay items,
 * Leistungsbeurteilungen and illness spells. Every change that touches a closed month is marked for Rückrechnung
 * and outdates a computed run ({@link Eingabeaenderung}).
 */
@Stateless
@TenantGuarded
@Allow({Role.TENANT_ADMIN, Role.PAYROLL})
public class EntgeltEingabeService {

    private static final String PERSON_FEHLT = "Die Person wurde nicht gefunden.";

    @Inject
    TenantRepository repository;

    @Inject
    Eingabeaenderung aenderung;

    @Inject
    EntgeltStammdatenService stammdaten;

    @Inject
    de.werkerp.platform.control.CallerContext callers;

    // ------------------------------------------------------------------ attendance

    /**
     * One row of the attendance grid: a person with a contract in the month, the day codes (one per calendar day,
     * {@link Tagescode}; weekends and holidays '-') and the counts. For roles that do not read illness details
     * ({@link Krankheitsangaben}, the Leitung) {@code tage}, {@code krankMitBescheinigung} and
     * {@code krankOhneBescheinigung} are null: the counts per kind remain, with the ill days as one number {@code krank}.
     */
    public record AnwesenheitZeile(Long beschaeftigterId, String name, String personalnummer, String gruppe,
            String bereich, String tage, int anwesend, Integer krankMitBescheinigung, Integer krankOhneBescheinigung,
            int krank, int urlaub, int sonstigeBezahlt, int unentschuldigt, boolean erfasst, int arbeitstage) implements java.io.Serializable {

        /** The row without which day and which sick code: counts only. */
        public AnwesenheitZeile ohneKrankheitsdetails() {
            return new AnwesenheitZeile(beschaeftigterId, name, personalnummer, gruppe, bereich, null, anwesend, null,
                    null, krank, urlaub, sonstigeBezahlt, unentschuldigt, erfasst, arbeitstage);
        }

        public String getName() {
            return name;
        }

        public String getGruppe() {
            return gruppe;
        }

        public String getPersonalnummer() {
            return personalnummer;
        }

        public boolean isErfasst() {
            return erfasst;
        }
    }

    /**
     * The grid of an Einrichtung and month, optionally of one group. Unrecorded rows are pre-filled "present". The
     * Leitung gets the counts without day codes and sick codes ({@link Krankheitsangaben}).
     */
    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public List<AnwesenheitZeile> anwesenheit(Long einrichtungId, YearMonth monat, Long gruppeId) {
        boolean details = Krankheitsangaben.sichtbar(callers.require().roles());
        Entgelteinstellung einstellung = stammdaten.einstellung(einrichtungId);
        EntgeltStammdatenService.monat(monat);
        List<LocalDate> feiertage = einstellung.getBundesland() == null ? List.of()
                : Feiertage.im(monat, einstellung.getBundesland());
        LocalDate anfang = monat.atDay(1);
        LocalDate ende = monat.atEndOfMonth();
        // with a group, the database narrows everything to the contracts with a phase of the group in the month (the
        // grid of one group of a Werkstatt of 15,000 people reads a few dozen rows); the last phase decides below
        String nurGruppe = gruppeId == null ? "" : " AND v.id IN (SELECT g.vertrag.id FROM Vertragsphase g WHERE"
                + " g.gruppe.id = :g AND g.gueltigAb <= :ende AND (g.gueltigBis IS NULL OR g.gueltigBis >= :anfang))";
        var vertragsabfrage = repository.em().createQuery("SELECT v FROM Werkstattvertrag v JOIN FETCH"
                + " v.beschaeftigter WHERE v.einrichtung.id = :e AND v.beginn <= :ende AND (v.ende IS NULL OR v.ende"
                + " >= :anfang)" + nurGruppe + " ORDER BY v.beschaeftigter.nachname, v.beschaeftigter.vorname",
                Werkstattvertrag.class)
                .setParameter("e", einrichtungId).setParameter("anfang", anfang).setParameter("ende", ende);
        if (gruppeId != null) {
            vertragsabfrage.setParameter("g", gruppeId);
        }
        List<Werkstattvertrag> vertraege = vertragsabfrage.getResultList();
        Map<Long, Vertragsphase> phasen = new HashMap<>();
        Map<Long, Anwesenheitsmonat> erfasst = new HashMap<>();
        if (gruppeId != null) {
            if (vertraege.isEmpty()) {
                return List.of();
            }
            List<Long> vertragIds = vertraege.stream().map(Werkstattvertrag::getId).toList();
            List<Long> personIds = vertraege.stream().map(v -> v.getBeschaeftigter().getId()).distinct().toList();
            repository.em().createQuery("SELECT p FROM Vertragsphase p WHERE p.vertrag.id IN :v AND"
                    + " p.gueltigAb <= :ende AND (p.gueltigBis IS NULL OR p.gueltigBis >= :anfang) ORDER BY"
                    + " p.gueltigAb", Vertragsphase.class).setParameter("v", vertragIds).setParameter("anfang", anfang)
                    .setParameter("ende", ende).getResultList().forEach(p -> phasen.put(p.getVertrag().getId(), p));
            repository.em().createQuery("SELECT a FROM Anwesenheitsmonat a WHERE a.monat = :m AND"
                    + " a.beschaeftigterId IN :p", Anwesenheitsmonat.class).setParameter("m", monat)
                    .setParameter("p", personIds).getResultList().forEach(a -> erfasst.put(a.getBeschaeftigterId(), a));
        } else {
            repository.em().createQuery("SELECT p FROM Vertragsphase p WHERE p.vertrag.einrichtung.id = :e AND"
                    + " p.gueltigAb <= :ende AND (p.gueltigBis IS NULL OR p.gueltigBis >= :anfang) ORDER BY"
                    + " p.gueltigAb", Vertragsphase.class).setParameter("e", einrichtungId).setParameter("anfang", anfang)
                    .setParameter("ende", ende).getResultList().forEach(p -> phasen.put(p.getVertrag().getId(), p));
            repository.em().createQuery("SELECT a FROM Anwesenheitsmonat a WHERE a.monat = :m",
                    Anwesenheitsmonat.class).setParameter("m", monat).getResultList()
                    .forEach(a -> erfasst.put(a.getBeschaeftigterId(), a));
        }
        List<AnwesenheitZeile> zeilen = new ArrayList<>();
        for (Werkstattvertrag v : vertraege) {
            Vertragsphase phase = phasen.get(v.getId());
            if (gruppeId != null && (phase == null || phase.getGruppe() == null
                    || !gruppeId.equals(phase.getGruppe().getId()))) {
                continue;
            }
            LocalDate von = v.getBeginn().isAfter(anfang) ? v.getBeginn() : anfang;
            LocalDate bis = v.getEnde() != null && v.getEnde().isBefore(ende) ? v.getEnde() : ende;
            int arbeitstage = Arbeitstage.anzahl(von, bis, feiertage);
            Beschaeftigter p = v.getBeschaeftigter();
            Anwesenheitsmonat a = erfasst.get(p.getId());
            String tage = a != null && a.getTage() != null ? a.getTage() : vorbelegung(monat, von, bis, feiertage,
                    a == null);
            int mit = a != null ? a.getKrankMitBescheinigung() : 0;
            int ohne = a != null ? a.getKrankOhneBescheinigung() : 0;
            AnwesenheitZeile z = new AnwesenheitZeile(p.getId(), p.getNachname() + ", " + p.getVorname(),
                    p.getPersonalnummer(), phase != null && phase.getGruppe() != null ? phase.getGruppe().getName() : null,
                    phase != null ? phase.getBereich().name() : null, tage, a != null ? a.getAnwesend() : 0, mit, ohne,
                    Krankheitsangaben.krank(mit, ohne), a != null ? a.getUrlaub() : 0,
                    a != null ? a.getSonstigeBezahlt() : 0, a != null ? a.getUnentschuldigt() : 0, a != null,
                    arbeitstage);
            zeilen.add(details ? z : z.ohneKrankheitsdetails());
        }
        return zeilen;
    }

    /** Day codes for a month: working days of the contract 'A' (or blank if {@code leer}), others '-'. */
    private static String vorbelegung(YearMonth monat, LocalDate von, LocalDate bis, List<LocalDate> feiertage,
            boolean anwesend) {
        StringBuilder sb = new StringBuilder();
        for (int d = 1; d <= monat.lengthOfMonth(); d++) {
            LocalDate tag = monat.atDay(d);
            boolean arbeitstag = !tag.isBefore(von) && !tag.isAfter(bis)
                    && Arbeitstage.anzahl(tag, tag, feiertage) == 1;
            sb.append(arbeitstag && anwesend ? 'A' : '-');
        }
        return sb.toString();
    }

    /** Attendance of one person as entered: either day codes or counts. */
    public record AnwesenheitEingabe(Long beschaeftigterId, String tage, Anwesenheit zahlen) {
    }

    /** Stores the attendance of several persons (a grid, an import) at once: all or nothing. */
    public int anwesenheitSpeichern(YearMonth monat, List<AnwesenheitEingabe> eingaben) {
        EntgeltStammdatenService.monat(monat);
        int geaendert = 0;
        for (AnwesenheitEingabe e : eingaben) {
            Beschaeftigter p = repository.find(Beschaeftigter.class, e.beschaeftigterId(), PERSON_FEHLT);
            Anwesenheit zahlen;
            String tage = e.tage();
            if (tage != null && !tage.isBlank()) {
                if (tage.length() != monat.lengthOfMonth()) {
                    throw new ValidationFailure("tage", p.getNachname() + ", " + p.getVorname() + ": der Kalender hat "
                            + tage.length() + " Tage, der " + Format.monat(monat) + " aber " + monat.lengthOfMonth() + ".");
                }
                try {
                    zahlen = Tagescode.zaehle(tage);
                } catch (IllegalArgumentException ex) {
                    throw new ValidationFailure("tage", p.getNachname() + ", " + p.getVorname() + ": " + ex.getMessage());
                }
                tage = tage.toUpperCase().replace(' ', '-');
            } else {
                zahlen = Objects.requireNonNull(e.zahlen(), "zahlen");
                tage = null;
            }
            Anwesenheitsmonat a = repository.em().createQuery("SELECT a FROM Anwesenheitsmonat a WHERE a.monat = :m"
                    + " AND a.beschaeftigter = :p", Anwesenheitsmonat.class).setParameter("m", monat)
                    .setParameter("p", p).getResultStream().findFirst().orElse(null);
            boolean neu = a == null;
            if (neu) {
                a = new Anwesenheitsmonat();
                a.setBeschaeftigter(p);
                a.setMonat(monat);
            } else if (Objects.equals(a.getTage(), tage) && a.getAnwesend() == zahlen.anwesend()
                    && a.getKrankMitBescheinigung() == zahlen.krankMitBescheinigung()
                    && a.getKrankOhneBescheinigung() == zahlen.krankOhneBescheinigung()
                    && a.getUrlaub() == zahlen.urlaub() && a.getSonstigeBezahlt() == zahlen.sonstigeBezahlteAbwesenheit()
                    && a.getUnentschuldigt() == zahlen.unentschuldigt()) {
                continue;
            } else {
                repository.em().detach(a);
            }
            a.setTage(tage);
            a.setAnwesend(zahlen.anwesend());
            a.setKrankMitBescheinigung(zahlen.krankMitBescheinigung());
            a.setKrankOhneBescheinigung(zahlen.krankOhneBescheinigung());
            a.setUrlaub(zahlen.urlaub());
            a.setSonstigeBezahlt(zahlen.sonstigeBezahlteAbwesenheit());
            a.setUnentschuldigt(zahlen.unentschuldigt());
            if (neu) {
                repository.create(a);
            } else {
                repository.update(a, "Die Anwesenheit wurde nicht gefunden.");
            }
            aenderung.person(p.getId(), monat.atDay(1), "Anwesenheit " + Format.monat(monat) + " geändert");
            geaendert++;
        }
        return geaendert;
    }

    /**
     * Imports attendance counts from CSV (semicolon, header line): {@code Personalnummer;Anwesend;Krank mit
     * Bescheinigung;Krank ohne Bescheinigung;Urlaub;Sonstige bezahlte Abwesenheit;Unentschuldigt}. All lines are
     * checked first; with one error nothing is stored. {@code nurPruefen}: check only (dry run).
     *
     * @return the number of persons imported (or that would be)
     */
    public int anwesenheitImportieren(YearMonth monat, String csv, boolean nurPruefen) {
        EntgeltStammdatenService.monat(monat);
        if (csv == null || csv.isBlank()) {
            throw new ValidationFailure("datei", "Die Datei ist leer.");
        }
        List<CsvImport.Zeile> zeilen = CsvImport.lesen(csv);
        List<ValidationFailure.FieldError> fehler = new ArrayList<>();
        List<AnwesenheitEingabe> eingaben = new ArrayList<>();
        for (CsvImport.Zeile zeile : zeilen.subList(Math.min(1, zeilen.size()), zeilen.size())) {
            if (zeile.leer()) {
                continue;
            }
            String[] t = zeile.felder().toArray(String[]::new);
            String wo = zeile.wo();
            if (t.length != 7) {
                fehler.add(new ValidationFailure.FieldError("datei", wo + "erwartet werden 7 Spalten (Personalnummer "
                        + "und sechs Zahlen), gefunden " + t.length + "."));
                continue;
            }
            List<Beschaeftigter> p = repository.em().createQuery("SELECT b FROM Beschaeftigter b WHERE"
                    + " b.personalnummer = :n", Beschaeftigter.class).setParameter("n", t[0].strip()).getResultList();
            if (p.isEmpty()) {
                fehler.add(new ValidationFailure.FieldError("datei", wo + "keine Person mit der Personalnummer „"
                        + t[0].strip() + "“."));
                continue;
            }
            try {
                int[] n = new int[6];
                for (int k = 0; k < 6; k++) {
                    n[k] = t[k + 1].isBlank() ? 0 : Integer.parseInt(t[k + 1].strip());
                }
                eingaben.add(new AnwesenheitEingabe(p.get(0).getId(), null,
                        new Anwesenheit(n[0], n[1], n[2], n[3], n[4], n[5])));
            } catch (NumberFormatException ex) {
                fehler.add(new ValidationFailure.FieldError("datei", wo + "die Tage müssen ganze Zahlen sein."));
            } catch (IllegalArgumentException ex) {
                fehler.add(new ValidationFailure.FieldError("datei", wo + ex.getMessage()));
            }
        }
        if (!fehler.isEmpty()) {
            throw new ValidationFailure(fehler);
        }
        if (eingaben.isEmpty()) {
            throw new ValidationFailure("datei", "Die Datei enthält keine Datenzeilen.");
        }
        if (!nurPruefen) {
            anwesenheitSpeichern(monat, eingaben);
        }
        return eingaben.size();
    }

    // ------------------------------------------------------------------ pay items

    /**
     * One page of the pay items of a month whose person ("Nachname, Vorname" or Personalnummer) contains
     * {@code person} (blank: all), in the order of {@link #lohnposten(YearMonth)} (descending by person if asked),
     * with their number and sum: filtered, counted, summed and paged in the database (the lazy table of the page).
     */
    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public Lohnpostenseite lohnposten(YearMonth monat, String person, boolean absteigend, int offset, int limit) {
        YearMonth m = EntgeltStammdatenService.monat(monat);
        boolean filter = person != null && !person.isBlank();
        String where = " WHERE b.monat = :m" + (filter ? " AND (LOWER(CONCAT(b.beschaeftigter.nachname, ', ',"
                + " b.beschaeftigter.vorname)) LIKE :p OR LOWER(b.beschaeftigter.personalnummer) LIKE :p)" : "");
        var summen = repository.em().createQuery("SELECT COUNT(b), SUM(b.betrag) FROM Lohnbuchung b" + where,
                Object[].class).setParameter("m", m);
        String richtung = absteigend ? " DESC" : "";
        var seite = repository.em().createQuery("SELECT b FROM Lohnbuchung b JOIN FETCH b.beschaeftigter JOIN FETCH"
                + " b.lohnart" + where + " ORDER BY b.beschaeftigter.nachname" + richtung + ", b.beschaeftigter.vorname"
                + richtung + ", b.id" + richtung, Lohnbuchung.class).setParameter("m", m);
        if (filter) {
            String like = "%" + person.strip().toLowerCase(java.util.Locale.ROOT).replace("\\", "\\\\")
                    .replace("%", "\\%").replace("_", "\\_") + "%";
            summen.setParameter("p", like);
            seite.setParameter("p", like);
        }
        Object[] z = summen.getSingleResult();
        long anzahl = ((Number) z[0]).longValue();
        BigDecimal summe = z[1] == null ? BigDecimal.ZERO : (BigDecimal) z[1];
        List<Lohnbuchung> eintraege = anzahl == 0 || limit == 0 ? List.of()
                : seite.setFirstResult(offset).setMaxResults(limit).getResultList();
        return new Lohnpostenseite(new de.werkerp.platform.control.Teilliste<>(eintraege, anzahl), summe);
    }

    /** A page of pay items and the sum over all pages. */
    public record Lohnpostenseite(de.werkerp.platform.control.Teilliste<Lohnbuchung> seite, BigDecimal summe)
            implements java.io.Serializable {
    }

    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public List<Lohnbuchung> lohnposten(YearMonth monat) {
        return repository.em().createQuery("SELECT b FROM Lohnbuchung b JOIN FETCH b.beschaeftigter JOIN FETCH"
                + " b.lohnart WHERE b.monat = :m ORDER BY b.beschaeftigter.nachname, b.beschaeftigter.vorname, b.id",
                Lohnbuchung.class).setParameter("m", EntgeltStammdatenService.monat(monat)).getResultList();
    }

    /** Books a pay item: payments and allowances positive, deductions negative. */
    public Lohnbuchung lohnpostenBuchen(Long beschaeftigterId, YearMonth monat, Long lohnartId, String bezeichnung,
            BigDecimal betrag) {
        EntgeltStammdatenService.monat(monat);
        Beschaeftigter p = repository.find(Beschaeftigter.class, beschaeftigterId, PERSON_FEHLT);
        if (lohnartId == null) {
            throw new ValidationFailure("lohnart", "Bitte die Lohnart wählen.");
        }
        Lohnart art = repository.find(Lohnart.class, lohnartId, "Die Lohnart wurde nicht gefunden.");
        if (betrag == null || betrag.signum() == 0) {
            throw new ValidationFailure("betrag", "Bitte einen Betrag ungleich 0 angeben.");
        }
        if (betrag.scale() > 2 && betrag.stripTrailingZeros().scale() > 2) {
            throw new ValidationFailure("betrag", "Beträge werden in Euro und Cent angegeben (höchstens zwei "
                    + "Nachkommastellen).");
        }
        if (art.getKomponente() == Komponente.ABZUG && betrag.signum() > 0) {
            throw new ValidationFailure("betrag", "„" + art.getBezeichnung() + "“ ist ein Abzug: bitte den Betrag "
                    + "negativ eingeben (z. B. -45,00).");
        }
        if (art.getKomponente() != Komponente.ABZUG && betrag.signum() < 0) {
            throw new ValidationFailure("betrag", "Negative Beträge gibt es nur bei Abzügen; „" + art.getBezeichnung()
                    + "“ ist eine " + art.getKomponente().getLabel() + ".");
        }
        Lohnbuchung b = new Lohnbuchung();
        b.setBeschaeftigter(p);
        b.setMonat(monat);
        b.setLohnart(art);
        b.setBezeichnung(bezeichnung == null || bezeichnung.isBlank() ? art.getBezeichnung() : bezeichnung.strip());
        b.setBetrag(betrag.setScale(2));
        repository.create(b);
        aenderung.person(p.getId(), monat.atDay(1), "Lohnposten " + b.getBezeichnung() + " gebucht");
        return b;
    }

    public void lohnpostenLoeschen(Long id) {
        Lohnbuchung b = repository.find(Lohnbuchung.class, id, "Der Lohnposten wurde nicht gefunden.");
        aenderung.person(b.getBeschaeftigterId(), b.getMonat().atDay(1), "Lohnposten " + b.getBezeichnung()
                + " gelöscht");
        repository.delete(Lohnbuchung.class, id, "Der Lohnposten wurde nicht gefunden.");
    }

    // ------------------------------------------------------------------ assessments

    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.SOCIAL_SERVICE, Role.AUDITOR})
    public List<Beurteilung> beurteilungen(Long beschaeftigterId) {
        return repository.em().createQuery("SELECT b FROM Beurteilung b WHERE b.beschaeftigter.id = :p ORDER BY"
                + " b.gueltigAb DESC, b.beurteiltAm DESC", Beurteilung.class).setParameter("p", beschaeftigterId)
                .getResultList();
    }

    /** The newest assessment of each of the given people (one page of a lazy table): one query for the page. */
    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.SOCIAL_SERVICE, Role.AUDITOR})
    public Map<Long, Beurteilung> aktuelleBeurteilungen(java.util.Collection<Long> personen) {
        Map<Long, Beurteilung> result = new HashMap<>();
        if (personen.isEmpty()) {
            return result;
        }
        for (Beurteilung b : repository.em().createQuery("SELECT b FROM Beurteilung b WHERE b.beschaeftigterId IN :p"
                + " ORDER BY b.gueltigAb, b.beurteiltAm", Beurteilung.class).setParameter("p", personen)
                .getResultList()) {
            result.put(b.getBeschaeftigterId(), b);
        }
        return result;
    }

    /** The newest assessment of every person (for the overview). */
    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.SOCIAL_SERVICE, Role.AUDITOR})
    public Map<Long, Beurteilung> aktuelleBeurteilungen() {
        Map<Long, Beurteilung> result = new HashMap<>();
        for (Beurteilung b : repository.em().createQuery("SELECT b FROM Beurteilung b ORDER BY b.gueltigAb,"
                + " b.beurteiltAm", Beurteilung.class).getResultList()) {
            result.put(b.getBeschaeftigterId(), b);
        }
        return result;
    }

    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.SOCIAL_SERVICE})
    public Beurteilung beurteilungAnlegen(Long beschaeftigterId, Beurteilung b) {
        b.setBeschaeftigter(repository.find(Beschaeftigter.class, beschaeftigterId, PERSON_FEHLT));
        repository.validate(b);
        try {
            EntgeltordnungText.bewertung(b.getPunkte(), b.getLohnstufe(), b.getKriterienwerte());
        } catch (IllegalArgumentException e) {
            throw new ValidationFailure("punkte", e.getMessage());
        }
        if (b.getBeurteiltAm().isAfter(LocalDate.now())) {
            throw new ValidationFailure("beurteiltAm", "Das Datum der Beurteilung liegt in der Zukunft.");
        }
        repository.create(b);
        aenderung.person(beschaeftigterId, b.getGueltigAb(), "Leistungsbeurteilung ab " + Format.datum(b.getGueltigAb()));
        return b;
    }

    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.SOCIAL_SERVICE})
    public void beurteilungLoeschen(Long id) {
        Beurteilung b = repository.find(Beurteilung.class, id, "Die Beurteilung wurde nicht gefunden.");
        aenderung.person(b.getBeschaeftigterId(), b.getGueltigAb(), "Leistungsbeurteilung gelöscht");
        repository.delete(Beurteilung.class, id, "Die Beurteilung wurde nicht gefunden.");
    }

    // ------------------------------------------------------------------ illness

    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.AUDITOR})
    public List<Arbeitsunfaehigkeit> arbeitsunfaehigkeiten(Long beschaeftigterId) {
        repository.audit().gelesen("Arbeitsunfähigkeiten", beschaeftigterId, null);
        return repository.em().createQuery("SELECT a FROM Arbeitsunfaehigkeit a WHERE a.beschaeftigter.id = :p"
                + " ORDER BY a.beginn DESC", Arbeitsunfaehigkeit.class).setParameter("p", beschaeftigterId)
                .getResultList();
    }

    public Arbeitsunfaehigkeit arbeitsunfaehigkeitAnlegen(Long beschaeftigterId, Arbeitsunfaehigkeit a) {
        a.setBeschaeftigter(repository.find(Beschaeftigter.class, beschaeftigterId, PERSON_FEHLT));
        repository.validate(a);
        if (a.getEnde() != null && a.getEnde().isBefore(a.getBeginn())) {
            throw new ValidationFailure("ende", "Das Ende liegt vor dem Beginn der Arbeitsunfähigkeit.");
        }
        if (a.getBereitsBezahlteTage() < 0) {
            throw new ValidationFailure("bereitsBezahlteTage", "Die bereits bezahlten Tage können nicht negativ sein.");
        }
        repository.create(a);
        aenderung.person(beschaeftigterId, a.getBeginn(), "Arbeitsunfähigkeit ab " + Format.datum(a.getBeginn()));
        return a;
    }

    public void arbeitsunfaehigkeitLoeschen(Long id) {
        Arbeitsunfaehigkeit a = repository.find(Arbeitsunfaehigkeit.class, id,
                "Die Arbeitsunfähigkeit wurde nicht gefunden.");
        aenderung.person(a.getBeschaeftigterId(), a.getBeginn(), "Arbeitsunfähigkeit gelöscht");
        repository.delete(Arbeitsunfaehigkeit.class, id, "Die Arbeitsunfähigkeit wurde nicht gefunden.");
    }
}
