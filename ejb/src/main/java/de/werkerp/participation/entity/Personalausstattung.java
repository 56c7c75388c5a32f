package de.werkerp.participation.entity;

import de.werkerp.platform.entity.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** Full-time equivalents (VK) entered per function, Einrichtung and year for the staffing-ratio check (seed 001 § 11 Abs. 3). */
@Entity
@Table(name = "teilhabe_personal")
public class Personalausstattung extends TenantOwnedEntity {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "Bitte wählen Sie die Einrichtung.")
    @ManyToOne(optional = false)
    @JoinColumn(name = "einrichtung_id", nullable = false)
    private de.werkerp.tenant.entity.Einrichtung einrichtung;

    @Column(nullable = false)
    private int jahr;

    @NotNull
    @Column(nullable = false)
    private String funktion;

    @NotNull(message = "Bitte geben Sie die Vollzeitkräfte ein.")
    @jakarta.validation.constraints.DecimalMin(value = "0.00", message = "Die Vollzeitkräfte dürfen nicht negativ sein.")
    @jakarta.validation.constraints.Digits(integer = 6, fraction = 2, message = "Vollzeitkräfte mit höchstens 2 Nachkommastellen angeben.")
    @Column(nullable = false)
    private java.math.BigDecimal vk;

    @Override
    public String displayType() {
        return "Personalausstattung";
    }

    public de.werkerp.tenant.entity.Einrichtung getEinrichtung() {
        return einrichtung;
    }

    public void setEinrichtung(de.werkerp.tenant.entity.Einrichtung einrichtung) {
        this.einrichtung = einrichtung;
    }

    public int getJahr() {
        return jahr;
    }

    public void setJahr(int jahr) {
        this.jahr = jahr;
    }

    public String getFunktion() {
        return funktion;
    }

    public void setFunktion(String funktion) {
        this.funktion = funktion;
    }

    public java.math.BigDecimal getVk() {
        return vk;
    }

    public void setVk(java.math.BigDecimal vk) {
        this.vk = vk;
    }
}
