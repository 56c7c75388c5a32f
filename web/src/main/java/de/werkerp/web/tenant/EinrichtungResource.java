package de.werkerp.web.tenant;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.werkerp.tenant.boundary.OrganisationService;
import de.werkerp.tenant.entity.Einrichtung;
import de.werkerp.tenant.entity.Einrichtungsart;
import de.werkerp.web.api.Requests;
import de.werkerp.web.api.Seitenweise;
import de.werkerp.web.api.Zahlenbereich;

/** REST: Einrichtungen of the caller's tenant. DELETE deactivates (nothing is lost). */
@Path("einrichtungen")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Einrichtungen")
public class EinrichtungResource {

    /** JSON form of an Einrichtung. {@code art}: WFBM or ALA. */
    public record EinrichtungDto(Long id, String name, String art, Boolean aktiv, Long version) {
        static EinrichtungDto of(Einrichtung e) {
            return new EinrichtungDto(e.getId(), e.getName(), e.getArt().name(), e.isAktiv(), e.getVersion());
        }

        void applyTo(Einrichtung e) {
            e.setName(name == null ? null : name.trim());
            e.setArt(Requests.enumValue(Einrichtungsart.class, "art", art,
                    "Die Art muss WFBM oder ALA sein."));
            if (aktiv != null) {
                e.setAktiv(aktiv);
            }
            e.setVersion(version);
        }
    }

    @EJB
    OrganisationService organisation;

    @GET
    public List<EinrichtungDto> list(@QueryParam("offset") @DefaultValue("0") @Zahlenbereich(min = 0, max = Seitenweise.OFFSET_HOECHSTENS) int offset,
            @QueryParam("limit") @DefaultValue(Seitenweise.STANDARD_TEXT) @Zahlenbereich(min = 1, max = Seitenweise.HOECHSTENS_LANG) int limit) {
        return Seitenweise.seite(organisation.einrichtungen().stream().map(EinrichtungDto::of).toList(), offset, limit);
    }

    @GET
    @Path("{id}")
    public EinrichtungDto get(@PathParam("id") long id) {
        return EinrichtungDto.of(organisation.einrichtung(id));
    }

    @POST
    public Response create(EinrichtungDto dto) {
        Einrichtung einrichtung = new Einrichtung();
        Requests.body(dto).applyTo(einrichtung);
        einrichtung.setVersion(null);
        return Response.status(201).entity(EinrichtungDto.of(organisation.createEinrichtung(einrichtung))).build();
    }

    @PUT
    @Path("{id}")
    public EinrichtungDto update(@PathParam("id") long id, EinrichtungDto dto) {
        Einrichtung einrichtung = organisation.einrichtung(id);
        Requests.body(dto).applyTo(einrichtung);
        return EinrichtungDto.of(organisation.updateEinrichtung(einrichtung));
    }

    @DELETE
    @Path("{id}")
    public EinrichtungDto deactivate(@PathParam("id") long id) {
        return EinrichtungDto.of(organisation.setEinrichtungAktiv(id, false));
    }
}
