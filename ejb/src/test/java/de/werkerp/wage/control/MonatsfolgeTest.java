package de.werkerp.wage.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.wage.entity.Laufstatus;

/** The period logic shared by the Entgelt run and the billing run: months in order, closed months, four eyes. */
class MonatsfolgeTest {

    private static final Monatsfolge.Begriffe BEGRIFFE = new Monatsfolge.Begriffe("Abrechnungslauf", "Abrechnungsläufe");
    private static final YearMonth JAN = YearMonth.of(2025, 1);
    private static final YearMonth FEB = YearMonth.of(2025, 2);
    private static final YearMonth MAR = YearMonth.of(2025, 3);

    private static String fehler(List<Monatsfolge.Lauf> alle, YearMonth monat) {
        return assertThrows(ValidationFailure.class, () -> Monatsfolge.pruefeBerechnung(BEGRIFFE, alle, monat))
                .getMessage();
    }

    @Test
    void months_follow_each_other_and_closed_months_stay_closed() {
        List<Monatsfolge.Lauf> janFrei = List.of(new Monatsfolge.Lauf(JAN, Laufstatus.FREIGEGEBEN, "leitung"));
        assertTrue(Monatsfolge.pruefeBerechnung(BEGRIFFE, janFrei, FEB).isEmpty());
        assertTrue(fehler(janFrei, JAN).contains("ist abgeschlossen (freigegeben von leitung)"));
        assertTrue(fehler(janFrei, MAR).contains("Abrechnungsläufe folgen Monat für Monat"));
        List<Monatsfolge.Lauf> febOffen = List.of(new Monatsfolge.Lauf(FEB, Laufstatus.BERECHNET, null),
                new Monatsfolge.Lauf(JAN, Laufstatus.FREIGEGEBEN, "leitung"));
        assertEquals(FEB, Monatsfolge.pruefeBerechnung(BEGRIFFE, febOffen, FEB).orElseThrow().monat());
        assertTrue(fehler(febOffen, MAR).contains("02/2025 ist noch nicht freigegeben"));
        assertTrue(fehler(febOffen, YearMonth.of(2024, 12)).contains("gibt es schon einen Abrechnungslauf"));
        assertTrue(fehler(List.of(), null).contains("Bitte den Monat"));
    }

    @Test
    void four_eyes_and_current_inputs() {
        Monatsfolge.pruefeFreigabe(Laufstatus.BERECHNET, false, "entgelt", "leitung");
        assertTrue(assertThrows(ValidationFailure.class, () -> Monatsfolge.pruefeFreigabe(Laufstatus.BERECHNET, false,
                "entgelt", "entgelt")).getMessage().contains("Vier-Augen"));
        assertTrue(assertThrows(ValidationFailure.class, () -> Monatsfolge.pruefeFreigabe(Laufstatus.BERECHNET, true,
                "entgelt", "leitung")).getMessage().contains("neu berechnen"));
        assertTrue(assertThrows(ValidationFailure.class, () -> Monatsfolge.pruefeFreigabe(Laufstatus.FREIGEGEBEN,
                false, "entgelt", "leitung")).getMessage().contains("nur ein berechneter Lauf"));
    }
}
