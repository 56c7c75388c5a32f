package de.werkerp.result.boundary;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;

import de.werkerp.platform.control.Allow;
import de.werkerp.platform.control.CallerContext;
import de.werkerp.platform.control.TenantGuarded;
import de.werkerp.platform.control.TenantRepository;
import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.platform.entity.Role;
import de.werkerp.result.control.Arbeitsergebnis;
import de.werkerp.result.control.Arbeitsergebnisrechnung;
import de.werkerp.result.control.Position;
import de.werkerp.result.entity.Arbeitsergebnisfassung;
import de.werkerp.result.entity.Ergebnisstatus;
import de.werkerp.tenant.entity.Einrichtung;

/**
 * The Arbeitsergebnisrechnung of an Einrichtung and business year (§ 12 WVO): a version is computed live from the
 * inputs while it is a draft, checked, then released by management (four eyes: not by the person who checked it).
 * Releasing freezes the inputs (position totals, monthly wages, reserve, use) in the version; a released version
 * never changes. An amendment is a new version with a reason. The reserve at the start of a year defaults to the
 * reserve at the end of the previous year's released statement.
 */
@Stateless
@TenantGuarded
@Allow({Role.TENANT_ADMIN, Role.MANAGEMENT})
public class ArbeitsergebnisService {

    static final String FEHLT = "Die Arbeitsergebnisrechnung wurde nicht gefunden.";

    @Inject
    TenantRepository repository;

    @Inject
    CallerContext callers;

    @EJB
    ErgebnisdatenService daten;

    /** A version with its computed statement and the notes about its inputs. */
    public record Ansicht(Arbeitsergebnisfassung fassung, Arbeitsergebnisrechnung rechnung, List<String> hinweise) {
    }

    @Allow({Role.TENANT_ADMIN, Role.MANAGEMENT, Role.AUDITOR, Role.COUNCIL})
    public List<Arbeitsergebnisfassung> fassungen(Long einrichtungId, int jahr) {
        return repository.em().createQuery("SELECT f FROM Arbeitsergebnisfassung f WHERE f.einrichtung.id = :e AND"
                + " f.jahr = :j ORDER BY f.fassung DESC", Arbeitsergebnisfassung.class).setParameter("e", einrichtungId)
                .setParameter("j", jahr).getResultList();
    }

    /**
     * The latest year of the Einrichtung with data: a version of the statement or imported bookings; empty without
     * either. The council counts released versions only.
     */
    @Allow({Role.TENANT_ADMIN, Role.MANAGEMENT, Role.AUDITOR, Role.COUNCIL})
    public Optional<Integer> letztesJahr(Long einrichtungId) {
        if (callers.require().hasAnyRole(Role.COUNCIL)
                && !callers.require().hasAnyRole(Role.TENANT_ADMIN, Role.MANAGEMENT, Role.AUDITOR)) {
            return Optional.ofNullable(repository.em().createQuery("SELECT MAX(f.jahr) FROM Arbeitsergebnisfassung f"
                    + " WHERE f.einrichtung.id = :e AND f.status = :s", Integer.class).setParameter("e", einrichtungId)
                    .setParameter("s", Ergebnisstatus.FREIGEGEBEN).getSingleResult());
        }
        Integer fassung = repository.em().createQuery("SELECT MAX(f.jahr) FROM Arbeitsergebnisfassung f WHERE"
                + " f.einrichtung.id = :e", Integer.class).setParameter("e", einrichtungId).getSingleResult();
        Integer buchungen = repository.em().createQuery("SELECT MAX(i.jahr) FROM ErgebnisImport i WHERE"
                + " i.einrichtung.id = :e", Integer.class).setParameter("e", einrichtungId).getSingleResult();
        return fassung == null ? Optional.ofNullable(buchungen)
                : Optional.of(buchungen == null ? fassung : Math.max(fassung, buchungen));
    }

    /** All released statements of the Einrichtung, newest version per year, for the multi-year view. */
    @Allow({Role.TENANT_ADMIN, Role.MANAGEMENT, Role.AUDITOR, Role.COUNCIL})
    public List<Ansicht> jahre(Long einrichtungId) {
        List<Ansicht> jahre = new ArrayList<>();
        Integer letztesJahr = null;
        for (Arbeitsergebnisfassung f : repository.em().createQuery("SELECT f FROM Arbeitsergebnisfassung f WHERE"
                + " f.einrichtung.id = :e AND f.status = :s ORDER BY f.jahr, f.fassung DESC",
                Arbeitsergebnisfassung.class).setParameter("e", einrichtungId)
                .setParameter("s", Ergebnisstatus.FREIGEGEBEN).getResultList()) {
            if (letztesJahr == null || letztesJahr != f.getJahr()) {
                jahre.add(new Ansicht(f, aus(f), List.of()));
                letztesJahr = f.getJahr();
            }
        }
        return jahre;
    }

    /** The current version of the year (newest), computed; empty if none exists yet. */
    @Allow({Role.TENANT_ADMIN, Role.MANAGEMENT, Role.AUDITOR})
    public Optional<Ansicht> aktuell(Long einrichtungId, int jahr) {
        return fassungen(einrichtungId, jahr).stream().findFirst().map(this::ansicht);
    }

    @Allow({Role.TENANT_ADMIN, Role.MANAGEMENT, Role.AUDITOR, Role.COUNCIL})
    public Ansicht ansicht(Long fassungId) {
        Arbeitsergebnisfassung f = repository.find(Arbeitsergebnisfassung.class, fassungId, FEHLT);
        if (f.getStatus() != Ergebnisstatus.FREIGEGEBEN && callers.require().hasAnyRole(Role.COUNCIL)
                && !callers.require().hasAnyRole(Role.TENANT_ADMIN, Role.MANAGEMENT, Role.AUDITOR)) {
            throw new de.werkerp.platform.control.AccessDenied("Der Werkstattrat sieht die freigegebene "
                    + "Arbeitsergebnisrechnung.");
        }
        return ansicht(f);
    }

    private Ansicht ansicht(Arbeitsergebnisfassung f) {
        if (f.getStatus() == Ergebnisstatus.FREIGEGEBEN) {
            return new Ansicht(f, aus(f), List.of());
        }
        List<String> hinweise = new ArrayList<>();
        JsonObject eingabe = eingabe(f, hinweise);
        return new Ansicht(f, berechne(f, eingabe), hinweise);
    }

    /** Creates the first version of the year or changes the open one (a checked one goes back to draft). */
    public Arbeitsergebnisfassung entwurfSpeichern(Long einrichtungId, int jahr, BigDecimal ruecklageAnfang,
            BigDecimal zufuehrungRuecklage, BigDecimal investitionen, String begruendungQuote) {
        Einrichtung e = repository.find(Einrichtung.class, einrichtungId, "Die Einrichtung wurde nicht gefunden.");
        List<Arbeitsergebnisfassung> alle = fassungen(einrichtungId, jahr);
        Arbeitsergebnisfassung f;
        if (alle.isEmpty()) {
            f = new Arbeitsergebnisfassung();
            f.setEinrichtung(e);
            f.setJahr(jahr);
            f.setFassung(1);
            f.setErstelltVon(callers.require().username());
        } else {
            f = alle.get(0);
            if (f.getStatus() == Ergebnisstatus.FREIGEGEBEN) {
                throw new ValidationFailure("fassung", "Die Arbeitsergebnisrechnung " + jahr + " ist freigegeben und "
                        + "kann nicht mehr geändert werden. Für eine Änderung bitte eine neue Fassung mit Begründung "
                        + "anlegen.");
            }
            repository.em().detach(f);
        }
        f.setStatus(Ergebnisstatus.ENTWURF);
        f.setGeprueftVon(null);
        f.setRuecklageAnfang(ruecklageAnfang != null ? ruecklageAnfang : vorjahresruecklage(einrichtungId, jahr));
        f.setZufuehrungRuecklage(zufuehrungRuecklage == null ? new BigDecimal("0.00") : zufuehrungRuecklage);
        f.setInvestitionen(investitionen == null ? new BigDecimal("0.00") : investitionen);
        f.setBegruendungQuote(begruendungQuote == null || begruendungQuote.isBlank() ? null : begruendungQuote.strip());
        // the kernel refuses inconsistent figures with a German message before anything is stored
        berechne(f, eingabe(f, new ArrayList<>()));
        return f.isNew() ? repository.create(f) : repository.update(f, FEHLT);
    }

    /** The draft is checked (first pair of eyes). */
    public Arbeitsergebnisfassung pruefen(Long fassungId) {
        Arbeitsergebnisfassung f = repository.find(Arbeitsergebnisfassung.class, fassungId, FEHLT);
        if (f.getStatus() != Ergebnisstatus.ENTWURF) {
            throw new ValidationFailure("status", "Geprüft werden kann nur ein Entwurf (Status: "
                    + f.getStatus().getLabel() + ").");
        }
        repository.em().detach(f);
        f.setStatus(Ergebnisstatus.GEPRUEFT);
        f.setGeprueftVon(callers.require().username());
        return repository.update(f, FEHLT);
    }

    /** Released by management, not by the person who checked it; the inputs are frozen in the version. */
    @Allow({Role.MANAGEMENT})
    public Arbeitsergebnisfassung freigeben(Long fassungId) {
        Arbeitsergebnisfassung f = repository.find(Arbeitsergebnisfassung.class, fassungId, FEHLT);
        String wer = callers.require().username();
        if (f.getStatus() != Ergebnisstatus.GEPRUEFT) {
            throw new ValidationFailure("status", "Freigegeben werden kann nur eine geprüfte Fassung (Status: "
                    + f.getStatus().getLabel() + ").");
        }
        if (wer.equals(f.getGeprueftVon())) {
            throw new ValidationFailure("status", "Vier-Augen-Prinzip: Sie haben die Fassung geprüft, freigeben muss "
                    + "sie eine andere Person der Leitung.");
        }
        JsonObject eingabe = eingabe(f, new ArrayList<>());
        berechne(f, eingabe);
        repository.em().detach(f);
        f.setErgebnis(eingabe.toString());
        f.setStatus(Ergebnisstatus.FREIGEGEBEN);
        f.setFreigegebenVon(wer);
        f.setFreigegebenAm(Instant.now());
        return repository.update(f, FEHLT);
    }

    /** A new version of a released year, with the reason for the amendment. */
    public Arbeitsergebnisfassung neueFassung(Long einrichtungId, int jahr, String grund) {
        if (grund == null || grund.isBlank()) {
            throw new ValidationFailure("aenderungsgrund", "Bitte begründen, warum die freigegebene Rechnung geändert "
                    + "wird.");
        }
        List<Arbeitsergebnisfassung> alle = fassungen(einrichtungId, jahr);
        if (alle.isEmpty() || alle.get(0).getStatus() != Ergebnisstatus.FREIGEGEBEN) {
            throw new ValidationFailure("aenderungsgrund", "Eine neue Fassung gibt es nur zu einer freigegebenen "
                    + "Rechnung; die offene Fassung kann direkt geändert werden.");
        }
        Arbeitsergebnisfassung alt = alle.get(0);
        Arbeitsergebnisfassung f = new Arbeitsergebnisfassung();
        f.setEinrichtung(alt.getEinrichtung());
        f.setJahr(jahr);
        f.setFassung(alt.getFassung() + 1);
        f.setStatus(Ergebnisstatus.ENTWURF);
        f.setRuecklageAnfang(alt.getRuecklageAnfang());
        f.setZufuehrungRuecklage(alt.getZufuehrungRuecklage());
        f.setInvestitionen(alt.getInvestitionen());
        f.setBegruendungQuote(alt.getBegruendungQuote());
        f.setAenderungsgrund(grund.strip());
        f.setErstelltVon(callers.require().username());
        return repository.create(f);
    }

    // ------------------------------------------------------------------ helpers

    /** The reserve at the end of the previous year's released statement, else 0. */
    private BigDecimal vorjahresruecklage(Long einrichtungId, int jahr) {
        return fassungen(einrichtungId, jahr - 1).stream().filter(f -> f.getStatus() == Ergebnisstatus.FREIGEGEBEN)
                .findFirst().map(f -> aus(f).ruecklageEnde()).orElse(new BigDecimal("0.00"));
    }

    /** The inputs of a draft from the current data, as the JSON that is frozen on release. */
    private JsonObject eingabe(Arbeitsergebnisfassung f, List<String> hinweise) {
        Long e = f.getEinrichtung().getId();
        JsonObjectBuilder positionen = Json.createObjectBuilder();
        daten.positionssummen(e, f.getJahr()).forEach((code, betrag) -> positionen.add(code, betrag.toPlainString()));
        Map<YearMonth, BigDecimal> monate = daten.entgelteJeMonat(e, f.getJahr());
        JsonArrayBuilder entgelte = Json.createArrayBuilder();
        List<String> fehlend = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            BigDecimal betrag = monate.get(YearMonth.of(f.getJahr(), m));
            if (betrag == null) {
                fehlend.add(String.format("%02d", m));
            }
            entgelte.add((betrag == null ? new BigDecimal("0.00") : betrag).toPlainString());
        }
        if (fehlend.size() == 12) {
            hinweise.add("Für " + f.getJahr() + " gibt es keinen freigegebenen Entgeltlauf: die Arbeitsentgelte sind "
                    + "0,00 €.");
        } else if (!fehlend.isEmpty()) {
            hinweise.add("Ohne freigegebenen Entgeltlauf (Entgelte 0,00 €): Monat " + String.join(", ", fehlend) + "/"
                    + f.getJahr() + ".");
        }
        if (daten.importe(e, f.getJahr()).isEmpty()) {
            hinweise.add("Für " + f.getJahr() + " sind noch keine Buchungen importiert.");
        }
        return Json.createObjectBuilder().add("positionen", positionen).add("entgelte", entgelte).build();
    }

    private Arbeitsergebnisrechnung berechne(Arbeitsergebnisfassung f, JsonObject eingabe) {
        Map<Position, BigDecimal> betraege = new EnumMap<>(Position.class);
        eingabe.getJsonObject("positionen").forEach((code, v) -> betraege.put(Position.vonCode(code),
                new BigDecimal(((jakarta.json.JsonString) v).getString())));
        List<BigDecimal> monate = eingabe.getJsonArray("entgelte").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(s -> new BigDecimal(s.getString())).toList();
        try {
            return Arbeitsergebnis.berechne(new Arbeitsergebnis.Eingabe(f.getJahr(), betraege, monate, null,
                    f.getRuecklageAnfang(), f.getZufuehrungRuecklage(), f.getInvestitionen(), f.getBegruendungQuote(),
                    null));
        } catch (IllegalArgumentException ex) {
            throw new ValidationFailure(ex instanceof de.werkerp.result.control.Eingabefehler ef ? ef.feld() : "eingabe",
                    ex.getMessage());
        }
    }

    private Arbeitsergebnisrechnung aus(Arbeitsergebnisfassung f) {
        try (JsonReader r = Json.createReader(new StringReader(f.getErgebnis()))) {
            return berechne(f, r.readObject());
        }
    }
}
