package de.werkerp.platform.control;

import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

import jakarta.persistence.OptimisticLockException;

/**
 * Recognises the database's refusal of the second of two simultaneous writes of the same row or key: a duplicate
 * key (SQLSTATE 23000), a changed version (optimistic lock), a deadlock or, between Galera nodes, a failed
 * certification (both SQLSTATE 40001, error 1213).
 */
public final class Gleichzeitig {

    private Gleichzeitig() {
    }

    public static boolean erkannt(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof SQLIntegrityConstraintViolationException
                    || t instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
                return true;
            }
            if (t instanceof SQLException sql && ("23000".equals(sql.getSQLState())
                    || "40001".equals(sql.getSQLState()) || sql.getErrorCode() == 1213)) {
                return true;
            }
        }
        return false;
    }
}
