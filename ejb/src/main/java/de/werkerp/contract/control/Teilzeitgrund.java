package de.werkerp.contract.control;

/**
 * Reason for a working time below the Einrichtung's full time (35–40 hours a week, § 6 Abs. 1 WVO; its Entgelt
 * settings).
 *
 * <ul>
 * <li>{@link #ART_SCHWERE_BEHINDERUNG} and {@link #KINDERBETREUUNG}: § 6 Abs. 2 WVO ("wegen Art oder Schwere der
 * Behinderung oder zur Erfüllung des Erziehungsauftrages"), for an aLA with § 60 Abs. 2 SGB IX; Bremen
 * Verwaltungsanweisung aLA Nr. 4.4.1 (with § 164 Abs. 5 SGB IX, medical certificate) and Nr. 4.4.3.</li>
 * <li>{@link #TZBFG_ANTRAG}: request under § 8 TzBfG, no reason needed, unless operational reasons stand against
 * it (Bremen Nr. 4.4.2; rules.md § 7).</li>
 * <li>{@link #PFLEGE_ANGEHOERIGER}: care of a relative. Not named in § 6 Abs. 2 WVO; named for the aLA in Bremen
 * Nr. 4.4 / 4.4.3 and as "family care" in rules.md § 7.</li>
 * </ul>
 * The constant names are stored in the database (entity {@code Arbeitszeit}): do not rename them.
 */
public enum Teilzeitgrund {
    ART_SCHWERE_BEHINDERUNG("Art oder Schwere der Behinderung", "§ 6 Abs. 2 WVO"),
    TZBFG_ANTRAG("Antrag auf Teilzeit nach § 8 TzBfG", "§ 8 TzBfG"),
    KINDERBETREUUNG("Erfüllung des Erziehungsauftrages (Kinderbetreuung)", "§ 6 Abs. 2 WVO"),
    PFLEGE_ANGEHOERIGER("Pflege eines Angehörigen", "Verwaltungsanweisung aLA Bremen Nr. 4.4.3");

    private final String label;
    private final String rechtsgrundlage;

    Teilzeitgrund(String label, String rechtsgrundlage) {
        this.label = label;
        this.rechtsgrundlage = rechtsgrundlage;
    }

    public String getLabel() {
        return label;
    }

    /** The provision the reason rests on, for messages. */
    public String getRechtsgrundlage() {
        return rechtsgrundlage;
    }
}
