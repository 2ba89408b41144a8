package io.zongjie.internal.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.zongjie.api.Problem;
import io.zongjie.model.ReportMeta;
import io.zongjie.model.ReportSpec;
import io.zongjie.model.SectionSpec;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a report file (YAML or JSON) into a {@link ReportSpec}, finding every problem of syntax and shape with
 * its path, line and column. Section data stays a Jackson tree here; the engine binds it to each plugin's class.
 * Thread-safe.
 */
public final class InputReader {

    static final Set<String> TOP_FIELDS = Set.of("report", "sections");
    static final Set<String> SECTION_FIELDS = Set.of("type", "title", "data");

    private final ObjectMapper json;
    private final ObjectMapper yaml;
    private final UnknownFields unknownFields;

    public InputReader() {
        this.json = configure(JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
        this.yaml = configure(YAMLMapper.builder(new YAMLFactory())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
        this.unknownFields = new UnknownFields(json);
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.registerModule(new JavaTimeModule())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    }

    /** The mapper that binds section data to plugin data classes. */
    public ObjectMapper mapper() {
        return json;
    }

    /** The result of reading: the spec (null when the frame could not be bound), positions, problems. */
    public record Parsed(String source, ReportSpec spec, LocationIndex locations, List<Problem> problems) {
    }

    /** Reads {@code bytes} from the file named {@code source} (its extension picks YAML or JSON). */
    public Parsed read(byte[] bytes, String source) {
        List<Problem> problems = new ArrayList<>();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (MalformedInputException e) {
            problems.add(new Problem(source, "", 0, 0, "the file is not UTF-8 text (bad bytes near offset "
                    + offsetOfBadByte(bytes) + "); save it as UTF-8"));
            return new Parsed(source, null, LocationIndex.NONE, problems);
        } catch (CharacterCodingException e) {
            problems.add(new Problem(source, "", 0, 0, "the file is not UTF-8 text; save it as UTF-8"));
            return new Parsed(source, null, LocationIndex.NONE, problems);
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a byte-order mark is harmless: editors on Windows add it
        }
        if (text.isBlank()) {
            problems.add(new Problem(source, "", 0, 0, "the file is empty; `zongjie init` writes an example"));
            return new Parsed(source, null, LocationIndex.NONE, problems);
        }
        ObjectMapper mapper = isJson(source, text) ? json : yaml;
        LocationIndex index = new LocationIndex();
        JsonNode tree;
        try {
            indexPositions(mapper, text, index);
            tree = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.add(new Problem(source, "", at == null ? 0 : Math.max(at.getLineNr(), 0),
                    at == null ? 0 : Math.max(at.getColumnNr(), 0), syntaxMessage(e, mapper == json)));
            return new Parsed(source, null, LocationIndex.NONE, problems);
        } catch (IOException e) {
            problems.add(new Problem(source, "", 0, 0, "cannot be parsed: " + e.getMessage()));
            return new Parsed(source, null, LocationIndex.NONE, problems);
        }
        List<RawProblem> raw = new ArrayList<>();
        ReportSpec spec = bind(tree, raw);
        for (RawProblem p : raw) {
            problems.add(locate(source, index, p));
        }
        return new Parsed(source, spec, index, problems);
    }

    /** Locates a raw problem in a file by its path. */
    public static Problem locate(String source, LocationIndex index, RawProblem p) {
        int[] at = index.locate(p.path());
        return new Problem(source, p.path(), at[0], at[1], p.message());
    }

    /** Binds a parsed tree: the report frame, and each section's type, title and raw data. */
    ReportSpec bind(JsonNode tree, List<RawProblem> problems) {
        if (!(tree instanceof ObjectNode root)) {
            problems.add(new RawProblem("", "the input must be a mapping with 'report' and 'sections', but is "
                    + kind(tree)));
            return null;
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!TOP_FIELDS.contains(name)) {
                problems.add(new RawProblem(name, "unknown field '" + name + "'" + Paths.didYouMean(name, TOP_FIELDS)
                        + " (the input has 'report' and 'sections')"));
            }
        }
        ReportMeta meta = null;
        JsonNode report = root.get("report");
        if (report == null || report.isNull()) {
            problems.add(new RawProblem("report", "missing: the report's frame (organization, period, date, ...)"));
        } else {
            meta = bindValue(report, ReportMeta.class, "report", problems);
        }
        List<SectionSpec> sections = new ArrayList<>();
        JsonNode list = root.get("sections");
        if (list == null || list.isNull()) {
            problems.add(new RawProblem("sections", "missing: a report needs at least one section"));
        } else if (!list.isArray()) {
            problems.add(new RawProblem("sections", "expected a list of sections but found " + kind(list)));
        } else if (list.isEmpty()) {
            problems.add(new RawProblem("sections", "a report needs at least one section"));
        } else {
            for (int i = 0; i < list.size(); i++) {
                SectionSpec s = bindSection(list.get(i), "sections[" + i + "]", problems);
                if (s != null) {
                    sections.add(s);
                }
            }
        }
        return meta == null ? null : new ReportSpec(meta, sections);
    }

    private SectionSpec bindSection(JsonNode node, String path, List<RawProblem> problems) {
        if (!(node instanceof ObjectNode section)) {
            problems.add(new RawProblem(path, "expected a section (a mapping with 'type' and 'data') but found "
                    + kind(node)));
            return null;
        }
        for (Iterator<String> names = section.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!SECTION_FIELDS.contains(name)) {
                problems.add(new RawProblem(path + "." + name, "unknown field '" + name + "'"
                        + Paths.didYouMean(name, SECTION_FIELDS) + " (a section has 'type', 'title' and 'data')"));
            }
        }
        JsonNode type = section.get("type");
        JsonNode title = section.get("title");
        JsonNode data = section.get("data");
        boolean ok = true;
        if (type == null || type.isNull()) {
            problems.add(new RawProblem(path + ".type", "missing: the section type, such as welfare"));
            ok = false;
        } else if (!type.isTextual()) {
            problems.add(new RawProblem(path + ".type", "expected a section type name but found " + kind(type)));
            ok = false;
        }
        if (title != null && !title.isNull() && !title.isTextual()) {
            problems.add(new RawProblem(path + ".title", "expected text but found " + kind(title)));
            ok = false;
        }
        if (data != null && !data.isNull() && !data.isObject()) {
            problems.add(new RawProblem(path + ".data", "expected a mapping of the section's fields but found "
                    + kind(data)));
            ok = false;
        }
        if (!ok) {
            return null;
        }
        String t = title == null || title.isNull() ? null : title.asText();
        return new SectionSpec(type.asText(), t, data == null || data.isNull() ? json.createObjectNode() : data);
    }

    /** Binds {@code node} to {@code type}, recording every problem under {@code path}; null if it cannot at all. */
    public <T> T bindValue(JsonNode node, Class<T> type, String path, List<RawProblem> problems) {
        unknownFields.check(node, json.constructType(type), path, problems);
        CollectingHandler handler = new CollectingHandler(path);
        try (JsonParser p = json.treeAsTokens(node)) {
            T value = json.readerFor(type).withHandler(handler).readValue(p);
            problems.addAll(handler.problems());
            return value; // possibly partial: the caller still checks it, to report every problem at once
        } catch (JsonMappingException e) {
            problems.addAll(handler.problems());
            problems.add(new RawProblem(Paths.join(path, Paths.of(e.getPath())), mappingMessage(e)));
            return null;
        } catch (IOException e) {
            problems.addAll(handler.problems());
            problems.add(new RawProblem(path, "cannot be read: " + e.getMessage()));
            return null;
        }
    }

    /** A mapping error as a short sentence, without Jackson's class names and hints. */
    static String mappingMessage(JsonMappingException e) {
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getValue() instanceof Number n
                && !(n instanceof Integer || n instanceof Long || n instanceof java.math.BigInteger)) {
            return "expected " + Expectations.describe(f.getTargetType()) + " but found a fraction (" + n + ")";
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null) {
            return "expected " + Expectations.describe(f.getTargetType()) + " but found \""
                    + CollectingHandler.abbreviate(String.valueOf(f.getValue())) + "\"";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            String original = firstClause(m.getOriginalMessage());
            if (original.contains("Floating-point value")) {
                return "expected " + Expectations.describe(m.getTargetType()) + " but found a fraction";
            }
            return "expected " + Expectations.describe(m.getTargetType()) + " (" + original + ")";
        }
        return firstClause(e.getOriginalMessage());
    }

    private static String firstClause(String message) {
        if (message == null) {
            return "is not valid";
        }
        String m = message.lines().findFirst().orElse(message);
        int hint = m.indexOf(" (but could if");
        return (hint > 0 ? m.substring(0, hint) : m).replaceAll("`[a-z]+(\\.[A-Za-z0-9_$]+)+`", "").strip();
    }

    private static String syntaxMessage(JsonProcessingException e, boolean isJson) {
        String m = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        m = m.replaceAll("\\s*at \\[Source:.*", "")
                .replaceAll("\\s*in 'reader', line \\d+, column \\d+:?(\\s*\\^)?", "")
                .replaceAll("\\s+", " ").strip();
        return (isJson ? "is not valid JSON: " : "is not valid YAML: ") + m;
    }

    private static void indexPositions(ObjectMapper mapper, String text, LocationIndex index) throws IOException {
        try (JsonParser p = mapper.createParser(text)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                String path;
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    continue;
                } else if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                    path = Paths.of(p.getParsingContext().getParent());
                } else {
                    path = Paths.of(p.getParsingContext());
                }
                JsonLocation at = p.currentTokenLocation();
                index.record(path, at.getLineNr(), at.getColumnNr());
            }
        }
    }

    private static boolean isJson(String source, String text) {
        String lower = source.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".json")) {
            return true;
        }
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            return false;
        }
        String t = text.stripLeading();
        return t.startsWith("{");
    }

    static String kind(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "nothing";
        }
        if (node.isObject()) {
            return "a mapping";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isTextual()) {
            return "text \"" + CollectingHandler.abbreviate(node.asText()) + "\"";
        }
        return node.isNumber() ? "the number " + node.asText() : node.asText();
    }

    private static int offsetOfBadByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length);
        decoder.decode(in, out, true);
        return in.position();
    }
}
