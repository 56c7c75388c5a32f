package de.werkerp.web.result;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.werkerp.platform.control.NotFound;
import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.result.boundary.ArbeitsergebnisDokumentService;
import de.werkerp.result.boundary.ArbeitsergebnisService;
import de.werkerp.result.boundary.ErgebnisdatenService;
import de.werkerp.result.control.Arbeitsergebnisrechnung;
import de.werkerp.result.control.Position;
import de.werkerp.result.entity.Arbeitsergebnisfassung;
import de.werkerp.web.api.Zahlenbereich;
import de.werkerp.web.api.Requests;

/**
 * REST: the Arbeitsergebnisrechnung (§ 12 WVO) — import of accounting figures (CSV body), the statement of a year,
 * draft, check, release (four eyes), new version, documents. Amounts as strings with two decimals.
 */
@Path("arbeitsergebnis")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Arbeitsergebnis")
public class ArbeitsergebnisResource {

    public record EntwurfDto(String ruecklageAnfang, String zufuehrungRuecklage, String investitionen,
            String begruendungQuote) {
    }

    @Schema(name = "ArbeitsergebnisFassungDto")
    public record FassungDto(Long id, int jahr, int fassung, String status, String geprueftVon, String freigegebenVon,
            String aenderungsgrund) {
        static FassungDto of(Arbeitsergebnisfassung f) {
            return new FassungDto(f.getId(), f.getJahr(), f.getFassung(), f.getStatus().name(), f.getGeprueftVon(),
                    f.getFreigegebenVon(), f.getAenderungsgrund());
        }
    }

    @Schema(name = "ArbeitsergebnisPruefungDto")
    public record PruefungDto(String code, boolean ok, String meldung) {
    }

    @Schema(name = "ArbeitsergebnisRechnungDto")
    public record RechnungDto(FassungDto fassung, Map<String, String> positionen, String ertraege, String kosten,
            String arbeitsergebnis, String entgelte, String mindestbetragEntgelte, String anteilEntgelte,
            String ruecklageEnde, String ruecklageHoechstbetrag, String verguetungsergebnis,
            List<PruefungDto> pruefungen, List<String> hinweise) {
        static RechnungDto of(ArbeitsergebnisService.Ansicht a) {
            Arbeitsergebnisrechnung r = a.rechnung();
            Map<String, String> positionen = new LinkedHashMap<>();
            for (Position p : Position.values()) {
                if (p.gruppe() != Position.Gruppe.VERWENDUNG) {
                    positionen.put(p.code(), r.betrag(p).toPlainString());
                }
            }
            List<PruefungDto> pruefungen = new ArrayList<>();
            r.pruefungen().forEach(p -> pruefungen.add(new PruefungDto(p.code().name(), p.ok(), p.meldung())));
            return new RechnungDto(FassungDto.of(a.fassung()), positionen, s(r.ertraege()), s(r.kosten()),
                    s(r.arbeitsergebnis()), s(r.entgelte()), s(r.mindestbetragEntgelte()), s(r.anteilEntgelte()),
                    s(r.ruecklageEnde()), s(r.ruecklageHoechstbetrag()), s(r.verguetungsergebnis()), pruefungen,
                    a.hinweise());
        }
    }

    public record GrundDto(String grund) {
    }

    @EJB
    ErgebnisdatenService daten;

    @EJB
    ArbeitsergebnisService ergebnisse;

    @EJB
    ArbeitsergebnisDokumentService dokumente;

    /** Imports the accounting figures (CSV body {@code Konto;Kostenstelle;Betrag}); {@code nurPruefen=true}: dry run. */
    @POST
    @Path("import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public ErgebnisdatenService.Importergebnis importieren(@QueryParam("einrichtung") Long einrichtung,
            @QueryParam("jahr") @Zahlenbereich(min = 1900, max = 2200) Integer jahr, @QueryParam("dateiname") String dateiname,
            @QueryParam("nurPruefen") boolean nurPruefen, String csv) {
        return daten.importieren(einrichtung, jahr(jahr), dateiname, csv, nurPruefen);
    }

    @GET
    @Path("{einrichtung}/{jahr}")
    public RechnungDto rechnung(@PathParam("einrichtung") Long einrichtung, @PathParam("jahr") @Zahlenbereich(min = 1900, max = 2200) Integer jahr) {
        return RechnungDto.of(ergebnisse.aktuell(einrichtung, jahr).orElseThrow(() -> new NotFound(
                "Für " + jahr + " gibt es noch keine Arbeitsergebnisrechnung.")));
    }

    @PUT
    @Path("{einrichtung}/{jahr}")
    public RechnungDto entwurf(@PathParam("einrichtung") Long einrichtung, @PathParam("jahr") @Zahlenbereich(min = 1900, max = 2200) Integer jahr,
            EntwurfDto dto) {
        Requests.body(dto);
        ergebnisse.entwurfSpeichern(einrichtung, jahr, betrag(dto.ruecklageAnfang(), "ruecklageAnfang"),
                betrag(dto.zufuehrungRuecklage(), "zufuehrungRuecklage"), betrag(dto.investitionen(), "investitionen"),
                dto.begruendungQuote());
        return rechnung(einrichtung, jahr);
    }

    @POST
    @Path("{einrichtung}/{jahr}/fassungen")
    public FassungDto neueFassung(@PathParam("einrichtung") Long einrichtung, @PathParam("jahr") @Zahlenbereich(min = 1900, max = 2200) Integer jahr,
            GrundDto dto) {
        Requests.body(dto);
        return FassungDto.of(ergebnisse.neueFassung(einrichtung, jahr, dto.grund()));
    }

    @POST
    @Path("fassungen/{id}/pruefung")
    public FassungDto pruefen(@PathParam("id") Long id) {
        return FassungDto.of(ergebnisse.pruefen(id));
    }

    @POST
    @Path("fassungen/{id}/freigabe")
    public FassungDto freigeben(@PathParam("id") Long id) {
        return FassungDto.of(ergebnisse.freigeben(id));
    }

    @GET
    @Path("fassungen/{id}/arbeitsergebnis.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") Long id) {
        return Response.ok(dokumente.pdf(id), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"arbeitsergebnis-" + id + ".pdf\"").build();
    }

    @GET
    @Path("fassungen/{id}/leichte-sprache.pdf")
    @Produces("application/pdf")
    public Response leichteSprache(@PathParam("id") Long id) {
        return Response.ok(dokumente.leichteSprache(id), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"arbeitsergebnis-leichte-sprache-" + id + ".pdf\"")
                .build();
    }

    @GET
    @Path("fassungen/{id}/arbeitsergebnis.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response xlsx(@PathParam("id") Long id) {
        return Response.ok(dokumente.xlsx(id), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", "attachment; filename=\"arbeitsergebnis-" + id + ".xlsx\"").build();
    }

    private static int jahr(Integer jahr) {
        if (jahr == null) {
            throw new ValidationFailure("jahr", "Bitte das Geschäftsjahr angeben (?jahr=2025).");
        }
        return jahr;
    }

    private static BigDecimal betrag(String text, String feld) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip()).setScale(2, java.math.RoundingMode.UNNECESSARY);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new ValidationFailure(feld, "Bitte einen Betrag in Euro und Cent angeben, z. B. \"1234.50\".");
        }
    }

    private static String s(BigDecimal b) {
        return b == null ? null : b.toPlainString();
    }
}
