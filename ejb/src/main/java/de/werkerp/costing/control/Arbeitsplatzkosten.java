package de.werkerp.costing.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import de.werkerp.social.control.Beitraege;
import de.werkerp.wage.control.Entgeltabrechnung;

/**
 * Seed 003 Tab. 3 ("Arbeitsertrag und Arbeitsentgelt") done right: what one worker in the Arbeitsbereich costs the
 * provider per month — Arbeitsentgelt, Arbeitsförderungsgeld and the provider's social-insurance shares — and who
 * refunds what. The figures come from the real kernels: {@code wage.control.EntgeltRechner} (Grundbetrag, § 221
 * Abs. 2 SGB IX, with the statutory amount of the month from the reference data; Steigerungsbetrag; AFöG § 59 SGB IX)
 * and {@code social.control.Sozialversicherungsbeitraege} (rules.md § 3); this class only adds them up.
 *
 * <ul>
 * <li>Arbeitsentgelt (Grundbetrag + Steigerungsbetrag) is borne by the provider and must be earned from the
 * Arbeitsergebnis (§ 12 WVO; seed 003 Tab. 3 "muss erwirtschaftet werden"); nobody refunds it.</li>
 * <li>Unfallversicherung (Berufsgenossenschaft, by the Gefahrklasse — an input, Tab. 3 leaves it empty): paid by the
 * provider, not refunded, but a cost of the fee (Vergütung): seed 003 Tab. 2 lists the Berufsgenossenschaft
 * contributions for the workers under "Steuern, Abgaben, Versicherung", and BSG 29.05.2019 – B 8 SO 3/18 R counts
 * them among the necessary costs of the Vergütung. So it is shown as "über den Kostensatz" and not as something to be
 * earned.</li>
 * <li>Arbeitsförderungsgeld: paid by the provider, refunded by the Leistungsträger (§ 59 Abs. 1 SGB IX).</li>
 * <li>RV: the Bund refunds the contribution on (80 % BG − Arbeitsentgelt) (§ 179 Abs. 1 Satz 1 SGB VI), the
 * Leistungsträger the rest of the provider's share (Satz 2).</li>
 * <li>KV, KV-Zusatzbeitrag, PV: the Leistungsträger refunds the contributions the provider bears (§ 251 Abs. 2
 * Satz 2 SGB V; § 59 Abs. 1 SGB XI refers to the KV rules), as in {@code social.boundary.SozialversicherungService}.</li>
 * <li>The worker's own shares (e.g. the PV surcharge for the childless, § 55 Abs. 3 SGB XI) are deducted from the
 * pay; they are not the provider's costs and are shown for information only.</li>
 * </ul>
 *
 * <p><b>Where the handbook's Tab. 3 simplifies</b> (it is not a test oracle, rules.md § 3):
 * <ol>
 * <li>Grundbetrag 115 €: the statutory minimum is the Ausbildungsgeld amount valid in the month (2023: 126 €,
 * from 08/2024: 133 €; § 221 Abs. 2 SGB IX), read here from the reference data.</li>
 * <li>Contributions as percentages of the actual pay (incl. the AFöG, 246 €): the law takes at least 20 % of the
 * Bezugsgröße as base for KV/PV (§ 235 Abs. 3 SGB V) and at least 80 % for RV (§ 162 Nr. 2 SGB VI), and the AFöG is
 * by default not counted (setting of the social kernel).</li>
 * <li>RV "wird durch KSV erstattet": most of it is refunded by the Bund (§ 179 Abs. 1 Satz 1 SGB VI), only the rest
 * by the Leistungsträger.</li>
 * <li>U2 and Insolvenzgeldumlage: not due for workers with a Werkstattvertrag (rules.md § 3).</li>
 * <li>The worker's own shares (PV surcharge for the childless) are missing; the KV-Zusatzbeitrag is not shown.</li>
 * </ol>
 *
 * <p>Rounding: nothing is rounded here; the inputs are the kernels' amounts to the cent, sums are exact.
 */
public final class Arbeitsplatzkosten {

    /**
     * One cost item: what the provider pays, what the Bund and the Leistungsträger refund, what is financed through
     * the fee (Kostensatz, part of the cost calculation), and the legal basis.
     */
    public record Posten(String bezeichnung, BigDecimal kosten, BigDecimal erstattungBund,
            BigDecimal erstattungLeistungstraeger, BigDecimal ueberKostensatz, String rechtsgrundlage) implements java.io.Serializable {

        /** What remains with the provider, to be earned from the Arbeitsergebnis. */
        public BigDecimal verbleibt() {
            return kosten.subtract(erstattungBund).subtract(erstattungLeistungstraeger).subtract(ueberKostensatz);
        }

        public BigDecimal getUeberKostensatz() {
            return ueberKostensatz;
        }

        public String getBezeichnung() {
            return bezeichnung;
        }

        public BigDecimal getKosten() {
            return kosten;
        }

        public BigDecimal getErstattungBund() {
            return erstattungBund;
        }

        public BigDecimal getErstattungLeistungstraeger() {
            return erstattungLeistungstraeger;
        }

        public BigDecimal getVerbleibt() {
            return verbleibt();
        }

        public String getRechtsgrundlage() {
            return rechtsgrundlage;
        }
    }

    /** The month's costs of one worker; {@code posten} add up to the totals; {@code verbleibt} is to be earned. */
    public record Ergebnis(Entgeltabrechnung entgelt, Beitraege beitraege, List<Posten> posten, BigDecimal kosten,
            BigDecimal erstattungBund, BigDecimal erstattungLeistungstraeger, BigDecimal ueberKostensatz,
            BigDecimal verbleibt,
            BigDecimal abzugBeschaeftigter, List<String> hinweise) implements java.io.Serializable {

        public BigDecimal erstattungen() {
            return erstattungBund.add(erstattungLeistungstraeger);
        }
    }

    private static final BigDecimal NULL = new BigDecimal("0.00");

    private Arbeitsplatzkosten() {
    }

    /**
     * @param entgelt            the wage of the month from the wage kernel (Arbeitsbereich)
     * @param beitraege          the contributions of the month from the social kernel, for that wage
     * @param unfallversicherung the provider's Unfallversicherung for the worker per month, {@code null} = 0
     */
    public static Ergebnis berechne(Entgeltabrechnung entgelt, Beitraege beitraege, BigDecimal unfallversicherung) {
        Objects.requireNonNull(entgelt, "entgelt");
        Objects.requireNonNull(beitraege, "beitraege");
        BigDecimal uv = unfallversicherung == null ? NULL : unfallversicherung.setScale(2, RoundingMode.UNNECESSARY);
        if (uv.signum() < 0) {
            throw new Kalkulationsfehler("unfallversicherung", "Der Beitrag zur Unfallversicherung darf nicht "
                    + "negativ sein.");
        }
        if (!entgelt.monat().equals(beitraege.monat())) {
            throw new IllegalArgumentException("Entgelt und Beiträge gehören zu verschiedenen Monaten.");
        }
        List<Posten> posten = new ArrayList<>();
        posten.add(new Posten("Grundbetrag", entgelt.grundbetrag(), NULL, NULL, NULL, "§ 221 Abs. 2 SGB IX"));
        posten.add(new Posten("Steigerungsbetrag", entgelt.steigerungsbetrag(), NULL, NULL, NULL,
                "§ 221 Abs. 2 SGB IX"));
        posten.add(new Posten("Arbeitsförderungsgeld", entgelt.arbeitsfoerderungsgeld(), NULL,
                entgelt.arbeitsfoerderungsgeld(), NULL, "§ 59 Abs. 1 SGB IX"));
        posten.add(new Posten("Krankenversicherung (Trägeranteil)", beitraege.kv().traeger(), NULL,
                beitraege.kv().traeger(), NULL, "§ 251 Abs. 2 SGB V"));
        posten.add(new Posten("KV-Zusatzbeitrag (Trägeranteil)", beitraege.kvZusatzbeitrag().traeger(), NULL,
                beitraege.kvZusatzbeitrag().traeger(), NULL, "§ 242, § 251 Abs. 2 SGB V"));
        posten.add(new Posten("Pflegeversicherung (Trägeranteil)", beitraege.pv().traeger(), NULL,
                beitraege.pv().traeger(), NULL, "§ 59 Abs. 1 SGB XI i. V. m. § 251 Abs. 2 SGB V"));
        posten.add(new Posten("Rentenversicherung (Trägeranteil)", beitraege.rv().traeger(),
                beitraege.rv().erstattungBund(), beitraege.rv().erstattungLeistungstraeger(), NULL,
                "§ 168 Abs. 1 Nr. 2, § 179 Abs. 1 SGB VI"));
        posten.add(new Posten("Unfallversicherung (Berufsgenossenschaft)", uv, NULL, NULL, uv,
                "§ 150 SGB VII; BSG B 8 SO 3/18 R"));
        BigDecimal kosten = NULL;
        BigDecimal bund = NULL;
        BigDecimal lt = NULL;
        BigDecimal kostensatz = NULL;
        for (Posten p : posten) {
            kosten = kosten.add(p.kosten());
            bund = bund.add(p.erstattungBund());
            lt = lt.add(p.erstattungLeistungstraeger());
            kostensatz = kostensatz.add(p.ueberKostensatz());
        }
        List<String> hinweise = new ArrayList<>(entgelt.hinweise());
        hinweise.addAll(beitraege.hinweise());
        hinweise.add("Arbeitslosenversicherung, U1, U2 und Insolvenzgeldumlage fallen für Beschäftigte mit "
                + "Werkstattvertrag nicht an (§ 28 Abs. 1 Nr. 2 SGB III).");
        if (uv.signum() > 0) {
            hinweise.add("Die Unfallversicherung wird nicht erstattet, gehört aber zu den Kosten des Kostensatzes "
                    + "(Kostenkalkulation: Steuern, Abgaben, Versicherung; BSG, Urteil vom 29.05.2019 – B 8 SO 3/18 R).");
        }
        return new Ergebnis(entgelt, beitraege, List.copyOf(posten), kosten, bund, lt, kostensatz,
                kosten.subtract(bund).subtract(lt).subtract(kostensatz), beitraege.abzugBeschaeftigter(),
                List.copyOf(hinweise));
    }
}
