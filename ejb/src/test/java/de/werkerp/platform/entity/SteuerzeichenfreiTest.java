package de.werkerp.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.ConstraintValidatorContext;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import de.werkerp.election.entity.Wahlprojekt;

/** The class-level check of every tenant-owned entity: each text field, line breaks only where marked multi-line. */
class SteuerzeichenfreiTest {

    /** A validation context that records "message → property" of each violation built. */
    private static ConstraintValidatorContext kontext(List<String> verstoesse) {
        String[] meldung = new String[1];
        return (ConstraintValidatorContext) proxy(ConstraintValidatorContext.class, verstoesse, meldung);
    }

    private static Object proxy(Class<?> type, List<String> verstoesse, String[] meldung) {
        return Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, m, args) -> {
            switch (m.getName()) {
                case "buildConstraintViolationWithTemplate" -> meldung[0] = (String) args[0];
                case "addPropertyNode" -> meldung[0] = args[0] + ": " + meldung[0];
                case "addConstraintViolation" -> verstoesse.add(meldung[0]);
                default -> { }
            }
            return m.getReturnType().isInterface() ? proxy(m.getReturnType(), verstoesse, meldung) : null;
        });
    }

    @Test
    @DisplayName("Wahlprojekt: NUL im Ort und Zeilenumbruch im Ort abgelehnt, Zeilenumbruch in der Begründung erlaubt")
    void wahlprojekt() {
        Wahlprojekt w = new Wahlprojekt();
        w.setAnlassBegruendung("Rücktritt\r\nam 2.12.");
        w.setOrtStimmabgabe("Speise\u0000saal");
        w.setOrtAushang("Brett\nEingang");
        List<String> verstoesse = new ArrayList<>();
        assertFalse(new Steuerzeichenfrei.Pruefung().isValid(w, kontext(verstoesse)));
        assertEquals(2, verstoesse.size(), verstoesse.toString());
        assertTrue(verstoesse.get(0).startsWith("ortStimmabgabe: Der Text enthält ein unzulässiges Steuerzeichen "
                + "(U+0000 an Stelle 7)"), verstoesse.toString());
        assertTrue(verstoesse.get(1).startsWith("ortAushang: Bitte ohne Zeilenumbruch"), verstoesse.toString());
    }

    @Test
    @DisplayName("Ohne Steuerzeichen gültig; die Prüfung gilt für alle mandantenbezogenen Entitäten (geerbt)")
    void gueltig_und_geerbt() {
        Wahlprojekt w = new Wahlprojekt();
        w.setOrtStimmabgabe("Speisesaal „Nord“");
        assertTrue(new Steuerzeichenfrei.Pruefung().isValid(w, kontext(new ArrayList<>())));
        assertTrue(TenantOwnedEntity.class.isAnnotationPresent(Steuerzeichenfrei.class));
    }
}
