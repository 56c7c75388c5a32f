package de.werkerp.benchmark;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pages and REST lists around the Entgelt run, timed for a tenant of n people as the payroll clerk (README
 * "Benchmark", issue 19 item 1: every page within 1 s and at most 2 MB). Pages with a form sign-in (session cookie
 * JSESSIONID), the attendance grid of one group as the Faces AJAX request of "Anzeigen"; REST lists with HTTP Basic
 * (the clerk has no second factor). Each one is fetched {@link #WIEDERHOLUNGEN} times after one untimed call; the
 * median time and the size of the answer are reported, and anything over {@link #ZIEL_MS} or {@link #ZIEL_BYTES}
 * is marked.
 */
final class Seitenmessung {

    static final long ZIEL_MS = 1000;
    static final long ZIEL_BYTES = 2L * 1024 * 1024;
    static final int WIEDERHOLUNGEN = 3;
    private static final Duration ZEIT = Duration.ofMinutes(5);
    private static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\(['\"]([^'\"]+)['\"]");
    private static final Pattern VIEW_STATE = Pattern.compile(
            "name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");

    /** One measured page or list. */
    record Ergebnis(String art, String was, int status, long ms, long bytes, List<Long> alle) {

        boolean zuLangsam() {
            return ms > ZIEL_MS;
        }

        boolean zuGross() {
            return bytes > ZIEL_BYTES;
        }

        /** Not for this role (403): shown, not counted against the target. */
        boolean keineRolle() {
            return status == 403;
        }

        boolean verfehlt() {
            return !keineRolle() && (status != 200 || zuLangsam() || zuGross());
        }

        String markierung() {
            if (keineRolle()) {
                return "nicht für diese Rolle (403)";
            }
            if (status != 200) {
                return "HTTP " + status;
            }
            return (zuLangsam() ? "> 1 s " : "") + (zuGross() ? "> 2 MB" : "");
        }
    }

    /** What the tenant offers to look at: its ids. */
    record Kontext(String basisUrl, Api.Zugang sachbearbeitung, long einrichtungId, long gruppeId, String gruppe,
            YearMonth monat, long laufId, long personId) {
    }

    private final Kontext k;
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager(null,
            CookiePolicy.ACCEPT_ALL)).followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).build();

    private Seitenmessung(Kontext k) {
        this.k = k;
    }

    /** Signs in by the form and measures every page and list; failures of single pages are reported, not thrown. */
    static List<Ergebnis> messe(Kontext k) throws IOException, InterruptedException {
        Seitenmessung m = new Seitenmessung(k);
        m.anmelden();
        List<Ergebnis> e = new ArrayList<>();
        for (String seite : List.of("index.xhtml", "personen/liste.xhtml", "personen/person.xhtml?id=" + k.personId(),
                "entgelt/anwesenheit.xhtml", "entgelt/beurteilungen.xhtml", "entgelt/posten.xhtml",
                "entgelt/lauf.xhtml?einrichtung=" + k.einrichtungId() + "&monat=" + k.monat(),
                "entgelt/einstellungen.xhtml", "abrechnung/lauf.xhtml",
                "abrechnung/vereinbarungen.xhtml", "abrechnung/zahlungen.xhtml", "ergebnis/daten.xhtml",
                "ergebnis/rechnung.xhtml", "kalkulation/planung.xhtml", "teilhabe/berichte.xhtml",
                "teilhabe/kennzahlen.xhtml", "teilhabe/planung.xhtml", "wahl/wahlen.xhtml", "stammdaten/gruppen.xhtml",
                "stammdaten/krankenkassen.xhtml", "stammdaten/rechengroessen.xhtml")) {
            e.add(m.seite(seite));
            Bericht.zeile("  %s", zeile(e.get(e.size() - 1)));
        }
        e.add(m.raster());
        Bericht.zeile("  %s", zeile(e.get(e.size() - 1)));
        e.add(m.posten());
        Bericht.zeile("  %s", zeile(e.get(e.size() - 1)));
        for (String liste : List.of("beschaeftigte", "beschaeftigte?limit=1000", "vertraege", "vertraege/warnungen",
                "teilhabe/berichte/faellig", "gruppen", "entgelt/laeufe?einrichtung=" + k.einrichtungId(),
                "entgelt/laeufe/" + k.laufId() + "/abrechnungen",
                "entgelt/laeufe/" + k.laufId() + "/abrechnungen?limit=1000")) {
            e.add(m.liste(liste));
            Bericht.zeile("  %s", zeile(e.get(e.size() - 1)));
        }
        return e;
    }

    private void anmelden() throws IOException, InterruptedException {
        String form = holen(k.basisUrl() + "/login.xhtml").body();
        String benutzer = k.sachbearbeitung().benutzer();
        int slash = benutzer.indexOf('/');
        Map<String, String> felder = new LinkedHashMap<>();
        felder.put("login", "login");
        felder.put("login:kennung", benutzer.substring(0, slash));
        felder.put("login:benutzername", benutzer.substring(slash + 1));
        felder.put("login:passwort", k.sachbearbeitung().passwort());
        felder.put("login:anmelden", "");
        felder.put("jakarta.faces.ViewState", viewState(form, "login.xhtml"));
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(k.basisUrl() + "/login.xhtml"))
                .timeout(ZEIT).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formular(felder))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (!r.body().contains("id=\"benutzerName\"")) {
            throw new IOException("Anmeldung als " + benutzer + " über das Formular fehlgeschlagen: HTTP "
                    + r.statusCode() + "\n" + Api.kurz(r.body()));
        }
    }

    private Ergebnis seite(String pfad) throws IOException, InterruptedException {
        return messen("Seite", pfad, () -> {
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(k.basisUrl() + "/" + pfad))
                    .timeout(ZEIT).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            int status = r.statusCode();
            if (status == 200 && new String(r.body(), StandardCharsets.UTF_8).contains("id=\"login:anmelden\"")) {
                status = 401; // the session ended: the login page
            }
            return new long[] {status, r.body().length};
        });
    }

    /** The attendance grid of one group: the AJAX request of "Anzeigen" (after the untimed GET of the page). */
    private Ergebnis raster() throws IOException, InterruptedException {
        String pfad = "entgelt/anwesenheit.xhtml";
        return messen("Raster", pfad + " (Gruppe " + k.gruppe() + ")", () -> {
            String form = holen(k.basisUrl() + "/" + pfad).body();
            Map<String, String> f = new LinkedHashMap<>();
            f.put("jakarta.faces.partial.ajax", "true");
            f.put("jakarta.faces.source", "auswahlForm:anzeigen");
            f.put("jakarta.faces.partial.execute", "auswahlForm");
            f.put("jakarta.faces.partial.render", "anwesenheitForm importForm");
            f.put("auswahlForm:anzeigen", "auswahlForm:anzeigen");
            f.put("auswahlForm", "auswahlForm");
            f.put("auswahlForm:einrichtung_input", String.valueOf(k.einrichtungId()));
            f.put("auswahlForm:monat_input", String.format(Locale.ROOT, "%02d.%d", k.monat().getMonthValue(),
                    k.monat().getYear()));
            f.put("auswahlForm:gruppe_input", String.valueOf(k.gruppeId()));
            f.put("jakarta.faces.ViewState", viewState(form, pfad));
            // PrimeFaces' CSP mode refuses AJAX requests without the page's nonce (PrimeFaces.csp.init)
            Matcher nonce = NONCE.matcher(form);
            if (nonce.find()) {
                f.put("primefaces.nonce", nonce.group(1));
            }
            long t0 = System.nanoTime();
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(k.basisUrl() + "/" + pfad))
                    .timeout(ZEIT).header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest")
                    .POST(HttpRequest.BodyPublishers.ofString(formular(f))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            long ms = Bericht.ms(t0);
            String body = new String(r.body(), StandardCharsets.UTF_8);
            int status = r.statusCode();
            if (status == 200 && !body.contains("anwesenheitForm:zeilen:0:t0")) {
                status = 500; // no grid in the answer
                Bericht.zeile("  Raster ohne Zeilen: %s", Api.kurz(body).replace("%", "%%"));
            }
            return new long[] {status, r.body().length, ms};
        });
    }

    /**
     * The pay items of the run's month (one lunch deduction per person and month): the AJAX request of choosing the
     * month, which renders the first page of the lazy table with the month's sum.
     */
    private Ergebnis posten() throws IOException, InterruptedException {
        String pfad = "entgelt/posten.xhtml";
        String monat = String.format(Locale.ROOT, "%02d.%d", k.monat().getMonthValue(), k.monat().getYear());
        return messen("Posten", pfad + " (Monat " + monat + ")", () -> {
            String form = holen(k.basisUrl() + "/" + pfad).body();
            String feld = "postenTabs:postenForm:monat";
            Map<String, String> f = new LinkedHashMap<>();
            f.put("jakarta.faces.partial.ajax", "true");
            f.put("jakarta.faces.source", feld);
            f.put("jakarta.faces.partial.execute", feld);
            f.put("jakarta.faces.partial.render", "postenTabs:postenForm:posten postenTabs:postenForm:buchung");
            f.put("jakarta.faces.behavior.event", "dateSelect");
            f.put("jakarta.faces.partial.event", "dateSelect");
            f.put("postenTabs:postenForm", "postenTabs:postenForm");
            f.put(feld + "_input", monat);
            f.put("jakarta.faces.ViewState", viewState(form, pfad));
            Matcher nonce = NONCE.matcher(form);
            if (nonce.find()) {
                f.put("primefaces.nonce", nonce.group(1));
            }
            long t0 = System.nanoTime();
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(k.basisUrl() + "/" + pfad))
                    .timeout(ZEIT).header("Content-Type", "application/x-www-form-urlencoded; charset=UTF-8")
                    .header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest")
                    .POST(HttpRequest.BodyPublishers.ofString(formular(f))).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            long ms = Bericht.ms(t0);
            String body = new String(r.body(), StandardCharsets.UTF_8);
            int status = r.statusCode();
            if (status == 200 && (!body.contains("postenTabs:postenForm:posten") || body.contains("<error>")
                    || body.contains("Keine Lohnposten in diesem Monat"))) {
                status = 500; // no page of items in the answer
                Bericht.zeile("  Lohnposten ohne Zeilen: %s", Api.kurz(body).replace("%", "%%"));
            }
            return new long[] {status, r.body().length, ms};
        });
    }

    private Ergebnis liste(String pfad) throws IOException, InterruptedException {
        return messen("REST", "/api/v1/" + pfad, () -> {
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(URI.create(k.basisUrl() + "/api/v1/" + pfad))
                    .timeout(ZEIT).header("Authorization", k.sachbearbeitung().header())
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            return new long[] {r.statusCode(), r.body().length};
        });
    }

    private interface Abruf {
        /** status, bytes and optionally the milliseconds of the timed part. */
        long[] abrufen() throws IOException, InterruptedException;
    }

    private static Ergebnis messen(String art, String was, Abruf abruf) throws IOException, InterruptedException {
        abruf.abrufen(); // untimed: first call of the page in this session
        List<Long> zeiten = new ArrayList<>();
        long[] letzte = null;
        for (int i = 0; i < WIEDERHOLUNGEN; i++) {
            long t0 = System.nanoTime();
            letzte = abruf.abrufen();
            zeiten.add(letzte.length > 2 ? letzte[2] : Bericht.ms(t0));
        }
        return new Ergebnis(art, was, (int) letzte[0], EntgeltBenchmark.median(zeiten), letzte[1], List.copyOf(zeiten));
    }

    private HttpResponse<String> holen(String url) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(ZEIT).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String viewState(String html, String seite) throws IOException {
        Matcher m = VIEW_STATE.matcher(html);
        if (!m.find()) {
            throw new IOException("Kein ViewState in " + seite + ": " + Api.kurz(html));
        }
        return m.group(1).replace("&#58;", ":").replace("&amp;", "&");
    }

    private static String formular(Map<String, String> felder) {
        StringBuilder b = new StringBuilder();
        felder.forEach((name, wert) -> b.append(b.length() > 0 ? "&" : "")
                .append(URLEncoder.encode(name, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(wert, StandardCharsets.UTF_8)));
        return b.toString();
    }

    static String zeile(Ergebnis e) {
        return String.format(Locale.ROOT, "%-6s %-62s %6s %,8d ms %,12d B  %s", e.art(), e.was(), e.status() == 200 ? ""
                : "HTTP " + e.status(), e.ms(), e.bytes(), e.markierung().trim());
    }

    /** The table of all sizes: per page/list the median time and bytes at each size, marked over the limits. */
    static String tabelle(Map<Integer, List<Ergebnis>> jeGroesse) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Seiten und Listen als Sachbearbeitung Entgelt (Median aus %d Abrufen,"
                + " Ziel ≤ 1 s und ≤ 2 MB; ! = verfehlt):%n", WIEDERHOLUNGEN));
        List<Integer> groessen = new ArrayList<>(jeGroesse.keySet());
        b.append(String.format(Locale.ROOT, "%-70s", "Seite / Liste"));
        for (int n : groessen) {
            b.append(String.format(Locale.ROOT, " | %,7d P.: ms, KB   ", n));
        }
        b.append('\n');
        List<Ergebnis> erste = jeGroesse.get(groessen.get(0));
        int verfehlt = 0;
        for (int i = 0; i < erste.size(); i++) {
            b.append(String.format(Locale.ROOT, "%-70s", erste.get(i).art() + " " + erste.get(i).was()
                    .replaceAll("laeufe/\\d+/", "laeufe/{id}/").replaceAll("(id|einrichtung)=\\d+", "$1={id}")));
            for (int n : groessen) {
                List<Ergebnis> l = jeGroesse.get(n);
                Ergebnis e = i < l.size() ? l.get(i) : null;
                if (e == null) {
                    b.append(" | ").append(" ".repeat(22));
                } else {
                    boolean schlecht = e.verfehlt();
                    verfehlt += schlecht ? 1 : 0;
                    b.append(e.keineRolle() ? String.format(Locale.ROOT, " | %-22s", "  (403: nicht Entgelt)")
                            : String.format(Locale.ROOT, " | %,7d %,10d %s%s", e.ms(), e.bytes() / 1024,
                                    schlecht ? "!" : " ", e.status() != 200 ? "HTTP" + e.status() : "   "));
                }
            }
            b.append('\n');
        }
        b.append(verfehlt == 0 ? "Alle Seiten und Listen ≤ 1 s und ≤ 2 MB: ERFÜLLT\n"
                : verfehlt + " Messungen über 1 s oder 2 MB (oder mit Fehler): VERFEHLT\n");
        return b.toString();
    }
}
