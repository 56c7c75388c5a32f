package de.werkerp.security.control;

import java.util.Objects;

import de.werkerp.platform.control.CallerDirectory;

/**
 * The account a second factor or an API token belongs to: a tenant user ({@value #BENUTZER}, row of
 * {@code benutzer}) or an operator ({@value #BETREIBER}, row of {@code betreiber}; no tenant).
 */
public record Konto(String art, long id, Long tenantId) {

    public static final String BENUTZER = "BENUTZER";
    public static final String BETREIBER = "BETREIBER";

    public Konto {
        Objects.requireNonNull(art, "art");
        if (!art.equals(BENUTZER) && !art.equals(BETREIBER)) {
            throw new IllegalArgumentException(art);
        }
    }

    public static Konto von(CallerDirectory.Account account) {
        Long tenant = account.caller().tenantId();
        return new Konto(tenant == null ? BETREIBER : BENUTZER, account.id(), tenant);
    }
}
