package io.zongjie.internal.engine;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.RecordComponent;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds where in a section's bound data an object is, as a path in the input: so that a template that stops in a
 * loop over {@code $data.visits} can say the input's {@code sections[0].data.visits} made it too large.
 *
 * <p>Walks records (by their components, named as Jackson names them), lists and maps, comparing by identity;
 * other objects are not looked into.
 */
final class DataLocator {

    /** No section's data holds more objects than this worth looking through. */
    private static final int MAX_VISITED = 200_000;

    private DataLocator() {
    }

    /** The path of {@code target} within {@code data}, relative to it (「visits」, 「visits[3].items」), if found. */
    static Optional<String> find(Object data, Object target) {
        record At(Object value, String path) {
        }
        Deque<At> pending = new ArrayDeque<>();
        pending.add(new At(data, ""));
        int visited = 0;
        while (!pending.isEmpty() && visited++ < MAX_VISITED) {
            At at = pending.poll();
            Object v = at.value();
            if (v == target) {
                return Optional.of(at.path());
            }
            if (v instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    pending.add(new At(list.get(i), at.path() + "[" + i + "]"));
                }
            } else if (v instanceof Map<?, ?> map) {
                map.forEach((k, value) -> pending.add(new At(value, join(at.path(), String.valueOf(k)))));
            } else if (v != null && v.getClass().isRecord()) {
                for (RecordComponent c : v.getClass().getRecordComponents()) {
                    try {
                        c.getAccessor().setAccessible(true);
                        pending.add(new At(c.getAccessor().invoke(v), join(at.path(), name(c))));
                    } catch (ReflectiveOperationException | RuntimeException e) {
                        // a component that cannot be read holds nothing to find
                    }
                }
            }
        }
        return Optional.empty();
    }

    private static String name(RecordComponent c) {
        JsonProperty named = c.getAnnotation(JsonProperty.class);
        if (named == null) {
            named = c.getAccessor().getAnnotation(JsonProperty.class);
        }
        return named != null && !named.value().isEmpty() ? named.value() : c.getName();
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
