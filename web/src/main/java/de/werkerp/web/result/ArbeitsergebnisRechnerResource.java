package de.werkerp.web.result;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.result.boundary.ArbeitsergebnisRechnerService;
import de.werkerp.result.control.Arbeitsergebnis;
import de.werkerp.result.control.Arbeitsergebnisrechnung;
import de.werkerp.result.control.Eingabefehler;
import de.werkerp.result.control.Position;

/**
 * Calculator (stores nothing): the Arbeitsergebnis of the Arbeitsbereich (§ 12 Abs. 4 WVO), its Verwendung (§ 12
 * Abs. 5 WVO: Arbeitsentgelte in der Regel ≥ 70 %, Ertragsschwankungsrücklage höchstens sechs Monatsentgelte,
 * Investitionen) and the gain or loss through the Vergütungen (§ 58 Abs. 4 SGB IX), from position totals the caller
 * enters. The field names are a public contract; amounts are strings with two decimals (decimal point or comma).
 * {@code zufuehrungRuecklage} is negative for an Entnahme; {@code anteilEntgelte} is absent when the Arbeitsergebnis
 * is not positive. Give the wages either as {@code entgelteMonatlich} (12 amounts) or as {@code entgelteJahr}.
 */
@Path("rechner/arbeitsergebnis")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Rechner")
public class ArbeitsergebnisRechnerResource {

    /** The request fields of the positions of I and II. */
    private static final Map<Position, String> FELDER = new EnumMap<>(Map.of(
            Position.I_1, "umsatzerloese",
            Position.I_2, "sonstigeErtraege",
            Position.I_3, "verguetungen",
            Position.II_1, "personalFachlich",
            Position.II_2, "personalUnternehmensueblich",
            Position.II_3, "sachkostenFachlich",
            Position.II_4, "sachkostenUnternehmensueblich"));

    /**
     * Missing amounts count 0.00, except the wages. {@code verguetungsKosten} optional: the costs the Vergütungen
     * are to cover, if determined (default II.1 + II.3).
     */
    @Schema(name = "ArbeitsergebnisRechnerAnfrage")
    public record Anfrage(Integer jahr, String umsatzerloese, String sonstigeErtraege, String verguetungen,
            String personalFachlich, String personalUnternehmensueblich, String sachkostenFachlich,
            String sachkostenUnternehmensueblich, List<String> entgelteMonatlich, String entgelteJahr,
            String ruecklageAnfang, String zufuehrungRuecklage, String investitionen, String begruendung,
            String verguetungsKosten) {
    }

    public record Zeile(String code, String bezeichnung, String betrag) {
    }

    public record Pruefung(String code, boolean ok, String meldung) {
    }

    @Schema(name = "ArbeitsergebnisRechnerAntwort")
    public record Antwort(int jahr, String ertraege, String kosten, String arbeitsergebnis, boolean verlustjahr,
            String entgelte, String entgelteMonatsdurchschnitt, String mindestbetragEntgelte, String anteilEntgelte,
            String ruecklageAnfang, String zufuehrungRuecklage, String ruecklageEnde, String ruecklageHoechstbetrag,
            boolean ruecklageUeberHoechstbetrag, String investitionen, String nichtVerwendet, String fehlbetrag,
            String verguetungen, String verguetungsKosten, String verguetungsergebnis, List<Zeile> positionen,
            List<Pruefung> pruefungen) {
    }

    @EJB
    ArbeitsergebnisRechnerService rechner;

    @POST
    public Antwort berechne(Anfrage a) {
        if (a == null) {
            throw new ValidationFailure("body", "Bitte senden Sie die Daten als JSON-Objekt.");
        }
        if (a.jahr() == null) {
            throw new ValidationFailure("jahr", "Bitte geben Sie das Geschäftsjahr an (z. B. 2025).");
        }
        Map<Position, BigDecimal> betraege = new EnumMap<>(Position.class);
        betrag(betraege, Position.I_1, a.umsatzerloese());
        betrag(betraege, Position.I_2, a.sonstigeErtraege());
        betrag(betraege, Position.I_3, a.verguetungen());
        betrag(betraege, Position.II_1, a.personalFachlich());
        betrag(betraege, Position.II_2, a.personalUnternehmensueblich());
        betrag(betraege, Position.II_3, a.sachkostenFachlich());
        betrag(betraege, Position.II_4, a.sachkostenUnternehmensueblich());
        List<BigDecimal> monate = null;
        if (a.entgelteMonatlich() != null) {
            monate = new ArrayList<>();
            for (int i = 0; i < a.entgelteMonatlich().size(); i++) {
                String wert = a.entgelteMonatlich().get(i);
                BigDecimal m = betrag("entgelteMonatlich", wert, false, " (Monat " + (i + 1) + ")");
                if (m == null) {
                    throw new ValidationFailure("entgelteMonatlich", "Für den Monat " + (i + 1) + " fehlt der Betrag "
                            + "der Arbeitsentgelte (0.00 für einen Monat ohne Entgelt).");
                }
                monate.add(m);
            }
        }
        Arbeitsergebnis.Eingabe eingabe;
        try {
            eingabe = new Arbeitsergebnis.Eingabe(a.jahr(), betraege, monate,
                    betrag("entgelteJahr", a.entgelteJahr(), false, ""),
                    betrag("ruecklageAnfang", a.ruecklageAnfang(), false, ""),
                    betrag("zufuehrungRuecklage", a.zufuehrungRuecklage(), true, ""),
                    betrag("investitionen", a.investitionen(), false, ""), a.begruendung(),
                    betrag("verguetungsKosten", a.verguetungsKosten(), false, ""));
        } catch (Eingabefehler invalid) {
            throw new ValidationFailure(feld(invalid.feld()), invalid.getMessage());
        }
        Arbeitsergebnisrechnung r = rechner.berechne(eingabe);
        List<Zeile> positionen = r.positionen().entrySet().stream()
                .map(e -> new Zeile(e.getKey().code(), e.getKey().getLabel(), s(e.getValue()))).toList();
        List<Pruefung> pruefungen = r.pruefungen().stream()
                .map(p -> new Pruefung(p.code().name(), p.ok(), p.meldung())).toList();
        return new Antwort(r.jahr(), s(r.ertraege()), s(r.kosten()), s(r.arbeitsergebnis()), r.verlustjahr(),
                s(r.entgelte()), s(r.entgelteMonatsdurchschnitt()), s(r.mindestbetragEntgelte()),
                r.anteilEntgelte() == null ? null : s(r.anteilEntgelte()), s(r.ruecklageAnfang()),
                s(r.zufuehrungRuecklage()), s(r.ruecklageEnde()), s(r.ruecklageHoechstbetrag()),
                r.ruecklageUeberHoechstbetrag(), s(r.investitionen()), s(r.nichtVerwendet()), s(r.fehlbetrag()),
                s(r.verguetungen()), s(r.verguetungsKosten()), s(r.verguetungsergebnis()), positionen, pruefungen);
    }

    private static void betrag(Map<Position, BigDecimal> betraege, Position p, String value) {
        BigDecimal amount = betrag(FELDER.get(p), value, false, "");
        if (amount != null) {
            betraege.put(p, amount);
        }
    }

    /** The request field of an {@link Eingabefehler}'s component (a position code becomes its request field). */
    private static String feld(String feld) {
        for (Map.Entry<Position, String> e : FELDER.entrySet()) {
            if (e.getKey().code().equals(feld)) {
                return e.getValue();
            }
        }
        return feld;
    }

    private static BigDecimal betrag(String field, String value, boolean negativErlaubt, String wo) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(value.trim().replace(',', '.'));
            if (!negativErlaubt && amount.signum() < 0) {
                throw new ValidationFailure(field, "Der Betrag" + wo + " darf nicht negativ sein.");
            }
            if (amount.stripTrailingZeros().scale() > 2) {
                throw new ValidationFailure(field, "Bitte höchstens zwei Nachkommastellen (Cent) angeben" + wo + ".");
            }
            return amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (NumberFormatException e) {
            throw new ValidationFailure(field, "„" + value + "“" + wo + " ist kein Betrag.");
        }
    }

    private static String s(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
