package de.werkerp.web.reference;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.werkerp.reference.boundary.RechengroessenService;
import de.werkerp.reference.boundary.ReferenceDataService;
import de.werkerp.reference.control.RechengroessenEingabe;
import de.werkerp.reference.entity.Rechengroessen;
import de.werkerp.reference.entity.Referenzaenderung;
import de.werkerp.web.api.Requests;
import de.werkerp.web.api.Seitenweise;
import de.werkerp.web.api.Zahlenbereich;

/**
 * REST: the shared social-insurance figures (rules.md § 3). Every role reads them; only the operator enters a year's
 * figures ({@code POST rechengroessen}, legal basis and Fundstelle required). {@code GET rechengroessen/warnung}: the
 * warning of the yearly change (from 1 November while next year's figures are missing).
 */
@Path("referenzdaten")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Rechengrößen")
public class ReferenzdatenResource {

    /** Rates in percent as the law states them (14.6 = 14,6 %), amounts in euros per month. */
    public record RechengroessenDto(Long id, LocalDate gueltigAb, LocalDate gueltigBis, BigDecimal bezugsgroesseWest,
            BigDecimal bezugsgroesseOst, BigDecimal kvAllgemeinerSatz, BigDecimal kvZusatzbeitragDurchschnitt,
            BigDecimal pvSatz, BigDecimal pvZuschlagKinderlos, BigDecimal pvAbschlagJeKind, BigDecimal rvSatz,
            String rechtsquelle, String fundstelle) {

        static RechengroessenDto of(Rechengroessen r) {
            return new RechengroessenDto(r.getId(), r.getGueltigAb(), r.getGueltigBis(), r.getBezugsgroesseWest(),
                    r.getBezugsgroesseOst(), r.getKvAllgemeinerSatz(), r.getKvZusatzbeitragDurchschnitt(),
                    r.getPvSatz(), r.getPvZuschlagKinderlos(), r.getPvAbschlagJeKind(), r.getRvSatz(),
                    r.getRechtsquelle(), r.getFundstelle());
        }

        RechengroessenEingabe eingabe() {
            return new RechengroessenEingabe(gueltigAb, gueltigBis, bezugsgroesseWest, bezugsgroesseOst,
                    kvAllgemeinerSatz, kvZusatzbeitragDurchschnitt, pvSatz, pvZuschlagKinderlos, pvAbschlagJeKind,
                    rvSatz, rechtsquelle, fundstelle);
        }
    }

    public record WarnungDto(String warnung) {
    }

    public record AenderungDto(Long id, String art, LocalDate gueltigAb, LocalDate gueltigBis, String beschreibung,
            String geaendertVon, String geaendertAm) {
        static AenderungDto of(Referenzaenderung a) {
            return new AenderungDto(a.getId(), a.getArt().name(), a.getGueltigAb(), a.getGueltigBis(),
                    a.getBeschreibung(), a.getGeaendertVon(), a.getGeaendertAm().toString());
        }
    }

    @EJB
    ReferenceDataService referenzdaten;

    @EJB
    RechengroessenService rechengroessen;

    @GET
    @Path("rechengroessen")
    public List<RechengroessenDto> liste(@QueryParam("offset") @DefaultValue("0") @Zahlenbereich(min = 0, max = Seitenweise.OFFSET_HOECHSTENS) int offset,
            @QueryParam("limit") @DefaultValue(Seitenweise.STANDARD_TEXT) @Zahlenbereich(min = 1, max = Seitenweise.HOECHSTENS_LANG) int limit) {
        return Seitenweise.seite(referenzdaten.rechengroessenListe().stream().map(RechengroessenDto::of).toList(), offset, limit);
    }

    @POST
    @Path("rechengroessen")
    public Response erfassen(RechengroessenDto dto) {
        return Response.status(201).entity(RechengroessenDto.of(rechengroessen.erfassen(Requests.body(dto).eingabe())))
                .build();
    }

    @GET
    @Path("rechengroessen/warnung")
    public WarnungDto warnung() {
        return new WarnungDto(rechengroessen.jahreswechselWarnung().orElse(null));
    }

    @GET
    @Path("aenderungen")
    public List<AenderungDto> aenderungen(@QueryParam("offset") @DefaultValue("0") @Zahlenbereich(min = 0, max = Seitenweise.OFFSET_HOECHSTENS) int offset,
            @QueryParam("limit") @DefaultValue(Seitenweise.STANDARD_TEXT) @Zahlenbereich(min = 1, max = Seitenweise.HOECHSTENS_LANG) int limit) {
        return Seitenweise.seite(rechengroessen.aenderungen().stream().map(AenderungDto::of).toList(), offset, limit);
    }
}
