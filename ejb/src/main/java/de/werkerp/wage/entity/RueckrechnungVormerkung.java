package de.werkerp.wage.entity;

import de.werkerp.platform.entity.Mehrzeilig;
import de.werkerp.platform.entity.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.YearMonth;

/**
 * An input of a closed month changed: the next run of the person's Einrichtung recomputes that month.
 */
@Entity
@Table(name = "rueckrechnung_vormerkung")
public class RueckrechnungVormerkung extends TenantOwnedEntity {

    private static final long serialVersionUID = 1L;

    @Column(name = "beschaeftigter_id", nullable = false)
    private Long beschaeftigterId;

    @NotNull
    @Column(nullable = false)
    private YearMonth monat;

    @Mehrzeilig
    @NotNull
    @Column(nullable = false)
    private String grund;

    public RueckrechnungVormerkung() {
    }

    @Override
    public String displayType() {
        return "Vorgemerkte Rückrechnung";
    }

    public Long getBeschaeftigterId() {
        return beschaeftigterId;
    }

    public void setBeschaeftigterId(Long beschaeftigterId) {
        this.beschaeftigterId = beschaeftigterId;
    }

    public YearMonth getMonat() {
        return monat;
    }

    public void setMonat(YearMonth monat) {
        this.monat = monat;
    }

    public String getGrund() {
        return grund;
    }

    public void setGrund(String grund) {
        this.grund = grund;
    }

}
