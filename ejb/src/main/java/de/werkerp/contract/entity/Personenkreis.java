package de.werkerp.contract.entity;

/**
 * Kind of disability as a controlled list (special-category data, Art. 9 DSGVO): visible to the
 * social service and the tenant admin only.
 */
public enum Personenkreis {
    GEISTIGE_BEHINDERUNG("geistige Behinderung"),
    SEELISCHE_BEHINDERUNG("seelische Behinderung"),
    KOERPERLICHE_BEHINDERUNG("körperliche Behinderung"),
    SINNESBEHINDERUNG("Sinnesbehinderung"),
    MEHRFACHBEHINDERUNG("Mehrfachbehinderung"),
    ERWORBENE_HIRNSCHAEDIGUNG("erworbene Hirnschädigung"),
    SONSTIGE("sonstige");

    private final String label;

    Personenkreis(String label) {
        this.label = label;
    }

    public String getLabel() {
        return label;
    }
}
