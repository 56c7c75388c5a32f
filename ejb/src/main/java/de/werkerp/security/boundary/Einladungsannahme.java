package de.werkerp.security.boundary;

import java.time.Clock;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import de.werkerp.platform.control.CallerContext;
import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.security.control.Einladungen;
import de.werkerp.security.control.Einladungsregel;

/**
 * The public side of an invitation (page {@code einladung.xhtml}, REST {@code POST /api/v1/einladung}): nobody is
 * signed in, so the invitation is found by its token ({@link Einladungen}) and the password is set as the invited user
 * in that user's tenant ({@link EinladungService#annehmen}). Unknown, used and expired links get the one message
 * {@link Einladungsregel#UNGUELTIG}.
 */
@ApplicationScoped
public class Einladungsannahme {

    @Inject
    Einladungen einladungen;

    @Inject
    CallerContext callers;

    @Inject
    Clock clock;

    @EJB
    EinladungService service;

    /** Whether the link can be used now (the page shows the form only then). */
    public boolean benutzbar(String token) {
        return einladungen.finde(token).map(e -> e.benutzbar(clock.instant())).orElse(false);
    }

    /** Sets the invitee's password; a {@link ValidationFailure} on {@code token} or {@code passwort} otherwise. */
    public void annehmen(String token, String passwort) {
        Einladungen.Gefunden e = einladungen.finde(token).filter(g -> g.benutzbar(clock.instant()))
                .orElseThrow(() -> new ValidationFailure("token", Einladungsregel.UNGUELTIG));
        callers.runAs(e.eingeladener(), () -> service.annehmen(e.einladungId(), token, passwort));
    }
}
