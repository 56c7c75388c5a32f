package de.werkerp.security.control;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The rules against guessing passwords (issue 16 item 2), as plain Java on the times of earlier failed attempts.
 * <ul>
 * <li><b>Per user name</b>: {@value #SPERRE_NACH} failures within {@link #FENSTER} lock the name for
 * {@link #SPERRDAUER} from the failure that completed them; during the lock every attempt is refused, the right
 * password too. Refused attempts are not failures (they are not checked), so they do not extend the lock.</li>
 * <li><b>Per client address</b>: from {@value #VERZOEGERUNG_AB} failures within {@link #FENSTER} on, the next
 * attempt is accepted only {@link #ERSTE_VERZOEGERUNG} after the latest failure, doubling with every further failure
 * (1 s, 2 s, 4 s, 8 s), at most {@link #HOECHSTE_VERZOEGERUNG}. An earlier attempt is refused at once with the time
 * to wait (no request thread waits).</li>
 * </ul>
 * Unknown user names are counted like known ones, so the lock tells nothing about whether a name exists.
 */
public final class Anmelderegel {

    public static final int SPERRE_NACH = 10;
    public static final Duration FENSTER = Duration.ofMinutes(15);
    public static final Duration SPERRDAUER = Duration.ofMinutes(15);
    public static final int VERZOEGERUNG_AB = 5;
    public static final Duration ERSTE_VERZOEGERUNG = Duration.ofSeconds(1);
    public static final Duration HOECHSTE_VERZOEGERUNG = Duration.ofSeconds(10);
    /** How far back failures matter at all (window plus lock). */
    public static final Duration RUECKBLICK = FENSTER.plus(SPERRDAUER);

    /** Why an attempt is refused before its password is checked. */
    public enum Grund {
        NAME, ADRESSE
    }

    /** A refusal: until when, and why. */
    public record Sperre(Grund grund, Instant bis) {

        /** Whole seconds to wait (rounded up, at least 1), for {@code Retry-After}. */
        public long sekunden(Instant jetzt) {
            long millis = Duration.between(jetzt, bis).toMillis();
            return Math.max(1, (millis + 999) / 1000);
        }

        /** The German message for the login form and the REST answer. */
        public String meldung(Instant jetzt) {
            long s = sekunden(jetzt);
            if (grund == Grund.NAME) {
                long minuten = (s + 59) / 60;
                return "Zu viele fehlgeschlagene Anmeldeversuche für diesen Benutzernamen. Die Anmeldung ist gesperrt;"
                        + " bitte versuchen Sie es in " + (minuten == 1 ? "einer Minute" : minuten + " Minuten") + " erneut.";
            }
            return "Zu viele fehlgeschlagene Anmeldeversuche von Ihrer Adresse. Bitte warten Sie "
                    + (s == 1 ? "eine Sekunde" : s + " Sekunden") + " und versuchen Sie es dann erneut.";
        }
    }

    private Anmelderegel() {
    }

    /**
     * Until when the user name is locked, given its failed attempts (any order).
     *
     * @return the end of the lock if it is later than {@code jetzt}
     */
    public static Optional<Instant> namensperreBis(List<Instant> fehlversuche, Instant jetzt) {
        List<Instant> f = fehlversuche.stream().sorted().toList();
        for (int i = f.size() - 1; i >= SPERRE_NACH - 1; i--) {
            if (Duration.between(f.get(i - SPERRE_NACH + 1), f.get(i)).compareTo(FENSTER) <= 0) {
                Instant bis = f.get(i).plus(SPERRDAUER);
                return bis.isAfter(jetzt) ? Optional.of(bis) : Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The wait after {@code anzahl} recent failures from one address (zero below {@value #VERZOEGERUNG_AB}). */
    public static Duration verzoegerung(int anzahl) {
        if (anzahl < VERZOEGERUNG_AB) {
            return Duration.ZERO;
        }
        int verdopplungen = Math.min(anzahl - VERZOEGERUNG_AB, 20);
        Duration d = ERSTE_VERZOEGERUNG.multipliedBy(1L << verdopplungen);
        return d.compareTo(HOECHSTE_VERZOEGERUNG) > 0 ? HOECHSTE_VERZOEGERUNG : d;
    }

    /**
     * From when the next attempt from an address is accepted, given its failed attempts (any order).
     *
     * @return that time if it is later than {@code jetzt}
     */
    public static Optional<Instant> adressverzoegerungBis(List<Instant> fehlversuche, Instant jetzt) {
        Instant seit = jetzt.minus(FENSTER);
        List<Instant> neu = fehlversuche.stream().filter(t -> t.isAfter(seit)).sorted().toList();
        if (neu.size() < VERZOEGERUNG_AB) {
            return Optional.empty();
        }
        Instant ab = neu.get(neu.size() - 1).plus(verzoegerung(neu.size()));
        return ab.isAfter(jetzt) ? Optional.of(ab) : Optional.empty();
    }

    /** The refusal for an attempt now, the name's lock first; empty if the password may be checked. */
    public static Optional<Sperre> pruefen(List<Instant> fehlerName, List<Instant> fehlerAdresse, boolean adresseAusnehmen,
            Instant jetzt) {
        Optional<Instant> name = namensperreBis(fehlerName, jetzt);
        if (name.isPresent()) {
            return Optional.of(new Sperre(Grund.NAME, name.get()));
        }
        if (adresseAusnehmen) {
            return Optional.empty();
        }
        return adressverzoegerungBis(fehlerAdresse, jetzt).map(bis -> new Sperre(Grund.ADRESSE, bis));
    }
}
