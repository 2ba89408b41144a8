package io.zongjie.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaBuilder;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import io.zongjie.api.ReportEngine;
import io.zongjie.api.SectionInfo;
import io.zongjie.model.ReportMeta;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema (draft 2020-12) of a report input for the installed plugins, generated from the data classes
 * with victools' generator (Jackson for property names, Jakarta Validation for required fields and ranges), so
 * that it can never drift from what the engine reads.
 *
 * <p>Each section item is {@code {type, title, data}} and the user's own words ({@code before}, {@code after},
 * {@code parts}, {@code subsections}); an {@code if}/{@code then} per installed type gives
 * {@code data} that plugin's schema, which lets editors complete a section's fields once its type is written.
 * The schema checks shapes, types, required fields and ranges; a plugin's own rules (its {@code validate}) are
 * checked by {@code zongjie validate} only.
 */
final class InputSchema {

    static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private InputSchema() {
    }

    private static boolean acceptsText(Class<?> type) {
        if (type.isPrimitive() || type.isEnum() || type.getName().startsWith("java.")) {
            return false;
        }
        try {
            java.lang.reflect.Method valueOf = type.getMethod("valueOf", String.class);
            return java.lang.reflect.Modifier.isStatic(valueOf.getModifiers()) && valueOf.getReturnType() == type;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    static ObjectNode generate(ReportEngine engine) {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(JacksonOption.FLATTENED_ENUMS_FROM_JSONPROPERTY))
                .with(new JakartaValidationModule(JakartaValidationOption.NOT_NULLABLE_FIELD_IS_REQUIRED,
                        JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS))
                // the engine refuses unknown fields, and dates are written 2023-12-28
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.STANDARD_FORMATS)
                // records: their components are private fields without getX() methods
                .with(Option.NONPUBLIC_NONSTATIC_FIELDS_WITHOUT_GETTERS)
                .without(Option.SCHEMA_VERSION_INDICATOR);
        // a field's Chinese name (@Label) is its title, which editors show beside it
        config.forFields().withTitleResolver(field -> {
            io.zongjie.spi.Label label = field.getAnnotationConsideringFieldAndGetter(io.zongjie.spi.Label.class);
            return label == null ? null : label.value();
        });
        // A class Jackson can also build from text (a static valueOf(String), such as a plan given as a plain
        // sentence) is an object or a string in the input.
        config.forTypesInGeneral().withTypeAttributeOverride((attributes, scope, context) -> {
            if (acceptsText(scope.getType().getErasedType()) && attributes.has("type")) {
                attributes.putArray("type").add("object").add("string");
            }
        });
        // A list Jackson also reads from one value (paragraphs: 一段话) is a list or a string in the input.
        config.forFields().withTargetTypeOverridesResolver(member -> {
            com.fasterxml.jackson.annotation.JsonFormat format = member.getAnnotationConsideringFieldAndGetter(
                    com.fasterxml.jackson.annotation.JsonFormat.class);
            if (format == null || member.isFakeContainerItemScope() || !java.util.Arrays.asList(format.with())
                    .contains(com.fasterxml.jackson.annotation.JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)) {
                return null;
            }
            return List.of(member.getType(), member.getContext().resolve(String.class));
        });
        SchemaBuilder builder = new SchemaGenerator(config.build()).buildMultipleSchemaDefinitions();
        // every reference is created before the definitions are collected: collecting fixes up their $refs
        ObjectNode report = builder.createSchemaReference(ReportMeta.class);
        ObjectNode text = builder.createSchemaReference(io.zongjie.model.SectionText.class);
        Map<SectionInfo, ObjectNode> data = new LinkedHashMap<>();
        List<SectionInfo> sections = engine.sections();
        for (SectionInfo s : sections) {
            data.put(s, builder.createSchemaReference(s.dataType()));
        }
        ObjectNode definitions = builder.collectDefinitions("$defs");

        ObjectNode item = JSON.objectNode();
        item.put("type", "object");
        item.put("description", "One section: its type, an optional heading, and its facts (see the type's page).");
        ObjectNode itemProperties = item.putObject("properties");
        ObjectNode type = itemProperties.putObject("type");
        type.put("description", "The section type; `zongjie plugins` lists them.");
        ArrayNode types = type.putArray("enum");
        sections.forEach(s -> types.add(s.type()));
        itemProperties.putObject("title").put("type", "string")
                .put("description", "The heading to print instead of the section's default.");
        itemProperties.putObject("data").put("type", "object")
                .put("description", "The section's facts; their fields depend on the type.");
        // the user's own words (before, after, parts, subsections) stand beside type, title and data
        String textRef = text.path("$ref").asText();
        com.fasterxml.jackson.databind.JsonNode textSchema = textRef.startsWith("#/$defs/")
                ? definitions.path(textRef.substring("#/$defs/".length())) : text;
        textSchema.path("properties").properties().forEach(f -> itemProperties.set(f.getKey(), f.getValue()));
        // parts: paragraphs by the id of a part of the section, whatever the id
        ObjectNode parts = itemProperties.putObject("parts");
        parts.put("type", "object").put("description", "Paragraphs of your own under the section's parts, by part id "
                + "(each section's page lists its parts).");
        parts.putObject("additionalProperties").put("type", "array").putObject("items").put("type", "string");
        item.putArray("required").add("type");
        item.put("additionalProperties", false);
        ArrayNode byType = item.putArray("allOf");
        for (Map.Entry<SectionInfo, ObjectNode> e : data.entrySet()) {
            ObjectNode rule = byType.addObject();
            ObjectNode condition = rule.putObject("if");
            condition.putObject("properties").putObject("type").put("const", e.getKey().type());
            condition.putArray("required").add("type");
            ObjectNode then = rule.putObject("then");
            ObjectNode sectionData = then.putObject("properties").putObject("data");
            sectionData.put("description", e.getKey().title() + " — " + e.getKey().description());
            sectionData.setAll(e.getValue());
        }

        ObjectNode schema = JSON.objectNode();
        schema.put("$schema", DIALECT);
        schema.put("title", "zongjie report input");
        schema.put("description", "A trade union's year (report: the frame; sections: the facts, in order), "
                + "for the section types installed when it was generated. See docs/INPUT.md.");
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        properties.set("report", report);
        ObjectNode list = properties.putObject("sections");
        list.put("type", "array");
        list.put("minItems", 1);
        list.set("items", item);
        ObjectNode units = properties.putObject("units");
        units.put("description", "A roll-up's unit files: a folder, or a list of files, relative to this file "
                + "(docs/ROLLUP.md)");
        units.putArray("oneOf").add(JSON.objectNode().put("type", "string").put("minLength", 1))
                .add(JSON.objectNode().put("type", "array").set("items",
                        JSON.objectNode().put("type", "string").put("minLength", 1)));
        ObjectNode previousFile = properties.putObject("previous");
        previousFile.put("description", "Last period's input, relative to this file: its figures give 比上年增长… "
                + "(docs/ROLLUP.md)");
        previousFile.put("type", "string");
        previousFile.put("minLength", 1);
        schema.putArray("required").add("report").add("sections");
        schema.put("additionalProperties", false);
        if (!definitions.isEmpty()) {
            schema.set("$defs", definitions); // types used more than once; the others are written in place
        }
        return schema;
    }

    static String text(ReportEngine engine) throws com.fasterxml.jackson.core.JsonProcessingException {
        return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(generate(engine)) + "\n";
    }
}
