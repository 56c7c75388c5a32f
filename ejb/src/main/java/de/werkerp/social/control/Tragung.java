package de.werkerp.social.control;

/** Who bears a branch's contribution, by the band the month's Arbeitsentgelt falls in. */
public enum Tragung {
    /**
     * The provider bears all: KV/PV with an Entgelt not above 20 % of the Bezugsgröße (§ 251 Abs. 2 Satz 1 Nr. 2
     * SGB V, § 59 Abs. 1 SGB XI); RV with an Entgelt not above 20 % (§ 168 Abs. 1 Nr. 2 SGB VI). The worker bears
     * only the PV childless surcharge.
     */
    TRAEGER_ALLEIN,
    /**
     * KV/PV: only a one-off payment lifts the Entgelt over the minimum: the provider bears all up to the minimum,
     * the excess is split half and half (BSG B 12 P 1/12 R, analogous to § 20 Abs. 3 Satz 2 SGB IV).
     */
    EINMALZAHLUNG_UEBER_MINDESTBETRAG,
    /**
     * RV with an Entgelt above 20 % and not above 80 % of the Bezugsgröße: half and half on the Entgelt, the
     * provider alone on (80 % BG − Entgelt) (§ 168 Abs. 1 Nr. 2 SGB VI).
     */
    HAELFTIG_MIT_AUFSTOCKUNG,
    /** Half and half on the actual Entgelt (§ 249 Abs. 1 SGB V, § 59 Abs. 1 SGB XI, § 168 Abs. 1 Nr. 2 SGB VI). */
    HAELFTIG
}
