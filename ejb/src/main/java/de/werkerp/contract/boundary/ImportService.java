package de.werkerp.contract.boundary;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import de.werkerp.contract.control.Teilzeitgrund;
import de.werkerp.contract.entity.Beschaeftigter;
import de.werkerp.contract.entity.Bereich;
import de.werkerp.contract.entity.Geschlecht;
import de.werkerp.contract.entity.Platzierung;
import de.werkerp.contract.importer.ImportError;
import de.werkerp.contract.importer.ImportParser;
import de.werkerp.contract.importer.ImportResult;
import de.werkerp.contract.importer.ImportRow;
import de.werkerp.platform.control.Allow;
import de.werkerp.platform.control.TenantGuarded;
import de.werkerp.platform.control.TenantRepository;
import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.platform.entity.Role;
import de.werkerp.tenant.entity.Einrichtung;
import de.werkerp.tenant.entity.Gruppe;

/**
 * CSV import of people and contracts (layout: docs/import-beschaeftigte.md). The dry run and the
 * import take the same path — every row is really created through the services, so every rule
 * applies — and the dry run always rolls back. The import stores all rows or, if any row has an
 * error, none.
 */
@Stateless
@TenantGuarded
@Allow({Role.TENANT_ADMIN, Role.SOCIAL_SERVICE})
public class ImportService {

    /** Outcome: rows read, every error in German with its line, and whether anything was stored. */
    public record ImportBericht(int zeilen, List<ImportError> fehler, boolean gespeichert) implements Serializable {
        public boolean fehlerfrei() {
            return fehler.isEmpty();
        }
    }

    @Resource
    SessionContext context;

    @Inject
    TenantRepository repository;

    @EJB
    BeschaeftigteService personen;

    @EJB
    VertragService vertraege;

    public ImportBericht pruefen(byte[] csv) {
        return run(csv, true);
    }

    public ImportBericht importieren(byte[] csv) {
        return run(csv, false);
    }

    private ImportBericht run(byte[] csv, boolean nurPruefen) {
        ImportResult parsed = ImportParser.parse(new ByteArrayInputStream(csv));
        List<ImportError> fehler = new ArrayList<>(parsed.errors());
        if (fehler.isEmpty()) {
            for (ImportRow row : parsed.rows()) {
                try {
                    anlegen(row);
                } catch (ValidationFailure failure) {
                    failure.errors().forEach(e -> fehler.add(new ImportError(row.zeile(), e.field(),
                            "Zeile " + row.zeile() + ", " + e.field() + ": " + e.message())));
                }
            }
        }
        boolean speichern = !nurPruefen && fehler.isEmpty();
        if (!speichern) {
            context.setRollbackOnly();
        } else {
            repository.audit().ereignis(de.werkerp.audit.entity.AuditAction.IMPORT, "Beschäftigte/r", null,
                    "CSV-Import Personen und Verträge", null, parsed.rows().size() + " Zeilen übernommen");
        }
        return new ImportBericht(parsed.rows().size(), fehler, speichern);
    }

    private void anlegen(ImportRow row) {
        Einrichtung einrichtung = repository.em().createQuery("SELECT e FROM Einrichtung e WHERE LOWER(e.name) = :n",
                Einrichtung.class).setParameter("n", row.einrichtung().trim().toLowerCase()).getResultList().stream()
                .findFirst().orElseThrow(() -> new ValidationFailure("einrichtung",
                        "Die Einrichtung „" + row.einrichtung() + "“ gibt es nicht."));
        Long gruppeId = null;
        if (row.gruppe() != null && !row.gruppe().isBlank()) {
            gruppeId = repository.em().createQuery("SELECT g FROM Gruppe g WHERE LOWER(g.name) = :n"
                    + " AND g.betriebsstaette.einrichtung = :e", Gruppe.class)
                    .setParameter("n", row.gruppe().trim().toLowerCase()).setParameter("e", einrichtung)
                    .getResultList().stream().findFirst().map(Gruppe::getId)
                    .orElseThrow(() -> new ValidationFailure("gruppe", "Die Gruppe „" + row.gruppe()
                            + "“ gibt es in der Einrichtung „" + einrichtung.getName() + "“ nicht."));
        }
        Beschaeftigter person = new Beschaeftigter(row.vorname(), row.nachname(), row.geburtsdatum(),
                Geschlecht.valueOf(row.geschlecht().name()));
        person.setStrasse(row.strasse());
        person.setPlz(row.plz());
        person.setOrt(row.ort());
        person.setRvNummer(row.rvNummer());
        person.setKrankenkasseName(row.krankenkasse());
        person.setKrankenkasseBetriebsnummer(row.krankenkasseBetriebsnummer());
        person.setKinderlos(row.kinderlos());
        person.setKinderUnter25(row.kinderUnter25());
        person.setIban(row.iban());
        person.setKontoinhaber(row.kontoinhaber());
        person = personen.create(person, false);
        vertraege.anlegen(new NeuerVertrag(person.getId(), einrichtung.getId(), row.vertragsbeginn(),
                Bereich.valueOf(row.bereich().name()),
                row.platzierung() == null ? Platzierung.GRUPPE : Platzierung.valueOf(row.platzierung().name()),
                gruppeId, row.arbeitgeber(), row.wochenstunden(),
                row.teilzeitgrund() == null ? null : Teilzeitgrund.valueOf(row.teilzeitgrund().name()), null, null));
    }
}
