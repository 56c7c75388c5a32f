package de.werkerp.contract.importer;

import java.util.Optional;

/** The columns of the import file, in the order of the documentation (the order in a file is free). */
public enum ImportSpalte {
    NACHNAME("nachname", true, 100),
    VORNAME("vorname", true, 100),
    GEBURTSDATUM("geburtsdatum", true, 0),
    GESCHLECHT("geschlecht", true, 0),
    STRASSE("strasse", false, 200),
    PLZ("plz", false, 0),
    ORT("ort", false, 100),
    RV_NUMMER("rv_nummer", false, 0),
    KRANKENKASSE("krankenkasse", false, 200),
    KRANKENKASSE_BETRIEBSNUMMER("krankenkasse_betriebsnummer", false, 0),
    KINDERLOS("kinderlos", false, 0),
    KINDER_UNTER_25("kinder_unter_25", false, 0),
    IBAN("iban", false, 0),
    KONTOINHABER("kontoinhaber", false, 200),
    EINRICHTUNG("einrichtung", true, 200),
    VERTRAGSBEGINN("vertragsbeginn", true, 0),
    BEREICH("bereich", true, 0),
    PLATZIERUNG("platzierung", false, 0),
    GRUPPE("gruppe", false, 200),
    ARBEITGEBER("arbeitgeber", false, 200),
    WOCHENSTUNDEN("wochenstunden", true, 0),
    TEILZEITGRUND("teilzeitgrund", false, 0);

    private final String spaltenname;
    private final boolean pflicht;
    private final int hoechstlaenge;

    ImportSpalte(String spaltenname, boolean pflicht, int hoechstlaenge) {
        this.spaltenname = spaltenname;
        this.pflicht = pflicht;
        this.hoechstlaenge = hoechstlaenge;
    }

    /** The name in the header row, exactly (lower case, with underscores). */
    public String spaltenname() {
        return spaltenname;
    }

    /** Whether the column must be in the header and every row must have a value in it. */
    public boolean pflicht() {
        return pflicht;
    }

    /** Longest text allowed (the database column), 0 if the format limits the length anyway. */
    int hoechstlaenge() {
        return hoechstlaenge;
    }

    /** The column with exactly this header name. */
    public static Optional<ImportSpalte> zuName(String name) {
        for (ImportSpalte s : values()) {
            if (s.spaltenname.equals(name)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
