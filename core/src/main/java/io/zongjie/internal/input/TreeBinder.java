package io.zongjie.internal.input;

import io.zongjie.api.Message;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.zongjie.model.ReportMeta;
import io.zongjie.model.ReportSpec;
import io.zongjie.model.SectionSpec;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Binds a parsed tree: the report's frame to {@link ReportMeta}, each section's type and title, and (for the
 * engine) a section's data to its plugin's class. Every problem is recorded with its path and binding carries on,
 * so that one pass finds wrong types and unknown fields everywhere. Thread-safe.
 */
final class TreeBinder {

    static final Set<String> TOP_FIELDS = Set.of("report", "sections", "units", "previous");
    static final Set<String> SECTION_FIELDS = Set.of("type", "title", "data", "before", "after", "parts",
            "subsections");
    /** The section fields that hold the user's own words ({@link io.zongjie.model.SectionText}). */
    private static final List<String> TEXT_FIELDS = List.of("before", "after", "parts", "subsections");

    private final ObjectMapper json;
    private final UnknownFields unknownFields;

    TreeBinder(ObjectMapper json) {
        this.json = json;
        this.unknownFields = new UnknownFields(json);
    }

    /** Binds a parsed tree: the report frame, and each section's type, title and raw data; null if it cannot. */
    ReportSpec bind(JsonNode tree, List<RawProblem> problems) {
        if (!(tree instanceof ObjectNode root)) {
            problems.add(new RawProblem("", Message.of("input.notAMapping", ProblemWording.kind(tree))));
            return null;
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!TOP_FIELDS.contains(name)) {
                problems.add(new RawProblem(name, Message.of("input.unknownTopField", name,
                        DataPaths.suggest(name, TOP_FIELDS))));
            }
        }
        ReportMeta meta = null;
        JsonNode report = root.get("report");
        if (report == null || report.isNull()) {
            problems.add(new RawProblem("report", Message.of("input.missingReport")));
        } else {
            meta = bindValue(report, ReportMeta.class, "report", problems);
        }
        List<SectionSpec> sections = new ArrayList<>();
        JsonNode list = root.get("sections");
        if (list == null || list.isNull()) {
            problems.add(new RawProblem("sections", Message.of("input.missingSections")));
        } else if (!list.isArray()) {
            problems.add(new RawProblem("sections", Message.of("input.sectionsNotAList", ProblemWording.kind(list))));
        } else if (list.isEmpty()) {
            problems.add(new RawProblem("sections", Message.of("input.noSections")));
        } else {
            for (int i = 0; i < list.size(); i++) {
                SectionSpec s = bindSection(list.get(i), "sections[" + i + "]", problems);
                if (s != null) {
                    sections.add(s);
                }
            }
        }
        List<String> units = new ArrayList<>();
        JsonNode unitNode = root.get("units");
        if (unitNode != null && !unitNode.isNull()) {
            if (unitNode.isTextual() && !unitNode.asText().isBlank()) {
                units.add(unitNode.asText().strip());
            } else if (unitNode.isArray()) {
                for (int i = 0; i < unitNode.size(); i++) {
                    JsonNode u = unitNode.get(i);
                    if (u.isTextual() && !u.asText().isBlank()) {
                        units.add(u.asText().strip());
                    } else {
                        problems.add(new RawProblem("units[" + i + "]",
                                Message.of("input.unitNotAFile", ProblemWording.kind(u))));
                    }
                }
            } else {
                problems.add(new RawProblem("units", Message.of("input.unitsNotAFolder", ProblemWording.kind(unitNode))));
            }
        }
        String previous = null;
        JsonNode previousNode = root.get("previous");
        if (previousNode != null && !previousNode.isNull()) {
            if (previousNode.isTextual() && !previousNode.asText().isBlank()) {
                previous = previousNode.asText().strip();
            } else {
                problems.add(new RawProblem("previous",
                        Message.of("input.previousNotAFile", ProblemWording.kind(previousNode))));
            }
        }
        return meta == null ? null : new ReportSpec(meta, sections, units, previous);
    }

    private SectionSpec bindSection(JsonNode node, String path, List<RawProblem> problems) {
        if (!(node instanceof ObjectNode section)) {
            problems.add(new RawProblem(path, Message.of("input.sectionNotAMapping", ProblemWording.kind(node))));
            return null;
        }
        for (Iterator<String> names = section.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!SECTION_FIELDS.contains(name)) {
                problems.add(new RawProblem(path + "." + name, Message.of("input.unknownSectionField", name,
                        DataPaths.suggest(name, SECTION_FIELDS))));
            }
        }
        JsonNode type = section.get("type");
        JsonNode title = section.get("title");
        JsonNode data = section.get("data");
        boolean ok = true;
        if (type == null || type.isNull()) {
            problems.add(new RawProblem(path + ".type", Message.of("input.missingType")));
            ok = false;
        } else if (!type.isTextual()) {
            problems.add(new RawProblem(path + ".type", Message.of("input.typeNotAName", ProblemWording.kind(type))));
            ok = false;
        }
        if (title != null && !title.isNull() && !title.isTextual()) {
            problems.add(new RawProblem(path + ".title", Message.of("input.expectedButFound", Message.of("expect.text"),
                    ProblemWording.kind(title))));
            ok = false;
        }
        if (isEmpty(data)) {
            data = null; // `data:` with nothing after it: YAML gives an empty text, which means no facts
        }
        if (data != null && !data.isNull() && !data.isObject()) {
            problems.add(new RawProblem(path + ".data", Message.of("input.dataNotAMapping", ProblemWording.kind(data))));
            ok = false;
        }
        com.fasterxml.jackson.databind.node.ObjectNode words = json.createObjectNode();
        for (String field : TEXT_FIELDS) {
            JsonNode value = section.get(field);
            if (value != null && !value.isNull() && !isEmpty(value)) {
                words.set(field, value);
            }
        }
        io.zongjie.model.SectionText text = io.zongjie.model.SectionText.NONE;
        if (!words.isEmpty()) {
            int before = problems.size();
            text = bindValue(words, io.zongjie.model.SectionText.class, path, problems);
            ok &= problems.size() == before && text != null;
        }
        if (!ok) {
            return null;
        }
        String t = title == null || title.isNull() ? null : title.asText();
        return new SectionSpec(type.asText(), t, data == null || data.isNull() ? json.createObjectNode() : data,
                text);
    }

    /** Binds {@code node} to {@code type}, recording every problem under {@code path}; null if it cannot at all. */
    <T> T bindValue(JsonNode node, Class<T> type, String path, List<RawProblem> problems) {
        unknownFields.check(node, json.constructType(type), path, problems);
        CollectingHandler handler = new CollectingHandler(path);
        try (JsonParser p = json.treeAsTokens(node)) {
            T value = json.readerFor(type).withHandler(handler).readValue(p);
            problems.addAll(handler.problems());
            return value; // possibly partial: the caller still checks it, to report every problem at once
        } catch (JsonMappingException e) {
            problems.addAll(handler.problems());
            if (!(e instanceof ValueInstantiationException) || handler.problems().isEmpty()) {
                // a class that refuses the nulls the handler left for bad values adds nothing to those problems
                problems.add(new RawProblem(DataPaths.join(path, DataPaths.of(e.getPath())),
                        ProblemWording.mapping(e)));
            }
            return null;
        } catch (InputCoercionException e) {
            // a whole number too large for its field (persons: 10^30): Jackson stops binding with this one
            problems.addAll(handler.problems());
            String at = e.getProcessor() == null ? "" : DataPaths.of(e.getProcessor().getParsingContext());
            problems.add(new RawProblem(DataPaths.join(path, at), ProblemWording.coercion(e)));
            return null;
        } catch (IOException e) {
            problems.addAll(handler.problems());
            problems.add(new RawProblem(path, Message.of("input.cannotBeRead", String.valueOf(e.getMessage()))));
            return null;
        }
    }

    private static boolean isEmpty(JsonNode node) {
        return node != null && node.isTextual() && node.asText().isBlank();
    }
}
