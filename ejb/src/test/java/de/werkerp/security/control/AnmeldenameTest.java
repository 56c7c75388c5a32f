package de.werkerp.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * The login format of README "Sign-in" (issue 16 item 2: "names unique per tenant, signed in with the tenant's
 * Kennung"): {@code kennung/benutzername} for a tenant's user, the name alone for an operator.
 */
class AnmeldenameTest {

    @Test
    void a_tenant_user_is_kennung_slash_name() {
        Anmeldename a = Anmeldename.parse("demo/anna").orElseThrow();
        assertEquals("demo", a.kennung());
        assertEquals("anna", a.benutzername());
        assertFalse(a.betreiber());
        assertEquals("demo/anna", a.text());
    }

    @Test
    void two_tenants_may_both_have_an_anna_and_the_logins_differ() {
        assertEquals("traeger-a/anna", Anmeldename.parse("traeger-a/anna").orElseThrow().text());
        assertEquals("traeger-b/anna", Anmeldename.parse("traeger-b/anna").orElseThrow().text());
    }

    @Test
    void an_operator_signs_in_with_the_name_alone() {
        Anmeldename b = Anmeldename.parse("betrieb").orElseThrow();
        assertTrue(b.betreiber());
        assertEquals("betrieb", b.text());
    }

    @Test
    void the_kennung_is_lower_case_and_blanks_around_the_parts_do_not_count() {
        // Kennungen are lower case ([a-z0-9][a-z0-9-]{1,39}); a user typing "Demo" means "demo"
        assertEquals("demo/anna", Anmeldename.parse(" Demo / anna ").orElseThrow().text());
    }

    @Test
    void the_first_slash_separates_and_neither_part_may_be_empty_or_hold_another_slash() {
        assertEquals(Optional.empty(), Anmeldename.parse("demo/"));
        assertEquals(Optional.empty(), Anmeldename.parse("/anna"));
        assertEquals(Optional.empty(), Anmeldename.parse("demo/an/na"));
        assertEquals(Optional.empty(), Anmeldename.parse("  "));
        assertEquals(Optional.empty(), Anmeldename.parse(null));
    }

    @Test
    void the_login_form_joins_its_two_fields_and_an_empty_kennung_means_an_operator() {
        assertEquals("demo/anna", Anmeldename.ausFormular("demo", "anna"));
        assertEquals("demo/anna", Anmeldename.ausFormular(" DEMO ", " anna "));
        assertEquals("betrieb", Anmeldename.ausFormular("", "betrieb"));
        assertEquals("betrieb", Anmeldename.ausFormular(null, "betrieb"));
    }

    @Test
    void neither_a_kennung_nor_a_user_name_may_contain_the_separator() {
        // the patterns of Traeger.kennung and Benutzer.benutzername, so that "/" separates them unambiguously
        assertFalse("a/b".matches("[a-z0-9][a-z0-9-]{1,39}"));
        assertFalse("an/na".matches("[A-Za-z0-9._@-]{3,80}"));
    }

    /** README "Sign-in": the lock per name uses the canonical login; input that cannot be a login counts as given. */
    @Test
    void the_lock_key_is_the_canonical_login() {
        org.junit.jupiter.api.Assertions.assertEquals("demo/Anna", Anmeldename.kanonisch(" DEMO/Anna "));
        org.junit.jupiter.api.Assertions.assertEquals("betrieb", Anmeldename.kanonisch("betrieb"));
        org.junit.jupiter.api.Assertions.assertEquals("a/b/c", Anmeldename.kanonisch("a/b/c"));
    }
}
