package de.werkerp.platform.control;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import de.werkerp.platform.entity.Role;

/**
 * Who is calling: the logged-in user, the tenant (Träger) the user belongs to, and the roles.
 * {@code tenantId} is null only for operators, who belong to no tenant.
 */
public record Caller(String username, Long tenantId, Set<Role> roles) {

    public Caller {
        Objects.requireNonNull(username, "username");
        roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
        if (tenantId == null && !roles.equals(EnumSet.of(Role.OPERATOR))) {
            throw new IllegalArgumentException("Only operators have no tenant");
        }
        if (tenantId != null && roles.contains(Role.OPERATOR)) {
            throw new IllegalArgumentException("Operators belong to no tenant");
        }
    }

    public boolean hasAnyRole(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
