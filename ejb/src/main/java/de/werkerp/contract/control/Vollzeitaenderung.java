package de.werkerp.contract.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a change of an Einrichtung's full time (§ 6 Abs. 1 WVO: 35–40 hours; its Entgelt settings) does to the agreed
 * working times: which become part time (§ 6 Abs. 2 WVO, § 8 TzBfG) and which of those have no part-time reason yet.
 * Part time without a reason cannot be computed (the wage kernel does not know whether it may reduce the pay) and
 * the contract check refuses to store it, so the settings change lists them first and is saved only when confirmed.
 *
 * <p>Affected: a working time with fewer hours than the new full time that either was full time under the old full
 * time (it <em>becomes</em> part time) or has no reason (it cannot be computed). Lowering the full time affects
 * none. Worked example: full time 35 → 38.5 hours; 36 h without reason → affected, reason missing; 37.5 h with
 * § 8 TzBfG (kept from earlier) → affected, reason present; 30 h with "Art oder Schwere der Behinderung" → already part
 * time with a reason, not listed; 38.5 h and 40 h → full time, not listed.
 */
public final class Vollzeitaenderung {

    private static final DateTimeFormatter DATUM = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** At most this many names in the message; the preview lists all. */
    static final int MAX_NAMEN = 20;

    private Vollzeitaenderung() {
    }

    /** One agreed working time of a contract (the period it is valid, the hours, the stored reason). */
    public record Arbeitszeitstand(Long vertragId, Long beschaeftigterId, String name, String personalnummer,
            LocalDate gueltigAb, LocalDate gueltigBis, BigDecimal wochenstunden, Teilzeitgrund teilzeitgrund) implements java.io.Serializable {

        public Arbeitszeitstand {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(gueltigAb, "gueltigAb");
            Objects.requireNonNull(wochenstunden, "wochenstunden");
        }
    }

    /** A working time that is part time under the new full time and was not, or has no reason. */
    public record Betroffen(Arbeitszeitstand arbeitszeit, boolean grundFehlt) implements java.io.Serializable {

        /** For pages: EL does not read record components. */
        public Arbeitszeitstand getArbeitszeit() {
            return arbeitszeit;
        }

        public boolean isGrundFehlt() {
            return grundFehlt;
        }
    }

    /**
     * The working times affected by changing the full time from {@code alt} to {@code neu}, by name and start.
     *
     * @param alt     the full time so far (35 if no settings were stored)
     * @param neu     the new full time; must be 35–40 hours ({@link Arbeitszeitregel#vollzeitFehler})
     * @param zeiten  the working times to look at (the caller chooses the period, e.g. current and future ones)
     */
    public static List<Betroffen> betroffen(BigDecimal alt, BigDecimal neu, List<Arbeitszeitstand> zeiten) {
        Objects.requireNonNull(alt, "alt");
        Arbeitszeitregel.vollzeitFehler(neu).ifPresent(f -> {
            throw new IllegalArgumentException(f);
        });
        return zeiten.stream()
                .filter(z -> z.wochenstunden().compareTo(neu) < 0)
                .filter(z -> z.wochenstunden().compareTo(alt) >= 0 || z.teilzeitgrund() == null)
                .map(z -> new Betroffen(z, z.teilzeitgrund() == null))
                .sorted(Comparator.comparing((Betroffen b) -> b.arbeitszeit().name())
                        .thenComparing(b -> b.arbeitszeit().gueltigAb()))
                .toList();
    }

    /** Those of {@code betroffen} without a part-time reason: they need one before the run can compute them. */
    public static List<Betroffen> ohneGrund(List<Betroffen> betroffen) {
        return betroffen.stream().filter(Betroffen::grundFehlt).toList();
    }

    /**
     * The German message refusing an unconfirmed change while {@code ohneGrund} is not empty: names, hours and dates,
     * and what to do.
     */
    public static String meldung(BigDecimal neu, List<Betroffen> ohneGrund) {
        String liste = ohneGrund.stream().limit(MAX_NAMEN).map(b -> b.arbeitszeit().name() + " ("
                + Arbeitszeitregel.stunden(b.arbeitszeit().wochenstunden()) + " Stunden ab "
                + b.arbeitszeit().gueltigAb().format(DATUM) + ")").collect(Collectors.joining(", "))
                + (ohneGrund.size() > MAX_NAMEN ? " und " + (ohneGrund.size() - MAX_NAMEN) + " weitere" : "");
        return "Mit einer Vollzeit von " + Arbeitszeitregel.stunden(neu) + " Stunden werden " + ohneGrund.size()
                + (ohneGrund.size() == 1 ? " Arbeitszeit" : " Arbeitszeiten") + " zu Teilzeit ohne Teilzeitgrund "
                + "(§ 6 Abs. 2 WVO, § 8 TzBfG): " + liste + ". Ohne Teilzeitgrund kann der Entgeltlauf sie nicht "
                + "berechnen. Bitte die Änderung ausdrücklich bestätigen und danach die Teilzeitgründe erfassen.";
    }
}
