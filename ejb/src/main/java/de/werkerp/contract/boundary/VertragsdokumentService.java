package de.werkerp.contract.boundary;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

import de.werkerp.contract.entity.Arbeitszeit;
import de.werkerp.contract.entity.Beschaeftigter;
import de.werkerp.contract.entity.Bereich;
import de.werkerp.contract.entity.Bewilligung;
import de.werkerp.contract.entity.Vertragsphase;
import de.werkerp.contract.entity.Werkstattvertrag;
import de.werkerp.platform.control.Allow;
import de.werkerp.platform.control.TenantGuarded;
import de.werkerp.platform.entity.Role;
import de.werkerp.reference.boundary.ReferenceDataService;
import de.werkerp.reports.WerkstattvertragReport;
import de.werkerp.tenant.boundary.TenantInfoService;

/** The Werkstattvertrag as a printable PDF (§ 221 SGB IX), with the agreed content at the contract's start. */
@Stateless
@TenantGuarded
@Allow({Role.TENANT_ADMIN, Role.SOCIAL_SERVICE})
public class VertragsdokumentService {

    private static final WerkstattvertragReport REPORT = new WerkstattvertragReport();

    @EJB
    VertragService vertraege;

    @EJB
    BeschaeftigteService personen;

    @EJB
    TenantInfoService tenant;

    @EJB
    ReferenceDataService referenz;

    public byte[] pdf(Long vertragId) {
        Werkstattvertrag v = vertraege.vertrag(vertragId);
        Beschaeftigter p = personen.find(v.getBeschaeftigter().getId());
        List<Vertragsphase> phasen = vertraege.phasen(vertragId);
        List<Arbeitszeit> zeiten = vertraege.arbeitszeiten(vertragId);
        Vertragsphase phase = phasen.isEmpty() ? null : phasen.get(0);
        Arbeitszeit zeit = zeiten.get(0);
        BigDecimal grundbetrag = phase != null && phase.getBereich() == Bereich.AB
                ? referenz.grundbetragAm(v.getBeginn()).orElseThrow(() -> new de.werkerp.platform.control.ValidationFailure(
                        "beginn", "Für den Vertragsbeginn ist kein Grundbetrag (§ 221 Abs. 2 SGB IX) hinterlegt."))
                : null;
        String platzierung = phase == null ? null : phase.getPlatzierung().getLabel()
                + (phase.getGruppe() != null ? " (" + phase.getGruppe().getName() + ")" : "")
                + (phase.getArbeitgeber() != null ? " (" + phase.getArbeitgeber() + ")" : "");
        String leistungstraeger = vertraege.bewilligungen(vertragId).stream()
                .min(Comparator.comparing(Bewilligung::getGueltigAb))
                .map(b -> b.getLeistungstraeger().getName()).orElse(null);
        String betreuung = p.getBetreuerName() == null ? null
                : p.getBetreuerName() + (p.getBetreuungUmfang() != null ? ", " + p.getBetreuungUmfang() : "");
        String anschrift = p.anschrift();
        return REPORT.render(new WerkstattvertragReport.Data(tenant.ownTenant().getName(), null,
                v.getEinrichtung().getName(), v.getEinrichtung().getArt().getLabel(),
                p.getVorname() + " " + p.getNachname(), p.getGeburtsdatum(), anschrift.isBlank() ? null : anschrift, betreuung,
                v.getBeginn(), phase == null ? null : phase.getBereich().getLabel(), platzierung, zeit.getWochenstunden(),
                zeit.getTeilzeitgrund() == null ? null : zeit.getTeilzeitgrund().getLabel(), grundbetrag,
                "Der Steigerungsbetrag richtet sich nach der Entgeltordnung der Einrichtung (Arbeitsmenge und Arbeitsgüte).",
                leistungstraeger, VertragService.heute()));
    }
}
