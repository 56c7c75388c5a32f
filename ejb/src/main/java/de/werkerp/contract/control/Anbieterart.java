package de.werkerp.contract.control;

/**
 * Kind of provider for the rules kernel: a Werkstatt für behinderte Menschen (§ 219 SGB IX) or an anderer
 * Leistungsanbieter (§ 60 SGB IX). Kept separate from the entity enum so that the rules stay plain Java.
 */
public enum Anbieterart {
    WFBM("WfbM"), ALA("anderer Leistungsanbieter");

    private final String label;

    Anbieterart(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
