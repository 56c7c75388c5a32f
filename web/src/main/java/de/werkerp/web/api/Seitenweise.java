package de.werkerp.web.api;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

import de.werkerp.platform.control.Teilliste;

/**
 * Paged REST lists (README "REST API (OpenAPI)"): every list takes {@code limit} (default {@value #STANDARD}, at most
 * {@value #HOECHSTENS}) and {@code offset} (default 0) and answers one page as the JSON array it always was, with the
 * number of all entries in the header {@value #GESAMT}. The resource returns {@link #seite}; this filter writes the
 * header. {@link OpenApiFilter} documents the parameters and the header on every operation that has them.
 */
@Provider
public class Seitenweise implements ContainerResponseFilter {

    /** The response header with the number of entries of the whole list. */
    public static final String GESAMT = "X-Total-Count";
    public static final int STANDARD = 100;
    public static final int HOECHSTENS = 1000;
    /** Compile-time constants for {@code @DefaultValue} and {@code @Zahlenbereich}. */
    public static final String STANDARD_TEXT = "100";
    public static final long HOECHSTENS_LANG = 1000;
    public static final long OFFSET_HOECHSTENS = 1_000_000_000;

    /** One page of a list and its total: a JSON array like every list, the total goes into the header. */
    public static final class Seite<T> extends ArrayList<T> {

        private static final long serialVersionUID = 1L;
        private final transient long gesamt;

        Seite(List<T> eintraege, long gesamt) {
            super(eintraege);
            this.gesamt = gesamt;
        }

        public long gesamt() {
            return gesamt;
        }
    }

    /** A page read from the database, each entry turned into its DTO. */
    public static <T, R> List<R> seite(Teilliste<T> teil, Function<? super T, ? extends R> dto) {
        return new Seite<R>(teil.eintraege().stream().<R>map(dto).toList(), teil.gesamt());
    }

    /** A page of a list in memory (short lists, and lists a rule computes over all entries). */
    public static <T> List<T> seite(List<T> alle, int offset, int limit) {
        Teilliste<T> teil = Teilliste.aus(alle, offset, limit);
        return new Seite<>(teil.eintraege(), teil.gesamt());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getEntity() instanceof Seite<?> seite) {
            response.getHeaders().putSingle(GESAMT, seite.gesamt());
        }
    }
}
