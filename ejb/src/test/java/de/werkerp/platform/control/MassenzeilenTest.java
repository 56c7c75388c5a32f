package de.werkerp.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManager;

import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.junit.jupiter.api.Test;

import de.werkerp.wage.entity.Abrechnung;

/**
 * The bulk insert refuses to write without the transaction's tenant (tenancy is security: a row without tenant must
 * never be written), before it touches the database. The inserts themselves are covered in WerkErpIT (every Entgelt
 * run writes its statements through it, and the tests read them back per tenant).
 */
class MassenzeilenTest {

    /** An EntityManager that only answers getProperties() and records every other call. */
    private static EntityManager entityManager(Map<String, Object> properties, List<String> calls) {
        return (EntityManager) Proxy.newProxyInstance(MassenzeilenTest.class.getClassLoader(),
                new Class<?>[] {EntityManager.class}, (proxy, method, args) -> {
                    if (method.getName().equals("getProperties")) {
                        return properties;
                    }
                    calls.add(method.getName());
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void refusesWithoutTenant() {
        List<String> calls = new ArrayList<>();
        Massenzeilen m = new Massenzeilen();
        m.em = entityManager(new HashMap<>(), calls);

        AccessDenied e = assertThrows(AccessDenied.class, () -> m.fuegeEin(Abrechnung.class, List.of(new Abrechnung())));

        assertEquals("Ohne Mandant können keine Zeilen gespeichert werden.", e.getMessage());
        assertTrue(calls.isEmpty(), "no database access without a tenant: " + calls);
    }

    @Test
    void nothingToInsertIsNoCall() {
        List<String> calls = new ArrayList<>();
        Massenzeilen m = new Massenzeilen();
        m.em = entityManager(Map.of(PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT, "7"), calls);

        assertEquals(0, m.fuegeEin(Abrechnung.class, List.of()));
        assertTrue(calls.isEmpty(), "an empty list touches nothing: " + calls);
    }

    @Test
    void rowsAreNotMadeWithoutTenant() {
        List<String> calls = new ArrayList<>();
        Massenzeilen m = new Massenzeilen();
        m.em = entityManager(new HashMap<>(), calls);
        List<Integer> gemacht = new ArrayList<>();

        assertThrows(AccessDenied.class, () -> m.fuegeEin(Abrechnung.class, List.of(1, 2, 3), i -> {
            gemacht.add(i);
            return new Abrechnung();
        }));

        assertTrue(gemacht.isEmpty(), "no row is made without a tenant: " + gemacht);
        assertTrue(calls.isEmpty(), "no database access without a tenant: " + calls);
    }

    @Test
    void noSourcesMakeNoRowAndNoCall() {
        List<String> calls = new ArrayList<>();
        Massenzeilen m = new Massenzeilen();
        m.em = entityManager(Map.of(PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT, "7"), calls);

        assertEquals(0, m.fuegeEin(Abrechnung.class, List.<Integer>of(), i -> {
            throw new AssertionError("no row to make");
        }));
        assertTrue(calls.isEmpty(), "no sources touch nothing: " + calls);
    }
}
