package de.werkerp.social.boundary;

import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import de.werkerp.platform.control.Allow;
import de.werkerp.platform.control.TenantGuarded;
import de.werkerp.platform.control.TenantRepository;
import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.platform.entity.Role;
import de.werkerp.social.entity.Krankenkasse;
import de.werkerp.social.entity.Zusatzbeitragssatz;

/**
 * The tenant's Krankenkassen and their own Zusatzbeitrag per period (§ 242 Abs. 1 SGB V), which the Entgelt run
 * uses above the 20 % line of the Bezugsgröße. Periods of one Kasse must not overlap. A new or deleted rate marks
 * the closed months of its period of the persons insured there for Rückrechnung ({@code wage.control.Eingabeaenderung}).
 */
@Stateless
@TenantGuarded
@Allow({Role.TENANT_ADMIN, Role.PAYROLL})
public class KrankenkassenService {

    static final String FEHLT = "Die Krankenkasse wurde nicht gefunden.";

    @Inject
    TenantRepository repository;

    @Inject
    de.werkerp.wage.control.Eingabeaenderung eingabeaenderung;

    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public List<Krankenkasse> krankenkassen() {
        return repository.list(Krankenkasse.class, "name");
    }

    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public List<Zusatzbeitragssatz> zusatzbeitraege(Long kasseId) {
        repository.find(Krankenkasse.class, kasseId, FEHLT);
        return repository.em().createQuery("SELECT z FROM Zusatzbeitragssatz z WHERE z.krankenkasse.id = :k ORDER BY"
                + " z.gueltigAb DESC", Zusatzbeitragssatz.class).setParameter("k", kasseId).getResultList();
    }

    public Krankenkasse speichern(Krankenkasse kasse) {
        repository.validate(kasse);
        boolean doppelt = repository.em().createQuery("SELECT COUNT(k) FROM Krankenkasse k WHERE k.betriebsnummer = :b"
                + " AND (:id IS NULL OR k.id <> :id)", Long.class).setParameter("b", kasse.getBetriebsnummer())
                .setParameter("id", kasse.getId()).getSingleResult() > 0;
        if (doppelt) {
            throw new ValidationFailure("betriebsnummer", "Eine Krankenkasse mit der Betriebsnummer "
                    + kasse.getBetriebsnummer() + " gibt es schon.");
        }
        return kasse.isNew() ? repository.create(kasse) : repository.update(kasse, FEHLT);
    }

    /** Adds a period; the open period before it ends the day before (like the reference tables). */
    public Zusatzbeitragssatz zusatzbeitragAnlegen(Long kasseId, Zusatzbeitragssatz satz) {
        satz.setKrankenkasse(repository.find(Krankenkasse.class, kasseId, FEHLT));
        repository.validate(satz);
        if (satz.getGueltigBis() != null && satz.getGueltigBis().isBefore(satz.getGueltigAb())) {
            throw new ValidationFailure("gueltigBis", "„Gültig bis“ liegt vor „gültig ab“.");
        }
        for (Zusatzbeitragssatz z : zusatzbeitraege(kasseId)) {
            LocalDate zBis = z.getGueltigBis() == null ? LocalDate.MAX : z.getGueltigBis();
            LocalDate sBis = satz.getGueltigBis() == null ? LocalDate.MAX : satz.getGueltigBis();
            boolean ueberschneidung = !z.getGueltigAb().isAfter(sBis) && !satz.getGueltigAb().isAfter(zBis);
            if (ueberschneidung && z.getGueltigBis() == null && z.getGueltigAb().isBefore(satz.getGueltigAb())) {
                repository.em().detach(z);
                z.setGueltigBis(satz.getGueltigAb().minusDays(1));
                repository.update(z, FEHLT);
            } else if (ueberschneidung) {
                throw new ValidationFailure("gueltigAb", "Der Zeitraum überschneidet sich mit dem Satz ab "
                        + z.getGueltigAb() + ".");
            }
        }
        Zusatzbeitragssatz neu = repository.create(satz);
        eingabeaenderung.krankenkasse(neu.getKrankenkasse().getBetriebsnummer(), neu.getGueltigAb(), neu.getGueltigBis(),
                "Zusatzbeitrag der Krankenkasse " + neu.getKrankenkasse().getName() + " ab " + neu.getGueltigAb()
                        + ": " + neu.getSatz() + " %");
        return neu;
    }

    public void zusatzbeitragLoeschen(Long id) {
        String fehlt = "Der Zusatzbeitragssatz wurde nicht gefunden.";
        Zusatzbeitragssatz alt = repository.find(Zusatzbeitragssatz.class, id, fehlt);
        String betriebsnummer = alt.getKrankenkasse().getBetriebsnummer();
        String grund = "Zusatzbeitrag der Krankenkasse " + alt.getKrankenkasse().getName() + " ab " + alt.getGueltigAb()
                + " gelöscht";
        java.time.LocalDate ab = alt.getGueltigAb();
        java.time.LocalDate bis = alt.getGueltigBis();
        repository.delete(Zusatzbeitragssatz.class, id, fehlt);
        eingabeaenderung.krankenkasse(betriebsnummer, ab, bis, grund);
    }
}
