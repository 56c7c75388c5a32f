package de.werkerp.social.entity;

import de.werkerp.platform.entity.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The Zusatzbeitrag of a Krankenkasse in percent (§ 242 Abs. 1 SGB V) for a validity period.
 */
@Entity
@Table(name = "krankenkasse_zusatzbeitrag")
public class Zusatzbeitragssatz extends TenantOwnedEntity {

    private static final long serialVersionUID = 1L;

    @NotNull
    @jakarta.persistence.ManyToOne(optional = false)
    @jakarta.persistence.JoinColumn(name = "krankenkasse_id", nullable = false)
    private Krankenkasse krankenkasse;

    @NotNull(message = "Bitte angeben, ab wann der Satz gilt.")
    @Column(name = "gueltig_ab", nullable = false)
    private LocalDate gueltigAb;

    @Column(name = "gueltig_bis")
    private LocalDate gueltigBis;

    @NotNull(message = "Bitte den Zusatzbeitragssatz in Prozent angeben.")
    @jakarta.validation.constraints.DecimalMin(value = "0", message = "Der Zusatzbeitragssatz kann nicht negativ sein.")
    @jakarta.validation.constraints.DecimalMax(value = "10", message = "Ein Zusatzbeitragssatz über 10 % ist nicht plausibel.")
    @Column(nullable = false)
    private BigDecimal satz;

    public Zusatzbeitragssatz() {
    }

    @Override
    public String displayType() {
        return "Zusatzbeitragssatz";
    }

    public Krankenkasse getKrankenkasse() {
        return krankenkasse;
    }

    public void setKrankenkasse(Krankenkasse krankenkasse) {
        this.krankenkasse = krankenkasse;
    }

    public LocalDate getGueltigAb() {
        return gueltigAb;
    }

    public void setGueltigAb(LocalDate gueltigAb) {
        this.gueltigAb = gueltigAb;
    }

    public LocalDate getGueltigBis() {
        return gueltigBis;
    }

    public void setGueltigBis(LocalDate gueltigBis) {
        this.gueltigBis = gueltigBis;
    }

    public BigDecimal getSatz() {
        return satz;
    }

    public void setSatz(BigDecimal satz) {
        this.satz = satz;
    }

}
