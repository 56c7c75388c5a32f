package de.werkerp.participation.boundary;

import de.werkerp.contract.entity.Beschaeftigter;
import de.werkerp.participation.entity.Teilhabemassnahme;
import de.werkerp.participation.entity.Teilhabeziel;
import de.werkerp.participation.entity.Uebergang;
import de.werkerp.participation.entity.Uebergangsart;
import de.werkerp.participation.entity.Zielbewertung;
import de.werkerp.platform.control.Allow;
import de.werkerp.platform.control.CallerContext;
import de.werkerp.platform.control.TenantGuarded;
import de.werkerp.platform.control.TenantRepository;
import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.platform.entity.Role;
import de.werkerp.tenant.entity.Einrichtung;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Teilhabeplanung per person: goals from the Gesamtplan/Teilhabeplan, measures, dated evaluations, and the
 * internships and transitions to the general labour market. Special-category data: the social service writes, the
 * management reads; the council has no access at all (no {@link Allow} for it).
 */
@Stateless
@TenantGuarded
@Allow({Role.TENANT_ADMIN, Role.SOCIAL_SERVICE})
public class TeilhabeplanungService {

    static final Role[] LESEN = {Role.TENANT_ADMIN, Role.SOCIAL_SERVICE, Role.MANAGEMENT};
    static final String ZIEL_FEHLT = "Das Ziel wurde nicht gefunden.";
    static final String PERSON_FEHLT = "Die Person wurde nicht gefunden.";
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Inject
    TenantRepository repository;

    @Inject
    CallerContext callers;

    // ------------------------------------------------------------------ reading

    @Allow({Role.TENANT_ADMIN, Role.SOCIAL_SERVICE, Role.MANAGEMENT})
    public List<Teilhabeziel> ziele(Long beschaeftigterId) {
        repository.audit().gelesen("Teilhabeplanung", beschaeftigterId, null);
        return repository.em().createQuery("SELECT z FROM Teilhabeziel z WHERE z.beschaeftigter.id = :p"
                + " ORDER BY z.quelleDatum, z.id", Teilhabeziel.class).setParameter("p", beschaeftigterId)
                .getResultList();
    }

    @Allow({Role.TENANT_ADMIN, Role.SOCIAL_SERVICE, Role.MANAGEMENT})
    public Teilhabeziel ziel(Long id) {
        return repository.find(Teilhabeziel.class, id, ZIEL_FEHLT);
    }

    @Allow({Role.TENANT_ADMIN, Role.SOCIAL_SERVICE, Role.MANAGEMENT})
    public List<Teilhabemassnahme> massnahmen(Long zielId) {
        ziel(zielId);
        return repository.em().createQuery("SELECT m FROM Teilhabemassnahme m WHERE m.ziel.id = :z ORDER BY m.von, m.id",
                Teilhabemassnahme.class).setParameter("z", zielId).getResultList();
    }

    @Allow({Role.TENANT_ADMIN, Role.SOCIAL_SERVICE, Role.MANAGEMENT})
    public List<Zielbewertung> bewertungen(Long zielId) {
        ziel(zielId);
        return repository.em().createQuery("SELECT b FROM Zielbewertung b WHERE b.ziel.id = :z ORDER BY b.datum, b.id",
                Zielbewertung.class).setParameter("z", zielId).getResultList();
    }

    /** All measures of the person's goals (one query). */
    @Allow({Role.TENANT_ADMIN, Role.SOCIAL_SERVICE, Role.MANAGEMENT})
    public List<Teilhabemassnahme> massnahmenVon(Long beschaeftigterId) {
        return repository.em().createQuery("SELECT m FROM Teilhabemassnahme m WHERE m.ziel.beschaeftigter.id = :p"
                + " ORDER BY m.von, m.id", Teilhabemassnahme.class).setParameter("p", beschaeftigterId).getResultList();
    }

    /** All evaluations of the person's goals (one query). */
    @Allow({Role.TENANT_ADMIN, Role.SOCIAL_SERVICE, Role.MANAGEMENT})
    public List<Zielbewertung> bewertungenVon(Long beschaeftigterId) {
        return repository.em().createQuery("SELECT b FROM Zielbewertung b WHERE b.ziel.beschaeftigter.id = :p"
                + " ORDER BY b.datum, b.id", Zielbewertung.class).setParameter("p", beschaeftigterId).getResultList();
    }

    @Allow({Role.TENANT_ADMIN, Role.SOCIAL_SERVICE, Role.MANAGEMENT})
    public List<Uebergang> uebergaenge(Long beschaeftigterId) {
        return repository.em().createQuery("SELECT u FROM Uebergang u WHERE u.beschaeftigter.id = :p ORDER BY u.von",
                Uebergang.class).setParameter("p", beschaeftigterId).getResultList();
    }

    /** Internships, transitions and returns of an Einrichtung (all years). */
    @Allow({Role.TENANT_ADMIN, Role.SOCIAL_SERVICE, Role.MANAGEMENT})
    public List<Uebergang> uebergaengeDerEinrichtung(Long einrichtungId) {
        return repository.em().createQuery("SELECT u FROM Uebergang u WHERE u.einrichtung.id = :e ORDER BY u.von",
                Uebergang.class).setParameter("e", einrichtungId).getResultList();
    }

    // ------------------------------------------------------------------ writing

    /** A new goal of the person (source document and date, life area, SMART fields, the person's own view). */
    public Teilhabeziel zielAnlegen(Long beschaeftigterId, Teilhabeziel ziel) {
        if (ziel == null || !ziel.isNew()) {
            throw new ValidationFailure("ziel", "Bitte ein neues Ziel angeben.");
        }
        ziel.setBeschaeftigter(repository.find(Beschaeftigter.class, beschaeftigterId, PERSON_FEHLT));
        pruefeZiel(ziel);
        return repository.create(ziel);
    }

    /** Changes a goal; its source date may not move after an existing evaluation. */
    public Teilhabeziel zielAendern(Teilhabeziel geaendert) {
        Teilhabeziel alt = ziel(geaendert.getId());
        geaendert.setBeschaeftigter(alt.getBeschaeftigter());
        pruefeZiel(geaendert);
        for (Zielbewertung b : bewertungen(alt.getId())) {
            if (geaendert.getQuelleDatum() != null && b.getDatum().isBefore(geaendert.getQuelleDatum())) {
                throw new ValidationFailure("quelleDatum", "Das Ziel hat bereits eine Bewertung vom "
                        + b.getDatum().format(DATUM) + "; es kann nicht erst danach festgelegt worden sein.");
            }
        }
        repository.em().detach(alt);
        return repository.update(geaendert, ZIEL_FEHLT);
    }

    public Teilhabemassnahme massnahmeAnlegen(Long zielId, Teilhabemassnahme m) {
        if (m == null || !m.isNew()) {
            throw new ValidationFailure("massnahme", "Bitte eine neue Maßnahme angeben.");
        }
        m.setZiel(ziel(zielId));
        if (m.getVon() != null && m.getBis() != null && m.getBis().isBefore(m.getVon())) {
            throw new ValidationFailure("bis", "Das Ende der Maßnahme (" + m.getBis().format(DATUM) + ") liegt vor "
                    + "ihrem Beginn (" + m.getVon().format(DATUM) + ").");
        }
        return repository.create(m);
    }

    /** A dated evaluation; refused if dated before the goal exists (the date of its source document) or in the future. */
    public Zielbewertung bewerten(Long zielId, Zielbewertung b) {
        if (b == null || !b.isNew()) {
            throw new ValidationFailure("bewertung", "Bitte eine neue Bewertung angeben.");
        }
        Teilhabeziel ziel = ziel(zielId);
        b.setZiel(ziel);
        b.setErfasstVon(callers.require().username());
        if (b.getDatum() != null && b.getDatum().isBefore(ziel.getQuelleDatum())) {
            throw new ValidationFailure("datum", "Die Bewertung vom " + b.getDatum().format(DATUM) + " liegt vor dem "
                    + "Ziel: es besteht erst seit dem " + ziel.getQuelleDatum().format(DATUM) + " ("
                    + ziel.getQuelle().getLabel() + "). Ein Ziel kann nicht bewertet werden, bevor es festgelegt ist.");
        }
        if (b.getDatum() != null && b.getDatum().isAfter(LocalDate.now())) {
            throw new ValidationFailure("datum", "Eine Bewertung kann nicht in der Zukunft liegen ("
                    + b.getDatum().format(DATUM) + ").");
        }
        return repository.create(b);
    }

    /** An internship, a transition to the general labour market or a return. */
    public Uebergang uebergangErfassen(Long beschaeftigterId, Long einrichtungId, Uebergang u) {
        if (u == null || !u.isNew()) {
            throw new ValidationFailure("uebergang", "Bitte einen neuen Eintrag angeben.");
        }
        u.setBeschaeftigter(repository.find(Beschaeftigter.class, beschaeftigterId, PERSON_FEHLT));
        u.setEinrichtung(repository.find(Einrichtung.class, einrichtungId, "Die Einrichtung wurde nicht gefunden."));
        if (u.getArt() != null && u.getArt() != Uebergangsart.RUECKKEHR
                && (u.getArbeitgeber() == null || u.getArbeitgeber().isBlank())) {
            throw new ValidationFailure("arbeitgeber", "Bitte geben Sie den Arbeitgeber an (" + u.getArt().getLabel()
                    + ").");
        }
        if (u.getArt() == Uebergangsart.PRAKTIKUM && u.getBis() == null) {
            throw new ValidationFailure("bis", "Bitte geben Sie an, bis wann das Praktikum dauert.");
        }
        if (u.getVon() != null && u.getBis() != null && u.getBis().isBefore(u.getVon())) {
            throw new ValidationFailure("bis", "Das Ende (" + u.getBis().format(DATUM) + ") liegt vor dem Beginn ("
                    + u.getVon().format(DATUM) + ").");
        }
        return repository.create(u);
    }

    private static void pruefeZiel(Teilhabeziel z) {
        if (z.getFaelligAm() != null && z.getQuelleDatum() != null && z.getFaelligAm().isBefore(z.getQuelleDatum())) {
            throw new ValidationFailure("faelligAm", "Das Ziel kann nicht vor seiner Festlegung am "
                    + z.getQuelleDatum().format(DATUM) + " fällig sein.");
        }
    }
}
