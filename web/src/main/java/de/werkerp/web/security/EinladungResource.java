package de.werkerp.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.werkerp.security.boundary.Einladungsannahme;
import de.werkerp.web.api.Requests;

/**
 * REST, without sign-in: accept an invitation. {@code POST /api/v1/einladung} with
 * {@code {"token":…,"passwort":…}} (the token from the link in the mail; the password at least 12 characters) → 204.
 * Unknown, used and expired tokens: 400 on {@code token} with one German message.
 */
@Path("einladung")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Konto")
public class EinladungResource {

    public record Annahme(String token, String passwort) {
    }

    @Inject
    Einladungsannahme annahme;

    @POST
    public Response annehmen(Annahme body) {
        Annahme a = Requests.body(body);
        annahme.annehmen(a.token(), a.passwort());
        return Response.noContent().build();
    }
}
