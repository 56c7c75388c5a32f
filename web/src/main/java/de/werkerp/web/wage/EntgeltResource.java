package de.werkerp.web.wage;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.wage.boundary.EntgeltdokumentService;
import de.werkerp.wage.boundary.EntgeltlaufService;
import de.werkerp.wage.control.RechenzeilenJson;
import de.werkerp.wage.control.Rechenzeile;
import de.werkerp.wage.entity.Abrechnung;
import de.werkerp.wage.entity.Entgeltlauf;
import de.werkerp.web.api.Requests;

/**
 * REST: the monthly Entgelt run (compute, release, statements) and its documents. Amounts as strings with two
 * decimals, months as JJJJ-MM. Computing through the API waits for the result.
 */
@Path("entgelt")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Entgelt")
public class EntgeltResource {

    public record LaufAnfrage(Long einrichtungId, String monat) {
    }

    public record LaufDto(Long id, Long einrichtungId, String monat, String status, String berechnetVon,
            String freigegebenVon, int anzahl, String summeAuszahlung, boolean veraltet, String meldung) {
        static LaufDto of(Entgeltlauf l) {
            return new LaufDto(l.getId(), l.getEinrichtung().getId(), l.getMonat().toString(), l.getStatus().name(),
                    l.getBerechnetVon(), l.getFreigegebenVon(), l.getAnzahl(), l.getSummeAuszahlung().setScale(2)
                            .toPlainString(), l.isVeraltet(), l.getMeldung());
        }
    }

    public record ZeileDto(String komponente, String lohnart, String bezeichnung, String basis, String faktor,
            String betrag) {
        static ZeileDto of(Rechenzeile z) {
            return new ZeileDto(z.komponente().name(), z.lohnart(), z.bezeichnung(),
                    z.basis() == null ? null : z.basis().toPlainString(),
                    z.faktor() == null ? null : z.faktor().toPlainString(), z.betrag().toPlainString());
        }
    }

    public record AbrechnungDto(Long id, Long beschaeftigterId, String name, String personalnummer, String bereich,
            String grundbetrag, String steigerungsbetrag, String arbeitsentgelt, String arbeitsfoerderungsgeld,
            String sonstigeBezuege, String abzuege, String auszahlung, List<String> hinweise, List<ZeileDto> zeilen) {
        static AbrechnungDto of(Abrechnung a) {
            return new AbrechnungDto(a.getId(), a.getBeschaeftigterId(), a.getName(), a.getPersonalnummer(),
                    a.getBereich(), a.getGrundbetrag().toPlainString(), a.getSteigerungsbetrag().toPlainString(),
                    a.getArbeitsentgelt().toPlainString(), a.getArbeitsfoerderungsgeld().toPlainString(),
                    a.getSonstigeBezuege().toPlainString(), a.getAbzuege().toPlainString(),
                    a.getAuszahlung().toPlainString(), RechenzeilenJson.texte(a.getHinweise()),
                    RechenzeilenJson.zeilen(a.getZeilen()).stream().map(ZeileDto::of).toList());
        }
    }

    @EJB
    EntgeltlaufService laeufe;

    @EJB
    EntgeltdokumentService dokumente;

    /** Computes (or recomputes) the month of an Einrichtung and answers with the run. */
    @POST
    @Path("laeufe")
    public LaufDto berechnen(LaufAnfrage anfrage) {
        Requests.body(anfrage);
        return LaufDto.of(laeufe.berechnenUndWarten(anfrage.einrichtungId(), monat(anfrage.monat())));
    }

    @GET
    @Path("laeufe")
    public List<LaufDto> laeufe(@QueryParam("einrichtung") Long einrichtungId) {
        if (einrichtungId == null) {
            throw new ValidationFailure("einrichtung", "Bitte die Einrichtung angeben (?einrichtung=…).");
        }
        return laeufe.laeufe(einrichtungId).stream().map(LaufDto::of).toList();
    }

    @GET
    @Path("laeufe/{id}")
    public LaufDto lauf(@PathParam("id") Long id) {
        return LaufDto.of(laeufe.lauf(id));
    }

    @POST
    @Path("laeufe/{id}/freigabe")
    public LaufDto freigeben(@PathParam("id") Long id) {
        return LaufDto.of(laeufe.freigeben(id));
    }

    @GET
    @Path("laeufe/{id}/abrechnungen")
    public List<AbrechnungDto> abrechnungen(@PathParam("id") Long id) {
        return laeufe.abrechnungen(id).stream().map(AbrechnungDto::of).toList();
    }

    @GET
    @Path("abrechnungen/{id}/lohnzettel.pdf")
    @Produces("application/pdf")
    public Response lohnzettel(@PathParam("id") Long id, @QueryParam("leichteSprache") boolean leichteSprache) {
        return datei(dokumente.lohnzettel(id, leichteSprache), "application/pdf",
                (leichteSprache ? "lohnzettel-leichte-sprache-" : "lohnzettel-") + id + ".pdf", true);
    }

    @GET
    @Path("laeufe/{id}/lohnzettel.zip")
    @Produces("application/zip")
    public Response alleLohnzettel(@PathParam("id") Long id) {
        return datei(dokumente.alleLohnzettel(id), "application/zip", "lohnzettel-" + id + ".zip", false);
    }

    @GET
    @Path("laeufe/{id}/lohnjournal.pdf")
    @Produces("application/pdf")
    public Response lohnjournalPdf(@PathParam("id") Long id) {
        return datei(dokumente.lohnjournalPdf(id), "application/pdf", "lohnjournal-" + id + ".pdf", true);
    }

    @GET
    @Path("laeufe/{id}/lohnjournal.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response lohnjournalXlsx(@PathParam("id") Long id) {
        return datei(dokumente.lohnjournalXlsx(id), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "lohnjournal-" + id + ".xlsx", false);
    }

    @GET
    @Path("laeufe/{id}/sepa.xml")
    @Produces(MediaType.APPLICATION_XML)
    public Response sepa(@PathParam("id") Long id, @QueryParam("ausfuehrung") String ausfuehrung) {
        LocalDate datum = null;
        if (ausfuehrung != null && !ausfuehrung.isBlank()) {
            try {
                datum = LocalDate.parse(ausfuehrung.strip());
            } catch (DateTimeParseException e) {
                throw new ValidationFailure("ausfuehrung", "Das Ausführungsdatum bitte als JJJJ-MM-TT angeben.");
            }
        }
        return datei(dokumente.sepa(id, datum), MediaType.APPLICATION_XML, "sepa-" + id + ".xml", false);
    }

    @GET
    @Path("laeufe/{id}/buchungen.csv")
    @Produces("text/csv")
    public Response buchungen(@PathParam("id") Long id) {
        return datei(dokumente.buchungenCsv(id), "text/csv; charset=UTF-8", "buchungen-" + id + ".csv", false);
    }

    private static Response datei(byte[] inhalt, String typ, String name, boolean inline) {
        return Response.ok(inhalt, typ).header("Content-Disposition", (inline ? "inline" : "attachment")
                + "; filename=\"" + name + "\"").build();
    }

    public static YearMonth monat(String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationFailure("monat", "Bitte den Monat als JJJJ-MM angeben.");
        }
        try {
            return YearMonth.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationFailure("monat", "Bitte den Monat als JJJJ-MM angeben, z. B. 2025-03.");
        }
    }
}
