package de.werkerp.result.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

import de.werkerp.platform.control.Allow;
import de.werkerp.platform.control.TenantGuarded;
import de.werkerp.platform.entity.Role;
import de.werkerp.reports.ArbeitsergebnisReport;
import de.werkerp.result.control.Arbeitsergebnisrechnung;
import de.werkerp.result.control.Position;
import de.werkerp.result.control.Pruefung;
import de.werkerp.result.entity.Arbeitsergebnisfassung;
import de.werkerp.tenant.boundary.TenantInfoService;

/**
 * The documents of the Arbeitsergebnisrechnung: the statement for the Anerkennungsbehörde and the auditor (with the
 * previous year, the checks and the mapping appendix), the version for the Werkstattrat in Leichter Sprache
 * (§ 5 Abs. 1 Nr. 1 WMVO) and an XLSX with all figures.
 */
@Stateless
@TenantGuarded
@Allow({Role.TENANT_ADMIN, Role.MANAGEMENT, Role.AUDITOR})
public class ArbeitsergebnisDokumentService {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @EJB
    ArbeitsergebnisService ergebnisse;

    @EJB
    ErgebnisdatenService daten;

    @EJB
    TenantInfoService tenant;

    public byte[] pdf(Long fassungId) {
        return ArbeitsergebnisReport.render(daten(fassungId));
    }

    @Allow({Role.TENANT_ADMIN, Role.MANAGEMENT, Role.AUDITOR, Role.COUNCIL})
    public byte[] leichteSprache(Long fassungId) {
        return ArbeitsergebnisReport.renderLeichteSprache(daten(fassungId));
    }

    /** The Leichte-Sprache text of a version for the web page (the council reads released versions only). */
    @Allow({Role.TENANT_ADMIN, Role.MANAGEMENT, Role.AUDITOR, Role.COUNCIL})
    public List<ArbeitsergebnisReport.Absatz> leichteSpracheText(Long fassungId) {
        return ArbeitsergebnisReport.leichteSpracheText(daten(fassungId));
    }

    public byte[] xlsx(Long fassungId) {
        return ArbeitsergebnisReport.renderXlsx(daten(fassungId));
    }

    private ArbeitsergebnisReport.Data daten(Long fassungId) {
        ArbeitsergebnisService.Ansicht a = ergebnisse.ansicht(fassungId);
        Arbeitsergebnisfassung f = a.fassung();
        Arbeitsergebnisrechnung r = a.rechnung();
        Optional<Arbeitsergebnisrechnung> vorjahr = ergebnisse.jahre(f.getEinrichtung().getId()).stream()
                .filter(j -> j.fassung().getJahr() == f.getJahr() - 1).findFirst()
                .map(ArbeitsergebnisService.Ansicht::rechnung);
        List<ArbeitsergebnisReport.Zeile> zeilen = new ArrayList<>();
        for (Position p : Position.von(Position.Gruppe.ERTRAG)) {
            zeilen.add(zeile(p.code(), p.getLabel(), r.betrag(p), vorjahr.map(v -> v.betrag(p)), false));
        }
        zeilen.add(zeile("I", "Erträge", r.ertraege(), vorjahr.map(Arbeitsergebnisrechnung::ertraege), true));
        for (Position p : Position.von(Position.Gruppe.KOSTEN)) {
            zeilen.add(zeile(p.code(), p.getLabel(), r.betrag(p), vorjahr.map(v -> v.betrag(p)), false));
        }
        zeilen.add(zeile("II", "Notwendige Kosten", r.kosten(), vorjahr.map(Arbeitsergebnisrechnung::kosten), true));
        zeilen.add(zeile("III", "Arbeitsergebnis (I − II)", r.arbeitsergebnis(),
                vorjahr.map(Arbeitsergebnisrechnung::arbeitsergebnis), true));
        zeilen.add(zeile("IV.1", Position.IV_1.getLabel(), r.entgelte(), vorjahr.map(Arbeitsergebnisrechnung::entgelte),
                false));
        zeilen.add(zeile("IV.2", Position.IV_2.getLabel(), r.zufuehrungRuecklage(),
                vorjahr.map(Arbeitsergebnisrechnung::zufuehrungRuecklage), false));
        zeilen.add(zeile("IV.3", Position.IV_3.getLabel(), r.investitionen(),
                vorjahr.map(Arbeitsergebnisrechnung::investitionen), false));
        List<ArbeitsergebnisReport.Pruefung> pruefungen = new ArrayList<>();
        for (Pruefung p : r.pruefungen()) {
            pruefungen.add(new ArbeitsergebnisReport.Pruefung(p.code().name(), p.ok(), p.meldung()));
        }
        a.hinweise().forEach(h -> pruefungen.add(new ArbeitsergebnisReport.Pruefung("Hinweis", false, h)));
        List<ArbeitsergebnisReport.Zuordnung> zuordnung = new ArrayList<>();
        daten.konten().forEach(k -> zuordnung.add(new ArbeitsergebnisReport.Zuordnung("Konten", k.getKontoVon(),
                k.getKontoBis(), k.getPosition() + " " + Position.vonCode(k.getPosition()).getLabel())));
        daten.kostenstellen().stream().filter(k -> k.getEinrichtung().getId().equals(f.getEinrichtung().getId()))
                .forEach(k -> zuordnung.add(new ArbeitsergebnisReport.Zuordnung("Kostenstelle", k.getKostenstelle(),
                        null, k.isArbeitsbereich() ? "Arbeitsbereich" : "nicht Arbeitsbereich")));
        return new ArbeitsergebnisReport.Data(tenant.ownTenant().getName(), f.getEinrichtung().getName(), f.getJahr(),
                f.getFassung(), f.getStatus().getLabel(), f.getFreigegebenVon(),
                f.getFreigegebenAm() == null ? null : LocalDateTime.ofInstant(f.getFreigegebenAm(), BERLIN),
                f.getAenderungsgrund(), zeilen, pruefungen, r.ertraege(), r.kosten(), r.arbeitsergebnis(), r.entgelte(),
                r.mindestbetragEntgelte(), r.anteilEntgelte(), r.ruecklageAnfang(), r.zufuehrungRuecklage(),
                r.ruecklageEnde(), r.ruecklageHoechstbetrag(), r.investitionen(), r.verguetungsergebnis(),
                r.begruendung(), zuordnung, LocalDate.now(BERLIN));
    }

    private static ArbeitsergebnisReport.Zeile zeile(String code, String text, BigDecimal betrag,
            Optional<BigDecimal> vorjahr, boolean summe) {
        return new ArbeitsergebnisReport.Zeile(code, text, betrag, vorjahr.orElse(null), summe);
    }
}
