package de.werkerp.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import de.werkerp.platform.control.ValidationFailure;

/** Whole-number REST parameters: no number, out of the type or out of @Min/@Max → 400 with a German message. */
class ZahlenParameterTest {

    @SuppressWarnings("unused")
    void beispiel(@QueryParam("max") @DefaultValue("500") @Zahlenbereich(min = 1, max = 10000) int max,
            @QueryParam("jahr") @Min(1900) @Max(2200) Integer jahr, @QueryParam("einrichtung") Long einrichtung,
            @QueryParam("ohneVorgabe") int ohneVorgabe) {
    }

    private static ZahlenParameter.Umwandlung umwandlung(int i) throws Exception {
        Method m = ZahlenParameterTest.class.getDeclaredMethod("beispiel", int.class, Integer.class, Long.class,
                int.class);
        Annotation[] a = m.getParameterAnnotations()[i];
        return (ZahlenParameter.Umwandlung) new ZahlenParameter().getConverter(m.getParameterTypes()[i],
                m.getGenericParameterTypes()[i], a);
    }

    @Test
    @DisplayName("max=abc, max=-1, jahr=999999999, einrichtung=99999999999999999999 abgelehnt")
    void ablehnungen() throws Exception {
        assertEquals("Der Parameter „max“ muss eine ganze Zahl sein (angegeben: „abc“).", assertThrows(
                ValidationFailure.class, () -> umwandlung(0).wert("abc")).errors().get(0).message());
        assertEquals("Der Parameter „max“ muss zwischen 1 und 10000 liegen (angegeben: -1).", assertThrows(
                ValidationFailure.class, () -> umwandlung(0).wert("-1")).errors().get(0).message());
        ValidationFailure j = assertThrows(ValidationFailure.class, () -> umwandlung(1).wert("999999999"));
        assertEquals("jahr", j.errors().get(0).field());
        assertThrows(ValidationFailure.class, () -> umwandlung(2).wert("99999999999999999999"));
    }

    @Test
    @DisplayName("Gültige Werte, leer = nicht angegeben; int ohne Vorgabe bleibt beim Container")
    void gueltig() throws Exception {
        assertEquals(500, umwandlung(0).wert("500"));
        assertEquals(2025, umwandlung(1).wert(" 2025 "));
        assertNull(umwandlung(1).wert(""));
        assertEquals(7L, umwandlung(2).wert("7"));
        assertNull(umwandlung(3));
    }
}
