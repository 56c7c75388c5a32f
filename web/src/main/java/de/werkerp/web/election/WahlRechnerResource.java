package de.werkerp.web.election;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.werkerp.election.control.Einrichtungsart;
import de.werkerp.election.control.Wahlschwellen;
import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.web.api.Requests;

/**
 * Calculator (stores nothing): Werkstattrat seats, Frauenbeauftragte and deputies, release from work
 * and training days from the number of voters (§ 3 WMVO, §§ 60, 222 SGB IX, §§ 37, 39a WMVO).
 * Aggregated figures only, so every logged-in role may use it. The field names are a public contract.
 */
@Path("rechner/wahl")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Rechner")
public class WahlRechnerResource {

    /** {@code einrichtungsart}: WFBM or ALA. */
    @Schema(name = "WahlRechnerAnfrage")
    public record Anfrage(String einrichtungsart, Integer wahlberechtigte, Integer wahlberechtigteFrauen) {
    }

    @Schema(name = "WahlRechnerAntwort")
    public record Antwort(int werkstattratMitglieder, int frauenbeauftragte, int stellvertreterinnen,
            boolean freistellungVorsitz, boolean freistellungStellvertretung, boolean freistellungFrauenbeauftragte,
            boolean freistellungErsteStellvertreterin, int schulungstage, int schulungstageErstmalig,
            List<String> erlaeuterungen) {
    }

    @POST
    public Antwort berechne(Anfrage a) {
        Requests.body(a);
        Einrichtungsart art = Requests.enumValue(Einrichtungsart.class, "einrichtungsart", a.einrichtungsart(),
                "Die Einrichtungsart muss WFBM oder ALA sein.");
        if (art == null) {
            throw new ValidationFailure("einrichtungsart", "Bitte geben Sie die Einrichtungsart an (WFBM oder ALA).");
        }
        if (a.wahlberechtigte() == null) {
            throw new ValidationFailure("wahlberechtigte", "Bitte geben Sie die Zahl der Wahlberechtigten an.");
        }
        Wahlschwellen.Ergebnis e;
        try {
            e = Wahlschwellen.fuer(art, a.wahlberechtigte(), a.wahlberechtigteFrauen() == null ? 0 : a.wahlberechtigteFrauen());
        } catch (IllegalArgumentException invalid) {
            throw new ValidationFailure(invalid.getMessage().contains("Frauen") ? "wahlberechtigteFrauen" : "wahlberechtigte",
                    invalid.getMessage());
        }
        return new Antwort(e.werkstattratMitglieder(), e.frauenbeauftragte(), e.stellvertreterinnen(), e.freistellungVorsitz(),
                e.freistellungStellvertretung(), e.freistellungFrauenbeauftragte(), e.freistellungErsteStellvertreterin(),
                e.schulungstage(), e.schulungstageErstmalig(), e.erlaeuterungen());
    }
}
