package de.werkerp.costing.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import de.werkerp.costing.control.Arbeitsplatzkosten;
import de.werkerp.costing.control.Fassungsvergleich;
import de.werkerp.costing.control.Fixkostenart;
import de.werkerp.costing.control.Kalkulationsfehler;
import de.werkerp.costing.control.Kostenkalkulation;
import de.werkerp.costing.control.Kostenkalkulation.Eingabe;
import de.werkerp.costing.control.Personalfunktion;
import de.werkerp.costing.control.Sachkostenart;
import de.werkerp.costing.entity.Kalkulationsfassung;
import de.werkerp.costing.entity.Kalkulationsposition;
import de.werkerp.costing.entity.Kalkulationsstatus;
import de.werkerp.costing.entity.Positionsart;
import de.werkerp.platform.control.Allow;
import de.werkerp.platform.control.CallerContext;
import de.werkerp.platform.control.TenantGuarded;
import de.werkerp.platform.control.TenantRepository;
import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.platform.entity.Role;
import de.werkerp.reports.KostenkalkulationReport;
import de.werkerp.social.control.Beitraege;
import de.werkerp.social.control.Beitragsfall;
import de.werkerp.tenant.boundary.TenantInfoService;
import de.werkerp.tenant.entity.Einrichtung;
import de.werkerp.wage.boundary.RechnerService;
import de.werkerp.wage.control.Bereich;
import de.werkerp.wage.control.Entgeltabrechnung;
import de.werkerp.wage.control.Format;

/**
 * The aLA cost calculation of an Einrichtung (seed 003 ch. 6.1, Tab. 1/2) as numbered versions: a draft is computed
 * live and can be changed; fixing it (festschreiben) makes it immutable, a later change is a new version with a
 * reason. Also the per-worker monthly costs of seed 003 Tab. 3 from the real wage and social-insurance kernels with
 * the reference data of the month, and the PDF for the negotiation with the Leistungsträger. Management and the
 * tenant admin write; the auditor reads.
 */
@Stateless
@TenantGuarded
@Allow({Role.TENANT_ADMIN, Role.MANAGEMENT})
public class KalkulationService {

    static final String FEHLT = "Die Kostenkalkulation wurde nicht gefunden.";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Inject
    TenantRepository repository;

    @Inject
    CallerContext callers;

    @EJB
    RechnerService rechner;

    @EJB
    TenantInfoService tenant;

    /** What a draft consists of: label, agreement period, the kernel's input, and the reason for a new version. */
    public record Entwurf(String bezeichnung, LocalDate gueltigAb, LocalDate gueltigBis, Eingabe eingabe,
            String aenderungsgrund) {
    }

    /** A stored version with its input (from its lines) and the computed result. */
    public record Ansicht(Kalkulationsfassung fassung, Eingabe eingabe, Kostenkalkulation.Ergebnis ergebnis) {

        public Kalkulationsfassung getFassung() {
            return fassung;
        }

        public Kostenkalkulation.Ergebnis getErgebnis() {
            return ergebnis;
        }
    }

    // ------------------------------------------------------------------ read

    /** All versions of the Einrichtung, newest first (another tenant's Einrichtung: none). */
    @Allow({Role.TENANT_ADMIN, Role.MANAGEMENT, Role.AUDITOR})
    public List<Kalkulationsfassung> fassungen(Long einrichtungId) {
        return repository.em().createQuery("SELECT f FROM Kalkulationsfassung f WHERE f.einrichtung.id = :e"
                + " ORDER BY f.fassung DESC", Kalkulationsfassung.class).setParameter("e", einrichtungId)
                .getResultList();
    }

    @Allow({Role.TENANT_ADMIN, Role.MANAGEMENT, Role.AUDITOR})
    public Ansicht ansicht(Long fassungId) {
        return ansicht(repository.find(Kalkulationsfassung.class, fassungId, FEHLT));
    }

    /** The newest version of the Einrichtung, computed. */
    @Allow({Role.TENANT_ADMIN, Role.MANAGEMENT, Role.AUDITOR})
    public Optional<Ansicht> aktuell(Long einrichtungId) {
        return fassungen(einrichtungId).stream().findFirst().map(this::ansicht);
    }

    /** The version before the given one (number − 1), computed; empty for the first version. */
    @Allow({Role.TENANT_ADMIN, Role.MANAGEMENT, Role.AUDITOR})
    public Optional<Ansicht> vorgaenger(Long fassungId) {
        Kalkulationsfassung f = repository.find(Kalkulationsfassung.class, fassungId, FEHLT);
        return fassungen(f.getEinrichtung().getId()).stream().filter(v -> v.getFassung() == f.getFassung() - 1)
                .findFirst().map(this::ansicht);
    }

    /** The figures of a version against the version before; empty for the first version. */
    @Allow({Role.TENANT_ADMIN, Role.MANAGEMENT, Role.AUDITOR})
    public List<Fassungsvergleich.Zeile> vergleich(Long fassungId) {
        Ansicht jetzt = ansicht(fassungId);
        return vorgaenger(fassungId).map(v -> Fassungsvergleich.vergleiche(v.ergebnis(), jetzt.ergebnis()))
                .orElse(List.of());
    }

    /** Computes an input without storing anything (the page's live result). */
    @Allow({Role.TENANT_ADMIN, Role.MANAGEMENT, Role.AUDITOR})
    public Kostenkalkulation.Ergebnis berechne(Eingabe eingabe) {
        try {
            return Kostenkalkulation.berechne(eingabe);
        } catch (Kalkulationsfehler f) {
            throw new ValidationFailure(f.feld(), f.getMessage());
        }
    }

    // ------------------------------------------------------------------ write

    /**
     * Stores a draft. {@code fassungId} given: changes that version, which must still be a draft (a fixed version is
     * immutable). {@code fassungId} null: a new version after the newest one, which must be fixed (a change of a fixed
     * calculation needs a reason). The input is checked by the kernel first: bad input stores nothing.
     */
    public Kalkulationsfassung speichern(Long einrichtungId, Long fassungId, Entwurf entwurf) {
        if (entwurf == null || entwurf.eingabe() == null) {
            throw new ValidationFailure("eingabe", "Bitte die Kalkulation ausfüllen.");
        }
        Einrichtung e = repository.find(Einrichtung.class, einrichtungId, "Die Einrichtung wurde nicht gefunden.");
        Kostenkalkulation.Ergebnis ergebnis = berechne(entwurf.eingabe());
        if (entwurf.gueltigAb() != null && entwurf.gueltigBis() != null
                && entwurf.gueltigBis().isBefore(entwurf.gueltigAb())) {
            throw new ValidationFailure("gueltigBis", "Der Vereinbarungszeitraum endet vor seinem Beginn: bitte die "
                    + "Daten prüfen.");
        }
        List<Kalkulationsfassung> alle = fassungen(einrichtungId);
        Kalkulationsfassung f;
        if (fassungId != null) {
            f = repository.find(Kalkulationsfassung.class, fassungId, FEHLT);
            if (!f.getEinrichtung().getId().equals(e.getId())) {
                throw new ValidationFailure("fassung", "Die Fassung gehört zu einer anderen Einrichtung.");
            }
            if (f.isFestgeschrieben()) {
                throw new ValidationFailure("fassung", "Fassung " + f.getFassung() + " ist festgeschrieben und "
                        + "unveränderlich. Änderungen bitte als neue Fassung mit Änderungsgrund speichern.");
            }
            repository.em().detach(f);
        } else {
            if (!alle.isEmpty() && !alle.get(0).isFestgeschrieben()) {
                throw new ValidationFailure("fassung", "Fassung " + alle.get(0).getFassung() + " ist noch ein "
                        + "Entwurf: bitte diesen ändern oder festschreiben, bevor eine neue Fassung entsteht.");
            }
            if (!alle.isEmpty() && (entwurf.aenderungsgrund() == null || entwurf.aenderungsgrund().isBlank())) {
                throw new ValidationFailure("aenderungsgrund", "Bitte begründen, warum die festgeschriebene "
                        + "Fassung " + alle.get(0).getFassung() + " geändert wird.");
            }
            f = new Kalkulationsfassung();
            f.setEinrichtung(e);
            f.setFassung(alle.isEmpty() ? 1 : alle.get(0).getFassung() + 1);
            f.setErstelltVon(callers.require().username());
        }
        Eingabe in = entwurf.eingabe();
        f.setStatus(Kalkulationsstatus.ENTWURF);
        f.setBezeichnung(entwurf.bezeichnung() == null ? null : entwurf.bezeichnung().strip());
        f.setGueltigAb(entwurf.gueltigAb());
        f.setGueltigBis(entwurf.gueltigBis());
        f.setPlaetze(in.plaetze());
        f.setPlaetzeSeelisch(in.plaetzeSeelisch());
        f.setTage(in.tage());
        f.setFinanzierteFehltage(in.finanzierteFehltage());
        f.setVollzeitStunden(in.vollzeitStunden());
        f.setSatzGebaeude(in.satzGebaeude());
        f.setSatzInventar(in.satzInventar());
        f.setGesamtkosten(ergebnis.gesamtkosten());
        f.setKostenJePlatzTag(ergebnis.jePlatzTag());
        if (entwurf.aenderungsgrund() != null && !entwurf.aenderungsgrund().isBlank()) {
            f.setAenderungsgrund(entwurf.aenderungsgrund().strip());
        }
        Kalkulationsfassung gespeichert = f.isNew() ? repository.create(f) : repository.update(f, FEHLT);
        for (Kalkulationsposition alt : positionen(gespeichert)) {
            repository.delete(Kalkulationsposition.class, alt.getId(), FEHLT);
        }
        int nr = 0;
        for (Kostenkalkulation.Personal p : in.personal()) {
            neuePosition(gespeichert, Positionsart.PERSONAL, p.funktion().name(), ++nr, p.bezeichnung(),
                    p.stundenJeWoche(), p.arbeitgeberBruttoJeVk());
        }
        for (Kostenkalkulation.Fixkosten p : in.fixkosten()) {
            neuePosition(gespeichert, Positionsart.FIX, p.art().name(), ++nr, p.bezeichnung(), null, p.betrag());
        }
        for (Kostenkalkulation.Sachkosten p : in.sachkosten()) {
            neuePosition(gespeichert, Positionsart.SACH, p.art().name(), ++nr, p.bezeichnung(), null, p.betrag());
        }
        return gespeichert;
    }

    /** Fixes a draft: from now on it never changes. */
    public Kalkulationsfassung festschreiben(Long fassungId) {
        Kalkulationsfassung f = repository.find(Kalkulationsfassung.class, fassungId, FEHLT);
        if (f.isFestgeschrieben()) {
            throw new ValidationFailure("status", "Fassung " + f.getFassung() + " ist bereits festgeschrieben.");
        }
        Kostenkalkulation.Ergebnis ergebnis = ansicht(f).ergebnis();
        repository.em().detach(f);
        f.setGesamtkosten(ergebnis.gesamtkosten());
        f.setKostenJePlatzTag(ergebnis.jePlatzTag());
        f.setStatus(Kalkulationsstatus.FESTGESCHRIEBEN);
        f.setFestgeschriebenVon(callers.require().username());
        f.setFestgeschriebenAm(Instant.now());
        return repository.update(f, FEHLT);
    }

    // ------------------------------------------------------------------ Tab. 3 per worker

    /**
     * Seed 003 Tab. 3 done right (see {@link Arbeitsplatzkosten}): the month's costs of one worker in the
     * Arbeitsbereich and the refunds, from the wage and social-insurance kernels with the reference data valid in
     * the month. {@code grundbetrag} optional (a higher amount of the Einrichtung); {@code unfallversicherung} and
     * {@code zusatzbeitragKasse} optional.
     */
    @Allow({Role.TENANT_ADMIN, Role.MANAGEMENT, Role.AUDITOR})
    public Arbeitsplatzkosten.Ergebnis arbeitsplatzkosten(YearMonth monat, Bereich bereich,
            BigDecimal steigerungsbetrag, BigDecimal grundbetrag, BigDecimal unfallversicherung,
            boolean beitrittsgebiet, BigDecimal zusatzbeitragKasse) {
        if (monat == null) {
            throw new ValidationFailure("monat", "Bitte den Monat angeben (JJJJ-MM).");
        }
        if (bereich != Bereich.AB) {
            throw new ValidationFailure("bereich", "Die Kosten je Beschäftigtem (Handbuch aLA Tab. 3) gelten für den "
                    + "Arbeitsbereich: im Eingangsverfahren und Berufsbildungsbereich zahlt der Träger weder "
                    + "Arbeitsentgelt noch Arbeitsförderungsgeld (§ 221 Abs. 2, § 59 SGB IX).");
        }
        Entgeltabrechnung entgelt = rechner.entgelt(monat, steigerungsbetrag == null ? new BigDecimal("0.00")
                : steigerungsbetrag, grundbetrag, bereich);
        Beitraege beitraege;
        try {
            beitraege = rechner.sozialversicherung(new Beitragsfall(monat, entgelt.arbeitsentgelt(), null,
                    entgelt.arbeitsfoerderungsgeld(), null, false, 0, beitrittsgebiet, false, zusatzbeitragKasse));
        } catch (IllegalArgumentException invalid) {
            throw new ValidationFailure("zusatzbeitragKasse", invalid.getMessage());
        }
        try {
            return Arbeitsplatzkosten.berechne(entgelt, beitraege, unfallversicherung);
        } catch (Kalkulationsfehler f) {
            throw new ValidationFailure(f.feld(), f.getMessage());
        } catch (ArithmeticException f) {
            throw new ValidationFailure("unfallversicherung", "Bitte die Unfallversicherung auf volle Cent angeben.");
        }
    }

    // ------------------------------------------------------------------ document

    /** The PDF for the negotiation with the Leistungsträger (seed 003 Tab. 1 layout). */
    @Allow({Role.TENANT_ADMIN, Role.MANAGEMENT, Role.AUDITOR})
    public byte[] pdf(Long fassungId) {
        Ansicht a = ansicht(fassungId);
        Kalkulationsfassung f = a.fassung();
        Kostenkalkulation.Ergebnis r = a.ergebnis();
        List<KostenkalkulationReport.Zeile> zeilen = new ArrayList<>();
        zeilen.add(new KostenkalkulationReport.Zeile(true, "Personalkosten", null, null, null, null));
        for (Kostenkalkulation.PersonalZeile p : r.personal()) {
            zeilen.add(new KostenkalkulationReport.Zeile(false, text(p.eingabe().funktion().getLabel(),
                    p.eingabe().bezeichnung()), p.eingabe().stundenJeWoche(), p.vk(),
                    Format.euro(p.eingabe().arbeitgeberBruttoJeVk()) + " je VK", p.kostenJahr()));
        }
        zeilen.add(new KostenkalkulationReport.Zeile(true, "Summe Personalkosten", null, r.vkGesamt(), null,
                r.personalkosten()));
        zeilen.add(new KostenkalkulationReport.Zeile(true, "Fixe Kosten (Investitionskostenbetrag)", null, null, null,
                null));
        for (Kostenkalkulation.FixkostenZeile p : r.fixkosten()) {
            zeilen.add(new KostenkalkulationReport.Zeile(false, text(p.eingabe().art().getLabel(),
                    p.eingabe().bezeichnung()), null, null, p.satz() == null ? null
                            : Format.euro(p.eingabe().betrag()) + " × " + prozent(p.satz()), p.kostenJahr()));
        }
        zeilen.add(new KostenkalkulationReport.Zeile(true, "Summe fixe Kosten", null, null, null, r.fixeKosten()));
        zeilen.add(new KostenkalkulationReport.Zeile(true, "Variable Kosten (Sachaufwand)", null, null, null, null));
        for (Kostenkalkulation.Sachkosten p : r.sachkosten()) {
            zeilen.add(new KostenkalkulationReport.Zeile(false, text(p.art().getLabel(), p.bezeichnung()), null, null,
                    null, p.betrag()));
        }
        zeilen.add(new KostenkalkulationReport.Zeile(true, "Summe variable Kosten", null, null, null,
                r.sachkostenSumme()));
        List<String> schluessel = r.personalschluessel().stream().map(z -> (z.erfuellt() ? "✓ " : "! ")
                + z.bewertung()).toList();
        List<String> hinweise = new ArrayList<>(r.hinweise().subList(0, 1));
        if (f.getAenderungsgrund() != null) {
            hinweise.add("Änderungsgrund: " + f.getAenderungsgrund());
        }
        String zeitraum = f.getGueltigAb() == null ? null : Format.datum(f.getGueltigAb()) + " bis "
                + (f.getGueltigBis() == null ? "offen" : Format.datum(f.getGueltigBis()));
        return KostenkalkulationReport.render(new KostenkalkulationReport.Data(tenant.ownTenant().getName(),
                f.getEinrichtung().getName(), f.getBezeichnung(), zeitraum, f.getFassung(), f.getStatus().getLabel(),
                f.isFestgeschrieben(), f.getFestgeschriebenVon(), r.plaetze(), r.tage(), r.finanzierteFehltage(),
                f.getVollzeitStunden(), zeilen, r.gesamtkosten(), r.jePlatzJahr(), r.jePlatzMonat(), r.jePlatzTag(),
                schluessel, hinweise, LocalDateTime.now(BERLIN).toLocalDate()));
    }

    // ------------------------------------------------------------------ helpers

    private Ansicht ansicht(Kalkulationsfassung f) {
        Eingabe eingabe = eingabe(f);
        Kostenkalkulation.Ergebnis r;
        try {
            r = Kostenkalkulation.berechne(eingabe);
        } catch (Kalkulationsfehler fehler) {
            throw new ValidationFailure(fehler.feld(), fehler.getMessage());
        }
        if (f.isFestgeschrieben() && f.getKostenJePlatzTag() != null
                && f.getKostenJePlatzTag().compareTo(r.jePlatzTag()) != 0) {
            // the inputs of a fixed version never change; only a changed rule of the kernel can give another figure
            List<String> hinweise = new ArrayList<>(r.hinweise());
            hinweise.add("Festgeschrieben wurden " + Format.euro(f.getKostenJePlatzTag()) + " je Platz und Tag; mit "
                    + "den heutigen Rechenregeln ergeben dieselben Angaben " + Format.euro(r.jePlatzTag()) + ".");
            r = new Kostenkalkulation.Ergebnis(r.plaetze(), r.tage(), r.finanzierteFehltage(), r.personal(),
                    r.fixkosten(), r.sachkosten(), r.vkGesamt(), r.personalkosten(), r.fixeKosten(),
                    r.sachkostenSumme(), r.gesamtkosten(), r.jePlatzJahr(), r.jePlatzMonat(), r.jePlatzTag(),
                    r.personalJePlatzTag(), r.fixJePlatzTag(), r.sachJePlatzTag(), r.personalschluessel(),
                    List.copyOf(hinweise));
        }
        return new Ansicht(f, eingabe, r);
    }

    private List<Kalkulationsposition> positionen(Kalkulationsfassung f) {
        return repository.em().createQuery("SELECT p FROM Kalkulationsposition p WHERE p.kalkulation.id = :k"
                + " ORDER BY p.nr", Kalkulationsposition.class).setParameter("k", f.getId()).getResultList();
    }

    private Eingabe eingabe(Kalkulationsfassung f) {
        List<Kostenkalkulation.Personal> personal = new ArrayList<>();
        List<Kostenkalkulation.Fixkosten> fix = new ArrayList<>();
        List<Kostenkalkulation.Sachkosten> sach = new ArrayList<>();
        for (Kalkulationsposition p : positionen(f)) {
            switch (p.getArt()) {
                case PERSONAL -> personal.add(new Kostenkalkulation.Personal(
                        Personalfunktion.valueOf(p.getKategorie()), p.getBezeichnung(), p.getStunden(), p.getBetrag()));
                case FIX -> fix.add(new Kostenkalkulation.Fixkosten(Fixkostenart.valueOf(p.getKategorie()),
                        p.getBezeichnung(), p.getBetrag()));
                case SACH -> sach.add(new Kostenkalkulation.Sachkosten(Sachkostenart.valueOf(p.getKategorie()),
                        p.getBezeichnung(), p.getBetrag()));
            }
        }
        return new Eingabe(f.getPlaetze(), f.getPlaetzeSeelisch(), f.getTage(), f.getFinanzierteFehltage(),
                f.getVollzeitStunden(), f.getSatzGebaeude(), f.getSatzInventar(), personal, fix, sach);
    }

    private void neuePosition(Kalkulationsfassung f, Positionsart art, String kategorie, int nr, String bezeichnung,
            BigDecimal stunden, BigDecimal betrag) {
        Kalkulationsposition p = new Kalkulationsposition();
        p.setKalkulation(f);
        p.setArt(art);
        p.setKategorie(kategorie);
        p.setNr(nr);
        p.setBezeichnung(bezeichnung == null || bezeichnung.isBlank() ? null : bezeichnung.strip());
        p.setStunden(stunden);
        p.setBetrag(betrag.setScale(2));
        repository.create(p);
    }

    private static String text(String label, String bezeichnung) {
        return bezeichnung == null || bezeichnung.isBlank() ? label : label + " – " + bezeichnung;
    }

    private static String prozent(BigDecimal satz) {
        return satz.stripTrailingZeros().toPlainString().replace('.', ',') + " %";
    }
}
