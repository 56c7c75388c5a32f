package de.werkerp.web.billing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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

import de.werkerp.billing.boundary.AbrechnungDokumentService;
import de.werkerp.billing.boundary.AbrechnungService;
import de.werkerp.billing.boundary.VerguetungService;
import de.werkerp.billing.control.Satzart;
import de.werkerp.billing.entity.Abrechnungslauf;
import de.werkerp.billing.entity.Rechnung;
import de.werkerp.billing.entity.Rechnungsposition;
import de.werkerp.billing.entity.Verguetungsvereinbarung;
import de.werkerp.contract.entity.Bereich;
import de.werkerp.contract.entity.Personenkreis;
import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.web.api.Seitenweise;
import de.werkerp.web.api.Zahlenbereich;
import de.werkerp.web.api.Requests;
import de.werkerp.web.wage.EntgeltResource;

/**
 * REST: Leistungsabrechnung — Vergütungsvereinbarungen, monthly billing runs (compute, four-eyes release), invoices
 * (JSON, PDF, XRechnung), payments (entry, CSV import), open items, revenue. Amounts as strings with two decimals,
 * months as JJJJ-MM. Roles: payroll, management, tenant admin work; the auditor reads (enforced by the boundaries).
 */
@Path("abrechnung")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Leistungsabrechnung")
public class AbrechnungResource {

    public record VereinbarungDto(Long id, Long version, Long einrichtungId, Long leistungstraegerId, String leistungstraeger,
            String bezeichnung, String bereich, String personenkreis, String gueltigAb, String gueltigBis, String satzart,
            String betrag, String teilzeitGrenze, String teilzeitKuerzung, Integer fehltageJahr, String haushaltsstelle,
            String haushaltsstelleText, String leitwegId) {
        static VereinbarungDto of(Verguetungsvereinbarung v) {
            return new VereinbarungDto(v.getId(), v.getVersion(), v.getEinrichtung().getId(),
                    v.getLeistungstraeger().getId(), v.getLeistungstraeger().getName(), v.getBezeichnung(),
                    v.getBereich().name(), v.getPersonenkreis() == null ? null : v.getPersonenkreis().name(),
                    v.getGueltigAb().toString(), v.getGueltigBis() == null ? null : v.getGueltigBis().toString(),
                    v.getSatzart().name(), s(v.getBetrag()), s(v.getTeilzeitGrenze()), s(v.getTeilzeitKuerzung()),
                    v.getFehltageJahr(), v.getHaushaltsstelle(), v.getHaushaltsstelleText(), v.getLeitwegId());
        }

        /** Copies the fields onto a new or loaded agreement (a loaded one keeps its id; version for the check). */
        Verguetungsvereinbarung applyTo(Verguetungsvereinbarung v) {
            if (version != null) {
                v.setVersion(version);
            }
            v.setBezeichnung(bezeichnung);
            v.setBereich(Requests.enumValue(Bereich.class, "bereich", bereich, "Bitte EV, BBB oder AB angeben."));
            v.setPersonenkreis(Requests.enumValue(Personenkreis.class, "personenkreis", personenkreis,
                    "Unbekannter Personenkreis."));
            v.setGueltigAb(datum(gueltigAb, "gueltigAb"));
            v.setGueltigBis(datum(gueltigBis, "gueltigBis"));
            v.setSatzart(Requests.enumValue(Satzart.class, "satzart", satzart,
                    "Bitte TAGESSATZ, MONATSPAUSCHALE oder FACHLEISTUNGSSTUNDE angeben."));
            v.setBetrag(geld(betrag, "betrag"));
            v.setTeilzeitGrenze(geld(teilzeitGrenze, "teilzeitGrenze"));
            v.setTeilzeitKuerzung(geld(teilzeitKuerzung, "teilzeitKuerzung"));
            v.setFehltageJahr(fehltageJahr);
            v.setHaushaltsstelle(haushaltsstelle);
            v.setHaushaltsstelleText(haushaltsstelleText);
            v.setLeitwegId(leitwegId);
            return v;
        }
    }

    @Schema(name = "AbrechnungLaufAnfrage")
    public record LaufAnfrage(Long einrichtungId, String monat) {
    }

    @Schema(name = "AbrechnungLaufDto")
    public record LaufDto(Long id, Long einrichtungId, String monat, String status, String berechnetVon,
            String freigegebenVon, int anzahl, String summe, boolean veraltet, List<String> probleme,
            List<String> hinweise) {
        static LaufDto of(Abrechnungslauf l) {
            return new LaufDto(l.getId(), l.getEinrichtung().getId(), l.getMonat().toString(), l.getStatus().name(),
                    l.getBerechnetVon(), l.getFreigegebenVon(), l.getAnzahl(), s(l.getSumme()), l.isVeraltet(),
                    zeilen(l.getProbleme()), zeilen(l.getMeldung()));
        }
    }

    public record PositionDto(Long id, Long beschaeftigterId, String name, String aktenzeichen, String haushaltsstelle,
            String bereich, String leistungsmonat, String von, String bis, boolean korrektur, String satzart,
            String menge, String einzelpreis, String betragAlt, String betragNeu, String betrag, int anwesenheitstage,
            int fehltage, int fehltageNichtFinanziert, String hinweis) {
        static PositionDto of(Rechnungsposition p) {
            return new PositionDto(p.getId(), p.getBeschaeftigterId(), p.getName(), p.getAktenzeichen(),
                    p.getHaushaltsstelle(), p.getBereich().name(), p.getLeistungsmonat().toString(),
                    p.getVon().toString(), p.getBis().toString(), p.isKorrektur(), p.getSatzart().name(),
                    p.getMenge().toPlainString(), s(p.getEinzelpreis()), s(p.getBetragAlt()), s(p.getBetragNeu()),
                    s(p.getBetrag()), p.getAnwesenheitstage(), p.getFehltage(), p.getFehltageNichtFinanziert(),
                    p.getHinweis());
        }
    }

    @Schema(name = "AbrechnungRechnungDto")
    public record RechnungDto(Long id, Long laufId, String nummer, Long leistungstraegerId, String leistungstraeger,
            String rechnungsdatum, String faelligAm, String summe, String bezahlt, String offen,
            List<PositionDto> positionen) {
        static RechnungDto of(Rechnung r, List<PositionDto> positionen) {
            return new RechnungDto(r.getId(), r.getLauf().getId(), r.getNummer(), r.getLeistungstraeger().getId(),
                    r.getLeistungstraeger().getName(), r.getRechnungsdatum().toString(), r.getFaelligAm().toString(),
                    s(r.getSumme()), s(r.getBezahlt()), s(r.offen()), positionen);
        }
    }

    public record ZahlungDto(String datum, String betrag, String verwendungszweck) {
    }

    public record OffenerPostenDto(Long leistungstraegerId, String leistungstraeger, int rechnungen, String fakturiert,
            String bezahlt, String offen) {
    }

    public record StundenDto(Long beschaeftigterId, String monat, String stunden) {
    }

    public record UmsatzDto(String monat, String leistungstraeger, String abgerechnet, String bezahlt) {
    }

    @EJB
    VerguetungService verguetung;

    @EJB
    AbrechnungService abrechnung;

    @EJB
    AbrechnungDokumentService dokumente;

    // ------------------------------------------------------------------ agreements

    @GET
    @Path("vereinbarungen")
    public List<VereinbarungDto> vereinbarungen(@QueryParam("einrichtung") Long einrichtung,
            @QueryParam("offset") @DefaultValue("0") @Zahlenbereich(min = 0, max = Seitenweise.OFFSET_HOECHSTENS) int offset,
            @QueryParam("limit") @DefaultValue(Seitenweise.STANDARD_TEXT) @Zahlenbereich(min = 1, max = Seitenweise.HOECHSTENS_LANG) int limit) {
        return Seitenweise.seite(verguetung.vereinbarungen(einrichtung).stream().map(VereinbarungDto::of).toList(), offset, limit);
    }

    @GET
    @Path("vereinbarungen/{id}")
    public VereinbarungDto vereinbarung(@PathParam("id") Long id) {
        return VereinbarungDto.of(verguetung.vereinbarung(id));
    }

    @POST
    @Path("vereinbarungen")
    public VereinbarungDto anlegen(VereinbarungDto dto) {
        Requests.body(dto);
        if (dto.id() != null) {
            throw new ValidationFailure("id", "Eine neue Vereinbarung hat noch keine Kennung.");
        }
        return VereinbarungDto.of(verguetung.speichern(dto.applyTo(new Verguetungsvereinbarung()), dto.einrichtungId(),
                dto.leistungstraegerId()));
    }

    @PUT
    @Path("vereinbarungen/{id}")
    public VereinbarungDto aendern(@PathParam("id") Long id, VereinbarungDto dto) {
        Requests.body(dto);
        Verguetungsvereinbarung v = verguetung.vereinbarung(id);
        return VereinbarungDto.of(verguetung.speichern(dto.applyTo(v), dto.einrichtungId(), dto.leistungstraegerId()));
    }

    @DELETE
    @Path("vereinbarungen/{id}")
    public Response loeschen(@PathParam("id") Long id) {
        verguetung.loeschen(id);
        return Response.noContent().build();
    }

    /** Records the Fachleistungsstunden of a person in a month (for agreements with an hourly rate). */
    @PUT
    @Path("leistungsstunden")
    public StundenDto stunden(StundenDto dto) {
        Requests.body(dto);
        var gespeichert = verguetung.stundenErfassen(dto.beschaeftigterId(), EntgeltResource.monat(dto.monat()),
                geld(dto.stunden(), "stunden"));
        return new StundenDto(gespeichert.getBeschaeftigter().getId(), gespeichert.getMonat().toString(),
                s(gespeichert.getStunden()));
    }

    // ------------------------------------------------------------------ runs

    @GET
    @Path("laeufe")
    public List<LaufDto> laeufe(@QueryParam("einrichtung") Long einrichtung,
            @QueryParam("offset") @DefaultValue("0") @Zahlenbereich(min = 0, max = Seitenweise.OFFSET_HOECHSTENS) int offset,
            @QueryParam("limit") @DefaultValue(Seitenweise.STANDARD_TEXT) @Zahlenbereich(min = 1, max = Seitenweise.HOECHSTENS_LANG) int limit) {
        return Seitenweise.seite(abrechnung.laeufe(einrichtung).stream().map(LaufDto::of).toList(), offset, limit);
    }

    @POST
    @Path("laeufe")
    public LaufDto berechnen(LaufAnfrage anfrage) {
        Requests.body(anfrage);
        return LaufDto.of(abrechnung.berechnen(anfrage.einrichtungId(), EntgeltResource.monat(anfrage.monat())));
    }

    @GET
    @Path("laeufe/{id}")
    public LaufDto lauf(@PathParam("id") Long id) {
        return LaufDto.of(abrechnung.lauf(id));
    }

    @POST
    @Path("laeufe/{id}/freigabe")
    public LaufDto freigeben(@PathParam("id") Long id) {
        return LaufDto.of(abrechnung.freigeben(id));
    }

    @GET
    @Path("laeufe/{id}/rechnungen")
    public List<RechnungDto> rechnungen(@PathParam("id") Long id,
            @QueryParam("offset") @DefaultValue("0") @Zahlenbereich(min = 0, max = Seitenweise.OFFSET_HOECHSTENS) int offset,
            @QueryParam("limit") @DefaultValue(Seitenweise.STANDARD_TEXT) @Zahlenbereich(min = 1, max = Seitenweise.HOECHSTENS_LANG) int limit) {
        return Seitenweise.seite(abrechnung.rechnungen(id).stream().map(r -> RechnungDto.of(r, null)).toList(), offset, limit);
    }

    /** Absence notice of the month: persons with at least {@code abTagen} (default 5) absence days. */
    @GET
    @Path("laeufe/{id}/fehlzeiten.pdf")
    @Produces("application/pdf")
    public Response fehlzeitenPdf(@PathParam("id") Long id, @QueryParam("abTagen") @Zahlenbereich(min = 0, max = 366) Integer abTagen) {
        return Response.ok(dokumente.fehlzeitenPdf(id, abTagen == null ? 5 : abTagen), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"fehlzeiten-" + id + ".pdf\"").build();
    }

    @GET
    @Path("laeufe/{id}/fehlzeiten.csv")
    @Produces("text/csv")
    public Response fehlzeitenCsv(@PathParam("id") Long id, @QueryParam("abTagen") @Zahlenbereich(min = 0, max = 366) Integer abTagen) {
        return Response.ok(dokumente.fehlzeitenCsv(id, abTagen == null ? 5 : abTagen), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"fehlzeiten-" + id + ".csv\"").build();
    }

    // ------------------------------------------------------------------ invoices and payments

    @GET
    @Path("rechnungen/{id}")
    public RechnungDto rechnung(@PathParam("id") Long id) {
        return RechnungDto.of(abrechnung.rechnung(id), abrechnung.positionen(id).stream().map(PositionDto::of)
                .toList());
    }

    @GET
    @Path("rechnungen/{id}/rechnung.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") Long id) {
        return Response.ok(dokumente.rechnungPdf(id), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"rechnung-" + id + ".pdf\"").build();
    }

    @GET
    @Path("rechnungen/{id}/xrechnung.xml")
    @Produces(MediaType.APPLICATION_XML)
    public Response xrechnung(@PathParam("id") Long id) {
        return Response.ok(dokumente.xrechnung(id).getBytes(StandardCharsets.UTF_8), "application/xml; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"xrechnung-" + id + ".xml\"").build();
    }

    @POST
    @Path("rechnungen/{id}/zahlungen")
    public RechnungDto zahlung(@PathParam("id") Long id, ZahlungDto dto) {
        Requests.body(dto);
        abrechnung.zahlungBuchen(id, datum(dto.datum(), "datum"), geld(dto.betrag(), "betrag"),
                dto.verwendungszweck());
        return rechnung(id);
    }

    /** CSV body {@code Rechnungsnummer;Datum;Betrag;Verwendungszweck} with header line; all or nothing. */
    @POST
    @Path("zahlungen/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public AbrechnungService.Zahlungsimport zahlungenImportieren(String csv) {
        return abrechnung.zahlungenImportieren(csv);
    }

    @GET
    @Path("offene-posten")
    public List<OffenerPostenDto> offenePosten(@QueryParam("offset") @DefaultValue("0") @Zahlenbereich(min = 0, max = Seitenweise.OFFSET_HOECHSTENS) int offset,
            @QueryParam("limit") @DefaultValue(Seitenweise.STANDARD_TEXT) @Zahlenbereich(min = 1, max = Seitenweise.HOECHSTENS_LANG) int limit) {
        return Seitenweise.seite(abrechnung.offenePosten().stream().map(o -> new OffenerPostenDto(o.leistungstraegerId(),
                o.leistungstraeger(), o.rechnungen(), s(o.fakturiert()), s(o.bezahlt()), s(o.offen()))).toList(), offset, limit);
    }

    @GET
    @Path("offene-posten.csv")
    @Produces("text/csv")
    public Response offenePostenCsv() {
        return Response.ok(dokumente.offenePostenCsv(), "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"offene-posten.csv\"").build();
    }

    @GET
    @Path("umsatz")
    public List<UmsatzDto> umsatz(@QueryParam("jahr") @Zahlenbereich(min = 1900, max = 2200) Integer jahr,
            @QueryParam("offset") @DefaultValue("0") @Zahlenbereich(min = 0, max = Seitenweise.OFFSET_HOECHSTENS) int offset,
            @QueryParam("limit") @DefaultValue(Seitenweise.STANDARD_TEXT) @Zahlenbereich(min = 1, max = Seitenweise.HOECHSTENS_LANG) int limit) {
        if (jahr == null) {
            throw new ValidationFailure("jahr", "Bitte das Jahr angeben (?jahr=2025).");
        }
        return Seitenweise.seite(abrechnung.umsatz(jahr).stream().map(u -> new UmsatzDto(u.monat().toString(), u.leistungstraeger(),
                s(u.abgerechnet()), s(u.bezahlt()))).toList(), offset, limit);
    }

    /** The billed fees of the Arbeitsbereich in a year: the figure for the Arbeitsergebnis line I.2 Kostensätze. */
    @GET
    @Path("kostensaetze")
    public String kostensaetze(@QueryParam("einrichtung") Long einrichtung, @QueryParam("jahr") @Zahlenbereich(min = 1900, max = 2200) Integer jahr) {
        if (jahr == null) {
            throw new ValidationFailure("jahr", "Bitte das Jahr angeben (?jahr=2025).");
        }
        return jakarta.json.Json.createObjectBuilder().add("einrichtungId", einrichtung).add("jahr", jahr)
                .add("kostensaetze", s(abrechnung.kostensaetzeArbeitsbereich(einrichtung, jahr))).build().toString();
    }

    // ------------------------------------------------------------------ helpers

    static LocalDate datum(String text, String feld) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ValidationFailure(feld, "Bitte ein Datum als JJJJ-MM-TT angeben, z. B. 2025-03-01.");
        }
    }

    static BigDecimal geld(String text, String feld) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip()).setScale(2, RoundingMode.UNNECESSARY);
        } catch (NumberFormatException | ArithmeticException e) {
            throw new ValidationFailure(feld, "Bitte einen Betrag mit höchstens zwei Nachkommastellen angeben, z. B. "
                    + "\"85.40\".");
        }
    }

    private static String s(BigDecimal b) {
        return b == null ? null : b.toPlainString();
    }

    private static List<String> zeilen(String text) {
        return text == null || text.isBlank() ? List.of() : List.of(text.split("\n"));
    }
}
