package de.werkerp.result.boundary;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import de.werkerp.platform.control.CsvImport;
import de.werkerp.platform.control.Allow;
import de.werkerp.platform.control.CallerContext;
import de.werkerp.platform.control.TenantGuarded;
import de.werkerp.platform.control.TenantRepository;
import de.werkerp.platform.control.Texteingabe;
import de.werkerp.platform.control.ValidationFailure;
import de.werkerp.platform.entity.Role;
import de.werkerp.result.control.Position;
import de.werkerp.result.entity.ErgebnisBuchung;
import de.werkerp.result.entity.ErgebnisImport;
import de.werkerp.result.entity.ErgebnisKonto;
import de.werkerp.result.entity.ErgebnisKorrektur;
import de.werkerp.result.entity.ErgebnisKostenstelle;
import de.werkerp.tenant.entity.Einrichtung;
import de.werkerp.wage.entity.Laufstatus;

/**
 * The inputs of the Arbeitsergebnisrechnung (§ 12 WVO): the tenant's mapping of accounts to positions and of cost
 * centres to an Einrichtung's Arbeitsbereich, the import of the accounting figures (CSV), manual adjustments with a
 * reason, and the wages paid from the released Entgelt runs of the year (Grund- and Steigerungsbeträge, never the
 * AFöG).
 *
 * <p>CSV layout (UTF-8, semicolon, one header line, as the usual accounting programs export account balances by cost
 * centre): {@code Konto;Kostenstelle;Betrag}. {@code Betrag}: the balance of the year in euros with decimal comma or
 * point, positive for the account's normal side (income on income accounts, expense on expense accounts); credit
 * notes and reversals negative. Every account must fall into a mapped range and every cost centre must be mapped:
 * unknown ones are listed and nothing is imported. Cost centres mapped to another Einrichtung or outside the
 * Arbeitsbereich are counted as left out, not imported. The same file (same SHA-256) is refused a second time.
 */
@Stateless
@TenantGuarded
@Allow({Role.TENANT_ADMIN, Role.MANAGEMENT})
public class ErgebnisdatenService {

    /** The position codes a booking or adjustment may have: the Erträge and Kosten of the statement. */
    public static final List<String> POSITIONEN = java.util.stream.Stream.concat(
            Position.von(Position.Gruppe.ERTRAG).stream(), Position.von(Position.Gruppe.KOSTEN).stream())
            .map(Position::code).toList();

    @Inject
    TenantRepository repository;

    @Inject
    CallerContext callers;

    // ------------------------------------------------------------------ mapping

    @Allow({Role.TENANT_ADMIN, Role.MANAGEMENT, Role.AUDITOR})
    public List<ErgebnisKonto> konten() {
        return repository.list(ErgebnisKonto.class, "kontoVon");
    }

    public ErgebnisKonto kontoSpeichern(ErgebnisKonto k) {
        repository.validate(k);
        if (!POSITIONEN.contains(k.getPosition())) {
            throw new ValidationFailure("position", "Unbekannte Position „" + k.getPosition() + "“.");
        }
        if (k.getKontoVon().compareTo(k.getKontoBis()) > 0 || k.getKontoVon().length() != k.getKontoBis().length()) {
            throw new ValidationFailure("kontoBis", "Der Kontenbereich muss aufsteigen und gleich lange Kontonummern "
                    + "haben (z. B. 8000 bis 8999).");
        }
        for (ErgebnisKonto andere : konten()) {
            if (!andere.getId().equals(k.getId()) && andere.getKontoVon().length() == k.getKontoVon().length()
                    && andere.getKontoVon().compareTo(k.getKontoBis()) <= 0
                    && k.getKontoVon().compareTo(andere.getKontoBis()) <= 0) {
                throw new ValidationFailure("kontoVon", "Der Bereich überschneidet sich mit " + andere.getKontoVon()
                        + "–" + andere.getKontoBis() + " (" + andere.getPosition() + ").");
            }
        }
        return k.isNew() ? repository.create(k) : repository.update(k, "Die Zuordnung wurde nicht gefunden.");
    }

    public void kontoLoeschen(Long id) {
        repository.delete(ErgebnisKonto.class, id, "Die Zuordnung wurde nicht gefunden.");
    }

    @Allow({Role.TENANT_ADMIN, Role.MANAGEMENT, Role.AUDITOR})
    public List<ErgebnisKostenstelle> kostenstellen() {
        return repository.list(ErgebnisKostenstelle.class, "kostenstelle");
    }

    public ErgebnisKostenstelle kostenstelleSpeichern(ErgebnisKostenstelle k) {
        repository.validate(k);
        repository.find(Einrichtung.class, k.getEinrichtung().getId(), "Die Einrichtung wurde nicht gefunden.");
        boolean doppelt = repository.em().createQuery("SELECT COUNT(k) FROM ErgebnisKostenstelle k WHERE"
                + " k.kostenstelle = :k AND (:id IS NULL OR k.id <> :id)", Long.class)
                .setParameter("k", k.getKostenstelle()).setParameter("id", k.getId()).getSingleResult() > 0;
        if (doppelt) {
            throw new ValidationFailure("kostenstelle", "Die Kostenstelle " + k.getKostenstelle() + " ist schon "
                    + "zugeordnet.");
        }
        return k.isNew() ? repository.create(k) : repository.update(k, "Die Zuordnung wurde nicht gefunden.");
    }

    // ------------------------------------------------------------------ import

    /** Result of an import (or of its dry run). */
    public record Importergebnis(int zeilen, int uebernommen, int ausgelassen, Map<String, BigDecimal> summen,
            boolean gespeichert) {
    }

    public Importergebnis importieren(Long einrichtungId, int jahr, String dateiname, String inhalt, boolean nurPruefen) {
        Einrichtung e = repository.find(Einrichtung.class, einrichtungId, "Die Einrichtung wurde nicht gefunden.");
        if (inhalt == null || inhalt.isBlank()) {
            throw new ValidationFailure("datei", "Die Datei ist leer.");
        }
        String pruefsumme = sha256(inhalt);
        Optional<ErgebnisImport> frueher = repository.em().createQuery("SELECT i FROM ErgebnisImport i WHERE"
                + " i.einrichtung = :e AND i.jahr = :j AND i.pruefsumme = :p", ErgebnisImport.class)
                .setParameter("e", e).setParameter("j", jahr).setParameter("p", pruefsumme).getResultStream().findFirst();
        if (frueher.isPresent()) {
            throw new ValidationFailure("datei", "Diese Datei wurde bereits am " + DateTimeFormatter
                    .ofPattern("dd.MM.yyyy 'um' HH:mm").withZone(ZoneId.of("Europe/Berlin"))
                    .format(frueher.get().getImportiertAm()) + " von " + frueher.get().getImportiertVon()
                    + " importiert (gleicher Inhalt).");
        }
        List<ErgebnisKonto> konten = konten();
        Map<String, ErgebnisKostenstelle> kostenstellen = new LinkedHashMap<>();
        kostenstellen().forEach(k -> kostenstellen.put(k.getKostenstelle(), k));
        List<ValidationFailure.FieldError> fehler = new ArrayList<>();
        List<ErgebnisBuchung> buchungen = new ArrayList<>();
        Map<String, BigDecimal> summen = new TreeMap<>();
        List<CsvImport.Zeile> zeilen = CsvImport.lesen(inhalt);
        int daten = 0;
        int ausgelassen = 0;
        for (CsvImport.Zeile zeile : zeilen.subList(Math.min(1, zeilen.size()), zeilen.size())) {
            if (zeile.leer()) {
                continue;
            }
            daten++;
            String wo = zeile.wo();
            String[] t = zeile.felder().toArray(String[]::new);
            if (t.length != 3) {
                fehler.add(new ValidationFailure.FieldError("datei", wo + "erwartet werden 3 Spalten (Konto;Kostenstelle;"
                        + "Betrag), gefunden " + t.length + "."));
                continue;
            }
            String konto = t[0].strip();
            String ks = t[1].strip();
            BigDecimal betrag;
            try {
                betrag = betrag(t[2]);
            } catch (NumberFormatException | ArithmeticException ex) {
                fehler.add(new ValidationFailure.FieldError("datei", wo + "„" + t[2].strip() + "“ ist kein Betrag in "
                        + "Euro und Cent."));
                continue;
            }
            Optional<ErgebnisKonto> position = konten.stream().filter(k -> k.getKontoVon().length() == konto.length()
                    && k.getKontoVon().compareTo(konto) <= 0 && konto.compareTo(k.getKontoBis()) <= 0).findFirst();
            if (position.isEmpty()) {
                fehler.add(new ValidationFailure.FieldError("datei", wo + "das Konto " + konto + " ist keiner Position "
                        + "zugeordnet (Zuordnung der Konten ergänzen)."));
                continue;
            }
            ErgebnisKostenstelle kostenstelle = kostenstellen.get(ks);
            if (kostenstelle == null) {
                fehler.add(new ValidationFailure.FieldError("datei", wo + "die Kostenstelle " + ks + " ist nicht "
                        + "zugeordnet (Zuordnung der Kostenstellen ergänzen)."));
                continue;
            }
            if (!kostenstelle.isArbeitsbereich() || !kostenstelle.getEinrichtung().getId().equals(einrichtungId)) {
                ausgelassen++;
                continue;
            }
            ErgebnisBuchung b = new ErgebnisBuchung();
            b.setKonto(konto);
            b.setKostenstelle(ks);
            b.setBetrag(betrag);
            b.setPosition(position.get().getPosition());
            buchungen.add(b);
            summen.merge(b.getPosition(), betrag, BigDecimal::add);
        }
        if (!fehler.isEmpty()) {
            throw new ValidationFailure(fehler.stream().limit(100).toList());
        }
        if (daten == 0) {
            throw new ValidationFailure("datei", "Die Datei enthält keine Datenzeilen.");
        }
        if (!nurPruefen) {
            ErgebnisImport imp = new ErgebnisImport();
            imp.setEinrichtung(e);
            imp.setJahr(jahr);
            imp.setDateiname(dateiname);
            imp.setPruefsumme(pruefsumme);
            imp.setZeilen(daten);
            imp.setImportiertVon(callers.require().username());
            imp.setImportiertAm(Instant.now());
            repository.create(imp);
            for (ErgebnisBuchung b : buchungen) {
                b.setImportDatei(imp);
                repository.em().persist(b);
            }
            repository.audit().ereignis(de.werkerp.audit.entity.AuditAction.IMPORT, imp.displayType(), imp.getId(),
                    "Buchungen " + dateiname, null, buchungen.size() + " Buchungen übernommen, " + ausgelassen
                            + " ausgelassen");
        }
        return new Importergebnis(daten, buchungen.size(), ausgelassen, summen, !nurPruefen);
    }

    @Allow({Role.TENANT_ADMIN, Role.MANAGEMENT, Role.AUDITOR})
    public List<ErgebnisImport> importe(Long einrichtungId, int jahr) {
        return repository.em().createQuery("SELECT i FROM ErgebnisImport i WHERE i.einrichtung.id = :e AND"
                + " i.jahr = :j ORDER BY i.importiertAm", ErgebnisImport.class).setParameter("e", einrichtungId)
                .setParameter("j", jahr).getResultList();
    }

    /** Removes an import with its bookings (e.g. a wrong file), as long as no released statement depends on it. */
    public void importLoeschen(Long importId) {
        ErgebnisImport imp = repository.find(ErgebnisImport.class, importId, "Der Import wurde nicht gefunden.");
        repository.massenaenderung(repository.em().createQuery("DELETE FROM ErgebnisBuchung b WHERE b.importDatei = :i")
                .setParameter("i", imp), "ErgebnisBuchung", "gelöscht (Import #" + importId + ")");
        repository.delete(ErgebnisImport.class, importId, "Der Import wurde nicht gefunden.");
    }

    // ------------------------------------------------------------------ adjustments

    @Allow({Role.TENANT_ADMIN, Role.MANAGEMENT, Role.AUDITOR})
    public List<ErgebnisKorrektur> korrekturen(Long einrichtungId, int jahr) {
        return repository.em().createQuery("SELECT k FROM ErgebnisKorrektur k WHERE k.einrichtung.id = :e AND"
                + " k.jahr = :j ORDER BY k.id", ErgebnisKorrektur.class).setParameter("e", einrichtungId)
                .setParameter("j", jahr).getResultList();
    }

    public ErgebnisKorrektur korrekturErfassen(Long einrichtungId, int jahr, String position, BigDecimal betrag,
            String begruendung) {
        ErgebnisKorrektur k = new ErgebnisKorrektur();
        k.setEinrichtung(repository.find(Einrichtung.class, einrichtungId, "Die Einrichtung wurde nicht gefunden."));
        k.setJahr(jahr);
        k.setPosition(position);
        k.setBetrag(betrag);
        k.setBegruendung(begruendung == null ? null : begruendung.strip());
        k.setErfasstVon(callers.require().username());
        repository.validate(k);
        if (!POSITIONEN.contains(position)) {
            throw new ValidationFailure("position", "Bitte eine Position der Erträge oder Kosten wählen.");
        }
        return repository.create(k);
    }

    // ------------------------------------------------------------------ figures

    /** Sum per position code of the imported bookings plus the adjustments. */
    @Allow({Role.TENANT_ADMIN, Role.MANAGEMENT, Role.AUDITOR})
    public Map<String, BigDecimal> positionssummen(Long einrichtungId, int jahr) {
        Map<String, BigDecimal> summen = new TreeMap<>();
        POSITIONEN.forEach(p -> summen.put(p, new BigDecimal("0.00")));
        repository.em().createQuery("SELECT b.position, SUM(b.betrag) FROM ErgebnisBuchung b WHERE"
                + " b.importDatei.einrichtung.id = :e AND b.importDatei.jahr = :j GROUP BY b.position", Object[].class)
                .setParameter("e", einrichtungId).setParameter("j", jahr).getResultList()
                .forEach(r -> summen.merge((String) r[0], (BigDecimal) r[1], BigDecimal::add));
        korrekturen(einrichtungId, jahr).forEach(k -> summen.merge(k.getPosition(), k.getBetrag(), BigDecimal::add));
        return summen;
    }

    /**
     * The wages paid per month of the year from the released Entgelt runs of the Einrichtung: Grund- and
     * Steigerungsbeträge (the Arbeitsentgelt of § 221 Abs. 2 SGB IX without other items), never the AFöG.
     * Months without a released run are missing from the map.
     */
    @Allow({Role.TENANT_ADMIN, Role.MANAGEMENT, Role.AUDITOR})
    public Map<YearMonth, BigDecimal> entgelteJeMonat(Long einrichtungId, int jahr) {
        Map<YearMonth, BigDecimal> monate = new TreeMap<>();
        repository.em().createQuery("SELECT a.lauf.monat, SUM(a.grundbetrag + a.steigerungsbetrag) FROM Abrechnung a"
                + " WHERE a.lauf.einrichtung.id = :e AND a.lauf.status = :s AND a.lauf.monat >= :von AND"
                + " a.lauf.monat <= :bis GROUP BY a.lauf.monat", Object[].class).setParameter("e", einrichtungId)
                .setParameter("s", Laufstatus.FREIGEGEBEN).setParameter("von", YearMonth.of(jahr, 1))
                .setParameter("bis", YearMonth.of(jahr, 12)).getResultList()
                .forEach(r -> monate.put((YearMonth) r[0], (BigDecimal) r[1]));
        return monate;
    }

    static BigDecimal betrag(String text) {
        return Texteingabe.zahl(text).setScale(2, java.math.RoundingMode.UNNECESSARY);
    }

    private static String sha256(String inhalt) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(inhalt.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
