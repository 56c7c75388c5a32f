package de.werkerp.web.contract;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
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

import de.werkerp.contract.boundary.LeistungstraegerService;
import de.werkerp.contract.entity.Leistungstraeger;
import de.werkerp.contract.entity.LeistungstraegerArt;
import de.werkerp.web.api.Requests;
import de.werkerp.web.api.Seitenweise;
import de.werkerp.web.api.Zahlenbereich;

/** REST: the tenant's Leistungsträger. */
@Path("leistungstraeger")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Leistungsträger")
public class LeistungstraegerResource {

    /** {@code art}: EINGLIEDERUNGSHILFE, BUNDESAGENTUR, RENTENVERSICHERUNG, UNFALLVERSICHERUNG, KRIEGSOPFERFUERSORGE, SONSTIGE. */
    public record LeistungstraegerDto(Long id, String name, String art, String strasse, String plz, String ort,
            Boolean aktiv, Long version) {
        static LeistungstraegerDto of(Leistungstraeger l) {
            return new LeistungstraegerDto(l.getId(), l.getName(), l.getArt().name(), l.getStrasse(), l.getPlz(), l.getOrt(),
                    l.isAktiv(), l.getVersion());
        }

        void applyTo(Leistungstraeger l) {
            l.setName(Texts.trim(name));
            l.setArt(Requests.enumValue(LeistungstraegerArt.class, "art", art,
                    "Unbekannte Art. Erlaubt: EINGLIEDERUNGSHILFE, BUNDESAGENTUR, RENTENVERSICHERUNG, UNFALLVERSICHERUNG, KRIEGSOPFERFUERSORGE, SONSTIGE."));
            l.setStrasse(Texts.trim(strasse));
            l.setPlz(Texts.trim(plz));
            l.setOrt(Texts.trim(ort));
            if (aktiv != null) {
                l.setAktiv(aktiv);
            }
            l.setVersion(version);
        }
    }

    @EJB
    LeistungstraegerService service;

    @GET
    public List<LeistungstraegerDto> list(@QueryParam("offset") @DefaultValue("0") @Zahlenbereich(min = 0, max = Seitenweise.OFFSET_HOECHSTENS) int offset,
            @QueryParam("limit") @DefaultValue(Seitenweise.STANDARD_TEXT) @Zahlenbereich(min = 1, max = Seitenweise.HOECHSTENS_LANG) int limit) {
        return Seitenweise.seite(service.leistungstraeger().stream().map(LeistungstraegerDto::of).toList(), offset, limit);
    }

    @GET
    @Path("{id}")
    public LeistungstraegerDto get(@PathParam("id") long id) {
        return LeistungstraegerDto.of(service.find(id));
    }

    @POST
    public Response create(LeistungstraegerDto dto) {
        Leistungstraeger l = new Leistungstraeger();
        Requests.body(dto).applyTo(l);
        l.setVersion(null);
        return Response.status(201).entity(LeistungstraegerDto.of(service.create(l))).build();
    }

    @PUT
    @Path("{id}")
    public LeistungstraegerDto update(@PathParam("id") long id, LeistungstraegerDto dto) {
        Leistungstraeger l = service.find(id);
        Requests.body(dto).applyTo(l);
        return LeistungstraegerDto.of(service.update(l));
    }
}
