package de.werkerp.election.boundary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import de.werkerp.contract.entity.Bereich;
import de.werkerp.contract.entity.Geschlecht;
import de.werkerp.election.control.Belegschaftszahlen;
import de.werkerp.election.control.Einrichtungsart;
import de.werkerp.election.control.Schwellenwechsel;
import de.werkerp.election.control.Wahlschwellen;
import de.werkerp.election.control.Wahlzeitplan;
import de.werkerp.election.entity.Wahlprojekt;
import de.werkerp.election.entity.Wahlstatus;
import de.werkerp.platform.control.Allow;
import de.werkerp.platform.control.TenantGuarded;
import de.werkerp.platform.control.TenantRepository;
import de.werkerp.platform.entity.Role;
import de.werkerp.tenant.entity.Einrichtung;

/**
 * Live election thresholds per Einrichtung from the contracts (rules.md § 5): voters and women voters on a day and as
 * the usual headcount ({@link Belegschaftszahlen}), the seats, Frauenbeauftragte, release and training
 * ({@link Wahlschwellen}), and what changed since the last election ({@link Schwellenwechsel}). Aggregates only — no
 * names — so the council may see it. One query for all Arbeitsbereich periods of the Einrichtung, none per person.
 */
@Stateless
@TenantGuarded
@Allow({Role.TENANT_ADMIN, Role.MANAGEMENT, Role.SOCIAL_SERVICE, Role.COUNCIL, Role.ELECTION_BOARD, Role.AUDITOR})
public class WahlschwellenService {

    static final String EINRICHTUNG_FEHLT = "Die Einrichtung wurde nicht gefunden.";

    @Inject
    TenantRepository repository;

    /** Everything the threshold view shows. {@code beiLetzterWahl} is null without a counted election. */
    public record Lage(Long einrichtungId, String einrichtung, Einrichtungsart art, LocalDate stichtag,
            Belegschaftszahlen.Zahlen zahlen, Wahlschwellen.Ergebnis heute, Wahlschwellen.Ergebnis regel,
            LocalDate letzteWahl, Wahlschwellen.Ergebnis beiLetzterWahl, List<String> hinweise,
            int naechsteRegelwahl) {
    }

    public List<Einrichtung> einrichtungen() {
        return repository.list(Einrichtung.class, "name");
    }

    public List<Lage> alle(LocalDate stichtag) {
        List<Lage> l = new ArrayList<>();
        for (Einrichtung e : einrichtungen()) {
            if (e.isAktiv()) {
                l.add(lage(e.getId(), stichtag));
            }
        }
        return l;
    }

    public Lage lage(Long einrichtungId, LocalDate stichtag) {
        Einrichtung e = repository.find(Einrichtung.class, einrichtungId, EINRICHTUNG_FEHLT);
        Einrichtungsart art = art(e);
        Belegschaftszahlen.Zahlen z = Belegschaftszahlen.fuer(abschnitte(einrichtungId, stichtag.minusMonths(13),
                stichtag), stichtag);
        Wahlschwellen.Ergebnis heute = Wahlschwellen.fuer(art, z.aktuell().wahlberechtigte(), z.aktuell().frauen());
        Wahlschwellen.Ergebnis regel = Wahlschwellen.fuer(art, z.regelWahlberechtigte(), z.regelFrauen());
        List<Wahlprojekt> gezaehlt = repository.em().createQuery("SELECT w FROM Wahlprojekt w WHERE w.einrichtung.id"
                + " = :e AND w.status = :s ORDER BY w.wahltag DESC", Wahlprojekt.class).setParameter("e", einrichtungId)
                .setParameter("s", Wahlstatus.AUSGEZAEHLT).setMaxResults(1).getResultList();
        Wahlschwellen.Ergebnis beiWahl = null;
        LocalDate letzte = null;
        if (!gezaehlt.isEmpty()) {
            Wahlprojekt w = gezaehlt.get(0);
            letzte = w.getWahltag();
            beiWahl = Wahlschwellen.fuer(art, w.getWahlberechtigte(), w.getWahlberechtigteFrauen());
        }
        return new Lage(einrichtungId, e.getName(), art, stichtag, z, heute, regel, letzte, beiWahl,
                Schwellenwechsel.vergleiche(beiWahl, regel), Wahlzeitplan.naechsteRegelwahl(stichtag));
    }

    static Einrichtungsart art(Einrichtung e) {
        return e.getArt() == de.werkerp.tenant.entity.Einrichtungsart.ALA ? Einrichtungsart.ALA : Einrichtungsart.WFBM;
    }

    /**
     * All Arbeitsbereich periods of the Einrichtung overlapping {@code von}–{@code bis}, cut to the contract's end:
     * one query (phase, contract, person's gender).
     */
    List<Belegschaftszahlen.Abschnitt> abschnitte(Long einrichtungId, LocalDate von, LocalDate bis) {
        List<Object[]> rows = repository.em().createQuery("SELECT b.id, b.geschlecht, p.gueltigAb, p.gueltigBis,"
                + " v.ende FROM Vertragsphase p JOIN p.vertrag v JOIN v.beschaeftigter b WHERE v.einrichtung.id = :e"
                + " AND p.bereich = :ab AND p.gueltigAb <= :bis AND (p.gueltigBis IS NULL OR p.gueltigBis >= :von)"
                + " AND (v.ende IS NULL OR v.ende >= :von)", Object[].class).setParameter("e", einrichtungId)
                .setParameter("ab", Bereich.AB).setParameter("von", von).setParameter("bis", bis).getResultList();
        List<Belegschaftszahlen.Abschnitt> l = new ArrayList<>(rows.size());
        for (Object[] r : rows) {
            LocalDate phaseBis = (LocalDate) r[3];
            LocalDate vertragEnde = (LocalDate) r[4];
            LocalDate ende = phaseBis == null ? vertragEnde
                    : vertragEnde == null || phaseBis.isBefore(vertragEnde) ? phaseBis : vertragEnde;
            l.add(new Belegschaftszahlen.Abschnitt((Long) r[0], r[1] == Geschlecht.WEIBLICH, (LocalDate) r[2], ende));
        }
        return l;
    }
}
