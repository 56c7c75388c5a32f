package de.werkerp.web.api;

/**
 * German messages of the ranges of REST parameters, for {@code @Min}/{@code @Max} on resource method parameters
 * (checked by {@link ZahlenParameter} before the method runs, and by Bean Validation).
 */
public final class Parametergrenzen {

    /** A calendar year: 1900–2200. */
    public static final String JAHR = "Das Jahr muss zwischen 1900 und 2200 liegen.";
    public static final String TAGE = "Die Zahl der Tage muss zwischen 0 und 366 liegen.";

    private Parametergrenzen() {
    }
}
