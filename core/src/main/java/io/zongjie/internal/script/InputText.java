package io.zongjie.internal.script;

import com.fasterxml.jackson.databind.JsonNode;
import io.zongjie.model.ReportMeta;
import io.zongjie.model.ReportSpec;
import io.zongjie.model.SectionSpec;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every text value of a report's input: the frame's fields, the sections' titles and every text in their data
 * (a tree read from a file, or the records an embedder built), which {@link ScriptConverter} prints as typed.
 */
public final class InputText {

    /** Deeper than any input the limits let through; a guard for data built in Java. */
    private static final int MAX_DEPTH = 1_000;

    private InputText() {
    }

    /** The texts of {@code spec}, in the order met. */
    public static List<String> of(ReportSpec spec) {
        List<String> out = new ArrayList<>();
        ReportMeta m = spec.report();
        if (m != null) {
            for (String s : new String[] {m.organization(), m.union(), m.period(), m.recipient(), m.leadership(),
                    m.title()}) {
                add(out, s);
            }
        }
        Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (SectionSpec section : spec.sections() == null ? List.<SectionSpec>of() : spec.sections()) {
            if (section != null) {
                add(out, section.title());
                walk(section.data(), out, seen, 0);
            }
        }
        return out;
    }

    private static void add(List<String> out, String s) {
        if (s != null && !s.isBlank()) {
            out.add(s);
        }
    }

    private static void walk(Object value, List<String> out, Set<Object> seen, int depth) {
        if (value == null || depth > MAX_DEPTH) {
            return;
        }
        if (value instanceof CharSequence text) {
            add(out, text.toString());
            return;
        }
        if (value instanceof Number || value instanceof Boolean || value instanceof Enum<?>
                || value instanceof java.time.temporal.TemporalAccessor || !seen.add(value)) {
            // an enum's words are the plugin's, not the user's: they are converted
            return;
        }
        if (value instanceof JsonNode node) {
            if (node.isTextual()) {
                add(out, node.asText());
            }
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                walk(it.next(), out, seen, depth + 1);
            }
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> walk(v, out, seen, depth + 1));
        } else if (value instanceof Iterable<?> items) {
            items.forEach(v -> walk(v, out, seen, depth + 1));
        } else if (value instanceof Object[] array) {
            for (Object v : array) {
                walk(v, out, seen, depth + 1);
            }
        } else if (value.getClass().isRecord()) {
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                try {
                    c.getAccessor().setAccessible(true);
                    walk(c.getAccessor().invoke(value), out, seen, depth + 1);
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // a component that cannot be read holds nothing the converter must keep
                }
            }
        }
    }
}
