package de.werkerp.audit.control;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Compares two snapshots of an object (field name → value as text) and lists what changed.
 * Plain Java: the audit trail's rule "field old → new" in one place.
 */
public final class AuditDiff {

    public record Change(String field, String oldValue, String newValue) {
    }

    private AuditDiff() {
    }

    public static List<Change> between(Map<String, String> before, Map<String, String> after) {
        List<Change> changes = new ArrayList<>();
        TreeSet<String> fields = new TreeSet<>(before.keySet());
        fields.addAll(after.keySet());
        for (String field : fields) {
            String oldValue = before.get(field);
            String newValue = after.get(field);
            if (!Objects.equals(oldValue, newValue)) {
                changes.add(new Change(field, oldValue, newValue));
            }
        }
        return changes;
    }

    /** All non-empty fields of a new object, as changes from nothing. */
    public static List<Change> created(Map<String, String> after) {
        return between(new LinkedHashMap<>(), withoutNulls(after));
    }

    private static Map<String, String> withoutNulls(Map<String, String> values) {
        Map<String, String> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (v != null) {
                copy.put(k, v);
            }
        });
        return copy;
    }
}
