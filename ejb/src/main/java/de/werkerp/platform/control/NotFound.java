package de.werkerp.platform.control;

import jakarta.ejb.ApplicationException;

/** The object does not exist for this tenant (another tenant's object looks exactly like a missing one). */
@ApplicationException(rollback = true)
public class NotFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public NotFound(String message) {
        super(message);
    }
}
