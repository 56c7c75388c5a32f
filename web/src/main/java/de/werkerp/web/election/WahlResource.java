package de.werkerp.web.election;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.werkerp.election.boundary.WahlDokumentService;
import de.werkerp.election.boundary.WahlService;
import de.werkerp.election.boundary.WahlschwellenService;
import de.werkerp.election.control.Wahlschwellen;
import de.werkerp.election.control.Wahlzeitplan;
import de.werkerp.election.entity.Anlass;
import de.werkerp.election.entity.Wahlart;
import de.werkerp.election.entity.Wahlprojekt;
import de.werkerp.election.entity.Wahlvorschlag;
import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.web.api.Requests;
import de.werkerp.web.api.Seitenweise;
import de.werkerp.web.api.Zahlenbereich;

/**
 * REST: Werkstattrat and Frauenbeauftragte elections — live thresholds per Einrichtung (aggregates), election projects
 * with timeline, voter list, nominations, count, result and the documents as PDF. Dates as ISO strings (2025-11-12).
 */
@Path("wahlen")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Wahlen")
public class WahlResource {

    public record SchwellenDto(Long einrichtungId, String einrichtung, String einrichtungsart, String stichtag,
            int wahlberechtigteHeute, int wahlberechtigteFrauenHeute, int wahlberechtigteRegel,
            int wahlberechtigteFrauenRegel, int werkstattratMitglieder, int frauenbeauftragte, int stellvertreterinnen,
            boolean freistellungVorsitz, boolean freistellungStellvertretung, boolean freistellungFrauenbeauftragte,
            boolean freistellungErsteStellvertreterin, int schulungstage, int schulungstageErstmalig,
            String letzteWahl, List<String> hinweise, List<String> erlaeuterungen, int naechsteRegelwahl) {
        static SchwellenDto of(WahlschwellenService.Lage l) {
            Wahlschwellen.Ergebnis r = l.regel();
            return new SchwellenDto(l.einrichtungId(), l.einrichtung(), l.art().name(), l.stichtag().toString(),
                    l.zahlen().aktuell().wahlberechtigte(), l.zahlen().aktuell().frauen(),
                    l.zahlen().regelWahlberechtigte(), l.zahlen().regelFrauen(), r.werkstattratMitglieder(),
                    r.frauenbeauftragte(), r.stellvertreterinnen(), r.freistellungVorsitz(),
                    r.freistellungStellvertretung(), r.freistellungFrauenbeauftragte(),
                    r.freistellungErsteStellvertreterin(), r.schulungstage(), r.schulungstageErstmalig(),
                    l.letzteWahl() == null ? null : l.letzteWahl().toString(), l.hinweise(), r.erlaeuterungen(),
                    l.naechsteRegelwahl());
        }
    }

    public record NeueWahlDto(Long einrichtungId, Boolean regulaer, String anlass, String anlassBegruendung,
            String wahltag, String amtszeitEndeAlt, String wahlvorstandBestellt, String erlassWahlausschreiben,
            String ortStimmabgabe, String zeitStimmabgabe, String ortAuszaehlung, String ortAushang,
            String anschriftWahlvorstand) {
    }

    public record TerminDto(String datum, String ereignis, String regel) {
    }

    public record ProjektDto(Long id, Long einrichtungId, String einrichtung, boolean regulaer, String anlass,
            String wahltag, String status, int wahlberechtigte, int wahlberechtigteFrauen, int sitze,
            int stellvertreterinnen, String amtszeitBeginn, String amtszeitEnde, String absageGrund,
            String abgesagtAm) {
        static ProjektDto of(Wahlprojekt w) {
            return new ProjektDto(w.getId(), w.getEinrichtung().getId(), w.getEinrichtung().getName(), w.isRegulaer(),
                    w.getAnlass() == null ? null : w.getAnlass().name(), w.getWahltag().toString(),
                    w.getStatus().name(), w.getWahlberechtigte(), w.getWahlberechtigteFrauen(), w.getSitze(),
                    w.getStellvertreterinnen(), s(w.getAmtszeitBeginn()), s(w.getAmtszeitEnde()), w.getAbsageGrund(),
                    s(w.getAbgesagtAm()));
        }
    }

    /** Cancelling an election in preparation: the reason is required. */
    public record AbsageDto(String grund) {
    }

    public record ProjektMitPlanDto(ProjektDto projekt, List<TerminDto> zeitplan) {
    }

    /**
     * A line of the voter list. The council gets the name and {@code frau} only (the other fields are null and left out
     * of the JSON): no person id, Personalnummer, eligibility or dates (§§ 15, 16 WMVO; docs/rollen.md).
     */
    public record WaehlerDto(Long id, String name, String personalnummer, boolean frau, Boolean waehlbar) {
    }

    /** The voter list as counts, and the posting period (§ 16 WMVO). */
    public record WaehlerzahlenDto(int wahlberechtigte, int frauen, boolean ausgehaengt, String aushang) {
    }

    public record VorschlagEingabe(String wahl, Long bewerberId, Boolean zustimmung, List<Long> unterstuetzer,
            String eingereichtAm) {
    }

    @Schema(name = "WahlVorschlagDto")
    public record VorschlagDto(Long id, String wahl, String name, String status, String grund, Integer stimmen,
            Integer rang, String ergebnis, String annahme) {
        static VorschlagDto of(Wahlvorschlag v) {
            return new VorschlagDto(v.getId(), v.getWahl().name(), v.getBeschaeftigter().getNachname() + ", "
                    + v.getBeschaeftigter().getVorname(), v.getStatus().name(), v.getGrund(), v.getStimmen(),
                    v.getRang(), v.getErgebnis() == null ? null : v.getErgebnis().name(),
                    v.getAnnahme() == null ? null : v.getAnnahme().name());
        }
    }

    @Schema(name = "WahlErgebnisDto")
    public record ErgebnisDto(ProjektDto projekt, List<VorschlagDto> werkstattrat, List<VorschlagDto> ersatzmitglieder,
            List<VorschlagDto> frauenbeauftragte, int zielFrauen, long frauenGewaehlt, String annahmeBis,
            int naechsteRegelwahl, List<String> losentscheide) {
    }

    @EJB
    WahlschwellenService schwellen;

    @EJB
    WahlService wahlen;

    @EJB
    WahlDokumentService dokumente;

    @GET
    @Path("schwellen")
    public List<SchwellenDto> schwellen(@QueryParam("stichtag") String stichtag,
            @QueryParam("offset") @DefaultValue("0") @Zahlenbereich(min = 0, max = Seitenweise.OFFSET_HOECHSTENS) int offset,
            @QueryParam("limit") @DefaultValue(Seitenweise.STANDARD_TEXT) @Zahlenbereich(min = 1, max = Seitenweise.HOECHSTENS_LANG) int limit) {
        return Seitenweise.seite(schwellen.alle(tag(stichtag)).stream().map(SchwellenDto::of).toList(), offset, limit);
    }

    @GET
    @Path("schwellen/{einrichtung}")
    public SchwellenDto schwellen(@PathParam("einrichtung") Long einrichtung, @QueryParam("stichtag") String stichtag) {
        return SchwellenDto.of(schwellen.lage(einrichtung, tag(stichtag)));
    }

    @GET
    public List<ProjektDto> projekte(@QueryParam("einrichtung") Long einrichtung,
            @QueryParam("offset") @DefaultValue("0") @Zahlenbereich(min = 0, max = Seitenweise.OFFSET_HOECHSTENS) int offset,
            @QueryParam("limit") @DefaultValue(Seitenweise.STANDARD_TEXT) @Zahlenbereich(min = 1, max = Seitenweise.HOECHSTENS_LANG) int limit) {
        if (einrichtung == null) {
            throw new ValidationFailure("einrichtung", "Bitte die Einrichtung angeben (?einrichtung=…).");
        }
        return Seitenweise.seite(wahlen.projekte(einrichtung).stream().map(ProjektDto::of).toList(), offset, limit);
    }

    @POST
    public ProjektMitPlanDto anlegen(NeueWahlDto d) {
        Requests.body(d);
        Anlass anlass = Requests.enumValue(Anlass.class, "anlass", d.anlass(), "Unbekannter Grund nach § 12 Abs. 2 WMVO.");
        Wahlprojekt w = wahlen.anlegen(new WahlService.NeueWahl(d.einrichtungId(), d.regulaer() == null || d.regulaer(),
                anlass, d.anlassBegruendung(), datum(d.wahltag(), "wahltag"), datum(d.amtszeitEndeAlt(), "amtszeitEndeAlt"),
                datum(d.wahlvorstandBestellt(), "wahlvorstandBestellt"),
                datum(d.erlassWahlausschreiben(), "erlassWahlausschreiben"), d.ortStimmabgabe(), d.zeitStimmabgabe(),
                d.ortAuszaehlung(), d.ortAushang(), d.anschriftWahlvorstand(), null, null));
        return projekt(w.getId());
    }

    @GET
    @Path("{id}")
    public ProjektMitPlanDto projekt(@PathParam("id") Long id) {
        Wahlzeitplan.Plan p = wahlen.zeitplan(id);
        return new ProjektMitPlanDto(ProjektDto.of(wahlen.projekt(id)), p.termine().stream()
                .map(t -> new TerminDto(t.datum().toString(), t.ereignis(), t.regel())).toList());
    }

    /** Cancels an election in preparation (status ABGESAGT) with its reason; afterwards a new one may be created. */
    @POST
    @Path("{id}/absage")
    public ProjektDto absagen(@PathParam("id") Long id, AbsageDto d) {
        Requests.body(d);
        return ProjektDto.of(wahlen.absagen(id, d.grund()));
    }

    @GET
    @Path("{id}/waehlerliste")
    public List<WaehlerDto> waehlerliste(@PathParam("id") Long id,
            @QueryParam("offset") @DefaultValue("0") @Zahlenbereich(min = 0, max = Seitenweise.OFFSET_HOECHSTENS) int offset,
            @QueryParam("limit") @DefaultValue(Seitenweise.STANDARD_TEXT) @Zahlenbereich(min = 1, max = Seitenweise.HOECHSTENS_LANG) int limit) {
        return Seitenweise.seite(wahlen.waehlerliste(id).stream().map(v -> new WaehlerDto(v.personId(), v.getName(), v.personalnummer(),
                v.frau(), v.waehlbar())).toList(), offset, limit);
    }

    /** Counts of the voter list for every reading role (the council's view while the list is not posted). */
    @GET
    @Path("{id}/waehlerzahlen")
    public WaehlerzahlenDto waehlerzahlen(@PathParam("id") Long id) {
        WahlService.Waehlerzahlen z = wahlen.waehlerzahlen(id);
        return new WaehlerzahlenDto(z.wahlberechtigte(), z.frauen(), z.ausgehaengt(), z.aushang());
    }

    @GET
    @Path("{id}/vorschlaege")
    public List<VorschlagDto> vorschlaege(@PathParam("id") Long id,
            @QueryParam("offset") @DefaultValue("0") @Zahlenbereich(min = 0, max = Seitenweise.OFFSET_HOECHSTENS) int offset,
            @QueryParam("limit") @DefaultValue(Seitenweise.STANDARD_TEXT) @Zahlenbereich(min = 1, max = Seitenweise.HOECHSTENS_LANG) int limit) {
        return Seitenweise.seite(wahlen.vorschlaege(id).stream().map(VorschlagDto::of).toList(), offset, limit);
    }

    @POST
    @Path("{id}/vorschlaege")
    public VorschlagDto vorschlag(@PathParam("id") Long id, VorschlagEingabe e) {
        Requests.body(e);
        Wahlart wahl = Requests.enumValue(Wahlart.class, "wahl", e.wahl(), "Die Wahl muss WERKSTATTRAT oder "
                + "FRAUENBEAUFTRAGTE sein.");
        return VorschlagDto.of(wahlen.vorschlagEinreichen(id, wahl, e.bewerberId(), Boolean.TRUE.equals(e.zustimmung()),
                e.unterstuetzer(), datum(e.eingereichtAm(), "eingereichtAm")));
    }

    @GET
    @Path("{id}/ergebnis")
    public ErgebnisDto ergebnis(@PathParam("id") Long id) {
        WahlService.Ergebnis e = wahlen.ergebnis(id);
        return new ErgebnisDto(ProjektDto.of(e.projekt()), e.werkstattrat().gewaehlt().stream().map(VorschlagDto::of)
                .toList(), e.werkstattrat().ersatz().stream().map(VorschlagDto::of).toList(),
                e.frauenbeauftragte().gewaehlt().stream().map(VorschlagDto::of).toList(), e.zielFrauen(),
                e.frauenGewaehlt(), s(e.annahmeBis()), e.naechsteRegelwahl(), e.lose());
    }

    @GET
    @Path("{id}/{dokument}.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") Long id, @PathParam("dokument") String dokument) {
        byte[] pdf = switch (dokument) {
            case "wahlausschreiben" -> dokumente.wahlausschreiben(id);
            case "wahlausschreiben-leichte-sprache" -> dokumente.wahlausschreibenLeichteSprache(id);
            case "waehlerliste" -> dokumente.waehlerliste(id, false);
            case "waehlerliste-frauen" -> dokumente.waehlerliste(id, true);
            case "bewerber" -> dokumente.bewerber(id);
            case "stimmzettel-werkstattrat" -> dokumente.stimmzettel(id, Wahlart.WERKSTATTRAT);
            case "stimmzettel-frauenbeauftragte" -> dokumente.stimmzettel(id, Wahlart.FRAUENBEAUFTRAGTE);
            case "niederschrift" -> dokumente.niederschrift(id);
            case "bekanntmachung" -> dokumente.bekanntmachung(id);
            default -> throw new de.werkerp.platform.control.NotFound("Dieses Dokument gibt es nicht.");
        };
        return Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"" + dokument + "-" + id + ".pdf\"").build();
    }

    private static LocalDate tag(String stichtag) {
        LocalDate t = datum(stichtag, "stichtag");
        return t == null ? LocalDate.now(ZoneId.of("Europe/Berlin")) : t;
    }

    private static LocalDate datum(String text, String feld) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationFailure(feld, "„" + text + "“ ist kein Datum (erwartet: JJJJ-MM-TT, z. B. 2025-11-12).");
        }
    }

    private static String s(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
