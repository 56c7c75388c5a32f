package de.werkerp.contract.control;

import java.util.EnumSet;
import java.util.Set;

import de.werkerp.platform.entity.Role;

/**
 * Who reads the reason of a part-time working time ({@link Teilzeitgrund}). One reason is the kind or severity of the
 * disability (§ 6 Abs. 2 WVO, proven by a medical certificate): health data (Art. 9 Abs. 1 GDPR). The social service
 * agrees the working time with the person and the Leistungsträger, the tenant admin enters contracts: they read it.
 *
 * <p>Payroll, management and the auditor read the hours and whether the time is part time, and that a reason is
 * recorded, but not which: the Entgelt run applies the reason itself (the Einrichtung's setting for § 6 Abs. 2 WVO
 * part time), and its notes name only "§ 6 Abs. 2 WVO (Art oder Schwere der Behinderung oder Erziehungsauftrag)" for
 * both of its reasons. The reason is hidden whatever it is — hiding only the disability would reveal it by its
 * absence (Art. 5 Abs. 1 lit. c GDPR, § 22 BDSG). docs/rollen.md has the whole matrix.
 */
public final class Teilzeitgrundsicht {

    /** The roles that read the reason. */
    public static final Set<Role> LESEN = EnumSet.of(Role.TENANT_ADMIN, Role.SOCIAL_SERVICE);

    private Teilzeitgrundsicht() {
    }

    /** Whether a caller with {@code rollen} reads the reason (one of its roles suffices). */
    public static boolean sichtbar(Set<Role> rollen) {
        return rollen.stream().anyMatch(LESEN::contains);
    }

    /** The reason as a caller with {@code rollen} sees it: the reason itself, or null. */
    public static Teilzeitgrund fuer(Set<Role> rollen, Teilzeitgrund grund) {
        return sichtbar(rollen) ? grund : null;
    }
}
