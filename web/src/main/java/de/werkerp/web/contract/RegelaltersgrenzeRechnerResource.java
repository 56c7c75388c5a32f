package de.werkerp.web.contract;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.werkerp.contract.control.Regelaltersgrenze;
import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.web.api.Requests;

/**
 * Calculator (stores nothing): Regelaltersgrenze (§§ 35, 235 SGB VI), pension start (§ 99 SGB VI)
 * and the end of the measure (§ 58 Abs. 1 SGB IX). The field names are a public contract.
 */
@Path("rechner/regelaltersgrenze")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Rechner")
public class RegelaltersgrenzeRechnerResource {

    @Schema(name = "RegelaltersgrenzeRechnerAnfrage")
    public record Anfrage(String geburtsdatum) {
    }

    @Schema(name = "RegelaltersgrenzeRechnerAntwort")
    public record Antwort(String regelaltersgrenzeErreicht, String rentenbeginn, String massnahmeEndet) {
    }

    @POST
    public Antwort berechne(Anfrage anfrage) {
        Requests.body(anfrage);
        if (anfrage.geburtsdatum() == null || anfrage.geburtsdatum().isBlank()) {
            throw new ValidationFailure("geburtsdatum", "Bitte geben Sie das Geburtsdatum an (JJJJ-MM-TT).");
        }
        LocalDate geburtsdatum;
        try {
            geburtsdatum = LocalDate.parse(anfrage.geburtsdatum().trim());
        } catch (DateTimeParseException e) {
            throw new ValidationFailure("geburtsdatum", "„" + anfrage.geburtsdatum() + "“ ist kein gültiges Datum (JJJJ-MM-TT).");
        }
        Regelaltersgrenze.Result result;
        try {
            result = Regelaltersgrenze.fuer(geburtsdatum);
        } catch (IllegalArgumentException e) {
            throw new ValidationFailure("geburtsdatum", e.getMessage());
        }
        return new Antwort(result.erreicht().toString(), result.rentenbeginn().toString(), result.massnahmeEndet().toString());
    }
}
