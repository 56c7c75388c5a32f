package de.werkerp.web.tenant;

import java.time.Instant;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.werkerp.tenant.boundary.TraegerService;
import de.werkerp.tenant.entity.Traeger;
import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.web.api.Requests;
import de.werkerp.web.api.Seitenweise;
import de.werkerp.web.api.Zahlenbereich;
import de.werkerp.web.platform.Adresse;

/** REST for operators: tenants (Träger) and the invitation of their first admin. */
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

    /**
     * A new tenant and its first admin, who gets an invitation by e-mail to {@code adminEmail} and chooses the password.
     * {@code adminPasswort} is refused (400): the operator sets no password of a tenant's user.
     */
    public record NeuerTraegerDto(String kennung, String name, String adminBenutzername, String adminName,
            String adminEmail, String adminPasswort) {
    }

    static final String KEIN_PASSWORT = "Der Betrieb legt kein Passwort fest: der erste Administrator erhält eine"
            + " Einladung per E-Mail (adminEmail) und wählt sein Passwort selbst. Bitte lassen Sie „adminPasswort“ weg.";

    @Context
    HttpServletRequest request;

    @EJB
    TraegerService service;

    @GET
    public List<TraegerDto> list(@QueryParam("offset") @DefaultValue("0") @Zahlenbereich(min = 0, max = Seitenweise.OFFSET_HOECHSTENS) int offset,
            @QueryParam("limit") @DefaultValue(Seitenweise.STANDARD_TEXT) @Zahlenbereich(min = 1, max = Seitenweise.HOECHSTENS_LANG) int limit) {
        return Seitenweise.seite(service.traeger().stream().map(TraegerDto::of).toList(), offset, limit);
    }

    @POST
    public Response create(NeuerTraegerDto dto) {
        Requests.body(dto);
        if (dto.adminPasswort() != null) {
            throw new ValidationFailure("adminPasswort", KEIN_PASSWORT);
        }
        Traeger traeger = new Traeger(dto.kennung() == null ? null : dto.kennung().trim(),
                dto.name() == null ? null : dto.name().trim());
        return Response.status(201).entity(TraegerDto.of(
                service.create(traeger, trim(dto.adminBenutzername()), trim(dto.adminName()), trim(dto.adminEmail()),
                        Adresse.basisUrl(request)))).build();
    }

    private static String trim(String s) {
        return s == null ? null : s.trim();
    }
}
