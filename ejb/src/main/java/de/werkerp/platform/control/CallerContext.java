package de.werkerp.platform.control;

import java.security.Principal;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

/**
 * Answers "who is calling?": the logged-in user of the current request, looked up in the
 * {@link CallerDirectory}. Background work started by a user (and tests of the services) runs with
 * {@link #runAs}, which carries the caller explicitly; there is no other way to choose a tenant.
 */
@ApplicationScoped
public class CallerContext {

    private static final ThreadLocal<Caller> RUN_AS = new ThreadLocal<>();

    @Inject
    SecurityContext securityContext;

    @Inject
    CallerDirectory directory;

    public Optional<Caller> current() {
        Caller explicit = RUN_AS.get();
        if (explicit != null) {
            return Optional.of(explicit);
        }
        Principal principal;
        try {
            principal = securityContext.getCallerPrincipal();
        } catch (RuntimeException noSecurityContext) {
            return Optional.empty();
        }
        if (principal == null) {
            return Optional.empty();
        }
        return directory.caller(principal.getName());
    }

    public Caller require() {
        return current().orElseThrow(() -> new AccessDenied("Nicht angemeldet."));
    }

    /** Runs an action as the given caller on this thread, e.g. for a job the caller started. */
    public <T> T runAs(Caller caller, Supplier<T> action) {
        Objects.requireNonNull(caller, "caller");
        Caller previous = RUN_AS.get();
        RUN_AS.set(caller);
        try {
            return action.get();
        } finally {
            if (previous == null) {
                RUN_AS.remove();
            } else {
                RUN_AS.set(previous);
            }
        }
    }

    public void runAs(Caller caller, Runnable action) {
        runAs(caller, () -> {
            action.run();
            return null;
        });
    }
}
