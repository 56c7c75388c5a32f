package de.werkerp.web.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Map;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import de.werkerp.platform.control.ValidationFailure;

/**
 * Whole numbers in JSON request bodies of every REST resource: a number given for an {@code int}/{@code Integer},
 * {@code long}/{@code Long} or {@code short}/{@code Short} field (of records, classes, lists, maps, nested) that is not
 * whole or does not fit the type is refused with 400 and a German message naming the field — JSON-B would silently
 * wrap 2147483648 to −2147483648 or cut 1.5 to 1. The body is read once more by JSON-B afterwards; malformed JSON is
 * left to JSON-B's own error.
 */
@Provider
public class JsonZahlenbereich implements ReaderInterceptor {

    private static final int TIEFE = 20;
    /** Looked up once: {@code Json.create…} scans the class path on every call. */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        MediaType typ = context.getMediaType();
        if (typ == null || !typ.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            return context.proceed();
        }
        byte[] inhalt = context.getInputStream().readAllBytes();
        context.setInputStream(new ByteArrayInputStream(inhalt));
        if (inhalt.length > 0) {
            JsonValue wert;
            try (JsonReader reader = JSON.createReader(new StringReader(new String(inhalt, StandardCharsets.UTF_8)))) {
                wert = reader.readValue();
            } catch (JsonException | IllegalStateException e) {
                wert = null; // not JSON: JSON-B reports it
            }
            if (wert != null) {
                pruefe(wert, context.getGenericType(), "", 0);
            }
        }
        return context.proceed();
    }

    /** Checks {@code wert} against the Java type it is read into; {@code pfad} names the field in messages. */
    static void pruefe(JsonValue wert, Type typ, String pfad, int tiefe) {
        if (wert == null || wert.getValueType() == JsonValue.ValueType.NULL || typ == null || tiefe > TIEFE) {
            return;
        }
        Class<?> roh = roh(typ);
        if (roh == null) {
            return;
        }
        if (wert instanceof JsonNumber zahl) {
            pruefeZahl(zahl, roh, pfad);
            return;
        }
        if (wert instanceof JsonArray liste) {
            Type element = roh.isArray() ? (typ instanceof GenericArrayType g ? g.getGenericComponentType()
                    : roh.getComponentType()) : Collection.class.isAssignableFrom(roh) ? argument(typ, 0) : null;
            for (int i = 0; element != null && i < liste.size(); i++) {
                pruefe(liste.get(i), element, pfad + "[" + i + "]", tiefe + 1);
            }
            return;
        }
        if (wert instanceof JsonObject objekt) {
            if (Map.class.isAssignableFrom(roh)) {
                Type werttyp = argument(typ, 1);
                objekt.forEach((k, v) -> pruefe(v, werttyp, feld(pfad, k), tiefe + 1));
            } else if (roh.isRecord()) {
                for (RecordComponent c : roh.getRecordComponents()) {
                    pruefe(objekt.get(c.getName()), c.getGenericType(), feld(pfad, c.getName()), tiefe + 1);
                }
            } else if (roh.getName().startsWith("de.werkerp.")) {
                for (Class<?> c = roh; c != null && c != Object.class; c = c.getSuperclass()) {
                    for (Field f : c.getDeclaredFields()) {
                        if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isTransient(f.getModifiers())) {
                            pruefe(objekt.get(f.getName()), f.getGenericType(), feld(pfad, f.getName()), tiefe + 1);
                        }
                    }
                }
            }
        }
    }

    private static void pruefeZahl(JsonNumber zahl, Class<?> roh, String pfad) {
        BigDecimal min;
        BigDecimal max;
        if (roh == int.class || roh == Integer.class) {
            min = BigDecimal.valueOf(Integer.MIN_VALUE);
            max = BigDecimal.valueOf(Integer.MAX_VALUE);
        } else if (roh == long.class || roh == Long.class) {
            min = BigDecimal.valueOf(Long.MIN_VALUE);
            max = BigDecimal.valueOf(Long.MAX_VALUE);
        } else if (roh == short.class || roh == Short.class) {
            min = BigDecimal.valueOf(Short.MIN_VALUE);
            max = BigDecimal.valueOf(Short.MAX_VALUE);
        } else {
            return;
        }
        String feld = pfad.isEmpty() ? "body" : pfad;
        BigDecimal wert = zahl.bigDecimalValue();
        if (wert.stripTrailingZeros().scale() > 0) {
            throw new ValidationFailure(feld, "„" + feld + "“ muss eine ganze Zahl sein (angegeben: " + zahl + ").");
        }
        if (wert.compareTo(min) < 0 || wert.compareTo(max) > 0) {
            throw new ValidationFailure(feld, "„" + feld + "“: " + zahl + " liegt außerhalb des zulässigen Bereichs "
                    + "(" + min.toPlainString() + " bis " + max.toPlainString() + ").");
        }
    }

    private static String feld(String pfad, String name) {
        return pfad.isEmpty() ? name : pfad + "." + name;
    }

    private static Class<?> roh(Type typ) {
        if (typ instanceof Class<?> c) {
            return c;
        }
        if (typ instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        if (typ instanceof GenericArrayType) {
            return Object[].class;
        }
        return null;
    }

    private static Type argument(Type typ, int i) {
        return typ instanceof ParameterizedType p && p.getActualTypeArguments().length > i
                ? p.getActualTypeArguments()[i] : null;
    }
}
