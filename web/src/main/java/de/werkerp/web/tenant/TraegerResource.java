package de.werkerp.web.tenant;

import java.time.Instant;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.werkerp.tenant.boundary.TraegerService;
import de.werkerp.tenant.entity.Traeger;
import de.werkerp.web.api.Requests;

/** REST for operators: tenants (Träger) and their first admin. */
@Path("traeger")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Betrieb")
public class TraegerResource {

    public record TraegerDto(Long id, String kennung, String name, Boolean aktiv, Instant angelegtAm) {
        static TraegerDto of(Traeger t) {
            return new TraegerDto(t.getId(), t.getKennung(), t.getName(), t.isAktiv(), t.getAngelegtAm());
        }
    }

    public record NeuerTraegerDto(String kennung, String name, String adminBenutzername, String adminName,
            String adminPasswort) {
    }

    @EJB
    TraegerService service;

    @GET
    public List<TraegerDto> list() {
        return service.traeger().stream().map(TraegerDto::of).toList();
    }

    @POST
    public Response create(NeuerTraegerDto dto) {
        Requests.body(dto);
        Traeger traeger = new Traeger(dto.kennung() == null ? null : dto.kennung().trim(),
                dto.name() == null ? null : dto.name().trim());
        return Response.status(201).entity(TraegerDto.of(
                service.create(traeger, dto.adminBenutzername(), dto.adminName(), dto.adminPasswort()))).build();
    }
}
