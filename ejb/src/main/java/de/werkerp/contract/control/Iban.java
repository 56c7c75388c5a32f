package de.werkerp.contract.control;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * International Bank Account Number, ISO 13616 (check digits per ISO 7064 MOD 97-10): the IBAN is valid if,
 * with the first four characters moved to the end and every letter replaced by 10 (A) … 35 (Z), the number
 * leaves remainder 1 when divided by 97. The check digits of a correct IBAN lie between 02 and 98.
 *
 * <p>Lengths: fixed per country from the SWIFT IBAN registry for the SEPA countries (Germany 22, Austria 20,
 * Switzerland 21, Netherlands 18, Belgium 16, France 27, Italy 27, Spain 24, Poland 28, Luxembourg 20, Denmark 18
 * and the other EU/EEA members); for any other country code the general limits of 15 to 34 characters. A German
 * IBAN has only digits after "DE" (8-digit Bankleitzahl and 10-digit account number). Input may contain spaces
 * and lower-case letters; {@link #normalisiert(String)} removes and upper-cases them, {@link #formatiert(String)}
 * writes groups of four.
 */
public final class Iban {

    private static final Pattern LEERRAUM = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern ERLAUBT = Pattern.compile("[A-Z0-9]*");

    /** IBAN length by country (SWIFT IBAN registry), SEPA countries. */
    static final Map<String, Integer> LAENGEN = Map.ofEntries(
            Map.entry("DE", 22), Map.entry("AT", 20), Map.entry("CH", 21), Map.entry("NL", 18),
            Map.entry("BE", 16), Map.entry("FR", 27), Map.entry("IT", 27), Map.entry("ES", 24),
            Map.entry("PL", 28), Map.entry("LU", 20), Map.entry("DK", 18), Map.entry("BG", 22),
            Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("EE", 20), Map.entry("FI", 18),
            Map.entry("GB", 22), Map.entry("GR", 27), Map.entry("HR", 21), Map.entry("HU", 28),
            Map.entry("IE", 22), Map.entry("IS", 26), Map.entry("LI", 21), Map.entry("LT", 20),
            Map.entry("LV", 21), Map.entry("MC", 27), Map.entry("MT", 31), Map.entry("NO", 15),
            Map.entry("PT", 25), Map.entry("RO", 24), Map.entry("SE", 24), Map.entry("SI", 19),
            Map.entry("SK", 24), Map.entry("SM", 27), Map.entry("VA", 22));

    /** Country names for messages, where a fixed length is known. */
    private static final Map<String, String> LAENDER = Map.ofEntries(
            Map.entry("DE", "Deutschland"), Map.entry("AT", "Österreich"), Map.entry("CH", "der Schweiz"),
            Map.entry("NL", "den Niederlanden"), Map.entry("BE", "Belgien"), Map.entry("FR", "Frankreich"),
            Map.entry("IT", "Italien"), Map.entry("ES", "Spanien"), Map.entry("PL", "Polen"),
            Map.entry("LU", "Luxemburg"), Map.entry("DK", "Dänemark"));

    static final int MINDESTLAENGE = 15;
    static final int HOECHSTLAENGE = 34;

    private Iban() {
    }

    /** Removes all spaces and upper-cases; {@code null} stays {@code null}. */
    public static String normalisiert(String iban) {
        if (iban == null) {
            return null;
        }
        return LEERRAUM.matcher(iban).replaceAll("").toUpperCase(Locale.ROOT);
    }

    /** The normalised IBAN in groups of four characters ("DE89 3704 0044 0532 0130 00"); {@code null} stays null. */
    public static String formatiert(String iban) {
        String n = normalisiert(iban);
        if (n == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(n.length() + n.length() / 4);
        for (int i = 0; i < n.length(); i++) {
            if (i > 0 && i % 4 == 0) {
                sb.append(' ');
            }
            sb.append(n.charAt(i));
        }
        return sb.toString();
    }

    /**
     * The first thing wrong with the IBAN, as a German message for the field "IBAN", or empty if it is valid. An
     * empty or missing IBAN is reported; callers with an optional field test for blank input first.
     */
    public static Optional<String> fehler(String iban) {
        String n = normalisiert(iban);
        if (n == null || n.isEmpty()) {
            return Optional.of("Bitte die IBAN angeben (z. B. DE89 3704 0044 0532 0130 00).");
        }
        if (!ERLAUBT.matcher(n).matches()) {
            return Optional.of("Die IBAN darf nur Buchstaben und Ziffern enthalten (Leerzeichen sind erlaubt), "
                    + "nicht „" + erstesUnerlaubtesZeichen(n) + "“ (ISO 13616).");
        }
        if (n.length() < 2 || !Character.isLetter(n.charAt(0)) || !Character.isLetter(n.charAt(1))) {
            return Optional.of("Die IBAN muss mit dem Ländercode aus zwei Buchstaben beginnen, z. B. DE für "
                    + "Deutschland (ISO 13616).");
        }
        if (n.length() < 4 || !Character.isDigit(n.charAt(2)) || !Character.isDigit(n.charAt(3))) {
            return Optional.of("Auf den Ländercode der IBAN folgen zwei Prüfziffern (3. und 4. Stelle, ISO 13616).");
        }
        String land = n.substring(0, 2);
        Integer laenge = LAENGEN.get(land);
        if (laenge != null && n.length() != laenge) {
            String name = LAENDER.get(land);
            return Optional.of("Eine IBAN " + (name != null ? "aus " + name + " (" + land + ")" : "mit " + land)
                    + " hat " + laenge + " Zeichen, eingegeben wurden " + n.length() + " (ISO 13616).");
        }
        if (laenge == null && (n.length() < MINDESTLAENGE || n.length() > HOECHSTLAENGE)) {
            return Optional.of("Eine IBAN hat " + MINDESTLAENGE + " bis " + HOECHSTLAENGE
                    + " Zeichen, eingegeben wurden " + n.length() + " (ISO 13616).");
        }
        if ("DE".equals(land) && !n.substring(4).chars().allMatch(Character::isDigit)) {
            return Optional.of("Eine deutsche IBAN hat nach „DE“ und den Prüfziffern nur Ziffern: "
                    + "Bankleitzahl (8) und Kontonummer (10).");
        }
        int pruefziffern = Integer.parseInt(n.substring(2, 4));
        if (pruefziffern < 2 || pruefziffern > 98 || rest97(n) != 1) {
            return Optional.of("Die Prüfziffer der IBAN stimmt nicht (ISO 13616, Modulo 97): bitte die IBAN auf "
                    + "Tipp- und Zahlendreher prüfen.");
        }
        return Optional.empty();
    }

    /** Whether the IBAN is valid ({@link #fehler(String)} is empty). */
    public static boolean gueltig(String iban) {
        return fehler(iban).isEmpty();
    }

    /**
     * The German IBAN of a Bankleitzahl (8 digits) and an account number (up to 10 digits, zero-padded), with its
     * check digits (ISO 13616: 98 − the MOD 97-10 remainder with check digits 00).
     */
    public static String deutsch(String bankleitzahl, String kontonummer) {
        if (bankleitzahl == null || !bankleitzahl.matches("\\d{8}") || kontonummer == null
                || !kontonummer.matches("\\d{1,10}")) {
            throw new IllegalArgumentException("Eine deutsche IBAN braucht eine Bankleitzahl mit 8 und eine "
                    + "Kontonummer mit höchstens 10 Ziffern.");
        }
        String ohnePruefziffern = "DE00" + bankleitzahl + "0".repeat(10 - kontonummer.length()) + kontonummer;
        return "DE" + String.format("%02d", 98 - rest97(ohnePruefziffern)) + ohnePruefziffern.substring(4);
    }

    /** ISO 7064 MOD 97-10 over the rearranged IBAN, digit by digit (no big numbers needed). */
    private static int rest97(String n) {
        String umgestellt = n.substring(4) + n.substring(0, 4);
        int rest = 0;
        for (int i = 0; i < umgestellt.length(); i++) {
            int wert = Character.digit(umgestellt.charAt(i), 36); // '0'–'9' → 0–9, 'A'–'Z' → 10–35
            rest = (wert < 10 ? rest * 10 + wert : rest * 100 + wert) % 97;
        }
        return rest;
    }

    private static String erstesUnerlaubtesZeichen(String n) {
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9')) {
                return String.valueOf(c);
            }
        }
        return "";
    }
}
