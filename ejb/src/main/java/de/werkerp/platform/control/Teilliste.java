package de.werkerp.platform.control;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One page of a list read from the database ({@code setFirstResult}/{@code setMaxResults}) with the total number of
 * entries of the whole list (a {@code COUNT} query under the same tenant filter): what REST lists and lazy tables
 * show instead of the whole list.
 */
public record Teilliste<T>(List<T> eintraege, long gesamt) implements java.io.Serializable {

    public Teilliste {
        eintraege = List.copyOf(Objects.requireNonNull(eintraege, "eintraege"));
        if (gesamt < eintraege.size()) {
            throw new IllegalArgumentException("gesamt " + gesamt + " < " + eintraege.size() + " Einträge");
        }
    }

    /** A page of a list already in memory (short lists, or lists computed by a rule over all entries). */
    public static <T> Teilliste<T> aus(List<T> alle, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("offset und limit dürfen nicht negativ sein");
        }
        int von = Math.min(offset, alle.size());
        int bis = (int) Math.min(alle.size(), (long) von + limit);
        return new Teilliste<>(alle.subList(von, bis), alle.size());
    }

    public <R> Teilliste<R> map(Function<? super T, ? extends R> f) {
        return new Teilliste<>(eintraege.stream().<R>map(f).toList(), gesamt);
    }
}
