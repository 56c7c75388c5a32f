package de.werkerp.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class AuditDiffTest {

    @Test
    void lists_each_changed_field_with_old_and_new_value() {
        Map<String, String> before = Map.of("name", "Werk Nord", "plz", "12345", "aktiv", "true");
        Map<String, String> after = Map.of("name", "Werk Nord-Ost", "plz", "12345", "aktiv", "false");
        assertEquals(List.of(
                new AuditDiff.Change("aktiv", "true", "false"),
                new AuditDiff.Change("name", "Werk Nord", "Werk Nord-Ost")),
                AuditDiff.between(before, after));
    }

    @Test
    void a_field_set_to_empty_is_a_change_to_null() {
        Map<String, String> before = Map.of("ort", "Musterstadt");
        Map<String, String> after = new HashMap<>();
        after.put("ort", null);
        assertEquals(List.of(new AuditDiff.Change("ort", "Musterstadt", null)), AuditDiff.between(before, after));
    }

    @Test
    void a_new_object_lists_its_filled_fields() {
        Map<String, String> after = new HashMap<>();
        after.put("name", "Montage 1");
        after.put("strasse", null);
        assertEquals(List.of(new AuditDiff.Change("name", null, "Montage 1")), AuditDiff.created(after));
    }
}
