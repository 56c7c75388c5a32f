package de.werkerp.contract.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** An open warning about a person or contract, for the lists and the dashboard. */
public record Warnung(Art art, Long beschaeftigterId, String person, Long vertragId, LocalDate datum, String text)
        implements Serializable {

    public enum Art {
        BEWILLIGUNG_LAEUFT_AUS("Bewilligung läuft aus"),
        OHNE_BEWILLIGUNG("Ohne gültige Bewilligung"),
        REGELALTERSGRENZE("Regelaltersgrenze in den nächsten 12 Monaten"),
        ALA_VERGUETUNG_GEMINDERT("aLA: Arbeitszeit mindert die Vergütung");

        private final String label;

        Art(String label) {
            this.label = label;
        }

        public String getLabel() {
            return label;
        }
    }

    public String getArtLabel() {
        return art.getLabel();
    }

    public String getPerson() {
        return person;
    }

    public Long getBeschaeftigterId() {
        return beschaeftigterId;
    }

    public String getText() {
        return text;
    }

    public LocalDate getDatum() {
        return datum;
    }
}
