package de.werkerp.web.costing;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

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

import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import de.werkerp.costing.boundary.KalkulationService;
import de.werkerp.costing.control.Arbeitsplatzkosten;
import de.werkerp.costing.control.Kostenkalkulation;
import de.werkerp.costing.entity.Kalkulationsfassung;
import de.werkerp.platform.control.NotFound;
import de.werkerp.platform.control.Texteingabe;
import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.wage.control.Bereich;
import de.werkerp.web.api.Seitenweise;
import de.werkerp.web.api.Zahlenbereich;

/**
 * REST (read only): the aLA cost calculation (seed 003 Tab. 1/2) — versions of an Einrichtung, one version with its
 * lines and results, the comparison with the version before, the negotiation PDF — and the per-worker monthly costs
 * of seed 003 Tab. 3 computed with the real kernels. Amounts as strings with two decimals. Management and tenant
 * admin and the auditor read; other roles get 403 from the boundary.
 */
@Path("kalkulation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Kostenkalkulation")
public class KalkulationResource {

    @Schema(name = "KalkulationFassungDto")
    public record FassungDto(Long id, Long einrichtung, int fassung, String status, String bezeichnung,
            String gueltigAb, String gueltigBis, String erstelltVon, String festgeschriebenVon,
            String aenderungsgrund, String gesamtkosten, String kostenJePlatzTag) {
        static FassungDto of(Kalkulationsfassung f) {
            return new FassungDto(f.getId(), f.getEinrichtung().getId(), f.getFassung(), f.getStatus().name(),
                    f.getBezeichnung(), f.getGueltigAb() == null ? null : f.getGueltigAb().toString(),
                    f.getGueltigBis() == null ? null : f.getGueltigBis().toString(), f.getErstelltVon(),
                    f.getFestgeschriebenVon(), f.getAenderungsgrund(), s(f.getGesamtkosten()),
                    s(f.getKostenJePlatzTag()));
        }
    }

    public record PersonalDto(String funktion, String bezeichnung, String stundenJeWoche, String vk,
            String stundenJePlatz, String arbeitgeberBruttoJeVk, String kostenJahr) {
    }

    public record KostenDto(String art, String bezeichnung, String betrag, String satz, String kostenJahr) {
    }

    public record SchluesselDto(String funktion, String soll, String ist, boolean erfuellt, String bewertung) {
    }

    @Schema(name = "KalkulationErgebnisDto")
    public record ErgebnisDto(FassungDto fassung, int plaetze, int plaetzeSeelisch, int tage, int finanzierteFehltage,
            String vollzeitStunden, List<PersonalDto> personal, List<KostenDto> fixkosten, List<KostenDto> sachkosten,
            String vkGesamt, String personalkosten, String fixeKosten, String sachkostenSumme, String gesamtkosten,
            String kostenJePlatzJahr, String kostenJePlatzMonat, String kostenJePlatzTag,
            List<SchluesselDto> personalschluessel, List<String> hinweise) {
        static ErgebnisDto of(KalkulationService.Ansicht a) {
            Kostenkalkulation.Ergebnis r = a.ergebnis();
            Kostenkalkulation.Eingabe e = a.eingabe();
            return new ErgebnisDto(FassungDto.of(a.fassung()), e.plaetze(), e.plaetzeSeelisch(), e.tage(),
                    e.finanzierteFehltage(), e.vollzeitStunden().toPlainString(),
                    r.personal().stream().map(p -> new PersonalDto(p.eingabe().funktion().name(),
                            p.eingabe().bezeichnung(), p.eingabe().stundenJeWoche().toPlainString(), s(p.vk()),
                            s(p.stundenJePlatz()), s(p.eingabe().arbeitgeberBruttoJeVk()), s(p.kostenJahr())))
                            .toList(),
                    r.fixkosten().stream().map(f -> new KostenDto(f.eingabe().art().name(), f.eingabe().bezeichnung(),
                            s(f.eingabe().betrag()), f.satz() == null ? null : s(f.satz()), s(f.kostenJahr())))
                            .toList(),
                    r.sachkosten().stream().map(k -> new KostenDto(k.art().name(), k.bezeichnung(), s(k.betrag()),
                            null, s(k.betrag()))).toList(),
                    s(r.vkGesamt()), s(r.personalkosten()), s(r.fixeKosten()), s(r.sachkostenSumme()),
                    s(r.gesamtkosten()), s(r.jePlatzJahr()), s(r.jePlatzMonat()), s(r.jePlatzTag()),
                    r.personalschluessel().stream().map(z -> new SchluesselDto(z.funktion().name(), s(z.soll()),
                            s(z.ist()), z.erfuellt(), z.bewertung())).toList(),
                    r.hinweise());
        }
    }

    public record VergleichDto(String bezeichnung, String vorher, String jetzt, String differenz) {
    }

    public record PostenDto(String bezeichnung, String kosten, String erstattungBund,
            String erstattungLeistungstraeger, String ueberKostensatz, String verbleibt, String rechtsgrundlage) {
    }

    public record ArbeitsplatzDto(String monat, String grundbetrag, String steigerungsbetrag, String arbeitsentgelt,
            String arbeitsfoerderungsgeld, List<PostenDto> posten, String kosten, String erstattungBund,
            String erstattungLeistungstraeger, String ueberKostensatz, String verbleibt, String abzugBeschaeftigter,
            List<String> hinweise) {
    }

    @EJB
    KalkulationService kalkulation;

    @GET
    @Path("{einrichtung}/fassungen")
    public List<FassungDto> fassungen(@PathParam("einrichtung") Long einrichtung,
            @QueryParam("offset") @DefaultValue("0") @Zahlenbereich(min = 0, max = Seitenweise.OFFSET_HOECHSTENS) int offset,
            @QueryParam("limit") @DefaultValue(Seitenweise.STANDARD_TEXT) @Zahlenbereich(min = 1, max = Seitenweise.HOECHSTENS_LANG) int limit) {
        return Seitenweise.seite(kalkulation.fassungen(einrichtung).stream().map(FassungDto::of).toList(), offset, limit);
    }

    @GET
    @Path("{einrichtung}/aktuell")
    public ErgebnisDto aktuell(@PathParam("einrichtung") Long einrichtung) {
        return kalkulation.aktuell(einrichtung).map(ErgebnisDto::of)
                .orElseThrow(() -> new NotFound("Für diese Einrichtung gibt es noch keine Kostenkalkulation."));
    }

    @GET
    @Path("fassungen/{id}")
    public ErgebnisDto fassung(@PathParam("id") Long id) {
        return ErgebnisDto.of(kalkulation.ansicht(id));
    }

    @GET
    @Path("fassungen/{id}/vergleich")
    public List<VergleichDto> vergleich(@PathParam("id") Long id,
            @QueryParam("offset") @DefaultValue("0") @Zahlenbereich(min = 0, max = Seitenweise.OFFSET_HOECHSTENS) int offset,
            @QueryParam("limit") @DefaultValue(Seitenweise.STANDARD_TEXT) @Zahlenbereich(min = 1, max = Seitenweise.HOECHSTENS_LANG) int limit) {
        return Seitenweise.seite(kalkulation.vergleich(id).stream().map(z -> new VergleichDto(z.bezeichnung(), s(z.vorher()),
                s(z.jetzt()), s(z.differenz()))).toList(), offset, limit);
    }

    @GET
    @Path("fassungen/{id}/kalkulation.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("id") Long id) {
        return Response.ok(kalkulation.pdf(id), "application/pdf")
                .header("Content-Disposition", "inline; filename=\"kostenkalkulation-" + id + ".pdf\"").build();
    }

    /** Seed 003 Tab. 3 done right, e.g. {@code ?monat=2025-03&steigerungsbetrag=117.00}. */
    @GET
    @Path("arbeitsplatzkosten")
    public ArbeitsplatzDto arbeitsplatzkosten(@QueryParam("monat") String monat, @QueryParam("bereich") String bereich,
            @QueryParam("steigerungsbetrag") String steigerungsbetrag, @QueryParam("grundbetrag") String grundbetrag,
            @QueryParam("unfallversicherung") String unfallversicherung,
            @QueryParam("beitrittsgebiet") boolean beitrittsgebiet,
            @QueryParam("zusatzbeitragssatzKasse") String zusatzbeitragssatzKasse) {
        Bereich b;
        try {
            b = bereich == null || bereich.isBlank() ? Bereich.AB : Bereich.von(bereich);
        } catch (IllegalArgumentException e) {
            throw new ValidationFailure("bereich", e.getMessage());
        }
        Arbeitsplatzkosten.Ergebnis r = kalkulation.arbeitsplatzkosten(monat(monat), b,
                betrag("steigerungsbetrag", steigerungsbetrag), betrag("grundbetrag", grundbetrag),
                betrag("unfallversicherung", unfallversicherung), beitrittsgebiet,
                betrag("zusatzbeitragssatzKasse", zusatzbeitragssatzKasse));
        return new ArbeitsplatzDto(r.entgelt().monat().toString(), s(r.entgelt().grundbetrag()),
                s(r.entgelt().steigerungsbetrag()), s(r.entgelt().arbeitsentgelt()),
                s(r.entgelt().arbeitsfoerderungsgeld()),
                r.posten().stream().map(p -> new PostenDto(p.bezeichnung(), s(p.kosten()), s(p.erstattungBund()),
                        s(p.erstattungLeistungstraeger()), s(p.ueberKostensatz()), s(p.verbleibt()),
                        p.rechtsgrundlage())).toList(),
                s(r.kosten()), s(r.erstattungBund()), s(r.erstattungLeistungstraeger()), s(r.ueberKostensatz()),
                s(r.verbleibt()),
                s(r.abzugBeschaeftigter()), r.hinweise());
    }

    static YearMonth monat(String value) {
        if (value == null || value.isBlank()) {
            throw new ValidationFailure("monat", "Bitte geben Sie den Monat an (JJJJ-MM).");
        }
        try {
            return YearMonth.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new ValidationFailure("monat", "„" + value + "“ ist kein gültiger Monat (JJJJ-MM).");
        }
    }

    static BigDecimal betrag(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        BigDecimal amount;
        try {
            amount = Texteingabe.zahl(value);
        } catch (NumberFormatException e) {
            throw new ValidationFailure(field, "„" + value + "“ ist keine Zahl.");
        }
        if (amount.signum() < 0) {
            throw new ValidationFailure(field, "Der Wert darf nicht negativ sein.");
        }
        if (amount.stripTrailingZeros().scale() > 2 && !field.startsWith("zusatz")) {
            throw new ValidationFailure(field, "Bitte höchstens zwei Nachkommastellen (Cent) angeben.");
        }
        return field.startsWith("zusatz") ? amount : amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    private static String s(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
