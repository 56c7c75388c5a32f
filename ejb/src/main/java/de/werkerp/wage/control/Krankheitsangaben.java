package de.werkerp.wage.control;

import java.util.EnumSet;
import java.util.Set;

import de.werkerp.platform.entity.Role;

/**
 * Who reads illness details: the sick codes of the attendance grid ({@link Tagescode#KRANK_MIT_BESCHEINIGUNG} "K",
 * {@link Tagescode#KRANK_OHNE_BESCHEINIGUNG} "O", which day) and the illness spells (Arbeitsunfähigkeit). Health data
 * (Art. 9 Abs. 1 GDPR) processed for the pay: paid sick time (Entgeltfortzahlung) needs the days with and without a
 * certificate and the spells, so payroll and the tenant admin read them, and the auditor checks the pay (read only).
 *
 * <p>Management (Leitung) plans the work and the staffing: it needs how many days a person was absent and of which kind
 * (present, ill, leave, other paid, unexcused) per month, not which days nor whether a doctor certified them
 * (Art. 5 Abs. 1 lit. c, Art. 9 Abs. 2 lit. b GDPR, § 22 BDSG: only what the task needs). It gets the count of ill
 * days ("krank") as one number. docs/rollen.md has the whole matrix.
 */
public final class Krankheitsangaben {

    /** The roles that read sick codes and illness spells. */
    public static final Set<Role> LESEN = EnumSet.of(Role.TENANT_ADMIN, Role.PAYROLL, Role.AUDITOR);

    private Krankheitsangaben() {
    }

    /** Whether a caller with {@code rollen} reads the sick codes (one of its roles suffices). */
    public static boolean sichtbar(Set<Role> rollen) {
        return rollen.stream().anyMatch(LESEN::contains);
    }

    /** The ill days of a month as one count, without the kind of certificate. */
    public static int krank(int mitBescheinigung, int ohneBescheinigung) {
        return mitBescheinigung + ohneBescheinigung;
    }
}
