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
import de.werkerp.tenant.entity.Betriebsstaette;
import de.werkerp.web.api.Requests;
import de.werkerp.web.api.Seitenweise;
import de.werkerp.web.api.Zahlenbereich;

/** REST: Betriebsstätten of the caller's tenant. DELETE deactivates. */
@Path("betriebsstaetten")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Betriebsstätten")
public class BetriebsstaetteResource {

    public record BetriebsstaetteDto(Long id, Long einrichtungId, String name, String strasse, String plz, String ort,
            Boolean beitrittsgebiet, Boolean hauptbetriebsstaette, Boolean aktiv, Long version) {
        static BetriebsstaetteDto of(Betriebsstaette b) {
            return new BetriebsstaetteDto(b.getId(), b.getEinrichtung().getId(), b.getName(), b.getStrasse(), b.getPlz(),
                    b.getOrt(), b.getBeitrittsgebiet(), b.isHauptbetriebsstaette(), b.isAktiv(), b.getVersion());
        }

        void applyTo(Betriebsstaette b) {
            b.setName(trim(name));
            b.setStrasse(trim(strasse));
            b.setPlz(trim(plz));
            b.setOrt(trim(ort));
            if (beitrittsgebiet != null || b.getId() == null) {
                b.setBeitrittsgebiet(beitrittsgebiet); // required for a new site: never assumed
            }
            if (hauptbetriebsstaette != null) {
                b.setHauptbetriebsstaette(hauptbetriebsstaette);
            }
            if (aktiv != null) {
                b.setAktiv(aktiv);
            }
            b.setVersion(version);
        }

        private static String trim(String s) {
            return s == null || s.isBlank() ? null : s.trim();
        }
    }

    @EJB
    OrganisationService organisation;

    @GET
    public List<BetriebsstaetteDto> list(@QueryParam("offset") @DefaultValue("0") @Zahlenbereich(min = 0, max = Seitenweise.OFFSET_HOECHSTENS) int offset,
            @QueryParam("limit") @DefaultValue(Seitenweise.STANDARD_TEXT) @Zahlenbereich(min = 1, max = Seitenweise.HOECHSTENS_LANG) int limit) {
        return Seitenweise.seite(organisation.betriebsstaetten().stream().map(BetriebsstaetteDto::of).toList(), offset, limit);
    }

    @GET
    @Path("{id}")
    public BetriebsstaetteDto get(@PathParam("id") long id) {
        return BetriebsstaetteDto.of(organisation.betriebsstaette(id));
    }

    @POST
    public Response create(BetriebsstaetteDto dto) {
        Betriebsstaette site = new Betriebsstaette();
        Requests.body(dto).applyTo(site);
        site.setVersion(null);
        return Response.status(201)
                .entity(BetriebsstaetteDto.of(organisation.createBetriebsstaette(dto.einrichtungId(), site))).build();
    }

    @PUT
    @Path("{id}")
    public BetriebsstaetteDto update(@PathParam("id") long id, BetriebsstaetteDto dto) {
        Betriebsstaette site = organisation.betriebsstaette(id);
        Requests.body(dto).applyTo(site);
        Long einrichtungId = dto.einrichtungId() != null ? dto.einrichtungId() : site.getEinrichtung().getId();
        return BetriebsstaetteDto.of(organisation.updateBetriebsstaette(einrichtungId, site));
    }

    @DELETE
    @Path("{id}")
    public BetriebsstaetteDto deactivate(@PathParam("id") long id) {
        return BetriebsstaetteDto.of(organisation.setBetriebsstaetteAktiv(id, false));
    }
}
