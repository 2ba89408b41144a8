package io.zongjie.internal.engine;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.zongjie.spi.Label;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The Chinese name of the field at a path of a data class, from its {@link Label} or the first clause of its
 * {@link JsonPropertyDescription}: 「慰问金额」 for {@code visits[0].amount} of the welfare section's data.
 */
final class FieldLabels {

    private static final Pattern INDEX = Pattern.compile("\\[\\d+]");
    private static final int MAX_CLAUSE = 12;

    private FieldLabels() {
    }

    /** The label of the field {@code path} names inside {@code root}, if it has one. */
    static Optional<String> of(Class<?> root, String path) {
        if (root == null || path == null || path.isEmpty()) {
            return Optional.empty();
        }
        Type type = root;
        AnnotatedElement last = null;
        for (String name : INDEX.matcher(path).replaceAll(".[]").split("\\.")) {
            if (name.isEmpty()) {
                continue;
            }
            if (name.equals("[]")) {
                type = element(type);
                last = null;
                continue;
            }
            Class<?> raw = raw(type);
            if (raw == null) {
                return Optional.empty();
            }
            if (Map.class.isAssignableFrom(raw)) {
                type = element(type);
                last = null;
                continue;
            }
            Member member = member(raw, name);
            if (member == null) {
                return Optional.empty();
            }
            type = member.type();
            last = member.element();
        }
        return last == null ? Optional.empty() : label(last);
    }

    private record Member(AnnotatedElement element, Type type) {
    }

    /** The record component or field that Jackson binds {@code name} to. */
    private static Member member(Class<?> type, String name) {
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                JsonProperty renamed = c.getAnnotation(JsonProperty.class);
                if (c.getName().equals(name) || renamed != null && renamed.value().equals(name)) {
                    return new Member(c, c.getGenericType());
                }
            }
            return null;
        }
        for (Class<?> t = type; t != null && t != Object.class; t = t.getSuperclass()) {
            for (Field f : t.getDeclaredFields()) {
                JsonProperty renamed = f.getAnnotation(JsonProperty.class);
                if (f.getName().equals(name) || renamed != null && renamed.value().equals(name)) {
                    return new Member(f, f.getGenericType());
                }
            }
        }
        return null;
    }

    private static Optional<String> label(AnnotatedElement element) {
        Label label = element.getAnnotation(Label.class);
        if (label != null && !label.value().isBlank()) {
            return Optional.of(label.value().strip());
        }
        JsonPropertyDescription description = element.getAnnotation(JsonPropertyDescription.class);
        if (description != null) {
            String clause = description.value().strip().split("[，：；（(,:;]", 2)[0].strip();
            if (!clause.isEmpty() && clause.length() <= MAX_CLAUSE) {
                return Optional.of(clause);
            }
        }
        return Optional.empty();
    }

    /** What a list, an array or a map holds. */
    private static Type element(Type type) {
        if (type instanceof GenericArrayType array) {
            return array.getGenericComponentType();
        }
        if (type instanceof Class<?> c && c.isArray()) {
            return c.getComponentType();
        }
        if (type instanceof ParameterizedType p) {
            Class<?> raw = raw(p);
            Type[] args = p.getActualTypeArguments();
            if (raw != null && Collection.class.isAssignableFrom(raw) && args.length == 1) {
                return args[0];
            }
            if (raw != null && Map.class.isAssignableFrom(raw) && args.length == 2) {
                return args[1];
            }
        }
        return Object.class;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }
}
