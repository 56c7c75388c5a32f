package de.werkerp.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API: JSON, the same users and roles as the pages, HTTP Basic authentication. Payara
 * serves the OpenAPI document at /openapi.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "WerkERP API", version = "1",
                description = "Die REST-API von WerkERP für einen Träger: Stammdaten, Entgelt, Abrechnung, Rechner und mehr."
                        + " Anmeldung mit HTTP Basic (Kennung/Benutzername) oder einem persönlichen API-Token (Bearer)."
                        + " Jede Fehlerantwort hat die Form „Fehler“."),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {
}
