package io.zongjie.internal.input;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds fields in the input that the target class does not have, walking the tree beside the class's properties
 * as Jackson sees them. Done on the tree rather than inside Jackson's binding so that the path is exact even
 * where Jackson buffers values (records are built through their constructor), and every unknown field is found.
 */
final class UnknownFields {

    private final DeserializationConfig config;

    /**
     * The deserializable properties of each type seen, by name in Jackson's order. Introspection is the costly
     * part of the walk (a 477-page input spent a third of its assembly there when every object node asked
     * again); the answer depends only on the type and the mapper's configuration, both fixed for this instance.
     */
    private final Map<JavaType, Map<String, JavaType>> propertiesByType = new ConcurrentHashMap<>();

    UnknownFields(ObjectMapper mapper) {
        this.config = mapper.getDeserializationConfig();
    }

    void check(JsonNode node, JavaType type, String path, List<RawProblem> problems) {
        if (node == null || node.isNull() || type == null) {
            return;
        }
        if (type.isContainerType() && !type.isMapLikeType()) {
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    check(node.get(i), type.getContentType(), path + "[" + i + "]", problems);
                }
            }
            return;
        }
        if (type.isMapLikeType()) {
            if (node.isObject()) {
                for (Map.Entry<String, JsonNode> e : node.properties()) {
                    check(e.getValue(), type.getContentType(), DataPaths.join(path, e.getKey()), problems);
                }
            }
            return;
        }
        Class<?> raw = type.getRawClass();
        if (!node.isObject() || raw.isPrimitive() || raw.isEnum() || raw.getName().startsWith("java.")
                || JsonNode.class.isAssignableFrom(raw)) {
            return; // scalars and wrong shapes are the binder's to report
        }
        Map<String, JavaType> properties = propertiesByType.computeIfAbsent(type, this::properties);
        if (properties.isEmpty()) {
            return; // not a bean we can see into
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String field = e.getKey();
            String fieldPath = DataPaths.join(path, field);
            JavaType fieldType = properties.get(field);
            if (fieldType == null) {
                problems.add(new RawProblem(fieldPath, io.zongjie.api.Message.of("input.unknownField", field,
                        DataPaths.suggest(field, properties.keySet()),
                        String.join(", ", properties.keySet().stream().sorted().toList()))));
            } else {
                check(e.getValue(), fieldType, fieldPath, problems);
            }
        }
    }

    private Map<String, JavaType> properties(JavaType type) {
        BeanDescription bean = config.introspect(type);
        Map<String, JavaType> properties = new LinkedHashMap<>();
        for (BeanPropertyDefinition p : bean.findProperties()) {
            if (p.couldDeserialize()) {
                properties.put(p.getName(), p.getPrimaryType());
            }
        }
        return Collections.unmodifiableMap(properties);
    }
}
