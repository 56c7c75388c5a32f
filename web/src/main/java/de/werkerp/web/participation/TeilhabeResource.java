package de.werkerp.web.participation;

import de.werkerp.participation.boundary.TeilhabeDokumentService;
import de.werkerp.participation.boundary.TeilhabeKennzahlenService;
import de.werkerp.participation.boundary.TeilhabeberichtService;
import de.werkerp.participation.boundary.TeilhabeplanungService;
import de.werkerp.participation.control.Berichtsinhalt;
import de.werkerp.participation.entity.Teilhabebericht;
import de.werkerp.participation.entity.Teilhabeziel;
import de.werkerp.participation.entity.Zielbewertung;
import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.web.api.Seitenweise;
import de.werkerp.web.api.Zahlenbereich;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * REST (read only): goals and evaluations per person, the Teilhabeberichte with their PDFs, the reports due, and the
 * yearly figures per Einrichtung (JSON, CSV, XLSX). Special-category data: the council gets 403 from the services.
 */
@Path("teilhabe")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Teilhabe")
public class TeilhabeResource {

    public record ZielDto(Long id, Long beschaeftigterId, String text, String quelle, LocalDate quelleDatum,
            String lebensbereich, String kriterium, LocalDate faelligAm, String sichtPerson) {
        static ZielDto of(Teilhabeziel z) {
            return new ZielDto(z.getId(), z.getBeschaeftigter().getId(), z.getText(), z.getQuelle().name(),
                    z.getQuelleDatum(), z.getLebensbereich().name(), z.getKriterium(), z.getFaelligAm(),
                    z.getSichtPerson());
        }
    }

    public record BewertungDto(Long id, Long zielId, LocalDate datum, String ergebnis, String begruendung,
            String erfasstVon) {
        static BewertungDto of(Zielbewertung b) {
            return new BewertungDto(b.getId(), b.getZiel().getId(), b.getDatum(), b.getErgebnis().name(),
                    b.getBegruendung(), b.getErfasstVon());
        }
    }

    public record BerichtDto(Long id, Long beschaeftigterId, String person, LocalDate zeitraumVon,
            LocalDate zeitraumBis, String status, String erstelltVon, String freigegebenVon, String zielerreichung,
            String massnahmenbewertung, String vorschlaege, String sichtPerson, List<Berichtsinhalt.Ziel> ziele,
            List<String> warnungen) {
        static BerichtDto of(TeilhabeberichtService.Ansicht a) {
            Teilhabebericht b = a.bericht();
            return new BerichtDto(b.getId(), b.getBeschaeftigter().getId(), b.getBeschaeftigter().getName(),
                    b.getZeitraumVon(), b.getZeitraumBis(), b.getStatus().name(), b.getErstelltVon(),
                    b.getFreigegebenVon(), b.getZielerreichung(), b.getMassnahmenbewertung(), b.getVorschlaege(),
                    b.getSichtPerson(), a.inhalt().ziele(), a.warnungen());
        }
    }

    public record BerichtKurzDto(Long id, Long beschaeftigterId, String person, LocalDate zeitraumVon,
            LocalDate zeitraumBis, String status) {
        static BerichtKurzDto of(Teilhabebericht b) {
            return new BerichtKurzDto(b.getId(), b.getBeschaeftigter().getId(), b.getBeschaeftigter().getName(),
                    b.getZeitraumVon(), b.getZeitraumBis(), b.getStatus().name());
        }
    }

    public record KennzahlenDto(Long einrichtungId, String einrichtung, int jahr, String bibJahresdurchschnitt,
            List<String> bibMonate, LocalDate abgabefrist, LocalDate stichtag, Map<String, Integer> kopfzahlen,
            Map<String, Integer> uebergaenge, int uebergaengeGesamt, Integer plaetze, List<Map<String, Object>> personal,
            List<String> hinweise) {
    }

    @EJB
    TeilhabeplanungService planung;

    @EJB
    TeilhabeberichtService berichte;

    @EJB
    TeilhabeKennzahlenService kennzahlen;

    @EJB
    TeilhabeDokumentService dokumente;

    @GET
    @Path("ziele")
    public List<ZielDto> ziele(@QueryParam("person") Long person,
            @QueryParam("offset") @DefaultValue("0") @Zahlenbereich(min = 0, max = Seitenweise.OFFSET_HOECHSTENS) int offset,
            @QueryParam("limit") @DefaultValue(Seitenweise.STANDARD_TEXT) @Zahlenbereich(min = 1, max = Seitenweise.HOECHSTENS_LANG) int limit) {
        if (person == null) {
            throw new ValidationFailure("person", "Bitte die Person angeben (?person=ID).");
        }
        return Seitenweise.seite(planung.ziele(person).stream().map(ZielDto::of).toList(), offset, limit);
    }

    @GET
    @Path("ziele/{id}")
    public ZielDto ziel(@PathParam("id") Long id) {
        return ZielDto.of(planung.ziel(id));
    }

    @GET
    @Path("ziele/{id}/bewertungen")
    public List<BewertungDto> bewertungen(@PathParam("id") Long id,
            @QueryParam("offset") @DefaultValue("0") @Zahlenbereich(min = 0, max = Seitenweise.OFFSET_HOECHSTENS) int offset,
            @QueryParam("limit") @DefaultValue(Seitenweise.STANDARD_TEXT) @Zahlenbereich(min = 1, max = Seitenweise.HOECHSTENS_LANG) int limit) {
        return Seitenweise.seite(planung.bewertungen(id).stream().map(BewertungDto::of).toList(), offset, limit);
    }

    @GET
    @Path("berichte")
    public List<BerichtKurzDto> berichte(@QueryParam("person") Long person,
            @QueryParam("offset") @DefaultValue("0") @Zahlenbereich(min = 0, max = Seitenweise.OFFSET_HOECHSTENS) int offset,
            @QueryParam("limit") @DefaultValue(Seitenweise.STANDARD_TEXT) @Zahlenbereich(min = 1, max = Seitenweise.HOECHSTENS_LANG) int limit) {
        return Seitenweise.seite((person == null ? berichte.berichte() : berichte.berichteVon(person)).stream()
                .map(BerichtKurzDto::of).toList(), offset, limit);
    }

    /** Reports due in the next 90 days and overdue ones (as of {@code stichtag}, default today). */
    @GET
    @Path("berichte/faellig")
    public List<TeilhabeberichtService.Faelligkeit> faellig(@QueryParam("stichtag") String stichtag,
            @QueryParam("offset") @DefaultValue("0") @Zahlenbereich(min = 0, max = Seitenweise.OFFSET_HOECHSTENS) int offset,
            @QueryParam("limit") @DefaultValue(Seitenweise.STANDARD_TEXT) @Zahlenbereich(min = 1, max = Seitenweise.HOECHSTENS_LANG) int limit) {
        LocalDate heute = LocalDate.now();
        if (stichtag != null && !stichtag.isBlank()) {
            try {
                heute = LocalDate.parse(stichtag.strip());
            } catch (DateTimeParseException e) {
                throw new ValidationFailure("stichtag", "Bitte das Datum als JJJJ-MM-TT angeben, z. B. 2026-01-31.");
            }
        }
        return Seitenweise.seite(berichte.faelligkeiten(heute), offset, limit);
    }

    @GET
    @Path("berichte/{id}")
    public BerichtDto bericht(@PathParam("id") Long id) {
        return BerichtDto.of(berichte.ansicht(id));
    }

    @GET
    @Path("berichte/{id}/teilhabebericht.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") Long id) {
        return Response.ok(dokumente.bericht(id), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"teilhabebericht-" + id + ".pdf\"").build();
    }

    @GET
    @Path("berichte/{id}/leichte-sprache.pdf")
    @Produces("application/pdf")
    public Response leichteSprache(@PathParam("id") Long id) {
        return Response.ok(dokumente.leichteSprache(id), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"teilhabebericht-leichte-sprache-" + id + ".pdf\"")
                .build();
    }

    @GET
    @Path("kennzahlen/{einrichtung}/{jahr}")
    public KennzahlenDto kennzahlen(@PathParam("einrichtung") Long einrichtung, @PathParam("jahr") @Zahlenbereich(min = 1900, max = 2200) Integer jahr) {
        TeilhabeKennzahlenService.Kennzahlen k = kennzahlen.kennzahlen(einrichtung, jahr);
        Map<String, Integer> kopf = new LinkedHashMap<>();
        k.kopfzahlen().forEach((b, n) -> kopf.put(b.name(), n));
        Map<String, Integer> ueb = new LinkedHashMap<>();
        k.ereignisse().forEach((a, n) -> ueb.put(a.name(), n));
        List<Map<String, Object>> personal = k.personal().stream().map(z -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("funktion", z.funktion().name());
            m.put("soll", z.soll().toPlainString());
            m.put("ist", z.ist().toPlainString());
            m.put("erfuellt", z.erfuellt());
            m.put("bewertung", z.bewertung());
            return m;
        }).toList();
        return new KennzahlenDto(k.einrichtung().getId(), k.einrichtung().getName(), jahr,
                k.bib().jahresdurchschnitt().toPlainString(),
                k.bib().monatsdurchschnitte().stream().map(b -> b.toPlainString()).toList(),
                de.werkerp.participation.control.BibJahresdurchschnitt.abgabefrist(java.time.Year.of(jahr)),
                k.stichtag(), kopf, ueb, k.uebergaengeGesamt(), k.plaetze(), personal, k.hinweise());
    }

    @GET
    @Path("kennzahlen/{einrichtung}/{jahr}/kennzahlen.csv")
    @Produces("text/csv")
    public Response csv(@PathParam("einrichtung") Long einrichtung, @PathParam("jahr") @Zahlenbereich(min = 1900, max = 2200) Integer jahr) {
        return Response.ok(kennzahlen.csv(einrichtung, jahr), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"teilhabe-kennzahlen-" + jahr + ".csv\"").build();
    }

    @GET
    @Path("kennzahlen/{einrichtung}/{jahr}/kennzahlen.xlsx")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    public Response xlsx(@PathParam("einrichtung") Long einrichtung, @PathParam("jahr") @Zahlenbereich(min = 1900, max = 2200) Integer jahr) {
        return Response.ok(dokumente.kennzahlenXlsx(einrichtung, jahr),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", "attachment; filename=\"teilhabe-kennzahlen-" + jahr + ".xlsx\"")
                .build();
    }

    @GET
    @Path("kennzahlen/{einrichtung}/{jahr}/kennzahlen.pdf")
    @Produces("application/pdf")
    public Response kennzahlenPdf(@PathParam("einrichtung") Long einrichtung, @PathParam("jahr") @Zahlenbereich(min = 1900, max = 2200) Integer jahr) {
        return Response.ok(dokumente.kennzahlenPdf(einrichtung, jahr), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"teilhabe-kennzahlen-" + jahr + ".pdf\"").build();
    }
}
