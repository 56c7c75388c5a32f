package de.werkerp.election.control;

/** Bad input to an election rule: the field it concerns and a German message naming the rule. */
public class Wahlfehler extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String feld;

    public Wahlfehler(String feld, String meldung) {
        super(meldung);
        this.feld = feld;
    }

    public String feld() {
        return feld;
    }
}
