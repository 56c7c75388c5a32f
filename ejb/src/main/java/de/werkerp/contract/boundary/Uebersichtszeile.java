package de.werkerp.contract.boundary;

import java.io.Serializable;
import java.time.LocalDate;

/** One person in the overview list: the current contract's Einrichtung, area, group and what needs attention. */
public record Uebersichtszeile(Long personId, String name, LocalDate geburtsdatum, String einrichtung, String bereich,
        String gruppe, String status, LocalDate bewilligtBis, boolean bewilligungLaeuftAus, LocalDate regelaltersgrenze,
        boolean renteIn12Monaten, int warnungen) implements Serializable {

    public Long getPersonId() {
        return personId;
    }

    public String getName() {
        return name;
    }

    public LocalDate getGeburtsdatum() {
        return geburtsdatum;
    }

    public String getEinrichtung() {
        return einrichtung;
    }

    public String getBereich() {
        return bereich;
    }

    public String getGruppe() {
        return gruppe;
    }

    public String getStatus() {
        return status;
    }

    public LocalDate getBewilligtBis() {
        return bewilligtBis;
    }

    public String getBewilligungLaeuftAusText() {
        return bewilligungLaeuftAus ? "ja" : "nein";
    }

    public LocalDate getRegelaltersgrenze() {
        return regelaltersgrenze;
    }

    public String getRenteIn12MonatenText() {
        return renteIn12Monaten ? "ja" : "nein";
    }

    public int getWarnungen() {
        return warnungen;
    }
}
