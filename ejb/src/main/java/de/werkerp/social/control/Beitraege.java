package de.werkerp.social.control;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * The contributions of one worker for one month (result of {@link Sozialversicherungsbeitraege#berechne}).
 * No ALV (§ 28 Abs. 1 Nr. 2 SGB III) and no U1, U2 or Insolvenzgeldumlage for this group.
 *
 * @param monat               the month
 * @param arbeitsentgelt      the beitragspflichtige Arbeitsentgelt the bands were tested with (laufendes Entgelt +
 *                            Einmalzahlung, plus AFöG only if the setting counts it)
 * @param kv                  Krankenversicherung at the general rate
 * @param kvZusatzbeitrag     KV-Zusatzbeitrag (average rate while the provider bears all, else the Kasse's rate)
 * @param pv                  Pflegeversicherung including the childless surcharge and the child reductions
 * @param rv                  Rentenversicherung with the refunds
 * @param abzugBeschaeftigter total deducted from the worker's pay
 * @param hinweise            notes to be looked at (the figures are computed anyway)
 * @param svTage              SV-Tage of the month (30 = whole month) the minimum bases were prorated to
 */
public record Beitraege(YearMonth monat, BigDecimal arbeitsentgelt, Beitragsanteile kv,
        Beitragsanteile kvZusatzbeitrag, Beitragsanteile pv, Rentenbeitrag rv, BigDecimal abzugBeschaeftigter,
        List<String> hinweise, int svTage) implements java.io.Serializable {

    public Beitraege {
        Objects.requireNonNull(monat, "monat");
        Objects.requireNonNull(arbeitsentgelt, "arbeitsentgelt");
        Objects.requireNonNull(kv, "kv");
        Objects.requireNonNull(kvZusatzbeitrag, "kvZusatzbeitrag");
        Objects.requireNonNull(pv, "pv");
        Objects.requireNonNull(rv, "rv");
        Objects.requireNonNull(abzugBeschaeftigter, "abzugBeschaeftigter");
        hinweise = List.copyOf(hinweise);
        Sozialversicherungstage.pruefe(svTage);
    }

    /** Whether the month was a partial month (fewer than 30 SV-Tage). */
    public boolean teilmonat() {
        return svTage < Sozialversicherungstage.VOLLER_MONAT;
    }

    /** Everything the provider bears this month (before refunds). */
    public BigDecimal traegerGesamt() {
        return kv.traeger().add(kvZusatzbeitrag.traeger()).add(pv.traeger()).add(rv.traeger());
    }
}
