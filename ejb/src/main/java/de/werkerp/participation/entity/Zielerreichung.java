package de.werkerp.participation.entity;

/** Degree of goal attainment in an evaluation. */
public enum Zielerreichung {
    ERREICHT("erreicht"),
    TEILWEISE("teilweise erreicht"),
    NICHT_ERREICHT("nicht erreicht");

    private final String label;

    Zielerreichung(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }

    public String getName() {
        return name();
    }
}
