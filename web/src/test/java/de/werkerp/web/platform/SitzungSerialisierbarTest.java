package de.werkerp.web.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * In a cluster the HTTP session moves between nodes (README "Cluster"): every view- and session-scoped bean, and
 * everything its fields hold, must be serialisable. Injected fields are container proxies (serialisable) and skipped,
 * as are transient and static ones. Collections and maps are checked by their element types.
 */
class SitzungSerialisierbarTest {

    private static final Path KLASSEN = Path.of("target", "classes");

    @Test
    void every_view_and_session_scoped_bean_holds_only_serialisable_state() throws Exception {
        List<Class<?>> beans = beans();
        assertTrue(beans.size() > 20, "found the pages' beans: " + beans.size());
        List<String> fehler = new ArrayList<>();
        for (Class<?> bean : beans) {
            if (!Serializable.class.isAssignableFrom(bean)) {
                fehler.add(bean.getName() + " is not Serializable");
            }
            pruefeFelder(bean, bean.getSimpleName(), fehler, new HashSet<>());
        }
        assertEquals(List.of(), fehler);
    }

    private static void pruefeFelder(Class<?> c, String pfad, List<String> fehler, Set<Type> gesehen) {
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                int m = f.getModifiers();
                if (Modifier.isStatic(m) || Modifier.isTransient(m) || f.isSynthetic() || injiziert(f)) {
                    continue;
                }
                pruefeTyp(f.getGenericType(), pfad + "." + f.getName(), fehler, gesehen);
            }
        }
    }

    private static void pruefeTyp(Type t, String pfad, List<String> fehler, Set<Type> gesehen) {
        if (!gesehen.add(t)) {
            return;
        }
        if (t instanceof ParameterizedType p) {
            Class<?> roh = (Class<?>) p.getRawType();
            if (Collection.class.isAssignableFrom(roh) || Map.class.isAssignableFrom(roh)) {
                for (Type a : p.getActualTypeArguments()) {
                    pruefeTyp(a, pfad + "<>", fehler, gesehen);
                }
                return;
            }
            pruefeTyp(roh, pfad, fehler, gesehen);
            for (Type a : p.getActualTypeArguments()) {
                pruefeTyp(a, pfad + "<>", fehler, gesehen);
            }
        } else if (t instanceof GenericArrayType a) {
            pruefeTyp(a.getGenericComponentType(), pfad + "[]", fehler, gesehen);
        } else if (t instanceof WildcardType || t instanceof TypeVariable) {
            return;
        } else if (t instanceof Class<?> c) {
            if (c.isPrimitive() || c.isEnum() || c == Object.class) {
                // Object: the value's class decides (e.g. a select item's enum)
                return;
            }
            if (c.isArray()) {
                pruefeTyp(c.getComponentType(), pfad + "[]", fehler, gesehen);
                return;
            }
            if (Collection.class.isAssignableFrom(c) || Map.class.isAssignableFrom(c)) {
                return; // element types come from the declaration (ParameterizedType above)
            }
            if (c.isInterface() || Modifier.isAbstract(c.getModifiers())) {
                // the value's class decides; our own interfaces are checked by their implementations elsewhere
                if (!c.getName().startsWith("java.") && !Serializable.class.isAssignableFrom(c)
                        && c.getName().startsWith("de.werkerp")) {
                    fehler.add(pfad + ": " + c.getName() + " (interface, not Serializable)");
                }
                return;
            }
            if (!Serializable.class.isAssignableFrom(c)) {
                fehler.add(pfad + ": " + c.getName());
                return;
            }
            if (c.getName().startsWith("de.werkerp")) {
                pruefeFelder(c, pfad, fehler, gesehen);
            }
        }
    }

    private static boolean injiziert(Field f) {
        return Stream.of(f.getAnnotations()).map(a -> a.annotationType().getName()).anyMatch(n ->
                n.equals("jakarta.inject.Inject") || n.equals("jakarta.ejb.EJB") || n.equals("jakarta.annotation.Resource")
                        || n.equals("jakarta.persistence.PersistenceContext"));
    }

    private static List<Class<?>> beans() throws IOException, ClassNotFoundException {
        List<Class<?>> beans = new ArrayList<>();
        List<Path> dateien;
        try (Stream<Path> s = Files.walk(KLASSEN)) {
            dateien = s.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().contains("$"))
                    .toList();
        }
        for (Path p : dateien) {
            String name = KLASSEN.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
            Class<?> c = Class.forName(name, false, SitzungSerialisierbarTest.class.getClassLoader());
            boolean scoped = Stream.of(c.getAnnotations()).map(a -> a.annotationType().getName()).anyMatch(n ->
                    n.equals("jakarta.faces.view.ViewScoped") || n.equals("jakarta.enterprise.context.SessionScoped")
                            || n.equals("jakarta.enterprise.context.ConversationScoped"));
            if (scoped) {
                beans.add(c);
            }
        }
        return beans;
    }
}
