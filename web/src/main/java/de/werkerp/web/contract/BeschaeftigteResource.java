package de.werkerp.web.contract;

import java.util.List;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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

import de.werkerp.contract.boundary.BeschaeftigteService;
import de.werkerp.contract.entity.Beschaeftigter;
import de.werkerp.contract.entity.Geschlecht;
import de.werkerp.contract.entity.Personenkreis;
import de.werkerp.web.api.Requests;
import de.werkerp.web.api.Seitenweise;
import de.werkerp.web.api.Zahlenbereich;

/**
 * REST: the people (Beschäftigte). Dates as JJJJ-MM-TT. Personenkreis and the scope of the
 * Betreuung come back only for the social service and the tenant admin. DELETE deactivates.
 */
@Path("beschaeftigte")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Beschäftigte")
public class BeschaeftigteResource {

    /** {@code geschlecht}: WEIBLICH, MAENNLICH, DIVERS, OHNE_ANGABE. */
    public record BeschaeftigterDto(Long id, String vorname, String nachname, String geburtsdatum, String geschlecht,
            String strasse, String plz, String ort, String rvNummer, String krankenkasseName,
            String krankenkasseBetriebsnummer, Boolean kinderlos, Integer kinderUnter25, String iban,
            String kontoinhaber, String betreuerName, String betreuungUmfang, String betreuerKontakt,
            String personenkreis, Boolean aktiv, Long version) {

        static BeschaeftigterDto of(Beschaeftigter b) {
            return new BeschaeftigterDto(b.getId(), b.getVorname(), b.getNachname(), b.getGeburtsdatum().toString(),
                    b.getGeschlecht().name(), b.getStrasse(), b.getPlz(), b.getOrt(), b.getRvNummer(),
                    b.getKrankenkasseName(), b.getKrankenkasseBetriebsnummer(), b.isKinderlos(), b.getKinderUnter25(),
                    b.getIban(), b.getKontoinhaber(), b.getBetreuerName(), b.getBetreuungUmfang(), b.getBetreuerKontakt(),
                    b.getPersonenkreis() == null ? null : b.getPersonenkreis().name(), b.isAktiv(), b.getVersion());
        }

        void applyTo(Beschaeftigter b) {
            b.setVorname(Texts.trim(vorname));
            b.setNachname(Texts.trim(nachname));
            b.setGeburtsdatum(Texts.date("geburtsdatum", geburtsdatum));
            b.setGeschlecht(Requests.enumValue(Geschlecht.class, "geschlecht", geschlecht,
                    "Das Geschlecht muss WEIBLICH, MAENNLICH, DIVERS oder OHNE_ANGABE sein."));
            b.setStrasse(Texts.trim(strasse));
            b.setPlz(Texts.trim(plz));
            b.setOrt(Texts.trim(ort));
            b.setRvNummer(Texts.trim(rvNummer));
            b.setKrankenkasseName(Texts.trim(krankenkasseName));
            b.setKrankenkasseBetriebsnummer(Texts.trim(krankenkasseBetriebsnummer));
            b.setKinderlos(Boolean.TRUE.equals(kinderlos));
            b.setKinderUnter25(kinderUnter25 == null ? 0 : kinderUnter25);
            b.setIban(Texts.trim(iban));
            b.setKontoinhaber(Texts.trim(kontoinhaber));
            b.setBetreuerName(Texts.trim(betreuerName));
            b.setBetreuungUmfang(Texts.trim(betreuungUmfang));
            b.setBetreuerKontakt(Texts.trim(betreuerKontakt));
            b.setPersonenkreis(Requests.enumValue(Personenkreis.class, "personenkreis", personenkreis,
                    "Unbekannter Personenkreis."));
            if (aktiv != null) {
                b.setAktiv(aktiv);
            }
            b.setVersion(version);
        }
    }

    @EJB
    BeschaeftigteService service;

    @EJB
    de.werkerp.privacy.boundary.AuskunftService auskunft;

    /**
     * Art. 15 DSGVO: every stored datum of the person by category, with retention and the audit entries about it
     * (tenant admin; recorded in the audit trail as a read).
     */
    @GET
    @Path("{id}/auskunft")
    public de.werkerp.privacy.boundary.AuskunftService.Auskunft auskunft(@PathParam("id") long id) {
        return auskunft.auskunft(id);
    }

    /** The same as a German PDF. */
    @GET
    @Path("{id}/auskunft.pdf")
    @Produces("application/pdf")
    public Response auskunftPdf(@PathParam("id") long id) {
        return Response.ok(auskunft.pdf(id))
                .header("Content-Disposition", "attachment; filename=\"auskunft-" + id + ".pdf\"").build();
    }

    @GET
    public List<BeschaeftigterDto> list(@QueryParam("offset") @DefaultValue("0") @Zahlenbereich(min = 0, max = Seitenweise.OFFSET_HOECHSTENS) int offset,
            @QueryParam("limit") @DefaultValue(Seitenweise.STANDARD_TEXT) @Zahlenbereich(min = 1, max = Seitenweise.HOECHSTENS_LANG) int limit) {
        return Seitenweise.seite(service.beschaeftigte(offset, limit), BeschaeftigterDto::of);
    }

    @GET
    @Path("{id}")
    public BeschaeftigterDto get(@PathParam("id") long id) {
        return BeschaeftigterDto.of(service.find(id));
    }

    @POST
    public Response create(BeschaeftigterDto dto, @QueryParam("trotzGleichemNamen") @DefaultValue("false") boolean trotz) {
        Beschaeftigter b = new Beschaeftigter();
        Requests.body(dto).applyTo(b);
        b.setVersion(null);
        return Response.status(201).entity(BeschaeftigterDto.of(service.create(b, trotz))).build();
    }

    @PUT
    @Path("{id}")
    public BeschaeftigterDto update(@PathParam("id") long id, BeschaeftigterDto dto) {
        Beschaeftigter b = service.find(id);
        Requests.body(dto).applyTo(b);
        return BeschaeftigterDto.of(service.update(b));
    }

    @DELETE
    @Path("{id}")
    public BeschaeftigterDto deactivate(@PathParam("id") long id) {
        return BeschaeftigterDto.of(service.setAktiv(id, false));
    }
}
