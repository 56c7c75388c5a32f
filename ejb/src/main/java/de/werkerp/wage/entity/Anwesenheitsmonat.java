package de.werkerp.wage.entity;

import de.werkerp.contract.entity.Beschaeftigter;
import de.werkerp.platform.entity.TenantOwnedEntity;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotNull;
import java.time.YearMonth;

/**
 * Attendance of a person in a month, in working days; {@code tage} holds the day codes of the calendar grid
 * ({@link de.werkerp.wage.control.Tagescode}) when it was filled there.
 */
@Entity
@Table(name = "anwesenheit")
public class Anwesenheitsmonat extends TenantOwnedEntity {

    private static final long serialVersionUID = 1L;

    @NotNull
    @ManyToOne(optional = false)
    @JoinColumn(name = "beschaeftigter_id", nullable = false)
    private Beschaeftigter beschaeftigter;

    /**
     * The same column as {@link #beschaeftigter}, read only: lets the Entgelt run's input queries filter and group
     * by person without joining the person's table.
     */
    @Column(name = "beschaeftigter_id", insertable = false, updatable = false)
    private Long beschaeftigterId;

    @NotNull(message = "Bitte den Monat angeben.")
    @Column(nullable = false)
    private YearMonth monat;

    /**
     * Day codes including the sick codes: special category, read by the roles of
     * {@link de.werkerp.wage.control.Krankheitsangaben} (not the Leitung, which reads the counts).
     */
    @de.werkerp.platform.entity.BesondereKategorie(lesen = {de.werkerp.platform.entity.Role.TENANT_ADMIN,
            de.werkerp.platform.entity.Role.PAYROLL, de.werkerp.platform.entity.Role.AUDITOR})
    private String tage;

    private int anwesend;

    @de.werkerp.platform.entity.BesondereKategorie(lesen = {de.werkerp.platform.entity.Role.TENANT_ADMIN,
            de.werkerp.platform.entity.Role.PAYROLL, de.werkerp.platform.entity.Role.AUDITOR})
    @Column(name = "krank_mit_bescheinigung", nullable = false)
    private int krankMitBescheinigung;

    @de.werkerp.platform.entity.BesondereKategorie(lesen = {de.werkerp.platform.entity.Role.TENANT_ADMIN,
            de.werkerp.platform.entity.Role.PAYROLL, de.werkerp.platform.entity.Role.AUDITOR})
    @Column(name = "krank_ohne_bescheinigung", nullable = false)
    private int krankOhneBescheinigung;

    private int urlaub;

    @Column(name = "sonstige_bezahlt", nullable = false)
    private int sonstigeBezahlt;

    private int unentschuldigt;

    public Anwesenheitsmonat() {
    }

    @Override
    public String displayType() {
        return "Anwesenheit";
    }

    public Beschaeftigter getBeschaeftigter() {
        return beschaeftigter;
    }

    public void setBeschaeftigter(Beschaeftigter beschaeftigter) {
        this.beschaeftigter = beschaeftigter;
        this.beschaeftigterId = beschaeftigter == null ? null : beschaeftigter.getId();
    }

    /** The person's id without loading the person. */
    public Long getBeschaeftigterId() {
        return beschaeftigterId != null || beschaeftigter == null ? beschaeftigterId : beschaeftigter.getId();
    }

    public YearMonth getMonat() {
        return monat;
    }

    public void setMonat(YearMonth monat) {
        this.monat = monat;
    }

    public String getTage() {
        return tage;
    }

    public void setTage(String tage) {
        this.tage = tage;
    }

    public int getAnwesend() {
        return anwesend;
    }

    public void setAnwesend(int anwesend) {
        this.anwesend = anwesend;
    }

    public int getKrankMitBescheinigung() {
        return krankMitBescheinigung;
    }

    public void setKrankMitBescheinigung(int krankMitBescheinigung) {
        this.krankMitBescheinigung = krankMitBescheinigung;
    }

    public int getKrankOhneBescheinigung() {
        return krankOhneBescheinigung;
    }

    public void setKrankOhneBescheinigung(int krankOhneBescheinigung) {
        this.krankOhneBescheinigung = krankOhneBescheinigung;
    }

    public int getUrlaub() {
        return urlaub;
    }

    public void setUrlaub(int urlaub) {
        this.urlaub = urlaub;
    }

    public int getSonstigeBezahlt() {
        return sonstigeBezahlt;
    }

    public void setSonstigeBezahlt(int sonstigeBezahlt) {
        this.sonstigeBezahlt = sonstigeBezahlt;
    }

    public int getUnentschuldigt() {
        return unentschuldigt;
    }

    public void setUnentschuldigt(int unentschuldigt) {
        this.unentschuldigt = unentschuldigt;
    }

}
