package de.werkerp.contract.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Format and check digit of the (Renten-)Versicherungsnummer, § 147 Abs. 2 SGB VI with § 2 of the
 * Versicherungsnummern-, Kontoführungs- und Versicherungsverlaufsverordnung (VKVV).
 *
 * <p>Twelve characters (§ 2 Abs. 1–6 VKVV): positions 1–2 Bereichsnummer, 3–8 birth date TTMMJJ, 9 the initial
 * of the birth name (A–Z; umlauts are resolved, lower case is upper-cased, § 2 Abs. 4), 10–11 Seriennummer
 * (00–49 male, 50–99 female and, per the Gemeinsames Rundschreiben, also "divers"/"unbekannt"), 12 the
 * Prüfziffer. Input may contain spaces and a lower-case letter; {@link #normalisiert(String)} removes the spaces
 * and upper-cases.
 *
 * <p><b>Prüfziffer</b> (§ 2 Abs. 6 VKVV): the letter is replaced by its two-digit position in the alphabet
 * (A = 01 … Z = 26), which gives a <em>twelve</em>-digit number (2 + 6 + 2 + 2 digits, without the check digit).
 * Its digits are multiplied from the left by 2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1; the digit sums (Quersummen) of
 * the products are added; the remainder of the sum divided by 10 is the Prüfziffer. Checked against the
 * statute text and published examples: 65 170839 J 00 3, 15 070649 C 10 3, 65 180539 W 00 1.
 *
 * <p><b>Birth date part</b>: § 2 Abs. 3 Satz 2 and Abs. 5 Satz 4 VKVV leave unknown birth dates and exhausted
 * serial numbers to the Spitzenverbände (Gemeinsames Rundschreiben "Meldeverfahren", Ziff. 3.1.1.2). Accepted
 * therefore: day 00 (day unknown, e.g. 00 12 86; with month 00 only in numbers issued before 2005, since then the
 * day of issue is used), 01–31, the day increased by 32 or 64 when the serial numbers of a day are used up
 * (32–95), and 97 (the 1st increased by 96); month 00 (month unknown) or 01–12. Sources for these special values:
 * Gemeinsames Rundschreiben as amended on 9.3.2016 (published by the Krankenkassen and in Haufe's commentary);
 * there is no increase by 30. The day, less the 32/64/96 added, must exist in the month
 * (29 February is always accepted: the century is not part of the number). The Bereichsnummer is only checked
 * to be two digits: a list of the current numbers would refuse older, still valid numbers.
 *
 * <p>The number is never corrected (§ 3 Abs. 1 VKVV): if it does not match the recorded birth date this is a
 * warning to check both ({@link #hinweisZumGeburtsdatum(String, LocalDate)}), not an error.
 */
public final class Rentenversicherungsnummer {

    /** Written the usual way, for messages. */
    public static final String BEISPIEL = "65 170839 J 00 3";

    private static final int[] GEWICHTE = {2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1};
    private static final Pattern LEERRAUM = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern ZIFFERN = Pattern.compile("[0-9]+");
    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private Rentenversicherungsnummer() {
    }

    /** Removes all spaces and upper-cases the letter; {@code null} stays {@code null}. */
    public static String normalisiert(String nummer) {
        if (nummer == null) {
            return null;
        }
        return LEERRAUM.matcher(nummer).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /**
     * The first thing wrong with the number, as a German message for the field "Rentenversicherungsnummer", or
     * empty if the number is valid. An empty or missing number is reported; callers with an optional field test
     * for blank input first.
     */
    public static Optional<String> fehler(String nummer) {
        String n = normalisiert(nummer);
        if (n == null || n.isEmpty()) {
            return Optional.of("Bitte die Rentenversicherungsnummer angeben (z. B. " + BEISPIEL + ").");
        }
        if (n.length() != 12) {
            return Optional.of("Die Rentenversicherungsnummer muss 12 Zeichen haben (z. B. " + BEISPIEL
                    + "). Eingegeben wurden " + n.length() + " Zeichen.");
        }
        if (!ZIFFERN.matcher(n.substring(0, 8)).matches()) {
            return Optional.of("Die Rentenversicherungsnummer muss mit 8 Ziffern beginnen: Bereichsnummer und "
                    + "Geburtsdatum TTMMJJ (§ 2 Abs. 2, 3 VKVV, z. B. " + BEISPIEL + ").");
        }
        char buchstabe = n.charAt(8);
        if (buchstabe < 'A' || buchstabe > 'Z') {
            return Optional.of("An der 9. Stelle der Rentenversicherungsnummer muss der Anfangsbuchstabe des "
                    + "Geburtsnamens stehen, A bis Z ohne Umlaute (§ 2 Abs. 4 VKVV), nicht „" + buchstabe + "“.");
        }
        if (!ZIFFERN.matcher(n.substring(9)).matches()) {
            return Optional.of("Die letzten 3 Stellen der Rentenversicherungsnummer müssen Ziffern sein: "
                    + "Seriennummer und Prüfziffer (§ 2 Abs. 5, 6 VKVV, z. B. " + BEISPIEL + ").");
        }
        int tag = Integer.parseInt(n.substring(2, 4));
        int monat = Integer.parseInt(n.substring(4, 6));
        if (monat > 12) {
            return Optional.of("Der Geburtsmonat in der Rentenversicherungsnummer (Stellen 5 und 6) muss zwischen "
                    + "01 und 12 liegen, nicht „" + n.substring(4, 6) + "“ (§ 2 Abs. 3 VKVV).");
        }
        if (tag > 95 && tag != 97) {
            return Optional.of("Der Geburtstag in der Rentenversicherungsnummer (Stellen 3 und 4) kann nicht „"
                    + n.substring(2, 4) + "“ sein: zulässig sind 01 bis 31 und, wenn die Seriennummern eines "
                    + "Tages vergeben sind, der um 32, 64 oder 96 erhöhte Tag (§ 2 Abs. 3, 5 VKVV).");
        }
        int echterTag = echterTag(tag);
        if (monat != 0 && echterTag > tageImMonat(monat)) {
            return Optional.of("Das Geburtsdatum in der Rentenversicherungsnummer (Stellen 3 bis 8, „"
                    + n.substring(2, 8) + "“) gibt es nicht: der Monat " + n.substring(4, 6) + " hat keinen "
                    + echterTag + ". Tag (§ 2 Abs. 3 VKVV).");
        }
        if (pruefziffer(n.substring(0, 11)) != n.charAt(11) - '0') {
            return Optional.of("Die Prüfziffer der Rentenversicherungsnummer stimmt nicht (§ 2 Abs. 6 VKVV): "
                    + "bitte die Nummer auf Tipp- und Zahlendreher prüfen.");
        }
        return Optional.empty();
    }

    /** Whether the number is a valid Versicherungsnummer ({@link #fehler(String)} is empty). */
    public static boolean gueltig(String nummer) {
        return fehler(nummer).isEmpty();
    }

    /**
     * The Prüfziffer for the first eleven characters of a number (8 digits, a letter, 2 digits; spaces and a
     * lower-case letter allowed), § 2 Abs. 6 VKVV.
     *
     * @throws IllegalArgumentException if the eleven characters do not have that form
     */
    public static int pruefziffer(String ersteElfStellen) {
        String n = normalisiert(ersteElfStellen);
        if (n == null || !n.matches("[0-9]{8}[A-Z][0-9]{2}")) {
            throw new IllegalArgumentException("Für die Prüfziffer werden die ersten 11 Stellen der "
                    + "Rentenversicherungsnummer gebraucht (8 Ziffern, ein Buchstabe, 2 Ziffern), nicht „"
                    + ersteElfStellen + "“.");
        }
        String ziffern = n.substring(0, 8) + String.format("%02d", n.charAt(8) - 'A' + 1) + n.substring(9, 11);
        int summe = 0;
        for (int i = 0; i < GEWICHTE.length; i++) {
            int produkt = (ziffern.charAt(i) - '0') * GEWICHTE[i];
            summe += produkt / 10 + produkt % 10; // Quersumme; products are at most 9 × 7 = 63
        }
        return summe % 10;
    }

    /**
     * A warning if the birth date part of a valid number does not match the recorded birth date, else empty.
     * Day 00 or month 00 (unknown) are not compared, a day raised by 32, 64 or 96 is compared less that amount;
     * with month 00 the day part is the day of issue and is not compared either.
     */
    public static Optional<String> hinweisZumGeburtsdatum(String nummer, LocalDate geburtsdatum) {
        if (geburtsdatum == null || !gueltig(nummer)) {
            return Optional.empty();
        }
        String n = normalisiert(nummer);
        int tag = echterTag(Integer.parseInt(n.substring(2, 4)));
        int monat = Integer.parseInt(n.substring(4, 6));
        int jahr = Integer.parseInt(n.substring(6, 8));
        boolean passt = jahr == geburtsdatum.getYear() % 100
                && (monat == 0 || monat == geburtsdatum.getMonthValue())
                && (monat == 0 || tag == 0 || tag == geburtsdatum.getDayOfMonth());
        if (passt) {
            return Optional.empty();
        }
        return Optional.of("Das Geburtsdatum in der Rentenversicherungsnummer (" + n.substring(2, 4) + "."
                + n.substring(4, 6) + "." + n.substring(6, 8) + ") passt nicht zum erfassten Geburtsdatum "
                + geburtsdatum.format(DATUM) + ". Bitte beide prüfen: die Nummer wird nicht berichtigt, bei "
                + "falschem Geburtsdatum vergibt die Rentenversicherung eine neue (§ 3 Abs. 1 VKVV).");
    }

    /** The day of birth without the 32, 64 or 96 added for exhausted serial numbers; 0 = unknown. */
    private static int echterTag(int tag) {
        return tag == 97 ? 1 : tag % 32;
    }

    private static int tageImMonat(int monat) {
        return switch (monat) {
            case 2 -> 29;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }
}
