package de.werkerp.platform.control;

import java.lang.reflect.Method;
import java.util.Arrays;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.eclipse.persistence.config.PersistenceUnitProperties;

import de.werkerp.platform.entity.Role;

/**
 * The single place where the tenant is set. Every boundary call: find the caller (fail if none),
 * check the roles of {@link Allow} (fail if the method has none), and set the caller's tenant on the
 * transaction's EntityManager, so that EclipseLink filters every read and write by it. Operators
 * have no tenant: a tenant-owned entity touched by an operator call fails closed (EclipseLink
 * refuses reads without tenant, the NOT NULL column refuses writes).
 */
@TenantGuarded
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_AFTER)
public class TenantGuard {

    @Inject
    CallerContext callers;

    @PersistenceContext(unitName = "werkerp")
    EntityManager em;

    @AroundInvoke
    public Object guard(InvocationContext invocation) throws Exception {
        Caller caller = callers.require();
        Allow allow = allowOf(invocation.getMethod());
        if (allow == null) {
            throw new AccessDenied("Diese Funktion ist nicht freigegeben.");
        }
        if (!caller.hasAnyRole(allow.value())) {
            throw new AccessDenied("Ihre Rolle erlaubt diese Funktion nicht (benötigt: "
                    + String.join(", ", Arrays.stream(allow.value()).map(Role::label).toList()) + ").");
        }
        if (caller.tenantId() != null) {
            em.setProperty(PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT, String.valueOf(caller.tenantId()));
        }
        return invocation.proceed();
    }

    private static Allow allowOf(Method method) {
        Allow onMethod = method.getAnnotation(Allow.class);
        return onMethod != null ? onMethod : method.getDeclaringClass().getAnnotation(Allow.class);
    }
}
