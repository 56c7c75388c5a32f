package de.werkerp.security.control;

import java.util.Locale;
import java.util.Optional;

/**
 * The login name (README "Sign-in", issue 16 item 2): user names are unique per tenant only, so a user of a tenant
 * signs in with the tenant's Kennung and the user name, written {@code kennung/benutzername} (HTTP Basic user part;
 * the login form has a field of its own for the Kennung). Operators belong to no tenant and sign in with their name
 * alone. Neither Kennungen ({@code [a-z0-9][a-z0-9-]{1,39}}) nor user names ({@code [A-Za-z0-9._@-]{3,80}}) may
 * contain a {@code /}, so the first {@code /} separates them. The Kennung is compared in lower case (Kennungen are
 * lower case).
 *
 * @param kennung the tenant's Kennung, or null for an operator
 * @param benutzername the user (or operator) name
 */
public record Anmeldename(String kennung, String benutzername) {

    public static final char TRENNER = '/';

    /** Parses {@code kennung/benutzername} or an operator's {@code name}; empty if it cannot be a login. */
    public static Optional<Anmeldename> parse(String login) {
        if (login == null) {
            return Optional.empty();
        }
        String s = login.trim();
        int slash = s.indexOf(TRENNER);
        if (slash < 0) {
            return s.isEmpty() ? Optional.empty() : Optional.of(new Anmeldename(null, s));
        }
        String kennung = s.substring(0, slash).trim().toLowerCase(Locale.ROOT);
        String name = s.substring(slash + 1).trim();
        if (kennung.isEmpty() || name.isEmpty() || name.indexOf(TRENNER) >= 0) {
            return Optional.empty();
        }
        return Optional.of(new Anmeldename(kennung, name));
    }

    /**
     * The key of the lock per name ({@code Anmeldeversuche}): the canonical text of a login, or the input as given
     * if it cannot be one (an unknown name is counted like a known one).
     */
    public static String kanonisch(String login) {
        return parse(login).map(Anmeldename::text).orElse(login);
    }

    /** The login of the form's two fields: an empty Kennung means an operator. */
    public static String ausFormular(String kennung, String benutzername) {
        String n = benutzername == null ? "" : benutzername.trim();
        if (kennung == null || kennung.isBlank()) {
            return n;
        }
        return kennung.trim().toLowerCase(Locale.ROOT) + TRENNER + n;
    }

    public boolean betreiber() {
        return kennung == null;
    }

    /** The canonical text: {@code kennung/benutzername}, or the operator's name. */
    public String text() {
        return kennung == null ? benutzername : kennung + TRENNER + benutzername;
    }
}
