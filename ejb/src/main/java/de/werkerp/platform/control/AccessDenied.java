package de.werkerp.platform.control;

import jakarta.ejb.ApplicationException;

/** The caller may not do this (no login, no tenant, or a missing role). Rolls back. */
@ApplicationException(rollback = true)
public class AccessDenied extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public AccessDenied(String message) {
        super(message);
    }
}
