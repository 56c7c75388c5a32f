package de.werkerp.web.wage;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.wage.boundary.RechnerService;
import de.werkerp.wage.control.Bereich;
import de.werkerp.wage.control.Entgeltabrechnung;

/**
 * Calculator (stores nothing): Arbeitsentgelt = Grundbetrag (§ 221 Abs. 2 SGB IX) + Steigerungsbetrag,
 * and the Arbeitsförderungsgeld (§ 59 SGB IX), with the figures valid in the month. The field names
 * are a public contract; amounts are strings with two decimals.
 */
@Path("rechner/entgelt")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Rechner")
public class EntgeltRechnerResource {

    /** {@code bereich}: EV, BBB or AB (default AB); {@code grundbetrag} optional, a higher amount of the Einrichtung. */
    @Schema(name = "EntgeltRechnerAnfrage")
    public record Anfrage(String monat, String steigerungsbetrag, String grundbetrag, String bereich) {
    }

    @Schema(name = "EntgeltRechnerAntwort")
    public record Antwort(String grundbetrag, String steigerungsbetrag, String arbeitsentgelt, String arbeitsfoerderungsgeld,
            String auszahlung, List<String> hinweise) {
    }

    @EJB
    RechnerService rechner;

    @POST
    public Antwort berechne(Anfrage a) {
        if (a == null) {
            throw new ValidationFailure("body", "Bitte senden Sie die Daten als JSON-Objekt.");
        }
        YearMonth monat = monat(a.monat());
        BigDecimal steigerung = betrag("steigerungsbetrag", a.steigerungsbetrag());
        if (steigerung == null) {
            steigerung = BigDecimal.ZERO.setScale(2);
        }
        BigDecimal grundbetrag = betrag("grundbetrag", a.grundbetrag());
        Bereich bereich;
        try {
            bereich = a.bereich() == null || a.bereich().isBlank() ? Bereich.AB : Bereich.von(a.bereich());
        } catch (IllegalArgumentException e) {
            throw new ValidationFailure("bereich", "Der Bereich muss EV, BBB oder AB sein.");
        }
        Entgeltabrechnung e = rechner.entgelt(monat, steigerung, grundbetrag, bereich);
        return new Antwort(s(e.grundbetrag()), s(e.steigerungsbetrag()), s(e.arbeitsentgelt()), s(e.arbeitsfoerderungsgeld()),
                s(e.auszahlung()), e.hinweise());
    }

    private static YearMonth monat(String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationFailure("monat", "Bitte geben Sie den Monat an (JJJJ-MM).");
        }
        try {
            return YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new ValidationFailure("monat", "„" + value + "“ ist kein gültiger Monat (JJJJ-MM).");
        }
    }

    private static BigDecimal betrag(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            BigDecimal amount = new BigDecimal(value.trim().replace(',', '.'));
            if (amount.signum() < 0) {
                throw new ValidationFailure(field, "Der Betrag darf nicht negativ sein.");
            }
            if (amount.scale() > 2) {
                throw new ValidationFailure(field, "Bitte höchstens zwei Nachkommastellen (Cent) angeben.");
            }
            return amount.setScale(2, RoundingMode.UNNECESSARY);
        } catch (NumberFormatException e) {
            throw new ValidationFailure(field, "„" + value + "“ ist kein Betrag.");
        }
    }

    private static String s(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
