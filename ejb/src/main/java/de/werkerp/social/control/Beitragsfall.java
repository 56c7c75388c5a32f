package de.werkerp.social.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;

/**
 * One worker in the Arbeitsbereich (Personengruppe 107) for one month: what {@link Sozialversicherungsbeitraege}
 * needs to compute the KV, PV and RV contributions. Amounts are euros for the month, to the cent.
 *
 * @param monat                     the month the contributions are for
 * @param laufendesEntgelt          the month's regular Arbeitsentgelt (Grundbetrag + Steigerungsbetrag, § 221 Abs. 2
 *                                  SGB IX), without the Arbeitsförderungsgeld
 * @param einmalzahlung             one-off payment in this month (§ 23a SGB IV), {@code null} = none
 * @param arbeitsfoerderungsgeld    the month's AFöG (§ 59 SGB IX); needed only when the setting
 *                                  {@link Sozialversicherungsbeitraege#arbeitsfoerderungsgeldBeitragspflichtig()} is on
 * @param geburtsdatum              date of birth; needed for the childless surcharge (from the month after the 23rd
 *                                  year is completed, § 55 Abs. 3 Satz 1 SGB XI)
 * @param kinderlos                 no Elterneigenschaft proven (§ 55 Abs. 3, 3a SGB XI)
 * @param kinderUnter25             children who have not completed their 25th year by the end of the month before
 *                                  (§ 55 Abs. 3 Satz 4 SGB XI: until the end of the month in which the child turns 25)
 * @param beitrittsgebiet           the place of work lies in the Beitrittsgebiet (RV Bezugsgröße Ost until 2024,
 *                                  § 228a SGB VI)
 * @param sachsen                   the place of work lies in Saxony (§ 58 Abs. 3 SGB XI; see the note in
 *                                  {@link Sozialversicherungsbeitraege})
 * @param kvZusatzbeitragKasse      the Krankenkasse's own Zusatzbeitragssatz in percent (§ 242 Abs. 1 SGB V);
 *                                  needed as soon as the Entgelt exceeds 20 % of the Bezugsgröße
 * @param svTage                    SV-Tage of the month, 1 to 30 ({@link Sozialversicherungstage}): 30 for a whole
 *                                  month, fewer in a month entered or left in the middle
 */
public record Beitragsfall(YearMonth monat, BigDecimal laufendesEntgelt, BigDecimal einmalzahlung,
        BigDecimal arbeitsfoerderungsgeld, LocalDate geburtsdatum, boolean kinderlos, int kinderUnter25,
        boolean beitrittsgebiet, boolean sachsen, BigDecimal kvZusatzbeitragKasse, int svTage) {

    /** A whole month (30 SV-Tage). */
    public Beitragsfall(YearMonth monat, BigDecimal laufendesEntgelt, BigDecimal einmalzahlung,
            BigDecimal arbeitsfoerderungsgeld, LocalDate geburtsdatum, boolean kinderlos, int kinderUnter25,
            boolean beitrittsgebiet, boolean sachsen, BigDecimal kvZusatzbeitragKasse) {
        this(monat, laufendesEntgelt, einmalzahlung, arbeitsfoerderungsgeld, geburtsdatum, kinderlos, kinderUnter25,
                beitrittsgebiet, sachsen, kvZusatzbeitragKasse, Sozialversicherungstage.VOLLER_MONAT);
    }

    public Beitragsfall {
        Objects.requireNonNull(monat, "monat");
        Sozialversicherungstage.pruefe(svTage);
        if (laufendesEntgelt == null) {
            throw new IllegalArgumentException("Bitte das laufende Arbeitsentgelt des Monats angeben (0,00 €, wenn "
                    + "keines gezahlt wird).");
        }
        nichtNegativ(laufendesEntgelt, "Das laufende Arbeitsentgelt");
        if (einmalzahlung == null) {
            einmalzahlung = BigDecimal.ZERO.setScale(2);
        }
        nichtNegativ(einmalzahlung, "Die Einmalzahlung");
        if (arbeitsfoerderungsgeld != null) {
            nichtNegativ(arbeitsfoerderungsgeld, "Das Arbeitsförderungsgeld");
        }
        if (kinderUnter25 < 0) {
            throw new IllegalArgumentException("Die Zahl der Kinder unter 25 darf nicht negativ sein.");
        }
        if (kinderlos && kinderUnter25 > 0) {
            throw new IllegalArgumentException("Eine kinderlose Person kann keine Kinder unter 25 haben "
                    + "(§ 55 Abs. 3 SGB XI): bitte „kinderlos“ oder die Zahl der Kinder prüfen.");
        }
        if (kvZusatzbeitragKasse != null && (kvZusatzbeitragKasse.signum() < 0
                || kvZusatzbeitragKasse.compareTo(new BigDecimal("100")) >= 0)) {
            throw new IllegalArgumentException("Der Zusatzbeitragssatz der Krankenkasse muss ein Prozentsatz zwischen "
                    + "0 und 100 sein, nicht " + Format.prozent(kvZusatzbeitragKasse) + ".");
        }
    }

    private static void nichtNegativ(BigDecimal betrag, String was) {
        if (betrag.signum() < 0) {
            throw new IllegalArgumentException(was + " darf nicht negativ sein, nicht " + Format.euro(betrag) + ".");
        }
    }
}
