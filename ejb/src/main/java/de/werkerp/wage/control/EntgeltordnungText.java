package de.werkerp.wage.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.werkerp.platform.control.Texteingabe;

/**
 * The text form in which staff enter and the database stores the parts of an Entgeltordnung and of an assessment,
 * and the conversion into the kernel's {@link Entgeltordnung} and {@link Bewertung}:
 * <ul>
 * <li>Lohnstufen: one line per level, {@code Name = Betrag}, e.g. {@code Stufe 2 = 85,00};</li>
 * <li>Kriterien: one line per criterion, {@code Name; Skala von; Skala bis; Gewicht}, e.g.
 * {@code Arbeitsmenge; 0; 10; 2};</li>
 * <li>Kriterienwerte of an assessment: one line (or {@code ;}-separated) per criterion, {@code Name = Wert}.</li>
 * </ul>
 * Numbers with a decimal comma or point. Errors are German {@link IllegalArgumentException}s naming the line.
 */
public final class EntgeltordnungText {

    private EntgeltordnungText() {
    }

    /** The kernel's scheme from the stored form. {@code form} is PUNKTWERT, LOHNSTUFEN or KRITERIEN. */
    public static Entgeltordnung ordnung(String form, BigDecimal punktwert, BigDecimal budget, String budgetrundung,
            String stufen, String kriterien) {
        return switch (form) {
            case "PUNKTWERT" -> new Punktwertordnung(punktwert(punktwert, budget, budgetrundung));
            case "LOHNSTUFEN" -> new Lohnstufenordnung(stufen(stufen));
            case "KRITERIEN" -> new Kriterienordnung(kriterien(kriterien), punktwert(punktwert, budget, budgetrundung));
            default -> throw new IllegalArgumentException("Unbekannte Form der Entgeltordnung: " + form);
        };
    }

    static Punktwertordnung.Punktwert punktwert(BigDecimal punktwert, BigDecimal budget, String rundung) {
        if (punktwert != null && budget != null) {
            throw new IllegalArgumentException("Bitte entweder einen festen Punktwert oder ein Budget angeben, nicht "
                    + "beides.");
        }
        if (punktwert != null) {
            return new Punktwertordnung.Fest(punktwert);
        }
        if (budget != null) {
            return new Punktwertordnung.AusBudget(budget, rundung == null || rundung.isBlank()
                    ? Punktwertordnung.Budgetrundung.PUNKTWERT_ABGERUNDET : Punktwertordnung.Budgetrundung.valueOf(rundung));
        }
        throw new IllegalArgumentException("Bitte einen festen Punktwert (Euro je Punkt) oder ein monatliches Budget "
                + "angeben.");
    }

    /** Lohnstufen from lines {@code Name = Betrag}. */
    public static Map<String, BigDecimal> stufen(String text) {
        Map<String, BigDecimal> stufen = new LinkedHashMap<>();
        int nr = 0;
        for (String zeile : zeilen(text, false)) {
            nr++;
            String[] teile = zeile.split("=", -1);
            if (teile.length != 2 || teile[0].isBlank()) {
                throw new IllegalArgumentException("Lohnstufen, Zeile " + nr + " („" + zeile + "“): bitte als "
                        + "„Name = Betrag“ angeben, z. B. „Stufe 2 = 85,00“.");
            }
            String name = teile[0].strip();
            if (stufen.put(name, zahl(teile[1], "Lohnstufen, Zeile " + nr)) != null) {
                throw new IllegalArgumentException("Die Lohnstufe „" + name + "“ ist doppelt.");
            }
        }
        if (stufen.isEmpty()) {
            throw new IllegalArgumentException("Bitte mindestens eine Lohnstufe angeben („Name = Betrag“).");
        }
        return stufen;
    }

    /** Criteria from lines {@code Name; von; bis; Gewicht}. */
    public static List<Kriterienordnung.Kriterium> kriterien(String text) {
        List<Kriterienordnung.Kriterium> kriterien = new ArrayList<>();
        int nr = 0;
        for (String zeile : zeilen(text, false)) {
            nr++;
            String[] t = zeile.split(";", -1);
            if (t.length != 4 || t[0].isBlank()) {
                throw new IllegalArgumentException("Kriterien, Zeile " + nr + " („" + zeile + "“): bitte als "
                        + "„Name; Skala von; Skala bis; Gewicht“ angeben, z. B. „Arbeitsmenge; 0; 10; 2“.");
            }
            String w = "Kriterien, Zeile " + nr;
            kriterien.add(new Kriterienordnung.Kriterium(t[0].strip(), zahl(t[1], w), zahl(t[2], w), zahl(t[3], w)));
        }
        if (kriterien.isEmpty()) {
            throw new IllegalArgumentException("Bitte mindestens ein Kriterium angeben.");
        }
        return kriterien;
    }

    /** The kernel's assessment result from the stored columns (exactly one of them is set). */
    public static Bewertung bewertung(BigDecimal punkte, String lohnstufe, String kriterienwerte) {
        int gesetzt = (punkte != null ? 1 : 0) + (lohnstufe != null && !lohnstufe.isBlank() ? 1 : 0)
                + (kriterienwerte != null && !kriterienwerte.isBlank() ? 1 : 0);
        if (gesetzt != 1) {
            throw new IllegalArgumentException("Eine Leistungsbeurteilung enthält genau eines: Punkte, eine Lohnstufe "
                    + "oder Werte je Kriterium.");
        }
        if (punkte != null) {
            return new Bewertung.Punkte(punkte);
        }
        if (lohnstufe != null && !lohnstufe.isBlank()) {
            return new Bewertung.Lohnstufe(lohnstufe.strip());
        }
        Map<String, BigDecimal> werte = new LinkedHashMap<>();
        for (String teil : zeilen(kriterienwerte, true)) {
            String[] t = teil.split("=", -1);
            if (t.length != 2 || t[0].isBlank()) {
                throw new IllegalArgumentException("Kriterienwerte („" + teil + "“): bitte als „Name = Wert“ angeben.");
            }
            werte.put(t[0].strip(), zahl(t[1], "Kriterium " + t[0].strip()));
        }
        return new Bewertung.Kriterienwerte(werte);
    }

    private static List<String> zeilen(String text, boolean auchSemikolon) {
        if (text == null) {
            return List.of();
        }
        String[] teile = text.split(auchSemikolon ? "[\\r\\n;]+" : "\\r?\\n");
        List<String> zeilen = new ArrayList<>();
        for (String t : teile) {
            if (!t.isBlank()) {
                zeilen.add(t.strip());
            }
        }
        return zeilen;
    }

    private static BigDecimal zahl(String text, String wo) {
        try {
            return Texteingabe.zahl(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(wo + ": „" + text.strip() + "“ ist keine Zahl.");
        }
    }
}
