package de.werkerp.web.platform;

import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJB;

import de.werkerp.tenant.boundary.OrganisationService;
import de.werkerp.tenant.entity.Einrichtung;

/**
 * The Einrichtung half of the pages that show one Einrichtung and one period ({@link Jahresseite} for a year,
 * {@link Laufseite} for a month): the tenant's active Einrichtungen, the view parameter {@code einrichtung} and the
 * selection input of {@code werk:auswahl}. The period and "Anzeigen" are the subclass's.
 */
public abstract class Einrichtungsseite implements Serializable, Zeitraumauswahl {

    private static final long serialVersionUID = 1L;

    @EJB
    protected OrganisationService organisation;

    /** The tenant's active Einrichtungen (set by the page's view action). */
    protected List<Einrichtung> einrichtungen = List.of();
    /** View parameter: the shown Einrichtung. */
    protected Long einrichtung;
    /** The selection input (applied by "Anzeigen"). */
    private Long auswahlEinrichtung;

    /** The tenant's active Einrichtungen, read from the service. */
    protected List<Einrichtung> aktiveEinrichtungen() {
        return organisation.einrichtungen().stream().filter(Einrichtung::isAktiv).toList();
    }

    public String getEinrichtungName() {
        if (einrichtung == null) {
            return "";
        }
        return einrichtungen.stream().filter(e -> e.getId().equals(einrichtung)).map(Einrichtung::getName)
                .findFirst().orElse("");
    }

    @Override
    public List<Einrichtung> getEinrichtungen() {
        return einrichtungen;
    }

    public Long getEinrichtung() {
        return einrichtung;
    }

    public void setEinrichtung(Long einrichtung) {
        this.einrichtung = einrichtung;
    }

    @Override
    public Long getAuswahlEinrichtung() {
        return auswahlEinrichtung;
    }

    @Override
    public void setAuswahlEinrichtung(Long auswahlEinrichtung) {
        this.auswahlEinrichtung = auswahlEinrichtung;
    }
}
