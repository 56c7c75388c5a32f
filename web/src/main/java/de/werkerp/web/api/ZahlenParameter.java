package de.werkerp.web.api;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigInteger;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import de.werkerp.platform.control.ValidationFailure;

/**
 * Whole-number parameters of every REST resource (query, path, form, header, matrix; {@code Integer}, {@code Long},
 * {@code Short} and their primitives with a {@code @DefaultValue}): a value that is no whole number, does not fit the
 * type, or lies outside the parameter's {@link Zahlenbereich} (or {@link Min}/{@link Max}) is answered with 400 and a
 * German message naming the
 * parameter — JAX-RS would answer 404 for an unparsable query or path parameter, and a number out of range would pass.
 * Primitives without a default keep the container's conversion (an absent value is 0 there); its failure is mapped to
 * 400 by {@link ErrorMappers.WebApplicationMapper}.
 */
@Provider
public class ZahlenParameter implements ParamConverterProvider {

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        long typMin;
        long typMax;
        if (rawType == Integer.class || rawType == int.class) {
            typMin = Integer.MIN_VALUE;
            typMax = Integer.MAX_VALUE;
        } else if (rawType == Long.class || rawType == long.class) {
            typMin = Long.MIN_VALUE;
            typMax = Long.MAX_VALUE;
        } else if (rawType == Short.class || rawType == short.class) {
            typMin = Short.MIN_VALUE;
            typMax = Short.MAX_VALUE;
        } else {
            return null;
        }
        String name = "Parameter";
        long min = typMin;
        long max = typMax;
        boolean mitVorgabe = false;
        for (Annotation a : annotations == null ? new Annotation[0] : annotations) {
            if (a instanceof QueryParam q) {
                name = q.value();
            } else if (a instanceof PathParam p) {
                name = p.value();
            } else if (a instanceof FormParam f) {
                name = f.value();
            } else if (a instanceof HeaderParam h) {
                name = h.value();
            } else if (a instanceof MatrixParam m) {
                name = m.value();
            } else if (a instanceof Zahlenbereich z) {
                min = Math.max(min, z.min());
                max = Math.min(max, z.max());
            } else if (a instanceof Min m) {
                min = Math.max(min, m.value());
            } else if (a instanceof Max m) {
                max = Math.min(max, m.value());
            } else if (a instanceof DefaultValue) {
                mitVorgabe = true;
            }
        }
        if (rawType.isPrimitive() && !mitVorgabe) {
            return null;
        }
        return (ParamConverter<T>) new Umwandlung(rawType, name, min, max, typMin, typMax);
    }

    record Umwandlung(Class<?> typ, String name, long min, long max, long typMin, long typMax)
            implements ParamConverter<Object> {

        @Override
        public Object fromString(String text) {
            try {
                return wert(text);
            } catch (ValidationFailure f) {
                throw new UngueltigerParameter(name, f.errors().get(0).message());
            }
        }

        /** The value of {@code text}, or a {@link ValidationFailure} on the parameter with the German message. */
        Object wert(String text) {
            if (text == null) {
                return null;
            }
            String t = text.strip();
            if (t.isEmpty()) {
                if (typ.isPrimitive()) {
                    throw new ValidationFailure(name, "Der Parameter „" + name + "“ ist leer; bitte eine ganze Zahl "
                            + "angeben.");
                }
                return null;
            }
            BigInteger zahl;
            try {
                zahl = new BigInteger(t);
            } catch (NumberFormatException e) {
                throw new ValidationFailure(name, "Der Parameter „" + name + "“ muss eine ganze Zahl sein (angegeben: „"
                        + kurz(text) + "“).");
            }
            if (zahl.compareTo(BigInteger.valueOf(min)) < 0 || zahl.compareTo(BigInteger.valueOf(max)) > 0) {
                throw new ValidationFailure(name, "Der Parameter „" + name + "“ " + bereich() + " (angegeben: "
                        + kurz(t) + ").");
            }
            long wert = zahl.longValue();
            if (typ == Integer.class || typ == int.class) {
                return (int) wert;
            }
            if (typ == Short.class || typ == short.class) {
                return (short) wert;
            }
            return wert;
        }

        private String bereich() {
            if (min != typMin && max != typMax) {
                return "muss zwischen " + min + " und " + max + " liegen";
            }
            return min != typMin ? "muss mindestens " + min + " sein" : max != typMax ? "darf höchstens " + max
                    + " sein" : "muss zwischen " + typMin + " und " + typMax + " liegen";
        }

        @Override
        public String toString(Object value) {
            return value == null ? null : value.toString();
        }

        private static String kurz(String s) {
            return s.length() > 40 ? s.substring(0, 40) + "…" : s;
        }
    }
}
