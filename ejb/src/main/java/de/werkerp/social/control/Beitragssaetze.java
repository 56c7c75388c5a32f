package de.werkerp.social.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The year-dependent figures of social insurance for one validity period (rules.md § 3), as plain input for
 * {@link Sozialversicherungsbeitraege}: no figure of this record is repeated in code. The application fills it
 * from the table {@code ref_rechengroessen} (entity {@code reference.entity.Rechengroessen}); rates are percentages
 * as the law states them ({@code 14.600} = 14.6 %), amounts are euros per month.
 *
 * <ul>
 * <li>{@code bezugsgroesseWest}: monthly Bezugsgröße (§ 18 Abs. 1 SGB IV); from 2025 the one nationwide value.
 * KV and PV use it everywhere (one value nationwide since the KV-Rechtsangleichung of 01.01.2001).</li>
 * <li>{@code bezugsgroesseOst}: Bezugsgröße in the Beitrittsgebiet (§ 18 Abs. 2 SGB IV), used only for RV;
 * {@code null} from 2025, when there is only one value.</li>
 * <li>{@code kvAllgemeinerSatz} (§ 241 SGB V), {@code kvZusatzbeitragDurchschnitt} (§ 242a SGB V).</li>
 * <li>{@code pvSatz} (§ 55 Abs. 1 SGB XI), {@code pvZuschlagKinderlos} (§ 55 Abs. 3 Satz 1 SGB XI).</li>
 * <li>{@code pvAbschlagJeKind}: reduction in points per child from the 2nd to the 5th child under 25
 * (§ 55 Abs. 3 Satz 4 SGB XI): {@code 0} until 30.06.2023, {@code 0.250} from 01.07.2023 (column
 * {@code ref_rechengroessen.pv_abschlag_je_kind}, migration V4).</li>
 * <li>{@code rvSatz} (§ 158 SGB VI).</li>
 * </ul>
 * {@code gueltigBis} {@code null} means open-ended. A record with a missing figure is refused with a German message
 * naming every missing figure: no contribution is ever computed from a guessed rate.
 */
public record Beitragssaetze(LocalDate gueltigAb, LocalDate gueltigBis, BigDecimal bezugsgroesseWest,
        BigDecimal bezugsgroesseOst, BigDecimal kvAllgemeinerSatz, BigDecimal kvZusatzbeitragDurchschnitt,
        BigDecimal pvSatz, BigDecimal pvZuschlagKinderlos, BigDecimal pvAbschlagJeKind, BigDecimal rvSatz) {

    private static final BigDecimal HUNDERT = new BigDecimal("100");

    public Beitragssaetze {
        List<String> fehlend = new ArrayList<>();
        if (gueltigAb == null) {
            fehlend.add("Beginn der Gültigkeit");
        }
        if (bezugsgroesseWest == null) {
            fehlend.add("Bezugsgröße (West bzw. bundeseinheitlich, § 18 SGB IV)");
        }
        if (kvAllgemeinerSatz == null) {
            fehlend.add("allgemeiner Beitragssatz der Krankenversicherung (§ 241 SGB V)");
        }
        if (kvZusatzbeitragDurchschnitt == null) {
            fehlend.add("durchschnittlicher Zusatzbeitragssatz (§ 242a SGB V)");
        }
        if (pvSatz == null) {
            fehlend.add("Beitragssatz der Pflegeversicherung (§ 55 Abs. 1 SGB XI)");
        }
        if (pvZuschlagKinderlos == null) {
            fehlend.add("Beitragszuschlag für Kinderlose (§ 55 Abs. 3 Satz 1 SGB XI)");
        }
        if (pvAbschlagJeKind == null) {
            fehlend.add("Beitragsabschlag je Kind (§ 55 Abs. 3 Satz 4 SGB XI; 0 bis 30.06.2023)");
        }
        if (rvSatz == null) {
            fehlend.add("Beitragssatz der Rentenversicherung (§ 158 SGB VI)");
        }
        if (!fehlend.isEmpty()) {
            throw new IllegalArgumentException("Die Rechengrößen der Sozialversicherung"
                    + (gueltigAb == null ? "" : " ab " + Format.datum(gueltigAb)) + " sind unvollständig. Es fehlen: "
                    + String.join(", ", fehlend) + ". Beiträge werden nicht geschätzt: bitte die Werte unter "
                    + "Stammdaten › Rechengrößen erfassen.");
        }
        if (gueltigBis != null && gueltigBis.isBefore(gueltigAb)) {
            throw new IllegalArgumentException("Die Rechengrößen gelten bis " + Format.datum(gueltigBis)
                    + " und damit vor ihrem Beginn am " + Format.datum(gueltigAb) + ": bitte die Daten prüfen.");
        }
        positiv(bezugsgroesseWest, "Bezugsgröße (West bzw. bundeseinheitlich)");
        if (bezugsgroesseOst != null) {
            positiv(bezugsgroesseOst, "Bezugsgröße (Ost)");
        }
        satz(kvAllgemeinerSatz, "allgemeine Beitragssatz der Krankenversicherung");
        satz(kvZusatzbeitragDurchschnitt, "durchschnittliche Zusatzbeitragssatz");
        satz(pvSatz, "Beitragssatz der Pflegeversicherung");
        satz(pvZuschlagKinderlos, "Beitragszuschlag für Kinderlose");
        satz(pvAbschlagJeKind, "Beitragsabschlag je Kind");
        satz(rvSatz, "Beitragssatz der Rentenversicherung");
    }

    /** Whether these figures hold for every day of the month (a month is never computed with two rate sets). */
    public boolean giltFuer(YearMonth monat) {
        return !gueltigAb.isAfter(monat.atDay(1)) && (gueltigBis == null || !gueltigBis.isBefore(monat.atEndOfMonth()));
    }

    /** The validity as German text: "01.01.2025 bis 31.12.2025" or "ab 01.01.2025". */
    public String gueltigkeit() {
        return gueltigBis == null ? "ab " + Format.datum(gueltigAb)
                : "vom " + Format.datum(gueltigAb) + " bis " + Format.datum(gueltigBis);
    }

    private static void positiv(BigDecimal wert, String name) {
        if (wert.signum() <= 0) {
            throw new IllegalArgumentException("Die " + name + " muss größer als 0 sein, nicht " + Format.euro(wert)
                    + ".");
        }
    }

    private static void satz(BigDecimal wert, String name) {
        if (wert.signum() < 0 || wert.compareTo(HUNDERT) >= 0) {
            throw new IllegalArgumentException("Der " + name + " muss ein Prozentsatz zwischen 0 und 100 sein, nicht "
                    + Format.prozent(wert) + ".");
        }
    }
}
