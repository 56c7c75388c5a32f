package de.werkerp.web.tenant;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.werkerp.tenant.boundary.StammdatenReportService;

/** REST: printable documents. The pages link here too (a logged-in browser may GET with its session). */
@Path("berichte")
@RequestScoped
@Tag(name = "Berichte")
public class BerichteResource {

    @EJB
    StammdatenReportService stammdaten;

    @GET
    @Path("stammdaten.pdf")
    @Produces("application/pdf")
    public Response stammdaten() {
        return Response.ok(stammdaten.pdf())
                .header("Content-Disposition", "inline; filename=\"stammdaten.pdf\"")
                .build();
    }
}
