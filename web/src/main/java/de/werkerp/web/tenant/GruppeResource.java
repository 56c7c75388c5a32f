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
import de.werkerp.tenant.entity.Gruppe;
import de.werkerp.web.api.Requests;
import de.werkerp.web.api.Seitenweise;
import de.werkerp.web.api.Zahlenbereich;

/** REST: Gruppen of the caller's tenant. DELETE deactivates. */
@Path("gruppen")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Gruppen")
public class GruppeResource {

    public record GruppeDto(Long id, Long betriebsstaetteId, String name, Boolean aktiv, Long version) {
        static GruppeDto of(Gruppe g) {
            return new GruppeDto(g.getId(), g.getBetriebsstaette().getId(), g.getName(), g.isAktiv(), g.getVersion());
        }

        void applyTo(Gruppe g) {
            g.setName(name == null ? null : name.trim());
            if (aktiv != null) {
                g.setAktiv(aktiv);
            }
            g.setVersion(version);
        }
    }

    @EJB
    OrganisationService organisation;

    @GET
    public List<GruppeDto> list(@QueryParam("offset") @DefaultValue("0") @Zahlenbereich(min = 0, max = Seitenweise.OFFSET_HOECHSTENS) int offset,
            @QueryParam("limit") @DefaultValue(Seitenweise.STANDARD_TEXT) @Zahlenbereich(min = 1, max = Seitenweise.HOECHSTENS_LANG) int limit) {
        return Seitenweise.seite(organisation.gruppen().stream().map(GruppeDto::of).toList(), offset, limit);
    }

    @GET
    @Path("{id}")
    public GruppeDto get(@PathParam("id") long id) {
        return GruppeDto.of(organisation.gruppe(id));
    }

    @POST
    public Response create(GruppeDto dto) {
        Gruppe gruppe = new Gruppe();
        Requests.body(dto).applyTo(gruppe);
        gruppe.setVersion(null);
        return Response.status(201).entity(GruppeDto.of(organisation.createGruppe(dto.betriebsstaetteId(), gruppe))).build();
    }

    @PUT
    @Path("{id}")
    public GruppeDto update(@PathParam("id") long id, GruppeDto dto) {
        Gruppe gruppe = organisation.gruppe(id);
        Requests.body(dto).applyTo(gruppe);
        Long siteId = dto.betriebsstaetteId() != null ? dto.betriebsstaetteId() : gruppe.getBetriebsstaette().getId();
        return GruppeDto.of(organisation.updateGruppe(siteId, gruppe));
    }

    @DELETE
    @Path("{id}")
    public GruppeDto deactivate(@PathParam("id") long id) {
        return GruppeDto.of(organisation.setGruppeAktiv(id, false));
    }
}
