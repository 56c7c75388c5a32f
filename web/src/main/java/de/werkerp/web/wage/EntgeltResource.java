package de.werkerp.web.wage;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.contract.control.Vollzeitaenderung;
import de.werkerp.wage.boundary.EntgeltStammdatenService;
import de.werkerp.wage.boundary.EntgeltdokumentService;
import de.werkerp.wage.boundary.EntgeltlaufService;
import de.werkerp.wage.control.RechenzeilenJson;
import de.werkerp.wage.control.Rechenzeile;
import de.werkerp.wage.control.WvoTeilzeit;
import de.werkerp.wage.entity.Entgelteinstellung;
import de.werkerp.wage.entity.Abrechnung;
import de.werkerp.wage.entity.Entgeltlauf;
import de.werkerp.web.api.Requests;
import de.werkerp.web.api.Seitenweise;
import de.werkerp.web.api.Zahlenbereich;

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

    @Schema(name = "EntgeltLaufAnfrage")
    public record LaufAnfrage(Long einrichtungId, String monat) {
    }

    @Schema(name = "EntgeltLaufDto")
    public record LaufDto(Long id, Long einrichtungId, String monat, String status, String berechnetVon,
            String freigegebenVon, int anzahl, String summeAuszahlung, boolean veraltet, String meldung,
            int fortschritt, int gesamt) {
        // fortschritt/gesamt: while LAEUFT, persons computed so far of all (on any node of a cluster, written every
        // second by the computing node; gesamt 0 while the computation loads its data)
        static LaufDto of(Entgeltlauf l) {
            return new LaufDto(l.getId(), l.getEinrichtung().getId(), l.getMonat().toString(), l.getStatus().name(),
                    l.getBerechnetVon(), l.getFreigegebenVon(), l.getAnzahl(), l.getSummeAuszahlung().setScale(2)
                            .toPlainString(), l.isVeraltet(), l.getMeldung(), l.getFortschritt(), l.getGesamt());
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

    /** The full time and the reading of § 6 Abs. 2 WVO of an Einrichtung (the rest of the settings: page only). */
    public record EinstellungDto(Long einrichtungId, boolean gespeichert, String vollzeitStunden,
            String teilzeitregelung, String wvoTeilzeit, String wvoTeilzeitText) {
        static EinstellungDto of(Entgelteinstellung s) {
            return new EinstellungDto(s.getEinrichtung().getId(), !s.isNew(),
                    s.getVollzeitStunden().stripTrailingZeros().toPlainString(), s.getTeilzeitregelung().name(),
                    s.getWvoTeilzeit().name(), s.getWvoTeilzeit().getLabel() + ". " + s.getWvoTeilzeit().getErklaerung());
        }
    }

    /** {@code PUT einstellungen/{einrichtung}}: only the given fields change. */
    public record EinstellungAenderung(String vollzeitStunden, String wvoTeilzeit, boolean bestaetigt) {
    }

    /** A working time that a new full time makes part time ({@code teilzeitgrund} null: none recorded). */
    public record BetroffenDto(Long vertragId, Long beschaeftigterId, String name, String personalnummer,
            String gueltigAb, String gueltigBis, String wochenstunden, String teilzeitgrund, boolean teilzeitgrundFehlt) {
        static BetroffenDto of(Vollzeitaenderung.Betroffen b) {
            Vollzeitaenderung.Arbeitszeitstand z = b.arbeitszeit();
            return new BetroffenDto(z.vertragId(), z.beschaeftigterId(), z.name(), z.personalnummer(),
                    z.gueltigAb().toString(), z.gueltigBis() == null ? null : z.gueltigBis().toString(),
                    z.wochenstunden().stripTrailingZeros().toPlainString(),
                    z.teilzeitgrund() == null ? null : z.teilzeitgrund().name(), b.grundFehlt());
        }
    }

    @EJB
    EntgeltlaufService laeufe;

    @EJB
    EntgeltStammdatenService stammdaten;

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
    public List<LaufDto> laeufe(@QueryParam("einrichtung") Long einrichtungId,
            @QueryParam("offset") @DefaultValue("0") @Zahlenbereich(min = 0, max = Seitenweise.OFFSET_HOECHSTENS) int offset,
            @QueryParam("limit") @DefaultValue(Seitenweise.STANDARD_TEXT) @Zahlenbereich(min = 1, max = Seitenweise.HOECHSTENS_LANG) int limit) {
        if (einrichtungId == null) {
            throw new ValidationFailure("einrichtung", "Bitte die Einrichtung angeben (?einrichtung=…).");
        }
        return Seitenweise.seite(laeufe.laeufe(einrichtungId).stream().map(LaufDto::of).toList(), offset, limit);
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
    public List<AbrechnungDto> abrechnungen(@PathParam("id") Long id,
            @QueryParam("offset") @DefaultValue("0") @Zahlenbereich(min = 0, max = Seitenweise.OFFSET_HOECHSTENS) int offset,
            @QueryParam("limit") @DefaultValue(Seitenweise.STANDARD_TEXT) @Zahlenbereich(min = 1, max = Seitenweise.HOECHSTENS_LANG) int limit) {
        return Seitenweise.seite(laeufe.abrechnungen(id, offset, limit), AbrechnungDto::of);
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
        dokumente.pruefeLohnzettel(id); // 404/400 before the stream starts
        StreamingOutput zip = out -> dokumente.alleLohnzettel(id, out);
        return Response.ok(zip, "application/zip").header("Content-Disposition", "attachment; filename=\"lohnzettel-"
                + id + ".zip\"").build();
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

    // ------------------------------------------------------------------ settings: full time (issue 15 item 2)

    @GET
    @Path("einstellungen/{einrichtung}")
    public EinstellungDto einstellung(@PathParam("einrichtung") Long einrichtungId) {
        return EinstellungDto.of(stammdaten.einstellung(einrichtungId));
    }

    /**
     * Dry run of a new full time: the current and future working times that would be part time, with their reason or
     * {@code teilzeitgrundFehlt}. Changes nothing.
     */
    @GET
    @Path("einstellungen/{einrichtung}/vollzeit-vorschau")
    public List<BetroffenDto> vollzeitVorschau(@PathParam("einrichtung") Long einrichtungId,
            @QueryParam("stunden") String stunden,
            @QueryParam("offset") @DefaultValue("0") @Zahlenbereich(min = 0, max = Seitenweise.OFFSET_HOECHSTENS) int offset,
            @QueryParam("limit") @DefaultValue(Seitenweise.STANDARD_TEXT) @Zahlenbereich(min = 1, max = Seitenweise.HOECHSTENS_LANG) int limit) {
        return Seitenweise.seite(stammdaten.vollzeitVorschau(einrichtungId, stunden(stunden)).stream().map(BetroffenDto::of).toList(), offset, limit);
    }

    /**
     * Changes the full time and/or the reading of § 6 Abs. 2 WVO of stored settings. A new full time that leaves
     * working times part time without a reason answers 400 on {@code vollzeitStunden} listing them, unless
     * {@code "bestaetigt": true}.
     */
    @PUT
    @Path("einstellungen/{einrichtung}")
    public EinstellungDto einstellungAendern(@PathParam("einrichtung") Long einrichtungId, EinstellungAenderung a) {
        Requests.body(a);
        Entgelteinstellung s = stammdaten.einstellung(einrichtungId);
        if (a.vollzeitStunden() != null) {
            s.setVollzeitStunden(stunden(a.vollzeitStunden()));
        }
        if (a.wvoTeilzeit() != null) {
            s.setWvoTeilzeit(Requests.enumValue(WvoTeilzeit.class, "wvoTeilzeit", a.wvoTeilzeit(),
                    "Erlaubt sind WIE_JEDE_TEILZEIT (Standard, rules.md § 1) oder NICHT_GEKUERZT (BAGüS)."));
        }
        return EinstellungDto.of(stammdaten.einstellungSpeichern(s, a.bestaetigt()));
    }

    private static java.math.BigDecimal stunden(String text) {
        if (text == null || text.isBlank()) {
            throw new ValidationFailure("vollzeitStunden", "Bitte die Wochenstunden der Vollzeit angeben, z. B. 38.5.");
        }
        try {
            return new java.math.BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new ValidationFailure("vollzeitStunden", "„" + text + "“ ist keine Stundenzahl: bitte z. B. 38.5 "
                    + "angeben.");
        }
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
