package de.werkerp.web.social;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.social.boundary.SozialversicherungService;
import de.werkerp.web.api.Seitenweise;
import de.werkerp.web.api.Zahlenbereich;

/**
 * REST: the social-insurance figures of an Entgelt run — totals per Krankenkasse (Beitragsnachweis), the RV refund
 * claim to the Bund, the refund claims to the Leistungsträger — as JSON tables, PDF and CSV.
 * {@code art} is {@code beitragsnachweis}, {@code erstattung-bund} or {@code erstattung-leistungstraeger}.
 */
@Path("sozialversicherung")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sozialversicherung")
public class SozialversicherungResource {

    private static final List<String> ARTEN = List.of("beitragsnachweis", "erstattung-bund",
            "erstattung-leistungstraeger");

    @EJB
    SozialversicherungService service;

    @GET
    @Path("laeufe/{id}/beitragsnachweis")
    public List<SozialversicherungService.KassenSumme> beitragsnachweis(@PathParam("id") Long id,
            @QueryParam("offset") @DefaultValue("0") @Zahlenbereich(min = 0, max = Seitenweise.OFFSET_HOECHSTENS) int offset,
            @QueryParam("limit") @DefaultValue(Seitenweise.STANDARD_TEXT) @Zahlenbereich(min = 1, max = Seitenweise.HOECHSTENS_LANG) int limit) {
        return Seitenweise.seite(service.beitragsnachweis(id), offset, limit);
    }

    @GET
    @Path("laeufe/{id}/{art}.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") Long id, @PathParam("art") String art) {
        return Response.ok(service.pdf(id, pruefe(art)), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + art + "-" + id + ".pdf\"").build();
    }

    @GET
    @Path("laeufe/{id}/{art}.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("id") Long id, @PathParam("art") String art) {
        return Response.ok(service.csv(id, pruefe(art)), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + art + "-" + id + ".csv\"").build();
    }

    private static String pruefe(String art) {
        if (!ARTEN.contains(art)) {
            throw new ValidationFailure("art", "Unbekannte Aufstellung „" + art + "“: erlaubt sind "
                    + String.join(", ", ARTEN) + ".");
        }
        return art;
    }
}
