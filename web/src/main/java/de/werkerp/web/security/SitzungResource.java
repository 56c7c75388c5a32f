package de.werkerp.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * REST: {@code GET /api/v1/sitzung} answers 204 to any signed-in caller. The button "Weiterarbeiten" of the warning
 * before an idle session ends ({@code js/sitzung.js}) calls it with the page's session: a request keeps the session.
 */
@Path("sitzung")
@RequestScoped
@Tag(name = "Konto")
public class SitzungResource {

    @GET
    public Response weiterarbeiten() {
        return Response.noContent().build();
    }
}
