package de.werkerp.web.reference;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import de.werkerp.reference.boundary.ReferenceDataService;
import de.werkerp.reference.entity.GrundbetragWert;
import de.werkerp.reference.entity.Rechengroessen;

/** Page "Rechengrößen": the reference values with their validity periods (read-only). */
@Named
@RequestScoped
public class ReferenzdatenPage {

    @EJB
    ReferenceDataService service;

    private List<GrundbetragWert> grundbetraege;
    private List<Rechengroessen> rechengroessen;

    public List<GrundbetragWert> getGrundbetraege() {
        if (grundbetraege == null) {
            grundbetraege = service.grundbetragListe();
        }
        return grundbetraege;
    }

    public List<Rechengroessen> getRechengroessen() {
        if (rechengroessen == null) {
            rechengroessen = service.rechengroessenListe();
        }
        return rechengroessen;
    }
}
