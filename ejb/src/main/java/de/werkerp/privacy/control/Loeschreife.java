package de.werkerp.privacy.control;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Whether a person's data may be deleted (anonymised) on a day (Art. 17 Abs. 1 lit. a, Abs. 3 lit. b DSGVO: once the
 * purpose has ended and no retention duty is left): every Werkstattvertrag has ended, and for every category that
 * holds data of the person its retention period ({@link Aufbewahrungsfrist#ende}) is over. A person without any
 * contract is not proposed (there is no end to count from; such a record is checked by hand).
 */
public final class Loeschreife {

    /**
     * @param loeschbar    true if the periods of all categories ended before {@code stichtag}
     * @param loeschbarAb  the first day all periods are over (null without an ended contract)
     * @param fristenden   per category holding data, the last day it must be kept
     * @param grund        German text: why not (yet), or empty
     */
    public record Ergebnis(boolean loeschbar, LocalDate loeschbarAb, Map<Aufbewahrungskategorie, LocalDate> fristenden,
            String grund) {
    }

    private Loeschreife() {
    }

    /**
     * @param stichtag       the day of the check (today)
     * @param vertragOffen   true if a contract of the person has no end or ends on or after {@code stichtag}
     * @param anlaesse       per category holding data of the person, the event its period runs from (e.g. the last
     *                       payment month's first day for {@link Aufbewahrungskategorie#ENTGELT}); categories without
     *                       data are left out
     * @param jahre          the tenant's period per category (default or longer)
     */
    public static Ergebnis pruefe(LocalDate stichtag, boolean vertragOffen, Map<Aufbewahrungskategorie, LocalDate> anlaesse,
            Map<Aufbewahrungskategorie, Integer> jahre) {
        Objects.requireNonNull(stichtag, "stichtag");
        Map<Aufbewahrungskategorie, LocalDate> enden = new TreeMap<>();
        anlaesse.forEach((k, anlass) -> enden.put(k, Aufbewahrungsfrist.ende(k, Objects.requireNonNull(jahre.get(k),
                () -> "no period for " + k), anlass)));
        if (vertragOffen) {
            return new Ergebnis(false, null, enden, "Der Werkstattvertrag ist noch nicht beendet.");
        }
        if (!anlaesse.containsKey(Aufbewahrungskategorie.STAMMDATEN_VERTRAG)) {
            return new Ergebnis(false, null, enden, "Die Person hat keinen beendeten Werkstattvertrag.");
        }
        LocalDate letztesEnde = enden.values().stream().max(LocalDate::compareTo).orElseThrow();
        LocalDate ab = letztesEnde.plusDays(1);
        if (stichtag.isBefore(ab)) {
            Aufbewahrungskategorie laengste = enden.entrySet().stream().filter(e -> e.getValue().equals(letztesEnde))
                    .findFirst().orElseThrow().getKey();
            return new Ergebnis(false, ab, enden, "Aufbewahrungsfrist „" + laengste.getLabel() + "“ läuft bis "
                    + String.format("%02d.%02d.%d", letztesEnde.getDayOfMonth(), letztesEnde.getMonthValue(),
                            letztesEnde.getYear()) + ".");
        }
        return new Ergebnis(true, ab, enden, "");
    }
}
