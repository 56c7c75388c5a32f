package de.werkerp.election.boundary;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

import de.werkerp.election.control.Wahlzeitplan;
import de.werkerp.election.entity.Vorschlagsstatus;
import de.werkerp.election.entity.Wahlart;
import de.werkerp.election.entity.Wahlprojekt;
import de.werkerp.election.entity.Wahlstatus;
import de.werkerp.election.entity.Wahlvorschlag;
import de.werkerp.election.entity.Wahlvorstandsmitglied;
import de.werkerp.platform.control.Allow;
import de.werkerp.platform.control.TenantGuarded;
import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.platform.entity.Role;
import de.werkerp.reports.LeichteSpracheReport;
import de.werkerp.reports.StimmzettelReport;
import de.werkerp.reports.TabellenReport;
import de.werkerp.reports.TabellenReport.Spalte;
import de.werkerp.tenant.boundary.TenantInfoService;

/**
 * The documents of an election as PDF (German and Leichte Sprache): Wahlausschreiben with the items of § 18 Abs. 2
 * WMVO, voter list (§ 15), candidate notice (§ 20), ballots (alphabetical, maximum number of crosses), count minutes
 * (§ 23) and result notice (§ 25). Table documents through {@link TabellenReport}.
 */
@Stateless
@TenantGuarded
@Allow({Role.TENANT_ADMIN, Role.ELECTION_BOARD, Role.COUNCIL, Role.MANAGEMENT, Role.AUDITOR})
public class WahlDokumentService {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @EJB
    WahlService wahlen;

    @EJB
    TenantInfoService tenant;

    /** The Wahlausschreiben (§ 18 WMVO) with every required item. */
    public byte[] wahlausschreiben(Long projektId) {
        Wahlprojekt w = wahlen.projekt(projektId);
        Wahlzeitplan.Plan p = WahlService.plan(w, wahlen.feiertage(w));
        LocalDate erlass = w.getErlassWahlausschreiben() != null ? w.getErlassWahlausschreiben()
                : p.fristen().wahlausschreibenSpaetestens();
        String frist = d(p.fristen().einspruchWahlvorschlagBis());
        String vorstand = vorstand(projektId);
        List<List<String>> z = new ArrayList<>();
        z.add(List.of("1", "Erlass des Wahlausschreibens", d(erlass) + " (§ 18 Abs. 1 WMVO: spätestens sechs Wochen "
                + "vor dem Wahltag)"));
        z.add(List.of("2", "Wahl", "Wahl des Werkstattrats und der Frauenbeauftragten in " + w.getEinrichtung().getName()
                + (w.isRegulaer() ? " (regelmäßige Wahl, § 12 Abs. 1 WMVO)" : " (Wahl außerhalb des regelmäßigen "
                + "Zeitraums: " + w.getAnlass().getLabel() + ")")));
        z.add(List.of("3", "Wählerliste und Wahlordnung", "Die Liste der Wahlberechtigten und die Werkstätten-"
                + "Mitwirkungsverordnung liegen aus: " + oder(w.getOrtAushang(), "beim Wahlvorstand") + "."));
        z.add(List.of("4", "Wer wählen und gewählt werden kann", "Wählen und gewählt werden kann nur, wer in der "
                + "Wählerliste eingetragen ist. Wählbar ist, wer am Wahltag seit mindestens sechs Monaten in der "
                + "Werkstatt beschäftigt ist; Zeiten im Eingangsverfahren und Berufsbildungsbereich zählen mit "
                + "(§ 222 Abs. 3 SGB IX, § 11 WMVO)."));
        z.add(List.of("5", "Einsprüche gegen die Wählerliste", "Einsprüche gegen die Richtigkeit der Wählerliste "
                + "können nur binnen zwei Wochen seit Erlass des Wahlausschreibens beim Wahlvorstand eingelegt werden: "
                + "letzter Tag " + frist + " (§ 17 WMVO)."));
        z.add(List.of("6", "Zahl der zu wählenden Mitglieder", w.getSitze() + " Mitglieder des Werkstattrats (§ 3 "
                + "Abs. 1 WMVO, " + w.getWahlberechtigte() + " Wahlberechtigte in der Regel); eine Frauenbeauftragte "
                + "und " + w.getStellvertreterinnen() + " Stellvertreterin(nen) (§ 222 Abs. 5 SGB IX, "
                + w.getWahlberechtigteFrauen() + " wahlberechtigte Frauen)."));
        z.add(List.of("7", "Frauen und Männer", "Frauen und Männer sollen entsprechend ihrem zahlenmäßigen Verhältnis "
                + "im Werkstattrat vertreten sein (§ 3 Abs. 2 WMVO)."));
        z.add(List.of("8", "Wahlvorschläge", "Wahlvorschläge sind binnen zwei Wochen seit Erlass des "
                + "Wahlausschreibens beim Wahlvorstand einzureichen: letzter Tag " + frist + ". Jeder Wahlvorschlag "
                + "muss von mindestens drei Wahlberechtigten unterstützt sein und die Zustimmung der Bewerberin / des "
                + "Bewerbers enthalten; für die Frauenbeauftragte können nur wahlberechtigte Frauen vorschlagen und "
                + "vorgeschlagen werden (§ 19 WMVO)."));
        z.add(List.of("9", "Bindung an die Wahlvorschläge", "Gewählt werden kann nur, wer in einem fristgerecht "
                + "eingereichten und zugelassenen Wahlvorschlag steht. Die Bewerberinnen und Bewerber werden "
                + "spätestens am " + d(p.fristen().bewerberBekanntmachungSpaetestens()) + " bekannt gemacht "
                + "(§ 20 WMVO), mit Foto."));
        z.add(List.of("10", "Stimmabgabe", "Wahltag " + d(w.getWahltag()) + ", " + oder(w.getZeitStimmabgabe(),
                "Zeit wird noch bekannt gegeben") + ", " + oder(w.getOrtStimmabgabe(), "Ort wird noch bekannt gegeben")
                + ". Jede wählende Person hat so viele Stimmen, wie Mitglieder zu wählen sind (" + w.getSitze()
                + "), höchstens eine je Bewerber (§ 21 WMVO). Wer am Wahltag verhindert ist, kann schriftlich "
                + "(per Brief) wählen (§ 21 Abs. 6 WMVO)."));
        z.add(List.of("11", "Stimmauszählung", "Öffentlich, im Anschluss an die Stimmabgabe: "
                + oder(w.getOrtAuszaehlung(), oder(w.getOrtStimmabgabe(), "Ort wird noch bekannt gegeben"))
                + " (§ 23 WMVO)."));
        z.add(List.of("12", "Wahlvorstand", vorstand + ". Einsprüche, Wahlvorschläge und andere Erklärungen sind "
                + "abzugeben bei: " + oder(w.getAnschriftWahlvorstand(), "dem Wahlvorstand") + "."));
        return TabellenReport.render(new TabellenReport.Data(traeger(), "Wahlausschreiben",
                "Wahl des Werkstattrats und der Frauenbeauftragten – " + w.getEinrichtung().getName() + " – Wahltag "
                        + d(w.getWahltag()),
                null, List.of("Der Wahlvorstand erlässt nach § 18 WMVO das folgende Wahlausschreiben."),
                List.of(new Spalte("Nr.", false, 1), new Spalte("Angabe", false, 3), new Spalte("Inhalt", false, 9)),
                z, null, List.of("Erlassen am " + d(erlass) + ". Für den Wahlvorstand: " + vorstand + "."), erlass));
    }

    /** The Wahlausschreiben in Leichter Sprache. */
    public byte[] wahlausschreibenLeichteSprache(Long projektId) {
        Wahlprojekt w = wahlen.projekt(projektId);
        Wahlzeitplan.Plan p = WahlService.plan(w, wahlen.feiertage(w));
        String frist = d(p.fristen().einspruchWahlvorschlagBis());
        List<String> z = new ArrayList<>();
        z.add("Wir wählen einen neuen Werkstatt-Rat.");
        z.add("Und wir wählen eine Frauen-Beauftragte.");
        z.add("Die Wahl ist am " + d(w.getWahltag()) + ".");
        z.add("Die Wahl ist hier: " + oder(w.getOrtStimmabgabe(), "Das sagen wir Ihnen noch."));
        z.add("Die Zeit: " + oder(w.getZeitStimmabgabe(), "Das sagen wir Ihnen noch."));
        z.add("Wir wählen " + w.getSitze() + (w.getSitze() == 1 ? " Person" : " Personen") + " für den Werkstatt-Rat.");
        z.add("Sie dürfen " + w.getSitze() + (w.getSitze() == 1 ? " Kreuz" : " Kreuze")
                + " machen. Für jede Person nur 1 Kreuz.");
        z.add("Frauen wählen auch die Frauen-Beauftragte.");
        z.add("Sie dürfen wählen, wenn Ihr Name auf der Wähler-Liste steht.");
        z.add("Die Wähler-Liste hängt hier: " + oder(w.getOrtAushang(), "beim Wahl-Vorstand") + ".");
        z.add("Ist die Liste falsch? Dann sagen Sie es dem Wahl-Vorstand. Bis zum " + frist + ".");
        z.add("Sie wollen in den Werkstatt-Rat? Sie müssen seit 6 Monaten in der Werkstatt arbeiten.");
        z.add("Dann geben Sie dem Wahl-Vorstand einen Wahl-Vorschlag. Bis zum " + frist + ".");
        z.add("3 Personen müssen den Vorschlag unterschreiben.");
        z.add("Sie können am Wahl-Tag nicht kommen? Dann können Sie per Brief wählen.");
        z.add("Frauen und Männer sollen im Werkstatt-Rat sein.");
        z.add("Der Wahl-Vorstand: " + vorstand(projektId) + ".");
        return LeichteSpracheReport.render(new LeichteSpracheReport.Data(traeger(),
                "Wahl-Ausschreiben in Leichter Sprache", w.getEinrichtung().getName(), z));
    }

    /**
     * The voter list as of election day, alphabetical (§ 15 WMVO); {@code nurFrauen}: the women voters. The council gets
     * it with names only while it is posted ({@link WahlService#waehlerliste}).
     */
    public byte[] waehlerliste(Long projektId, boolean nurFrauen) {
        Wahlprojekt w = wahlen.projekt(projektId);
        List<List<String>> z = new ArrayList<>();
        int i = 1;
        for (WahlService.Waehler v : nurFrauen ? wahlen.frauenliste(projektId) : wahlen.waehlerliste(projektId)) {
            z.add(List.of(String.valueOf(i++), v.getName(), oder(v.personalnummer(), ""), v.waehlbar() == null ? ""
                    : v.waehlbar() ? "ja" : "nein"));
        }
        return TabellenReport.render(new TabellenReport.Data(traeger(), nurFrauen
                ? "Liste der wahlberechtigten Frauen (Wahl der Frauenbeauftragten)" : "Liste der Wahlberechtigten",
                w.getEinrichtung().getName() + " – Stand Wahltag " + d(w.getWahltag()), null,
                List.of("Wahlberechtigt sind die Beschäftigten im Arbeitsbereich (§ 10 WMVO). Wählbar ist, wer am "
                        + "Wahltag seit mindestens sechs Monaten in der Werkstatt ist (§ 11 WMVO)."),
                List.of(new Spalte("Nr.", true, 1), new Spalte("Name", false, 5), new Spalte("Personalnr.", false, 2),
                        new Spalte("wählbar", false, 1)), z, null, null, null));
    }

    /** Candidates notice (§ 20 WMVO): admitted nominations alphabetical per office, with photos. */
    public byte[] bewerber(Long projektId) {
        Wahlprojekt w = wahlen.projekt(projektId);
        java.util.Map<Long, byte[]> fotos = wahlen.fotos(projektId);
        List<StimmzettelReport.Bewerber> b = new ArrayList<>();
        for (Wahlvorschlag v : zugelassen(projektId, null)) {
            b.add(new StimmzettelReport.Bewerber(WahlService.name(v), v.getWahl().getLabel(), fotos.get(v.getId())));
        }
        return StimmzettelReport.render(new StimmzettelReport.Data(traeger(), "Bekanntmachung der Bewerberinnen und "
                + "Bewerber", w.getEinrichtung().getName() + " – Wahltag " + d(w.getWahltag()),
                "Zugelassene Wahlvorschläge in alphabetischer Reihenfolge (§ 20 WMVO).",
                "Diese Personen wollen in den Werkstatt-Rat oder Frauen-Beauftragte werden.", false, b));
    }

    /** Ballot of one office (§ 21 WMVO): candidates alphabetical with photo, maximum number of crosses stated. */
    public byte[] stimmzettel(Long projektId, Wahlart wahl) {
        Wahlprojekt w = wahlen.projekt(projektId);
        int kreuze = wahl == Wahlart.WERKSTATTRAT ? w.getSitze() : 1 + w.getStellvertreterinnen();
        java.util.Map<Long, byte[]> fotos = wahlen.fotos(projektId);
        List<StimmzettelReport.Bewerber> b = new ArrayList<>();
        for (Wahlvorschlag v : zugelassen(projektId, wahl)) {
            b.add(new StimmzettelReport.Bewerber(WahlService.name(v), null, fotos.get(v.getId())));
        }
        return StimmzettelReport.render(new StimmzettelReport.Data(traeger(), "Stimmzettel – Wahl "
                + (wahl == Wahlart.WERKSTATTRAT ? "des Werkstattrats" : "der Frauenbeauftragten"),
                w.getEinrichtung().getName() + " – " + d(w.getWahltag()),
                "Sie dürfen höchstens " + kreuze + " Kreuze machen, für jede Person höchstens eins (§ 21 WMVO).",
                "Sie dürfen höchstens " + kreuze + " Kreuze machen. Für jede Person nur 1 Kreuz.", true, b));
    }

    /** Count minutes (§ 23 WMVO). */
    public byte[] niederschrift(Long projektId) {
        WahlService.Ergebnis e = ergebnis(projektId);
        Wahlprojekt w = e.projekt();
        List<List<String>> z = new ArrayList<>();
        for (Wahlvorschlag v : wahlen.vorschlaege(projektId)) {
            if (v.getStatus() == Vorschlagsstatus.ZUGELASSEN) {
                z.add(List.of(v.getWahl().getLabel(), WahlService.name(v), String.valueOf(v.getStimmen()),
                        v.getRang() == null ? "–" : String.valueOf(v.getRang()),
                        v.getErgebnis() == null ? "" : v.getErgebnis().getLabel()));
            }
        }
        List<String> einleitung = new ArrayList<>(List.of("Werkstattrat: abgegebene Stimmzettel " + w.getStimmzettel()
                + ", davon ungültig " + w.getUngueltig() + ", zu vergebende Sitze " + w.getSitze() + "."));
        if (w.getStimmzettelFrauen() != null) {
            einleitung.add("Frauenbeauftragte: abgegebene Stimmzettel " + w.getStimmzettelFrauen() + ", davon ungültig "
                    + oder(w.getUngueltigFrauen() == null ? null : String.valueOf(w.getUngueltigFrauen()), "0") + ".");
        }
        List<String> hinweise = new ArrayList<>(e.lose());
        hinweise.add("Ergebnis festgestellt am " + d(w.getErgebnisFestgestelltAm()) + " von "
                + w.getErgebnisFestgestelltVon() + ". Wahlvorstand: " + vorstand(projektId) + ".");
        return TabellenReport.render(new TabellenReport.Data(traeger(), "Wahlniederschrift",
                w.getEinrichtung().getName() + " – Wahltag " + d(w.getWahltag()), null, einleitung,
                List.of(new Spalte("Wahl", false, 2), new Spalte("Name", false, 4), new Spalte("Stimmen", true, 1),
                        new Spalte("Platz", true, 1), new Spalte("Ergebnis", false, 2)), z, null, hinweise, null));
    }

    /** Result notice (§ 25 WMVO), with a Leichte-Sprache paragraph. */
    public byte[] bekanntmachung(Long projektId) {
        WahlService.Ergebnis e = ergebnis(projektId);
        Wahlprojekt w = e.projekt();
        List<List<String>> z = new ArrayList<>();
        int i = 1;
        for (Wahlvorschlag v : e.werkstattrat().gewaehlt()) {
            z.add(List.of("Werkstattrat", String.valueOf(i++), WahlService.name(v), "Mitglied"));
        }
        i = 1;
        for (Wahlvorschlag v : e.werkstattrat().ersatz()) {
            z.add(List.of("Werkstattrat", String.valueOf(i++), WahlService.name(v), "Ersatzmitglied"));
        }
        i = 0;
        for (Wahlvorschlag v : e.frauenbeauftragte().gewaehlt()) {
            z.add(List.of("Frauenbeauftragte", String.valueOf(i + 1), WahlService.name(v), i == 0 ? "Frauenbeauftragte"
                    : i + ". Stellvertreterin"));
            i++;
        }
        return TabellenReport.render(new TabellenReport.Data(traeger(), "Bekanntmachung des Wahlergebnisses",
                w.getEinrichtung().getName() + " – Wahltag " + d(w.getWahltag()), null,
                List.of("Gewählt sind (§ 25 WMVO; Aushang für zwei Wochen):"),
                List.of(new Spalte("Wahl", false, 2), new Spalte("Platz", true, 1), new Spalte("Name", false, 4),
                        new Spalte("Amt", false, 2)), z, null,
                List.of("Amtszeit vom " + d(w.getAmtszeitBeginn()) + " bis " + d(w.getAmtszeitEnde()) + " (§ 29 WMVO). "
                        + "Die Wahl kann binnen zwei Wochen angefochten werden (§ 27 WMVO).",
                        "In Leichter Sprache: Das ist der neue Werkstatt-Rat. Die Namen stehen oben. Der Werkstatt-Rat "
                                + "ist bis zum " + d(w.getAmtszeitEnde()) + " im Amt."), null));
    }

    private WahlService.Ergebnis ergebnis(Long projektId) {
        WahlService.Ergebnis e = wahlen.ergebnis(projektId);
        if (e.projekt().getStatus() != Wahlstatus.AUSGEZAEHLT) {
            throw new ValidationFailure("status", "Das Ergebnis ist noch nicht festgestellt.");
        }
        return e;
    }

    private List<Wahlvorschlag> zugelassen(Long projektId, Wahlart wahl) {
        java.text.Collator c = java.text.Collator.getInstance(java.util.Locale.GERMAN);
        return wahlen.vorschlaege(projektId).stream().filter(v -> v.getStatus() == Vorschlagsstatus.ZUGELASSEN
                && (wahl == null || v.getWahl() == wahl))
                .sorted(java.util.Comparator.comparing((Wahlvorschlag v) -> v.getWahl().ordinal())
                        .thenComparing(WahlService::name, c)).toList();
    }

    private String vorstand(Long projektId) {
        List<String> l = new ArrayList<>();
        for (Wahlvorstandsmitglied m : wahlen.wahlvorstand(projektId)) {
            l.add(m.getName() + " (" + m.getFunktion().getLabel() + ")");
        }
        return l.isEmpty() ? "noch nicht bestellt" : String.join(", ", l);
    }

    private String traeger() {
        return tenant.ownTenant().getName();
    }

    private static String d(LocalDate t) {
        return t == null ? "–" : DATUM.format(t);
    }

    private static String oder(String s, String sonst) {
        return s == null || s.isBlank() ? sonst : s;
    }
}
