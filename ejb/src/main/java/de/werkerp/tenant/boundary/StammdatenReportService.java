package de.werkerp.tenant.boundary;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

import de.werkerp.platform.control.Allow;
import de.werkerp.platform.control.TenantGuarded;
import de.werkerp.platform.entity.Role;
import de.werkerp.reports.StammdatenReport;
import de.werkerp.security.boundary.BenutzerService;
import de.werkerp.tenant.entity.Betriebsstaette;

/** The PDF list of the tenant's sites and users ("Stammdaten: Betriebsstätten und Benutzer"). */
@Stateless
@TenantGuarded
@Allow({Role.TENANT_ADMIN, Role.AUDITOR})
public class StammdatenReportService {

    private static final StammdatenReport REPORT = new StammdatenReport();

    @EJB
    OrganisationService organisation;

    @EJB
    BenutzerService benutzer;

    @EJB
    TenantInfoService tenant;

    public byte[] pdf() {
        List<StammdatenReport.SiteRow> sites = organisation.betriebsstaetten().stream()
                .map(this::row).toList();
        List<StammdatenReport.UserRow> users = benutzer.benutzer().stream()
                .map(b -> new StammdatenReport.UserRow(b.getBenutzername(), b.getAnzeigename(), b.getRollenText(), b.isAktiv()))
                .toList();
        return REPORT.render(new StammdatenReport.Data(tenant.ownTenant().getName(),
                LocalDate.now(ZoneId.of("Europe/Berlin")), sites, users));
    }

    private StammdatenReport.SiteRow row(Betriebsstaette site) {
        return new StammdatenReport.SiteRow(site.getEinrichtung().getName(), site.getEinrichtung().getArt().getLabel(),
                site.getName(), site.anschrift(), site.isAktiv());
    }
}
