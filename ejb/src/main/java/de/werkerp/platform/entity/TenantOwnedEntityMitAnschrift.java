package de.werkerp.platform.entity;

import jakarta.persistence.MappedSuperclass;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A tenant-owned object with a German postal address (street, 5-digit postcode, town). */
@MappedSuperclass
public abstract class TenantOwnedEntityMitAnschrift extends TenantOwnedEntity {

    private static final long serialVersionUID = 1L;

    @Size(max = 200, message = "Die Straße darf höchstens 200 Zeichen lang sein.")
    private String strasse;

    @Pattern(regexp = "\\d{5}", message = "Die Postleitzahl besteht aus genau 5 Ziffern.")
    private String plz;

    @Size(max = 100, message = "Der Ort darf höchstens 100 Zeichen lang sein.")
    private String ort;

    /** "Straße, PLZ Ort" with the empty parts left out. */
    public String anschrift() {
        StringBuilder text = new StringBuilder();
        if (strasse != null && !strasse.isBlank()) {
            text.append(strasse);
        }
        String place = ((plz == null ? "" : plz) + " " + (ort == null ? "" : ort)).trim();
        if (!place.isEmpty()) {
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(place);
        }
        return text.toString();
    }

    public String getAnschrift() {
        return anschrift();
    }

    public String getStrasse() {
        return strasse;
    }

    public void setStrasse(String strasse) {
        this.strasse = strasse;
    }

    public String getPlz() {
        return plz;
    }

    public void setPlz(String plz) {
        this.plz = plz;
    }

    public String getOrt() {
        return ort;
    }

    public void setOrt(String ort) {
        this.ort = ort;
    }
}
