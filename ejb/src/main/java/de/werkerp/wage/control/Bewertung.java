package de.werkerp.wage.control;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an assessment ({@link Leistungsbeurteilung}) says about a person, in the terms of the Entgeltordnung's form:
 * points ({@link Punktwertordnung}), a level ({@link Lohnstufenordnung}) or a value per criterion
 * ({@link Kriterienordnung}).
 */
public sealed interface Bewertung {

    /** Points for the form "points × point value". */
    record Punkte(BigDecimal punkte) implements Bewertung {
        public Punkte {
            Objects.requireNonNull(punkte, "punkte");
            if (punkte.signum() < 0) {
                throw new IllegalArgumentException("Punkte können nicht negativ sein.");
            }
        }
    }

    /** A level (Lohnstufe) of the table, by its name. */
    record Lohnstufe(String stufe) implements Bewertung {
        public Lohnstufe {
            if (stufe == null || stufe.isBlank()) {
                throw new IllegalArgumentException("Bitte die Lohnstufe angeben.");
            }
        }
    }

    /** A value per criterion (Arbeitsmenge, Arbeitsgüte, …), each on the criterion's scale. */
    record Kriterienwerte(Map<String, BigDecimal> werte) implements Bewertung {
        public Kriterienwerte {
            Objects.requireNonNull(werte, "werte");
            werte = Collections.unmodifiableMap(new LinkedHashMap<>(werte));
        }
    }
}
