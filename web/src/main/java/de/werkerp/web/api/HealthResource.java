package de.werkerp.web.api;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Health check without login: is the application up and the database reachable? */
@Path("health")
@RequestScoped
public class HealthResource {

    @Resource(lookup = "java:app/jdbc/werkerp")
    DataSource dataSource;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        boolean database;
        try (Connection connection = dataSource.getConnection()) {
            database = connection.isValid(2);
        } catch (SQLException e) {
            database = false;
        }
        return Response.status(database ? 200 : 503)
                .entity(Map.of("status", database ? "UP" : "DOWN", "datenbank", database ? "UP" : "DOWN"))
                .build();
    }
}
