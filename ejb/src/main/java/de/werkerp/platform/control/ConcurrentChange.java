package de.werkerp.platform.control;

import jakarta.ejb.ApplicationException;

/** Someone else changed the object since it was loaded (optimistic locking). Rolls back. */
@ApplicationException(rollback = true)
public class ConcurrentChange extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public ConcurrentChange(String message) {
        super(message);
    }
}
