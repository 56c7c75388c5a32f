package de.werkerp.web.privacy;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.werkerp.privacy.boundary.DatenschutzService;
import de.werkerp.privacy.control.Aufbewahrungskategorie;
import de.werkerp.privacy.entity.Loeschvorschlag;
import de.werkerp.web.api.Requests;
import de.werkerp.web.api.Seitenweise;
import de.werkerp.web.api.Zahlenbereich;

/**
 * REST: retention periods, the deletion list and the four-eyes anonymisation (tenant admin; the auditor reads the
 * periods and proposals). The Art. 15 export is under {@code beschaeftigte/{id}/auskunft}.
 */
@Path("datenschutz")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Datenschutz")
public class DatenschutzResource {

    public record FristDto(String kategorie, String bezeichnung, String anlass, int standardJahre, int jahre,
            String rechtsgrundlage) {
        static FristDto of(DatenschutzService.Frist f) {
            return new FristDto(f.kategorie().name(), f.getLabel(), f.getAnlass(), f.standardJahre(), f.jahre(),
                    f.rechtsgrundlage());
        }
    }

    public record JahreDto(Integer jahre) {
    }

    public record KandidatDto(Long beschaeftigterId, String name, LocalDate vertragsende, LocalDate loeschbarAb,
            Map<String, LocalDate> aufbewahrenBis, Long vorschlagId, String vorgeschlagenVon) {
        static KandidatDto of(DatenschutzService.Kandidat k) {
            Map<String, LocalDate> bis = new java.util.TreeMap<>();
            k.fristenden().forEach((kategorie, tag) -> bis.put(kategorie.name(), tag));
            return new KandidatDto(k.beschaeftigterId(), k.name(), k.vertragsende(), k.loeschbarAb(), bis,
                    k.vorschlagId(), k.vorgeschlagenVon());
        }
    }

    @Schema(name = "DatenschutzVorschlagDto")
    public record VorschlagDto(Long id, Long beschaeftigterId, String status, String vorgeschlagenVon,
            String vorgeschlagenAm, String bestaetigtVon, String bestaetigtAm) {
        static VorschlagDto of(Loeschvorschlag v) {
            return new VorschlagDto(v.getId(), v.getBeschaeftigterId(), v.getStatus().name(), v.getVorgeschlagenVon(),
                    String.valueOf(v.getVorgeschlagenAm()), v.getBestaetigtVon(),
                    v.getBestaetigtAm() == null ? null : v.getBestaetigtAm().toString());
        }
    }

    public record NeuerVorschlagDto(Long beschaeftigterId) {
    }

    public record FotosDto(int geloescht) {
    }

    @EJB
    DatenschutzService service;

    @GET
    @Path("fristen")
    public List<FristDto> fristen(@QueryParam("offset") @DefaultValue("0") @Zahlenbereich(min = 0, max = Seitenweise.OFFSET_HOECHSTENS) int offset,
            @QueryParam("limit") @DefaultValue(Seitenweise.STANDARD_TEXT) @Zahlenbereich(min = 1, max = Seitenweise.HOECHSTENS_LANG) int limit) {
        return Seitenweise.seite(service.fristen().stream().map(FristDto::of).toList(), offset, limit);
    }

    /** Lengthens (or resets to the default) a category's period; shorter than the default → 400. */
    @PUT
    @Path("fristen/{kategorie}")
    public FristDto fristSetzen(@PathParam("kategorie") String kategorie, JahreDto dto) {
        Aufbewahrungskategorie k = Requests.enumValue(Aufbewahrungskategorie.class, "kategorie", kategorie,
                "Unbekannte Kategorie.");
        JahreDto body = Requests.body(dto);
        if (body.jahre() == null) {
            throw new de.werkerp.platform.control.ValidationFailure("jahre", "Bitte geben Sie die Jahre an.");
        }
        return FristDto.of(service.fristSetzen(k, body.jahre()));
    }

    /** The people whose periods have all ended (the monthly list); also deletes photos past the challenge period. */
    @GET
    @Path("loeschliste")
    public List<KandidatDto> loeschliste(@QueryParam("offset") @DefaultValue("0") @Zahlenbereich(min = 0, max = Seitenweise.OFFSET_HOECHSTENS) int offset,
            @QueryParam("limit") @DefaultValue(Seitenweise.STANDARD_TEXT) @Zahlenbereich(min = 1, max = Seitenweise.HOECHSTENS_LANG) int limit) {
        return Seitenweise.seite(service.loeschliste().stream().map(KandidatDto::of).toList(), offset, limit);
    }

    @GET
    @Path("loeschvorschlaege")
    public List<VorschlagDto> vorschlaege(@QueryParam("offset") @DefaultValue("0") @Zahlenbereich(min = 0, max = Seitenweise.OFFSET_HOECHSTENS) int offset,
            @QueryParam("limit") @DefaultValue(Seitenweise.STANDARD_TEXT) @Zahlenbereich(min = 1, max = Seitenweise.HOECHSTENS_LANG) int limit) {
        return Seitenweise.seite(service.vorschlaege().stream().map(VorschlagDto::of).toList(), offset, limit);
    }

    @POST
    @Path("loeschvorschlaege")
    public VorschlagDto vorschlagen(NeuerVorschlagDto dto) {
        return VorschlagDto.of(service.vorschlagen(Requests.body(dto).beschaeftigterId()));
    }

    /** The second admin confirms: the person's data is anonymised. The proposer gets 400 (four eyes). */
    @POST
    @Path("loeschvorschlaege/{id}/bestaetigung")
    public VorschlagDto bestaetigen(@PathParam("id") long id) {
        return VorschlagDto.of(service.bestaetigen(id));
    }

    @POST
    @Path("loeschvorschlaege/{id}/verwerfen")
    public VorschlagDto verwerfen(@PathParam("id") long id) {
        return VorschlagDto.of(service.verwerfen(id));
    }

    /** Deletes the candidates' photos whose challenge period has ended now (the daily timer does the same). */
    @POST
    @Path("wahlfotos/loeschung")
    public FotosDto fotosLoeschen() {
        return new FotosDto(service.fotosNachAnfechtungsfristLoeschen());
    }
}
