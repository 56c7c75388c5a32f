package de.werkerp.participation.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The frozen content of a Teilhabebericht (seed 001 § 13 Abs. 6) survives the JSON round trip unchanged. */
class BerichtsinhaltTest {

    @Test
    void jsonHinUndZurueck() {
        Berichtsinhalt inhalt = new Berichtsinhalt(List.of(
                new Berichtsinhalt.Ziel("Selbständig mit dem Bus zur Arbeit fahren", "Mobilität", "Gesamtplan",
                        LocalDate.of(2024, 3, 1), "an 5 Tagen ohne Begleitung", LocalDate.of(2025, 3, 1),
                        "„Ich will allein fahren.“",
                        List.of(new Berichtsinhalt.Massnahme("Jobcoaching", "Wegetraining", "Frau Sozial",
                                LocalDate.of(2024, 4, 1), null)),
                        List.of(new Berichtsinhalt.Bewertung(LocalDate.of(2025, 2, 20), "teilweise erreicht",
                                "an 3 von 5 Tagen"))),
                new Berichtsinhalt.Ziel("Ziel ohne alles", "Kommunikation", "Teilhabeplan", LocalDate.of(2024, 1, 1),
                        null, null, null, List.of(), List.of())));
        Berichtsinhalt zurueck = Berichtsinhalt.fromJson(inhalt.toJson());
        assertEquals(inhalt, zurueck);
        assertEquals(1, zurueck.anzahlBewertungen());
    }
}
