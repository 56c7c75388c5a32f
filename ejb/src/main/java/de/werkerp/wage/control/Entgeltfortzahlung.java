package de.werkerp.wage.control;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Tenant setting and rule: how long the wage is paid during an illness. Default: six weeks = 42 calendar days per
 * illness, counted from its first day (day 1 = {@link Erkrankung#beginn()}); earlier spells of the same illness
 * count against them ({@link Erkrankung#bereitsBezahlteTage()}). Working days after that period (within the
 * contract in the month, {@link Arbeitstage}) reduce the Steigerungsbetrag like unexcused absence
 * ({@link Fehlzeitenkuerzung}); from then on the Krankenkasse pays Krankengeld.
 *
 * <p>Legal basis: none in statute for this group. The EFZG (six weeks, § 3 Abs. 1) applies to Arbeitnehmer;
 * Werkstattbeschäftigte stand in an arbeitnehmerähnliches Rechtsverhältnis (§ 221 Abs. 1 SGB IX), so continued
 * pay follows the Werkstattvertrag or the Entgeltordnung, usually modelled on the EFZG. Hence a setting:
 * {@link #SECHS_WOCHEN} (default) or {@link #UNBEGRENZT} (sickness never reduces the pay). Simplifications: the
 * day the illness begins counts as its first day, even if the person worked part of it (cf. § 3 EFZG and
 * §§ 187, 188 BGB); the four-week waiting period of § 3 Abs. 3 EFZG and the renewal after six or twelve months
 * (§ 3 Abs. 1 Satz 2 EFZG) are for the caller to reflect in {@code bereitsBezahlteTage}.
 *
 * @param begrenzt              whether the paid period ends at all
 * @param bezahlteKalendertage  the paid calendar days per illness (42) if {@code begrenzt}
 */
public record Entgeltfortzahlung(boolean begrenzt, int bezahlteKalendertage) {

    /** Six weeks per illness (modelled on § 3 Abs. 1 EFZG). */
    public static final Entgeltfortzahlung SECHS_WOCHEN = new Entgeltfortzahlung(true, 42);

    /** Sickness never reduces the pay. */
    public static final Entgeltfortzahlung UNBEGRENZT = new Entgeltfortzahlung(false, 0);

    public Entgeltfortzahlung {
        if (begrenzt && bezahlteKalendertage <= 0) {
            throw new IllegalArgumentException("Die Dauer der Entgeltfortzahlung im Krankheitsfall muss mindestens "
                    + "einen Kalendertag betragen.");
        }
    }

    /** The first calendar day of the illness that is no longer paid, or {@code null} if all of it is paid. */
    public LocalDate ersterUnbezahlterTag(Erkrankung erkrankung) {
        Objects.requireNonNull(erkrankung, "erkrankung");
        if (!begrenzt) {
            return null;
        }
        int rest = Math.max(0, bezahlteKalendertage - erkrankung.bereitsBezahlteTage());
        LocalDate erster = erkrankung.beginn().plusDays(rest);
        return erkrankung.ende() != null && erster.isAfter(erkrankung.ende()) ? null : erster;
    }

    /**
     * The working days of the contract in the month on which the person is sick beyond the paid period, each
     * counted once even if spells overlap.
     */
    public List<LocalDate> unbezahlteArbeitstage(Collection<Erkrankung> erkrankungen, Vertragsmonat vertragsmonat,
            Collection<LocalDate> feiertage) {
        Objects.requireNonNull(vertragsmonat, "vertragsmonat");
        TreeSet<LocalDate> tage = new TreeSet<>();
        for (Erkrankung e : erkrankungen) {
            LocalDate erster = ersterUnbezahlterTag(e);
            if (erster == null) {
                continue;
            }
            LocalDate von = erster.isAfter(vertragsmonat.von()) ? erster : vertragsmonat.von();
            LocalDate bis = e.ende() == null || e.ende().isAfter(vertragsmonat.bis()) ? vertragsmonat.bis() : e.ende();
            if (!bis.isBefore(von)) {
                tage.addAll(Arbeitstage.zwischen(von, bis, feiertage));
            }
        }
        return List.copyOf(tage);
    }
}
