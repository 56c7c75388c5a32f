package de.werkerp.web.social;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.social.control.Beitraege;
import de.werkerp.social.control.Beitragsfall;
import de.werkerp.social.control.Sozialversicherungstage;
import de.werkerp.wage.boundary.RechnerService;
import de.werkerp.web.api.Requests;

/**
 * Calculator (stores nothing): contributions of a worker in the Arbeitsbereich (Personengruppe 107)
 * for a month, per rules.md § 3, with the rates valid in that month from the reference data. The
 * field names are a public contract; amounts are strings with two decimals.
 *
 * <p>{@code alter} is the age completed at the start of the month; the PV surcharge for the childless
 * applies from the month after the 23rd birthday (§ 55 Abs. 3 SGB XI), so an {@code alter} of 23 or
 * more at the start of the month means the surcharge applies.
 *
 * <p>{@code svTage} (optional, 1–30, default 30): the SV-Tage of a month entered or left in the middle
 * (§ 223 Abs. 2 SGB V); the 20 % and 80 % minimum bases are prorated to them (rules.md § 3). The answer
 * repeats the SV-Tage used.
 */
@Path("rechner/sozialversicherung")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Rechner")
public class SozialversicherungRechnerResource {

    @Schema(name = "SozialversicherungRechnerAnfrage")
    public record Anfrage(String monat, String arbeitsentgelt, Boolean kinderlos, Integer alter, Integer kinderUnter25,
            Boolean beitrittsgebiet, String zusatzbeitragssatzKasse,
            @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "30", defaultValue = "30",
                    description = "SV-Tage des Monats (§ 223 Abs. 2 SGB V): 30 für einen vollen Monat")
            JsonValue svTage) {
    }

    public record Zweig(String bemessungsgrundlage, String traeger, String beschaeftigter) {
    }

    public record Anteile(String traeger, String beschaeftigter) {
    }

    public record Rente(String bemessungsgrundlage, String traeger, String beschaeftigter, String erstattungBund,
            String erstattungLeistungstraeger) {
    }

    @Schema(name = "SozialversicherungRechnerAntwort")
    public record Antwort(Zweig kv, Anteile kvZusatzbeitrag, Anteile pv, Rente rv, String abzugBeschaeftigter,
            int svTage) {
    }

    @EJB
    RechnerService rechner;

    @POST
    public Antwort berechne(Anfrage a) {
        Requests.body(a);
        YearMonth monat = monat(a.monat());
        BigDecimal entgelt = betrag("arbeitsentgelt", a.arbeitsentgelt(), true);
        BigDecimal zusatz = betrag("zusatzbeitragssatzKasse", a.zusatzbeitragssatzKasse(), false);
        int alter = a.alter() == null ? -1 : a.alter();
        boolean kinderlos = Boolean.TRUE.equals(a.kinderlos());
        if (kinderlos && alter < 0) {
            throw new ValidationFailure("alter", "Bitte geben Sie das Alter an (für den Beitragszuschlag für Kinderlose).");
        }
        if (alter > 120) {
            throw new ValidationFailure("alter", "Das Alter ist unplausibel.");
        }
        int svTage = svTage(a.svTage());
        // completed `alter` years on the last day of the previous month (see class comment)
        var geburtsdatum = alter < 0 ? null : monat.atDay(1).minusYears(alter).minusDays(1);
        Beitragsfall fall;
        try {
            fall = new Beitragsfall(monat, entgelt, null, null, geburtsdatum, kinderlos,
                    a.kinderUnter25() == null ? 0 : a.kinderUnter25(), Boolean.TRUE.equals(a.beitrittsgebiet()), false, zusatz,
                    svTage);
        } catch (IllegalArgumentException e) {
            throw new ValidationFailure("kinderUnter25", e.getMessage());
        }
        Beitraege b = rechner.sozialversicherung(fall);
        return new Antwort(
                new Zweig(s(b.kv().bemessungsgrundlage()), s(b.kv().traeger()), s(b.kv().beschaeftigter())),
                new Anteile(s(b.kvZusatzbeitrag().traeger()), s(b.kvZusatzbeitrag().beschaeftigter())),
                new Anteile(s(b.pv().traeger()), s(b.pv().beschaeftigter())),
                new Rente(s(b.rv().bemessungsgrundlage()), s(b.rv().traeger()), s(b.rv().beschaeftigter()),
                        s(b.rv().erstattungBund()), s(b.rv().erstattungLeistungstraeger())),
                s(b.abzugBeschaeftigter()), b.svTage());
    }

    /**
     * {@code svTage}: absent or {@code null} = 30; otherwise a JSON number that is a whole number from 1 to 30 (a
     * string of digits is taken too). Anything else is a 400 naming the field.
     */
    static int svTage(JsonValue wert) {
        if (wert == null || wert.getValueType() == JsonValue.ValueType.NULL) {
            return Sozialversicherungstage.VOLLER_MONAT;
        }
        String text = wert instanceof JsonString js ? js.getString().trim()
                : wert instanceof JsonNumber n ? n.bigDecimalValue().toPlainString() : wert.toString();
        try {
            BigDecimal zahl = new BigDecimal(text);
            if (zahl.signum() >= 0 && zahl.stripTrailingZeros().scale() <= 0
                    && zahl.compareTo(BigDecimal.ONE) >= 0
                    && zahl.compareTo(BigDecimal.valueOf(Sozialversicherungstage.VOLLER_MONAT)) <= 0) {
                return zahl.intValueExact();
            }
        } catch (NumberFormatException | ArithmeticException e) {
            // falls through to the message
        }
        throw new ValidationFailure("svTage", "Die SV-Tage müssen eine ganze Zahl von 1 bis 30 sein (ein voller "
                + "Monat zählt 30 Tage, § 223 Abs. 2 SGB V), nicht " + (text.length() > 40 ? text.substring(0, 40)
                        + "…" : text) + ".");
    }

    static YearMonth monat(String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationFailure("monat", "Bitte geben Sie den Monat an (JJJJ-MM).");
        }
        try {
            return YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new ValidationFailure("monat", "„" + value + "“ ist kein gültiger Monat (JJJJ-MM).");
        }
    }

    static BigDecimal betrag(String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                throw new ValidationFailure(field, "Bitte geben Sie einen Betrag an, z. B. \"250.00\".");
            }
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(value.trim().replace(',', '.'));
            if (amount.signum() < 0) {
                throw new ValidationFailure(field, "Der Wert darf nicht negativ sein.");
            }
            return amount;
        } catch (NumberFormatException e) {
            throw new ValidationFailure(field, "„" + value + "“ ist keine Zahl.");
        }
    }

    private static String s(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
