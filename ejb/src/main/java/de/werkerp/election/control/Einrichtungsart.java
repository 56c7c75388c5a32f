package de.werkerp.election.control;

/**
 * Kind of provider for the election rules: a recognised Werkstatt für behinderte Menschen (§ 219 SGB IX, WMVO) or an
 * anderer Leistungsanbieter (§ 60 SGB IX), for which the WfbM rules apply with the Maßgaben of § 60 Abs. 2 Nr. 5, 6.
 */
public enum Einrichtungsart {
    /** Werkstatt für behinderte Menschen. */
    WFBM,
    /** Anderer Leistungsanbieter (aLA). */
    ALA
}
