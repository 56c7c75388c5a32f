package de.werkerp.wage.sepa;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The character set of SEPA files (EPC "Latin character set", EPC132-08 chapter 1.4 / EPC217-08): the letters a–z
 * and A–Z, the digits 0–9 and the signs {@code / - ? : ( ) . , ' +} and the space. Nothing else may appear in a
 * SEPA credit transfer file that is to be accepted by every bank in SEPA, although the XSD itself has no pattern
 * for it.
 *
 * <p>{@link #umschreiben(String)} converts free text (names, remittance information): German umlauts and ß are
 * transliterated (ä → ae, Ä → Ae, or AE inside an upper-case word, ß → ss), other accented letters lose their
 * accent (é → e), a few signs get their usual replacement (&amp; → +, typographic quotes → ', dashes → -,
 * € → EUR), and anything else becomes a space; runs of spaces are collapsed and the result is trimmed.
 * Identifiers (message id, end-to-end id) are never converted, only {@linkplain #fehlerInReferenz checked}, so
 * that they come back unchanged in the bank's returns and statements.
 */
final class SepaZeichensatz {

    /** One character of the EPC Latin set. */
    static final String ERLAUBTE_ZEICHEN = "a-zA-Z0-9/\\-?:().,'+ ";
    private static final Pattern GUELTIG = Pattern.compile("[" + ERLAUBTE_ZEICHEN + "]*");

    /** Replacements applied before the accents are stripped (lower-case German umlauts and ß, other ligatures). */
    private static final Map<Integer, String> ERSATZ = Map.ofEntries(
            Map.entry((int) 'ä', "ae"), Map.entry((int) 'ö', "oe"), Map.entry((int) 'ü', "ue"),
            Map.entry((int) 'ß', "ss"), Map.entry((int) 'ẞ', "SS"),
            Map.entry((int) 'æ', "ae"), Map.entry((int) 'Æ', "AE"), Map.entry((int) 'œ', "oe"),
            Map.entry((int) 'Œ', "OE"), Map.entry((int) 'ø', "oe"), Map.entry((int) 'Ø', "Oe"),
            Map.entry((int) 'ł', "l"), Map.entry((int) 'Ł', "L"), Map.entry((int) 'đ', "d"),
            Map.entry((int) 'Đ', "D"), Map.entry((int) 'ð', "d"), Map.entry((int) 'Ð', "D"),
            Map.entry((int) 'þ', "th"), Map.entry((int) 'Þ', "Th"), Map.entry((int) 'ı', "i"),
            Map.entry((int) '&', "+"), Map.entry((int) '€', "EUR"), Map.entry((int) '_', "-"),
            Map.entry((int) ';', ","), Map.entry((int) '"', "'"), Map.entry((int) '`', "'"),
            Map.entry((int) '´', "'"), Map.entry((int) '‘', "'"), Map.entry((int) '’', "'"),
            Map.entry((int) '‚', "'"), Map.entry((int) '‛', "'"), Map.entry((int) '“', "'"),
            Map.entry((int) '”', "'"), Map.entry((int) '„', "'"), Map.entry((int) '«', "'"),
            Map.entry((int) '»', "'"), Map.entry((int) '‹', "'"), Map.entry((int) '›', "'"),
            Map.entry((int) '‐', "-"), Map.entry((int) '‑', "-"), Map.entry((int) '‒', "-"),
            Map.entry((int) '–', "-"), Map.entry((int) '—', "-"), Map.entry((int) '−', "-"),
            Map.entry((int) '[', "("), Map.entry((int) ']', ")"), Map.entry((int) '{', "("),
            Map.entry((int) '}', ")"), Map.entry((int) '\\', "/"));

    private SepaZeichensatz() {
    }

    /** Whether the text consists only of characters of the EPC Latin set ({@code null} counts as valid). */
    static boolean gueltig(String text) {
        return text == null || GUELTIG.matcher(text).matches();
    }

    /** The first character of the text that is not in the EPC Latin set, or {@code null}. */
    static String erstesUngueltigesZeichen(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!erlaubt(c)) {
                return new String(Character.toChars(c));
            }
            i += Character.charCount(c);
        }
        return null;
    }

    /**
     * Free text converted to the EPC Latin set (see the class comment); {@code null} stays {@code null}, the result
     * may be empty if nothing representable was left.
     */
    static String umschreiben(String text) {
        if (text == null) {
            return null;
        }
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder deutsch = new StringBuilder(nfc.length() + 8);
        for (int i = 0; i < nfc.length(); ) {
            int c = nfc.codePointAt(i);
            int laenge = Character.charCount(c);
            String gross = grossUmlaut(c);
            if (gross != null) {
                // "Ä" → "Ae", but "AE" inside a word written in capitals ("MÜLLER" → "MUELLER")
                deutsch.append(inGrossbuchstaben(nfc, i, laenge) ? gross.toUpperCase() : gross);
            } else if (ERSATZ.containsKey(c)) {
                deutsch.append(ERSATZ.get(c));
            } else {
                deutsch.appendCodePoint(c);
            }
            i += laenge;
        }
        // é → e + combining accent → e; letters without a decomposition stay and are replaced below
        String zerlegt = Normalizer.normalize(deutsch, Normalizer.Form.NFD);
        StringBuilder ergebnis = new StringBuilder(zerlegt.length());
        boolean leer = true; // last appended character was a space (or nothing yet)
        for (int i = 0; i < zerlegt.length(); ) {
            int c = zerlegt.codePointAt(i);
            i += Character.charCount(c);
            int typ = Character.getType(c);
            if (typ == Character.NON_SPACING_MARK || typ == Character.ENCLOSING_MARK
                    || typ == Character.COMBINING_SPACING_MARK || typ == Character.FORMAT) {
                continue;
            }
            if (c != ' ' && erlaubt(c)) {
                ergebnis.append((char) c);
                leer = false;
            } else if (!leer) {
                ergebnis.append(' ');
                leer = true;
            }
        }
        return ergebnis.toString().strip();
    }

    /**
     * Free text converted and cut to at most {@code hoechstens} characters (at the end, trailing spaces removed);
     * {@code null} stays {@code null}.
     */
    static String umschreiben(String text, int hoechstens) {
        String s = umschreiben(text);
        if (s == null || s.length() <= hoechstens) {
            return s;
        }
        return s.substring(0, hoechstens).stripTrailing();
    }

    /**
     * What is wrong with a reference (message id, payment information id, end-to-end id) by the EPC rules, or
     * {@code null}: 1 to 35 characters of the Latin set, neither starting nor ending with "/" and without "//".
     * The text names the field, e.g. "Die Nachrichten-ID".
     */
    static String fehlerInReferenz(String wert, String feld) {
        if (wert == null || wert.isEmpty()) {
            return feld + " fehlt.";
        }
        if (wert.length() > 35) {
            return feld + " „" + wert + "“ ist " + wert.length() + " Zeichen lang, erlaubt sind höchstens 35.";
        }
        String falsch = erstesUngueltigesZeichen(wert);
        if (falsch != null) {
            return feld + " „" + wert + "“ enthält das Zeichen „" + falsch + "“; erlaubt sind nur a–z, A–Z, "
                    + "0–9, Leerzeichen und / - ? : ( ) . , ' + (SEPA-Zeichensatz).";
        }
        if (wert.startsWith("/") || wert.endsWith("/") || wert.contains("//")) {
            return feld + " „" + wert + "“ darf nicht mit „/“ beginnen oder enden und kein „//“ enthalten "
                    + "(EPC-Regel für Referenzen).";
        }
        return null;
    }

    private static boolean erlaubt(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || "/-?:().,'+ ".indexOf(c) >= 0;
    }

    private static String grossUmlaut(int c) {
        switch (c) {
            case 'Ä':
                return "Ae";
            case 'Ö':
                return "Oe";
            case 'Ü':
                return "Ue";
            default:
                return null;
        }
    }

    /** Whether the neighbour letter of position i (the next, else the previous one) is an upper-case letter. */
    private static boolean inGrossbuchstaben(String s, int i, int laenge) {
        int naechstes = i + laenge;
        if (naechstes < s.length() && Character.isLetter(s.codePointAt(naechstes))) {
            return Character.isUpperCase(s.codePointAt(naechstes));
        }
        if (i > 0) {
            int vorheriges = s.codePointBefore(i);
            return Character.isLetter(vorheriges) && Character.isUpperCase(vorheriges);
        }
        return false;
    }
}
