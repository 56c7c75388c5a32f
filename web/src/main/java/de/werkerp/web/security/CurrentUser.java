package de.werkerp.web.security;

import java.io.IOException;
import java.io.Serializable;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import de.werkerp.platform.control.Caller;
import de.werkerp.platform.control.CallerContext;
import de.werkerp.platform.control.CallerDirectory;
import de.werkerp.platform.entity.Role;
import de.werkerp.tenant.boundary.TenantInfoService;

/** The logged-in user for the page header and the menu: name, tenant, roles; and logout. */
@Named
@RequestScoped
public class CurrentUser implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CallerContext callers;

    @Inject
    CallerDirectory directory;

    @Inject
    jakarta.security.enterprise.SecurityContext securityContext;

    @EJB
    TenantInfoService tenantInfo;

    private Optional<Caller> caller;
    private String tenantName;

    public Optional<Caller> caller() {
        if (caller == null) {
            caller = callers.current();
        }
        return caller;
    }

    public boolean isLoggedIn() {
        return caller().isPresent();
    }

    public String getUsername() {
        return caller().map(Caller::username).orElse("");
    }

    public String getDisplayName() {
        java.security.Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? "" : directory.account(principal.getName()).map(CallerDirectory.Account::displayName).orElse("");
    }

    public String getTenantName() {
        if (tenantName == null) {
            tenantName = caller().filter(c -> c.tenantId() != null).map(c -> tenantInfo.ownTenant().getName())
                    .orElse("Betrieb (kein Träger)");
        }
        return tenantName;
    }

    public String getRoleLabels() {
        return caller().map(c -> String.join(", ", c.roles().stream().map(Role::label).toList())).orElse("");
    }

    public boolean has(String roleNames) {
        Optional<Caller> current = caller();
        if (current.isEmpty()) {
            return false;
        }
        for (String name : roleNames.split(",")) {
            if (current.get().roles().contains(Role.valueOf(name.trim()))) {
                return true;
            }
        }
        return false;
    }

    public boolean isTenantAdmin() {
        return has("TENANT_ADMIN");
    }

    public boolean isAuditor() {
        return has("AUDITOR");
    }

    public boolean isOperator() {
        return has("OPERATOR");
    }

    public boolean isTenantUser() {
        return caller().map(c -> c.tenantId() != null).orElse(false);
    }

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?abgemeldet=1");
    }
}
