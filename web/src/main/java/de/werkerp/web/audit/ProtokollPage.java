package de.werkerp.web.audit;

import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import de.werkerp.audit.boundary.AuditService;
import de.werkerp.audit.entity.AuditEintrag;

/** Page "Änderungsprotokoll": the audit trail, filterable and sortable by every column, and its chain check. */
@Named
@ViewScoped
public class ProtokollPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss")
            .withZone(ZoneId.of("Europe/Berlin"));

    @EJB
    AuditService audit;

    private List<AuditEintrag> eintraege;
    private List<AuditEintrag> filtered;
    private AuditService.Pruefergebnis pruefung;

    @PostConstruct
    void load() {
        eintraege = audit.latest(AuditService.MAX_ROWS);
    }

    /** Button "Prüfkette prüfen": recomputes the hash chain of the tenant's trail. */
    public void pruefen() {
        pruefung = audit.pruefen();
    }

    public AuditService.Pruefergebnis getPruefung() {
        return pruefung;
    }

    /** A decimal as the record keeps it ("1700.00") in German ("1.700,00"); any other value as it is. */
    public static String wert(String wert) {
        if (wert == null || !wert.matches("-?\\d+\\.\\d+")) {
            return wert;
        }
        java.math.BigDecimal zahl = new java.math.BigDecimal(wert);
        java.text.DecimalFormat format = new java.text.DecimalFormat("#,##0",
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.GERMANY));
        format.setMinimumFractionDigits(zahl.scale());
        format.setMaximumFractionDigits(zahl.scale());
        return format.format(zahl).replace('-', '\u2212');
    }

    public String anzeige(String wert) {
        return wert(wert);
    }

    public String zeit(AuditEintrag eintrag) {
        return FORMAT.format(eintrag.getZeitpunkt());
    }

    public List<AuditEintrag> getEintraege() {
        return eintraege;
    }

    public List<AuditEintrag> getFiltered() {
        return filtered;
    }

    public void setFiltered(List<AuditEintrag> filtered) {
        this.filtered = filtered;
    }
}
