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

    private static final java.time.format.DateTimeFormatter DATUM =
            java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** An approval ending on {@code bis} without a follow-up (the date of the warning is its last day). */
    static Warnung bewilligungLaeuftAus(Long personId, String person, Long vertragId, String bezeichnung,
            LocalDate bis) {
        return new Warnung(Art.BEWILLIGUNG_LAEUFT_AUS, personId, person, vertragId, bis, "Die Bewilligung " + bezeichnung
                + " endet am " + bis.format(DATUM) + "; eine Folgebewilligung liegt nicht vor.");
    }

    /** No approval valid today. */
    static Warnung ohneBewilligung(Long personId, String person, Long vertragId, LocalDate heute) {
        return new Warnung(Art.OHNE_BEWILLIGUNG, personId, person, vertragId, heute,
                "Für heute (" + heute.format(DATUM) + ") liegt keine gültige Bewilligung vor.");
    }

    /** The Regelaltersgrenze is near (the date of the warning is the end of the measure). */
    static Warnung regelaltersgrenze(Long personId, String person, Long vertragId,
            de.werkerp.contract.control.Regelaltersgrenze.Result rag) {
        return new Warnung(Art.REGELALTERSGRENZE, personId, person, vertragId, rag.massnahmeEndet(),
                "Regelaltersgrenze erreicht am " + rag.erreicht().format(DATUM) + "; die Maßnahme soll mit dem "
                        + rag.massnahmeEndet().format(DATUM) + " enden (Vorschlag, § 58 Abs. 1 SGB IX).");
    }

    /** aLA working time from {@code ab} at or below 26 hours. */
    static Warnung alaVerguetungGemindert(Long personId, String person, Long vertragId, LocalDate ab,
            java.math.BigDecimal wochenstunden) {
        return new Warnung(Art.ALA_VERGUETUNG_GEMINDERT, personId, person, vertragId, ab, "Vereinbart sind "
                + wochenstunden.stripTrailingZeros().toPlainString().replace('.', ',')
                + " Stunden je Woche (26 oder weniger): die Vergütung ist gemindert.");
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
