package de.werkerp.web.security;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

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
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.platform.entity.Role;
import de.werkerp.security.boundary.BenutzerService;
import de.werkerp.security.entity.Benutzer;
import de.werkerp.web.api.Requests;
import de.werkerp.web.api.Seitenweise;
import de.werkerp.web.api.Zahlenbereich;
import de.werkerp.web.platform.Adresse;

/** REST: users of the caller's tenant (tenant admin; auditor reads). The password is write-only. DELETE deactivates. */
@Path("benutzer")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Benutzer")
public class BenutzerResource {

    /** {@code rollen}: TENANT_ADMIN, PAYROLL, MANAGEMENT, SOCIAL_SERVICE, COUNCIL, ELECTION_BOARD, AUDITOR. */
    /**
     * {@code passwort}: write-only; set by the admin, the user must change it at the next sign-in
     * ({@code passwortAendern}, read-only). A new user without {@code passwort} but with {@code email} gets an
     * invitation by e-mail instead and chooses the password.
     */
    public record BenutzerDto(Long id, String benutzername, String anzeigename, String email, List<String> rollen,
            Boolean aktiv, String passwort, Boolean passwortAendern, Long version) {
        static BenutzerDto of(Benutzer b) {
            return new BenutzerDto(b.getId(), b.getBenutzername(), b.getAnzeigename(), b.getEmail(),
                    b.getRollen().stream().sorted().map(Role::name).toList(), b.isAktiv(), null, b.isPasswortAendern(),
                    b.getVersion());
        }

        void applyTo(Benutzer b) {
            b.setBenutzername(benutzername == null ? null : benutzername.trim());
            b.setAnzeigename(anzeigename == null ? null : anzeigename.trim());
            b.setEmail(email);
            b.setRollen(roles());
            if (aktiv != null) {
                b.setAktiv(aktiv);
            }
            b.setVersion(version);
        }

        private Set<Role> roles() {
            EnumSet<Role> roles = EnumSet.noneOf(Role.class);
            if (rollen != null) {
                for (String name : rollen) {
                    Role role = Requests.enumValue(Role.class, "rollen", name,
                            "Unbekannte Rolle „" + name + "“. Erlaubt: TENANT_ADMIN, PAYROLL, MANAGEMENT, SOCIAL_SERVICE, COUNCIL, ELECTION_BOARD, AUDITOR.");
                    if (role == null) {
                        throw new ValidationFailure("rollen", "Leere Rolle.");
                    }
                    roles.add(role);
                }
            }
            return roles;
        }
    }

    @EJB
    BenutzerService service;

    @Context
    HttpServletRequest request;

    @GET
    public List<BenutzerDto> list(@QueryParam("offset") @DefaultValue("0") @Zahlenbereich(min = 0, max = Seitenweise.OFFSET_HOECHSTENS) int offset,
            @QueryParam("limit") @DefaultValue(Seitenweise.STANDARD_TEXT) @Zahlenbereich(min = 1, max = Seitenweise.HOECHSTENS_LANG) int limit) {
        return Seitenweise.seite(service.benutzer().stream().map(BenutzerDto::of).toList(), offset, limit);
    }

    @GET
    @Path("{id}")
    public BenutzerDto get(@PathParam("id") long id) {
        return BenutzerDto.of(service.find(id));
    }

    @POST
    public Response create(BenutzerDto dto) {
        Benutzer benutzer = new Benutzer();
        Requests.body(dto).applyTo(benutzer);
        benutzer.setVersion(null);
        Benutzer created = dto.passwort() == null || dto.passwort().isEmpty()
                ? service.einladen(benutzer, Adresse.basisUrl(request))
                : service.create(benutzer, dto.passwort());
        return Response.status(201).entity(BenutzerDto.of(created)).build();
    }

    /** Sends a new invitation (72 h) to the user's e-mail address. */
    @POST
    @Path("{id}/einladung")
    public Response einladen(@PathParam("id") long id) {
        service.erneutEinladen(id, Adresse.basisUrl(request));
        return Response.noContent().build();
    }

    @PUT
    @Path("{id}")
    public BenutzerDto update(@PathParam("id") long id, BenutzerDto dto) {
        Benutzer benutzer = service.find(id);
        Requests.body(dto).applyTo(benutzer);
        return BenutzerDto.of(service.update(benutzer, dto.passwort()));
    }

    @DELETE
    @Path("{id}")
    public BenutzerDto deactivate(@PathParam("id") long id) {
        return BenutzerDto.of(service.setAktiv(id, false));
    }

    /** Resets the user's second factor (Träger-Admin only, another user of the tenant; audited). */
    @DELETE
    @Path("{id}/zweifaktor")
    public Response zweifaktorZuruecksetzen(@PathParam("id") long id) {
        service.zweifaktorZuruecksetzen(id);
        return Response.noContent().build();
    }
}
