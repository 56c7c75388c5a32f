package de.werkerp.wage.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import de.werkerp.contract.control.Arbeitszeitregel;
import de.werkerp.contract.control.Iban;
import de.werkerp.contract.control.Vollzeitaenderung;
import de.werkerp.contract.entity.Arbeitszeit;
import de.werkerp.platform.control.Allow;
import de.werkerp.platform.control.TenantGuarded;
import de.werkerp.platform.control.TenantRepository;
import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.platform.entity.Role;
import de.werkerp.reference.control.Validity;
import de.werkerp.tenant.entity.Einrichtung;
import de.werkerp.wage.control.Eingabeaenderung;
import de.werkerp.wage.control.Entgeltordnung;
import de.werkerp.wage.control.EntgeltordnungText;
import de.werkerp.wage.control.Feiertage;
import de.werkerp.wage.control.Komponente;
import de.werkerp.wage.control.Entgelteinstellungen;
import de.werkerp.wage.control.Vollzeitquelle;
import de.werkerp.wage.entity.Entgelteinstellung;
import de.werkerp.wage.entity.EntgeltordnungFassung;
import de.werkerp.wage.entity.Lohnart;

/**
 * The Einrichtung's wage master data: settings, versions of the Entgeltordnung, and the tenant's Lohnarten.
 * A change that reaches back into closed months is settled by Rückrechnung ({@link Eingabeaenderung}).
 *
 * <p>The settings are one row per Einrichtung, not effective-dated: a change applies to every month computed from now
 * on. Computed runs not yet released (and any from this month on) are outdated; released months are not marked for a
 * Rückrechnung, since the settings carry no date (a Rückrechnung for another reason computes with the current ones).
 * The full time in them is the Einrichtung's one full time ({@link Vollzeitquelle}); changing it so that agreed
 * working times become part time without a reason is refused unless confirmed ({@link #vollzeitVorschau}).
 */
@Stateless
@TenantGuarded
@Allow({Role.TENANT_ADMIN, Role.PAYROLL})
public class EntgeltStammdatenService {

    @Inject
    de.werkerp.platform.control.CallerContext callers;

    @Inject
    TenantRepository repository;

    @Inject
    Eingabeaenderung aenderung;

    @Inject
    Vollzeitquelle vollzeitquelle;

    // ------------------------------------------------------------------ settings

    /** The stored settings, or new ones with the defaults of rules.md § 1 (not stored; id {@code null}). */
    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public Entgelteinstellung einstellung(Long einrichtungId) {
        Einrichtung e = einrichtung(einrichtungId);
        return repository.em().createQuery("SELECT s FROM Entgelteinstellung s WHERE s.einrichtung = :e",
                Entgelteinstellung.class).setParameter("e", e).getResultStream().findFirst().orElseGet(() -> {
                    Entgelteinstellung s = new Entgelteinstellung();
                    s.setEinrichtung(e);
                    s.setTeilzeitregelung(Entgelteinstellungen.STANDARD.teilzeit());
                    s.setWvoTeilzeit(Entgelteinstellungen.STANDARD.wvoTeilzeit());
                    s.setVollzeitStunden(Entgelteinstellungen.STANDARD.vollzeitStunden());
                    s.setUnentschuldigtKuerzt(true);
                    s.setEntgeltfortzahlungTage(42);
                    s.setAfoegAnteilig(false);
                    s.setLohnartNachzahlung("900");
                    s.setLohnartRueckforderung("901");
                    return s;
                });
    }

    /** Saves the settings; refused while the full time would leave working times part time without a reason. */
    public Entgelteinstellung einstellungSpeichern(Entgelteinstellung s) {
        return einstellungSpeichern(s, false);
    }

    /**
     * Saves the settings of an Einrichtung.
     *
     * @param bestaetigt {@code true} after the caller has seen {@link #vollzeitVorschau}: a new full time that makes
     *                   agreed working times part time without a reason is then saved anyway; {@code false}: a changed
     *                   full time is refused with a {@link ValidationFailure} on {@code vollzeitStunden} listing them
     */
    public Entgelteinstellung einstellungSpeichern(Entgelteinstellung s, boolean bestaetigt) {
        Einrichtung einrichtung = einrichtung(s.getEinrichtung() == null ? null : s.getEinrichtung().getId());
        if (s.getBundesland() == null || !Feiertage.LAENDER.containsKey(s.getBundesland())) {
            throw new ValidationFailure("bundesland", "Bitte das Bundesland wählen (für die Feiertage).");
        }
        Arbeitszeitregel.vollzeitFehler(s.getVollzeitStunden()).ifPresent(f -> {
            throw new ValidationFailure("vollzeitStunden", f);
        });
        if (s.getTeilzeitregelung() == null) {
            throw new ValidationFailure("teilzeitregelung", "Bitte die Teilzeitregelung wählen.");
        }
        if (s.getWvoTeilzeit() == null) {
            throw new ValidationFailure("wvoTeilzeit", "Bitte wählen, ob Teilzeit nach § 6 Abs. 2 WVO gekürzt wird.");
        }
        boolean vollzeitGeaendert = vollzeitquelle.fuer(einrichtung).stunden().compareTo(s.getVollzeitStunden()) != 0;
        if (vollzeitGeaendert && !bestaetigt) {
            List<Vollzeitaenderung.Betroffen> ohneGrund = Vollzeitaenderung.ohneGrund(
                    vollzeitVorschau(einrichtung, s.getVollzeitStunden()));
            if (!ohneGrund.isEmpty()) {
                throw new ValidationFailure("vollzeitStunden", Vollzeitaenderung.meldung(s.getVollzeitStunden(),
                        ohneGrund));
            }
        }
        if (s.getGrundbetrag() != null && s.getGrundbetrag().signum() <= 0) {
            throw new ValidationFailure("grundbetrag", "Der Grundbetrag der Einrichtung muss größer als 0 sein "
                    + "(leer lassen für den gesetzlichen).");
        }
        if (s.getEntgeltfortzahlungTage() != null && s.getEntgeltfortzahlungTage() <= 0) {
            throw new ValidationFailure("entgeltfortzahlungTage", "Die bezahlten Krankheitstage müssen mehr als 0 sein "
                    + "(leer lassen für unbegrenzt).");
        }
        if (s.getAuftraggeberIban() != null && !s.getAuftraggeberIban().isBlank()) {
            Iban.fehler(s.getAuftraggeberIban()).ifPresent(f -> {
                throw new ValidationFailure("auftraggeberIban", f);
            });
            s.setAuftraggeberIban(Iban.normalisiert(s.getAuftraggeberIban()));
        }
        Entgelteinstellung gespeichert = s.isNew() ? repository.create(s) : repository.update(s,
                "Die Einstellungen wurden nicht gefunden.");
        // not effective-dated: from this month on, and every computed run not yet released (it would be computed
        // with the new settings next time, so it must not be released on the old ones)
        LocalDate ab = LocalDate.now().withDayOfMonth(1);
        for (YearMonth offen : repository.em().createQuery("SELECT l.monat FROM Entgeltlauf l WHERE l.einrichtung = :e"
                + " AND l.status = :s", YearMonth.class).setParameter("e", einrichtung)
                .setParameter("s", de.werkerp.wage.entity.Laufstatus.BERECHNET).getResultList()) {
            ab = offen.atDay(1).isBefore(ab) ? offen.atDay(1) : ab;
        }
        aenderung.einrichtung(gespeichert.getEinrichtung().getId(), ab, "Entgelt-Einstellungen geändert");
        return gespeichert;
    }

    /**
     * Preview of a new full time: the current and future working times of the Einrichtung's contracts (valid on or
     * after the first day of this month) that would be part time and either were full time so far or have no reason
     * ({@link Vollzeitaenderung#betroffen}), with person, hours and the stored reason. Nothing is changed.
     */
    public List<Vollzeitaenderung.Betroffen> vollzeitVorschau(Long einrichtungId, BigDecimal neueVollzeit) {
        Arbeitszeitregel.vollzeitFehler(neueVollzeit).ifPresent(f -> {
            throw new ValidationFailure("vollzeitStunden", f);
        });
        List<Vollzeitaenderung.Betroffen> l = vollzeitVorschau(einrichtung(einrichtungId), neueVollzeit);
        if (de.werkerp.contract.control.Teilzeitgrundsicht.sichtbar(callers.require().roles())) {
            return l;
        }
        // payroll: hours and whether a reason is missing, not which reason (docs/rollen.md)
        return l.stream().map(b -> {
            Vollzeitaenderung.Arbeitszeitstand z = b.arbeitszeit();
            return new Vollzeitaenderung.Betroffen(new Vollzeitaenderung.Arbeitszeitstand(z.vertragId(),
                    z.beschaeftigterId(), z.name(), z.personalnummer(), z.gueltigAb(), z.gueltigBis(), z.wochenstunden(),
                    null), b.grundFehlt());
        }).toList();
    }

    private List<Vollzeitaenderung.Betroffen> vollzeitVorschau(Einrichtung e, BigDecimal neu) {
        LocalDate ab = LocalDate.now(java.time.ZoneId.of("Europe/Berlin")).withDayOfMonth(1);
        List<Vollzeitaenderung.Arbeitszeitstand> zeiten = repository.em().createQuery("SELECT z FROM Arbeitszeit z"
                + " JOIN FETCH z.vertrag v JOIN FETCH v.beschaeftigter WHERE v.einrichtung = :e"
                + " AND (z.gueltigBis IS NULL OR z.gueltigBis >= :ab) AND (v.ende IS NULL OR v.ende >= :ab)"
                + " ORDER BY z.gueltigAb", Arbeitszeit.class).setParameter("e", e).setParameter("ab", ab)
                .getResultList().stream().map(z -> new Vollzeitaenderung.Arbeitszeitstand(z.getVertrag().getId(),
                        z.getVertrag().getBeschaeftigter().getId(), z.getVertrag().getBeschaeftigter().getName(),
                        z.getVertrag().getBeschaeftigter().getPersonalnummer(), z.getGueltigAb(), z.getGueltigBis(),
                        z.getWochenstunden(), z.getTeilzeitgrund()))
                .toList();
        return Vollzeitaenderung.betroffen(vollzeitquelle.fuer(e).stunden(), neu, zeiten);
    }

    // ------------------------------------------------------------------ Entgeltordnung

    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR, Role.COUNCIL})
    public List<EntgeltordnungFassung> entgeltordnungen(Long einrichtungId) {
        return repository.em().createQuery("SELECT f FROM EntgeltordnungFassung f WHERE f.einrichtung.id = :e"
                + " ORDER BY f.gueltigAb DESC", EntgeltordnungFassung.class).setParameter("e", einrichtungId)
                .getResultList();
    }

    /** Stores a version after checking it with the kernel (form, whole months, no overlap). */
    public EntgeltordnungFassung entgeltordnungSpeichern(EntgeltordnungFassung f) {
        einrichtung(f.getEinrichtung() == null ? null : f.getEinrichtung().getId());
        repository.validate(f);
        Entgeltordnung ordnung;
        try {
            ordnung = EntgeltordnungText.ordnung(f.getForm().name(), f.getPunktwert(), f.getBudget(),
                    f.getBudgetrundung(), f.getStufen(), f.getKriterien());
            new Entgeltordnung.Fassung(new Validity(f.getGueltigAb(), f.getGueltigBis()), f.getBezeichnung(), ordnung);
        } catch (IllegalArgumentException e) {
            throw new ValidationFailure("form", e.getMessage());
        }
        for (EntgeltordnungFassung andere : entgeltordnungen(f.getEinrichtung().getId())) {
            if (!andere.getId().equals(f.getId()) && ueberschneiden(andere, f)) {
                throw new ValidationFailure("gueltigAb", "Die Fassung überschneidet sich mit „" + andere.getBezeichnung()
                        + "“ (ab " + andere.getGueltigAb() + "): bitte deren Ende setzen oder das Datum ändern.");
            }
        }
        EntgeltordnungFassung gespeichert = f.isNew() ? repository.create(f)
                : repository.update(f, "Die Entgeltordnung wurde nicht gefunden.");
        aenderung.einrichtung(f.getEinrichtung().getId(), f.getGueltigAb(), "Entgeltordnung „" + f.getBezeichnung()
                + "“ geändert");
        return gespeichert;
    }

    public void entgeltordnungLoeschen(Long id) {
        EntgeltordnungFassung f = repository.find(EntgeltordnungFassung.class, id,
                "Die Entgeltordnung wurde nicht gefunden.");
        aenderung.einrichtung(f.getEinrichtung().getId(), f.getGueltigAb(), "Entgeltordnung „" + f.getBezeichnung()
                + "“ gelöscht");
        repository.delete(EntgeltordnungFassung.class, id, "Die Entgeltordnung wurde nicht gefunden.");
    }

    private static boolean ueberschneiden(EntgeltordnungFassung a, EntgeltordnungFassung b) {
        LocalDate aBis = a.getGueltigBis() == null ? LocalDate.MAX : a.getGueltigBis();
        LocalDate bBis = b.getGueltigBis() == null ? LocalDate.MAX : b.getGueltigBis();
        return !a.getGueltigAb().isAfter(bBis) && !b.getGueltigAb().isAfter(aBis);
    }

    // ------------------------------------------------------------------ Lohnarten

    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public List<Lohnart> lohnarten() {
        return repository.list(Lohnart.class, "code");
    }

    public Lohnart lohnartSpeichern(Lohnart l) {
        repository.validate(l);
        if (l.getKomponente() != Komponente.EINMALZAHLUNG && l.getKomponente() != Komponente.ZULAGE
                && l.getKomponente() != Komponente.ABZUG) {
            throw new ValidationFailure("komponente", "Eine Lohnart ist eine Einmalzahlung, eine Zulage oder ein Abzug.");
        }
        if (l.getKomponente() == Komponente.ABZUG && l.isArbeitsentgelt()) {
            throw new ValidationFailure("arbeitsentgelt", "Ein Abzug zählt nicht zum Arbeitsentgelt.");
        }
        boolean doppelt = repository.em().createQuery("SELECT COUNT(l) FROM Lohnart l WHERE l.code = :c AND"
                + " (:id IS NULL OR l.id <> :id)", Long.class).setParameter("c", l.getCode())
                .setParameter("id", l.getId()).getSingleResult() > 0;
        if (doppelt) {
            throw new ValidationFailure("code", "Die Lohnart " + l.getCode() + " gibt es schon.");
        }
        return l.isNew() ? repository.create(l) : repository.update(l, "Die Lohnart wurde nicht gefunden.");
    }

    // ------------------------------------------------------------------

    Einrichtung einrichtung(Long id) {
        if (id == null) {
            throw new ValidationFailure("einrichtung", "Bitte die Einrichtung wählen.");
        }
        return repository.find(Einrichtung.class, id, "Die Einrichtung wurde nicht gefunden.");
    }

    static YearMonth monat(YearMonth m) {
        if (m == null) {
            throw new ValidationFailure("monat", "Bitte den Monat wählen.");
        }
        return m;
    }
}
