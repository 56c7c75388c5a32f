package de.werkerp.web.contract;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.werkerp.contract.boundary.NeuerVertrag;
import de.werkerp.contract.boundary.VertragService;
import de.werkerp.contract.boundary.VertragsdokumentService;
import de.werkerp.contract.boundary.Warnung;
import de.werkerp.contract.control.Teilzeitgrund;
import de.werkerp.contract.entity.Arbeitszeit;
import de.werkerp.contract.entity.Bereich;
import de.werkerp.contract.entity.Bewilligung;
import de.werkerp.contract.entity.Platzierung;
import de.werkerp.contract.entity.Vertragsende;
import de.werkerp.contract.entity.Vertragsphase;
import de.werkerp.contract.entity.Werkstattvertrag;
import de.werkerp.web.api.Requests;
import de.werkerp.web.api.Seitenweise;
import de.werkerp.web.api.Zahlenbereich;

/** REST: Werkstattverträge with phases, working time, approvals, end; and the open warnings. Dates as JJJJ-MM-TT. */
@Path("vertraege")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Werkstattverträge")
public class VertragResource {

    public record PhaseDto(Long id, String gueltigAb, String gueltigBis, String bereich, String platzierung, Long gruppeId,
            String arbeitgeber) {
        static PhaseDto of(Vertragsphase p) {
            return new PhaseDto(p.getId(), p.getGueltigAb().toString(), str(p.getGueltigBis()), p.getBereich().name(),
                    p.getPlatzierung().name(), p.getGruppe() == null ? null : p.getGruppe().getId(), p.getArbeitgeber());
        }
    }

    /**
     * {@code teilzeitgrundVertraulich}: a reason is recorded but the caller's role does not read it (payroll,
     * management, auditor; docs/rollen.md), so {@code teilzeitgrund} is left out.
     */
    public record ArbeitszeitDto(Long id, String gueltigAb, String gueltigBis, String wochenstunden, String teilzeitgrund,
            String nachweisDatum, String genehmigtAm, boolean teilzeitgrundVertraulich) {
        static ArbeitszeitDto of(Arbeitszeit a) {
            return new ArbeitszeitDto(a.getId(), a.getGueltigAb().toString(), str(a.getGueltigBis()),
                    a.getWochenstunden().toPlainString(), a.getTeilzeitgrund() == null ? null : a.getTeilzeitgrund().name(),
                    str(a.getNachweisDatum()), str(a.getGenehmigtAm()), a.isTeilzeitgrundVerborgen());
        }
    }

    public record BewilligungDto(Long id, Long leistungstraegerId, String aktenzeichen, String gueltigAb, String gueltigBis,
            String bereich, String satz) {
        static BewilligungDto of(Bewilligung b) {
            return new BewilligungDto(b.getId(), b.getLeistungstraeger().getId(), b.getAktenzeichen(),
                    b.getGueltigAb().toString(), b.getGueltigBis().toString(), b.getBereich().name(),
                    b.getSatz() == null ? null : b.getSatz().toPlainString());
        }
    }

    public record VertragDto(Long id, Long beschaeftigterId, Long einrichtungId, String beginn, String ende, String endeGrund,
            String endeBegruendung, List<PhaseDto> phasen, List<ArbeitszeitDto> arbeitszeiten,
            List<BewilligungDto> bewilligungen) {
    }

    /** A new contract: {@code bereich} EV|BBB|AB, {@code platzierung} GRUPPE|AUSGELAGERT|BETRIEBSINTEGRIERT|WERKSTATT_TRANSFER. */
    public record NeuerVertragDto(Long beschaeftigterId, Long einrichtungId, String beginn, String bereich,
            String platzierung, Long gruppeId, String arbeitgeber, String wochenstunden, String teilzeitgrund,
            String nachweisDatum, String genehmigtAm) {
    }

    public record PhaseAenderungDto(String ab, String bereich, String platzierung, Long gruppeId, String arbeitgeber) {
    }

    public record ArbeitszeitAenderungDto(String ab, String wochenstunden, String teilzeitgrund, String nachweisDatum,
            String genehmigtAm) {
    }

    public record BeendenDto(String ende, String grund, String begruendung) {
    }

    @EJB
    VertragService service;

    @EJB
    VertragsdokumentService dokumente;

    @GET
    public List<VertragDto> list(@QueryParam("beschaeftigterId") Long beschaeftigterId,
            @QueryParam("offset") @DefaultValue("0") @Zahlenbereich(min = 0, max = Seitenweise.OFFSET_HOECHSTENS) int offset,
            @QueryParam("limit") @DefaultValue(Seitenweise.STANDARD_TEXT) @Zahlenbereich(min = 1, max = Seitenweise.HOECHSTENS_LANG) int limit) {
        if (beschaeftigterId == null) {
            var seite = service.vertraege(offset, limit);
            var abschnitte = service.abschnitte(seite.eintraege().stream().map(Werkstattvertrag::getId).toList());
            return Seitenweise.seite(seite, v -> dto(v, abschnitte));
        }
        return Seitenweise.seite(service.vertraegeVon(beschaeftigterId).stream().map(this::dto).toList(), offset, limit);
    }

    @GET
    @Path("{id}")
    public VertragDto get(@PathParam("id") long id) {
        return dto(service.vertrag(id));
    }

    @POST
    public Response create(NeuerVertragDto d) {
        Requests.body(d);
        Werkstattvertrag v = service.anlegen(new NeuerVertrag(d.beschaeftigterId(), d.einrichtungId(),
                Texts.date("beginn", d.beginn()), bereich(d.bereich()), platzierung(d.platzierung()), d.gruppeId(),
                d.arbeitgeber(), Texts.decimal("wochenstunden", d.wochenstunden()), teilzeitgrund(d.teilzeitgrund()),
                Texts.date("nachweisDatum", d.nachweisDatum()), Texts.date("genehmigtAm", d.genehmigtAm())));
        return Response.status(201).entity(dto(v)).build();
    }

    @POST
    @Path("{id}/phasen")
    public Response phase(@PathParam("id") long id, PhaseAenderungDto d) {
        Requests.body(d);
        return Response.status(201).entity(PhaseDto.of(service.phaseWechseln(id, Texts.date("ab", d.ab()),
                bereich(d.bereich()), platzierung(d.platzierung()), d.gruppeId(), d.arbeitgeber()))).build();
    }

    @POST
    @Path("{id}/arbeitszeiten")
    public Response arbeitszeit(@PathParam("id") long id, ArbeitszeitAenderungDto d) {
        Requests.body(d);
        return Response.status(201).entity(ArbeitszeitDto.of(service.arbeitszeitAendern(id, Texts.date("ab", d.ab()),
                Texts.decimal("wochenstunden", d.wochenstunden()), teilzeitgrund(d.teilzeitgrund()),
                Texts.date("nachweisDatum", d.nachweisDatum()), Texts.date("genehmigtAm", d.genehmigtAm())))).build();
    }

    @POST
    @Path("{id}/bewilligungen")
    public Response bewilligung(@PathParam("id") long id, BewilligungDto d) {
        Requests.body(d);
        return Response.status(201).entity(BewilligungDto.of(service.bewilligungAnlegen(id, d.leistungstraegerId(), bewilligung(d))))
                .build();
    }

    private static Bewilligung bewilligung(BewilligungDto d) {
        Bewilligung b = new Bewilligung();
        b.setAktenzeichen(Texts.trim(d.aktenzeichen()));
        b.setGueltigAb(Texts.date("gueltigAb", d.gueltigAb()));
        b.setGueltigBis(Texts.date("gueltigBis", d.gueltigBis()));
        b.setBereich(bereich(d.bereich()));
        b.setSatz(Texts.decimal("satz", d.satz()));
        return b;
    }

    @PUT
    @Path("{id}/bewilligungen/{bewilligungId}")
    public BewilligungDto bewilligungAendern(@PathParam("id") long id, @PathParam("bewilligungId") long bewilligungId,
            BewilligungDto d) {
        Requests.body(d);
        return BewilligungDto.of(service.bewilligungAendern(id, bewilligungId, d.leistungstraegerId(), bewilligung(d)));
    }

    @DELETE
    @Path("{id}/bewilligungen/{bewilligungId}")
    public Response bewilligungLoeschen(@PathParam("id") long id, @PathParam("bewilligungId") long bewilligungId) {
        service.bewilligungLoeschen(id, bewilligungId);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/beenden")
    public VertragDto beenden(@PathParam("id") long id, BeendenDto d) {
        Requests.body(d);
        return dto(service.beenden(id, Texts.date("ende", d.ende()), Requests.enumValue(Vertragsende.class, "grund",
                d.grund(), "Unbekannter Grund für das Vertragsende."), d.begruendung()));
    }

    @GET
    @Path("{id}/vertrag.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") long id) {
        return Response.ok(dokumente.pdf(id)).header("Content-Disposition", "inline; filename=\"werkstattvertrag-" + id + ".pdf\"").build();
    }

    @GET
    @Path("warnungen")
    public List<Warnung> warnungen(@QueryParam("offset") @DefaultValue("0") @Zahlenbereich(min = 0, max = Seitenweise.OFFSET_HOECHSTENS) int offset,
            @QueryParam("limit") @DefaultValue(Seitenweise.STANDARD_TEXT) @Zahlenbereich(min = 1, max = Seitenweise.HOECHSTENS_LANG) int limit) {
        return Seitenweise.seite(service.warnungen(VertragService.heute(), null, null, null, false, offset, limit),
                w -> w);
    }

    private VertragDto dto(Werkstattvertrag v) {
        return new VertragDto(v.getId(), v.getBeschaeftigter().getId(), v.getEinrichtung().getId(), v.getBeginn().toString(),
                str(v.getEnde()), v.getEndeGrund() == null ? null : v.getEndeGrund().name(), v.getEndeBegruendung(),
                service.phasen(v.getId()).stream().map(PhaseDto::of).toList(),
                service.arbeitszeiten(v.getId()).stream().map(ArbeitszeitDto::of).toList(),
                service.bewilligungen(v.getId()).stream().map(BewilligungDto::of).toList());
    }

    /** The same as {@link #dto(Werkstattvertrag)} from the sections read for a whole page. */
    private static VertragDto dto(Werkstattvertrag v, VertragService.Abschnitte a) {
        return new VertragDto(v.getId(), v.getBeschaeftigter().getId(), v.getEinrichtung().getId(), v.getBeginn().toString(),
                str(v.getEnde()), v.getEndeGrund() == null ? null : v.getEndeGrund().name(), v.getEndeBegruendung(),
                a.phasen().getOrDefault(v.getId(), List.of()).stream().map(PhaseDto::of).toList(),
                a.arbeitszeiten().getOrDefault(v.getId(), List.of()).stream().map(ArbeitszeitDto::of).toList(),
                a.bewilligungen().getOrDefault(v.getId(), List.of()).stream().map(BewilligungDto::of).toList());
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }

    private static Bereich bereich(String value) {
        return Requests.enumValue(Bereich.class, "bereich", value, "Der Bereich muss EV, BBB oder AB sein.");
    }

    private static Platzierung platzierung(String value) {
        return Requests.enumValue(Platzierung.class, "platzierung", value,
                "Die Platzierung muss GRUPPE, AUSGELAGERT, BETRIEBSINTEGRIERT oder WERKSTATT_TRANSFER sein.");
    }

    private static Teilzeitgrund teilzeitgrund(String value) {
        return Requests.enumValue(Teilzeitgrund.class, "teilzeitgrund", value,
                "Der Teilzeitgrund muss ART_SCHWERE_BEHINDERUNG, TZBFG_ANTRAG, KINDERBETREUUNG oder PFLEGE_ANGEHOERIGER sein.");
    }
}
