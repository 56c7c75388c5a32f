package de.werkerp.reports;

/** A report template could not be loaded, compiled, filled or exported. */
public class ReportException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
