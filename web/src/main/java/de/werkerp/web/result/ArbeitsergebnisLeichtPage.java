package de.werkerp.web.result;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import de.werkerp.reports.ArbeitsergebnisReport;
import de.werkerp.result.boundary.ArbeitsergebnisDokumentService;
import de.werkerp.result.boundary.ArbeitsergebnisService;
import de.werkerp.tenant.boundary.OrganisationService;
import de.werkerp.tenant.entity.Einrichtung;

/**
 * Page "Arbeitsergebnis in Leichter Sprache" for the Werkstattrat (§ 5 Abs. 1 Nr. 3 WMVO; docs/rollen.md note 5): the
 * released statement of an Einrichtung and year (view parameters {@code einrichtung}, {@code jahr}; without them the
 * latest released year) in the words of the Leichte-Sprache PDF, with the PDF and the other released years.
 */
@Named
@ViewScoped
public class ArbeitsergebnisLeichtPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ArbeitsergebnisService service;

    @EJB
    ArbeitsergebnisDokumentService dokumente;

    @EJB
    OrganisationService organisation;

    private Long einrichtung;
    private Integer jahr;
    private List<Einrichtung> einrichtungen = List.of();
    private List<Integer> jahre = List.of();
    private Long fassungId;
    private List<ArbeitsergebnisReport.Absatz> absaetze = List.of();

    public void load() {
        if (FacesContext.getCurrentInstance().isPostback()) {
            return;
        }
        einrichtungen = organisation.einrichtungen().stream().filter(Einrichtung::isAktiv).toList();
        if (einrichtung == null) {
            einrichtung = einrichtungen.stream().map(Einrichtung::getId)
                    .filter(id -> service.letztesJahr(id).isPresent()).findFirst()
                    .orElse(einrichtungen.isEmpty() ? null : einrichtungen.get(0).getId());
        }
        if (einrichtung == null) {
            return;
        }
        List<ArbeitsergebnisService.Ansicht> freigegeben = service.jahre(einrichtung);
        jahre = freigegeben.stream().map(a -> a.fassung().getJahr()).sorted(java.util.Comparator.reverseOrder()).toList();
        if (jahr == null && !jahre.isEmpty()) {
            jahr = jahre.get(0);
        }
        freigegeben.stream().filter(a -> jahr != null && a.fassung().getJahr() == jahr).findFirst().ifPresent(a -> {
            fassungId = a.fassung().getId();
            absaetze = dokumente.leichteSpracheText(fassungId);
        });
    }

    public String getEinrichtungName() {
        return einrichtungen.stream().filter(e -> e.getId().equals(einrichtung)).map(Einrichtung::getName).findFirst()
                .orElse("");
    }

    public List<Einrichtung> getEinrichtungen() {
        return einrichtungen;
    }

    public Long getEinrichtung() {
        return einrichtung;
    }

    public void setEinrichtung(Long einrichtung) {
        this.einrichtung = einrichtung;
    }

    public Integer getJahr() {
        return jahr;
    }

    public void setJahr(Integer jahr) {
        this.jahr = jahr;
    }

    public List<Integer> getJahre() {
        return jahre;
    }

    public Long getFassungId() {
        return fassungId;
    }

    public List<ArbeitsergebnisReport.Absatz> getAbsaetze() {
        return absaetze;
    }
}
