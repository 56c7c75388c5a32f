package de.werkerp.privacy.boundary;

import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;

import de.werkerp.audit.entity.AuditAction;
import de.werkerp.contract.entity.Beschaeftigter;
import de.werkerp.platform.control.TenantRepository;

/**
 * Anonymises a person after the retention periods (Art. 17 DSGVO), in the caller's transaction and tenant. What is
 * deleted, what is replaced and what is kept is listed in docs/datenschutz.md ("Deletion"):
 * <ul>
 * <li><b>Deleted</b>: illness spells (health data, Art. 9), the day codes of the attendance (they hold the sick
 * codes), the candidates' photos.</li>
 * <li><b>Replaced by "anonymisiert" or emptied</b>: the person's names, birth date (01.01.1900), address, SV number,
 * Krankenkasse, IBAN and account holder, staff number, guardian, Personenkreis; the copies of name, staff number,
 * IBAN and SV number on every payslip and invoice line, the Aktenzeichen of approvals and invoice lines, the
 * Teilhabe texts (goals, measures, evaluations, reports), free-text remarks and reasons (contract end, part-time reason
 * and its proof, assessments, transitions, nominations and their supporters, Wahlvorstand name).</li>
 * <li><b>Kept</b>: every amount, day count, hour, date of a period, rate and status, so the runs' sums, the
 * Beitragsnachweise, invoices, the Arbeitsergebnis and the yearly figures stay as they were; gender and number of
 * children (nobody is identified by them).</li>
 * </ul>
 * The changes are bulk updates (JPQL, filtered by the tenant) recorded as "Massenänderung" (what, how many rows) and,
 * for the person, one entry per field with the new value "anonymisiert" and the old value "***": the audit trail does
 * not store the removed values again. Earlier entries of the trail keep what they recorded (append-only, V18).
 */
final class Loeschung {

    static final String X = Beschaeftigter.ANONYMISIERT;

    private Loeschung() {
    }

    static void anonymisieren(TenantRepository repository, Long personId, LocalDate heute) {
        EntityManager em = repository.em();
        Beschaeftigter person = repository.find(Beschaeftigter.class, personId, DatenschutzService.PERSON_FEHLT);
        List<String> felder = person.anonymisieren(heute);
        repository.validate(person);
        em.flush();
        for (String feld : felder) {
            repository.audit().ereignis(AuditAction.GEAENDERT, person.displayType(), personId, feld, "***", X);
        }
        repository.audit().ereignis(AuditAction.STATUS, person.displayType(), personId, "anonymisiertAm", null,
                heute.toString());

        bulk(repository, "UPDATE Abrechnung a SET a.name = :x, a.personalnummer = NULL, a.iban = NULL,"
                + " a.kontoinhaber = NULL, a.rvNummer = NULL, a.hinweise = NULL WHERE a.beschaeftigterId = :p",
                personId, true, "Entgeltabrechnung", "anonymisiert: Name, Personalnummer, IBAN, Kontoinhaber,"
                        + " RV-Nummer, Hinweise (Beträge unverändert)");
        bulk(repository, "UPDATE Rechnungsposition r SET r.name = :x, r.aktenzeichen = NULL, r.hinweis = NULL"
                + " WHERE r.beschaeftigterId = :p", personId, true, "Rechnungsposition",
                "anonymisiert: Name, Aktenzeichen, Hinweis (Beträge unverändert)");
        bulk(repository, "UPDATE Bewilligung b SET b.aktenzeichen = :x WHERE b.vertrag.id IN"
                + " (SELECT v.id FROM Werkstattvertrag v WHERE v.beschaeftigter.id = :p)", personId, true,
                "Bewilligung", "anonymisiert: Aktenzeichen");
        bulk(repository, "UPDATE Werkstattvertrag v SET v.endeBegruendung = NULL WHERE v.beschaeftigter.id = :p",
                personId, false, "Werkstattvertrag", "anonymisiert: Begründung des Vertragsendes");
        bulk(repository, "UPDATE Arbeitszeit a SET a.teilzeitgrund = NULL, a.nachweisDatum = NULL WHERE a.vertrag.id IN"
                + " (SELECT v.id FROM Werkstattvertrag v WHERE v.beschaeftigter.id = :p)", personId, false,
                "Arbeitszeit", "anonymisiert: Teilzeitgrund und Nachweis");
        bulk(repository, "UPDATE Beurteilung b SET b.bemerkung = NULL WHERE b.beschaeftigterId = :p", personId, false,
                "Leistungsbeurteilung", "anonymisiert: Bemerkung");
        bulk(repository, "UPDATE Anwesenheitsmonat m SET m.tage = NULL WHERE m.beschaeftigterId = :p", personId, false,
                "Anwesenheit", "gelöscht: Tagescodes (mit Krankheitstagen); Summen je Monat unverändert");
        bulk(repository, "DELETE FROM Arbeitsunfaehigkeit e WHERE e.beschaeftigterId = :p", personId, false,
                "Arbeitsunfähigkeit", "gelöscht: Zeiträume der Arbeitsunfähigkeit");
        bulk(repository, "UPDATE Teilhabemassnahme m SET m.beschreibung = :x WHERE m.ziel.id IN"
                + " (SELECT z.id FROM Teilhabeziel z WHERE z.beschaeftigter.id = :p)", personId, true,
                "Teilhabemaßnahme", "anonymisiert: Beschreibung");
        bulk(repository, "UPDATE Zielbewertung b SET b.begruendung = :x WHERE b.ziel.id IN"
                + " (SELECT z.id FROM Teilhabeziel z WHERE z.beschaeftigter.id = :p)", personId, true,
                "Zielbewertung", "anonymisiert: Begründung");
        bulk(repository, "UPDATE Teilhabeziel z SET z.text = :x, z.kriterium = NULL, z.sichtPerson = NULL"
                + " WHERE z.beschaeftigter.id = :p", personId, true, "Teilhabeziel",
                "anonymisiert: Ziel, Kriterium, Sicht der Person");
        bulk(repository, "UPDATE Teilhabebericht b SET b.zielerreichung = NULL, b.massnahmenbewertung = NULL,"
                + " b.vorschlaege = NULL, b.sichtPerson = NULL, b.inhalt = '{\"ziele\":[]}'"
                + " WHERE b.beschaeftigter.id = :p", personId, false, "Teilhabebericht",
                "anonymisiert: Texte und eingefrorener Inhalt");
        bulk(repository, "UPDATE Uebergang u SET u.bemerkung = NULL WHERE u.beschaeftigter.id = :p", personId, false,
                "Übergang", "anonymisiert: Bemerkung");
        bulk(repository, "DELETE FROM Wahlfoto f WHERE f.vorschlag.id IN"
                + " (SELECT v.id FROM Wahlvorschlag v WHERE v.beschaeftigter.id = :p)", personId, false,
                "Wahlfoto", "gelöscht: Fotos der Person");
        bulk(repository, "UPDATE Wahlvorschlag v SET v.unterstuetzer = NULL, v.grund = NULL"
                + " WHERE v.beschaeftigter.id = :p", personId, false, "Wahlvorschlag",
                "anonymisiert: Unterstützer, Begründung (Stimmen unverändert)");
        bulk(repository, "UPDATE Wahlvorstandsmitglied m SET m.name = :x WHERE m.beschaeftigter.id = :p", personId,
                true, "Wahlvorstandsmitglied", "anonymisiert: Name");
        em.flush();
        em.clear();
    }

    private static void bulk(TenantRepository repository, String jpql, Long personId, boolean mitText, String typ,
            String was) {
        jakarta.persistence.Query q = repository.em().createQuery(jpql).setParameter("p", personId);
        if (mitText) {
            q.setParameter("x", X);
        }
        repository.massenaenderung(q, typ, was + " (Person #" + personId + ")");
    }
}
