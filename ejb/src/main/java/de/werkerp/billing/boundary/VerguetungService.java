package de.werkerp.billing.boundary;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import de.werkerp.billing.control.AbrechnungslaufVeraltung;
import de.werkerp.billing.entity.Abrechnungseinstellung;
import de.werkerp.billing.entity.Leistungsstunden;
import de.werkerp.billing.entity.Verguetungsvereinbarung;
import de.werkerp.contract.entity.Beschaeftigter;
import de.werkerp.contract.entity.Leistungstraeger;
import de.werkerp.platform.control.Allow;
import de.werkerp.platform.control.TenantGuarded;
import de.werkerp.platform.control.TenantRepository;
import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.platform.entity.Role;
import de.werkerp.tenant.entity.Einrichtung;
import de.werkerp.wage.control.Format;

/**
 * The inputs of billing that belong to it alone: Vergütungsvereinbarungen (versions by validity, overlaps refused),
 * the invoicing party's data per Einrichtung, and Fachleistungsstunden per person and month. A change outdates the
 * computed billing runs of the Einrichtung.
 */
@Stateless
@TenantGuarded
@Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT})
public class VerguetungService {

    static final String FEHLT = "Die Vergütungsvereinbarung wurde nicht gefunden.";

    @Inject
    TenantRepository repository;

    @Inject
    AbrechnungslaufVeraltung veraltung;

    // ------------------------------------------------------------------ agreements

    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public List<Verguetungsvereinbarung> vereinbarungen(Long einrichtungId) {
        return repository.em().createQuery("SELECT v FROM Verguetungsvereinbarung v WHERE (:e IS NULL OR"
                + " v.einrichtung.id = :e) ORDER BY v.einrichtung.name, v.leistungstraeger.name, v.bereich,"
                + " v.gueltigAb", Verguetungsvereinbarung.class).setParameter("e", einrichtungId).getResultList();
    }

    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public Verguetungsvereinbarung vereinbarung(Long id) {
        return repository.find(Verguetungsvereinbarung.class, id, FEHLT);
    }

    /**
     * Creates or changes an agreement. Refused: an end before the start, an incomplete part-time rule, and a period
     * overlapping another version for the same Einrichtung, Leistungsträger, area and group of persons.
     */
    public Verguetungsvereinbarung speichern(Verguetungsvereinbarung v, Long einrichtungId, Long leistungstraegerId) {
        if (v == null) {
            throw new ValidationFailure("vereinbarung", "Bitte die Vereinbarung angeben.");
        }
        v.setEinrichtung(repository.find(Einrichtung.class, einrichtungId, "Die Einrichtung wurde nicht gefunden."));
        v.setLeistungstraeger(repository.find(Leistungstraeger.class, leistungstraegerId,
                "Der Leistungsträger wurde nicht gefunden."));
        repository.validate(v);
        if (v.getGueltigBis() != null && v.getGueltigBis().isBefore(v.getGueltigAb())) {
            throw new ValidationFailure("gueltigBis", "Das Ende der Vereinbarung liegt vor ihrem Beginn.");
        }
        if ((v.getTeilzeitGrenze() == null) != (v.getTeilzeitKuerzung() == null)) {
            throw new ValidationFailure("teilzeitKuerzung", "Für die Teilzeitkürzung (Verwaltungsanweisung aLA Bremen "
                    + "Nr. 4.4: 26 Stunden und weniger mindern die Vergütung) bitte Stundengrenze und Kürzung in "
                    + "Prozent angeben – oder beides leer lassen.");
        }
        for (Verguetungsvereinbarung andere : vereinbarungen(einrichtungId)) {
            if (andere.getId().equals(v.getId()) || !andere.getLeistungstraeger().getId().equals(leistungstraegerId)
                    || andere.getBereich() != v.getBereich() || andere.getPersonenkreis() != v.getPersonenkreis()) {
                continue;
            }
            boolean ueberschneidung = (andere.getGueltigBis() == null || !andere.getGueltigBis().isBefore(v.getGueltigAb()))
                    && (v.getGueltigBis() == null || !v.getGueltigBis().isBefore(andere.getGueltigAb()));
            if (ueberschneidung) {
                throw new ValidationFailure("gueltigAb", "Die Vereinbarung überschneidet sich mit „"
                        + andere.getBezeichnung() + "“ (gültig ab " + Format.datum(andere.getGueltigAb())
                        + (andere.getGueltigBis() == null ? "" : " bis " + Format.datum(andere.getGueltigBis()))
                        + "): für denselben Leistungsträger, Bereich und Personenkreis darf zu jedem Tag nur eine "
                        + "Vereinbarung gelten. Bitte die bisherige Fassung zum Vortag beenden.");
            }
        }
        Verguetungsvereinbarung gespeichert = v.isNew() ? repository.create(v) : repository.update(v, FEHLT);
        veraltung.einrichtung(einrichtungId);
        return gespeichert;
    }

    public void loeschen(Long id) {
        Verguetungsvereinbarung v = vereinbarung(id);
        Long benutzt = repository.em().createQuery("SELECT COUNT(p) FROM Rechnungsposition p WHERE p.vereinbarungId"
                + " = :v AND p.rechnung.lauf.status = :s", Long.class).setParameter("v", id)
                .setParameter("s", de.werkerp.wage.entity.Laufstatus.FREIGEGEBEN).getSingleResult();
        if (benutzt > 0) {
            throw new ValidationFailure("vereinbarung", "Die Vereinbarung wurde schon abgerechnet und bleibt als "
                    + "Nachweis erhalten: bitte stattdessen ein Ende eintragen.");
        }
        repository.massenaenderung(repository.em().createQuery("UPDATE Rechnungsposition p SET p.vereinbarungId = NULL"
                + " WHERE p.vereinbarungId = :v").setParameter("v", id), "Rechnungsposition",
                "Verweis auf Vergütungsvereinbarung #" + id + " entfernt");
        repository.delete(Verguetungsvereinbarung.class, id, FEHLT);
        veraltung.einrichtung(v.getEinrichtung().getId());
    }

    // ------------------------------------------------------------------ invoicing party

    @Allow({Role.TENANT_ADMIN, Role.PAYROLL, Role.MANAGEMENT, Role.AUDITOR})
    public Optional<Abrechnungseinstellung> einstellung(Long einrichtungId) {
        return repository.em().createQuery("SELECT a FROM Abrechnungseinstellung a WHERE a.einrichtung.id = :e",
                Abrechnungseinstellung.class).setParameter("e", einrichtungId).getResultStream().findFirst();
    }

    public Abrechnungseinstellung einstellungSpeichern(Long einrichtungId, Abrechnungseinstellung a) {
        a.setEinrichtung(repository.find(Einrichtung.class, einrichtungId, "Die Einrichtung wurde nicht gefunden."));
        Optional<Abrechnungseinstellung> bisher = einstellung(einrichtungId);
        if (bisher.isPresent() && (a.getId() == null || !a.getId().equals(bisher.get().getId()))) {
            throw new ValidationFailure("einstellung", "Für diese Einrichtung gibt es schon Rechnungsangaben: bitte "
                    + "diese ändern.");
        }
        return a.isNew() ? repository.create(a) : repository.update(a, "Die Rechnungsangaben wurden nicht gefunden.");
    }

    // ------------------------------------------------------------------ Fachleistungsstunden

    /** Records the hours of a person in a month (replaces what was recorded; 0 removes nothing, it is a value). */
    public Leistungsstunden stundenErfassen(Long beschaeftigterId, YearMonth monat, BigDecimal stunden) {
        if (monat == null) {
            throw new ValidationFailure("monat", "Bitte den Monat angeben.");
        }
        if (stunden == null || stunden.signum() < 0) {
            throw new ValidationFailure("stunden", "Bitte die geleisteten Fachleistungsstunden angeben (nicht negativ).");
        }
        Beschaeftigter p = repository.find(Beschaeftigter.class, beschaeftigterId, "Die Person wurde nicht gefunden.");
        Leistungsstunden s = repository.em().createQuery("SELECT s FROM Leistungsstunden s WHERE s.beschaeftigter = :p"
                + " AND s.monat = :m", Leistungsstunden.class).setParameter("p", p).setParameter("m", monat)
                .getResultStream().findFirst().orElse(null);
        Leistungsstunden ergebnis;
        if (s == null) {
            s = new Leistungsstunden();
            s.setBeschaeftigter(p);
            s.setMonat(monat);
            s.setStunden(stunden);
            ergebnis = repository.create(s);
        } else {
            repository.em().detach(s);
            s.setStunden(stunden);
            ergebnis = repository.update(s, "Die Stunden wurden nicht gefunden.");
        }
        repository.em().createQuery("SELECT v.einrichtung.id FROM Werkstattvertrag v WHERE v.beschaeftigter = :p",
                Long.class).setParameter("p", p).getResultList().forEach(veraltung::einrichtung);
        return ergebnis;
    }
}
