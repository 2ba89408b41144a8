package io.zongjie.internal.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
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
import io.zongjie.api.Limits;
import io.zongjie.api.Problem;
import io.zongjie.model.ReportMeta;
import io.zongjie.model.ReportSpec;
import io.zongjie.model.SectionSpec;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a report file (YAML or JSON) into a {@link ReportSpec}, finding every problem of syntax and shape with
 * its path, line and column. Section data stays a Jackson tree here; the engine binds it to each plugin's class.
 * Thread-safe.
 *
 * <p>Reading is bounded by {@link Limits}: the file's size is checked before it is read, and one streaming pass
 * checks nesting depth, text length, number length and characters before any tree is built. That pass does the
 * checking itself because jackson-dataformat-yaml does not apply Jackson's {@link StreamReadConstraints} to YAML
 * tokens; for JSON the parser's own constraints are set too, as a second line. YAML aliases are refused: Jackson
 * does not expand them (it would hand back the alias's name as text), so they can neither work nor "laugh".
 */
public final class InputReader {

    static final Set<String> TOP_FIELDS = Set.of("report", "sections");
    static final Set<String> SECTION_FIELDS = Set.of("type", "title", "data", "before", "after", "parts",
            "subsections");
    /** The section fields that hold the user's own words ({@link io.zongjie.model.SectionText}). */
    private static final Set<String> TEXT_FIELDS = Set.of("before", "after", "parts", "subsections");

    /** At most this many problems of one read are kept: a file of a million bad values needs no million lines. */
    static final int MAX_PROBLEMS = 100;
    private static final java.util.regex.Pattern NUMERIC =
            java.util.regex.Pattern.compile("[-+]?[0-9][0-9_]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?");
    private static final java.util.regex.Pattern OUT_OF_RANGE =
            java.util.regex.Pattern.compile("Numeric value \\((.*?)\\) out of range of (int|long|short)");

    private final ObjectMapper json;
    private final ObjectMapper yaml;
    private final UnknownFields unknownFields;
    private final Limits limits;

    public InputReader() {
        this(Limits.defaults());
    }

    public InputReader(Limits limits) {
        this.limits = limits;
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxNestingDepth())
                .maxStringLength(limits.maxStringLength())
                .maxNumberLength(limits.maxNumberLength())
                .build();
        LoaderOptions yamlOptions = new LoaderOptions();
        yamlOptions.setAllowDuplicateKeys(false);
        yamlOptions.setNestingDepthLimit(limits.maxNestingDepth());
        yamlOptions.setMaxAliasesForCollections(10); // not reached: aliases are refused (see the class comment)
        // SnakeYAML's own default (3 MB) would refuse inputs the input-size limit allows; UTF-8 has no fewer bytes
        // than code points, so the input-size limit bounds this one.
        yamlOptions.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxInputBytes()));
        this.json = configure(JsonMapper.builder(JsonFactory.builder().streamReadConstraints(constraints).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
        this.yaml = configure(YAMLMapper.builder(YAMLFactory.builder().loaderOptions(yamlOptions)
                        .streamReadConstraints(constraints).build())
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build());
        this.unknownFields = new UnknownFields(json);
    }

    /** The limits this reader applies. */
    public Limits limits() {
        return limits;
    }

    private static ObjectMapper configure(ObjectMapper mapper) {
        // a date given as a number would be read as days since 1970 (20231220 is the year 57363): refuse it
        mapper.coercionConfigFor(java.time.LocalDate.class).setCoercion(
                com.fasterxml.jackson.databind.cfg.CoercionInputShape.Integer,
                com.fasterxml.jackson.databind.cfg.CoercionAction.Fail);
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

    /** Reads a file, refusing it unread when it is over the input-size limit. */
    public Parsed read(Path file) throws IOException {
        long size = Files.size(file);
        if (size > limits.maxInputBytes()) {
            return tooLarge(file.toString(), size);
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString()); // bounded again: the file may grow, or be a device that never ends
        }
    }

    /** Reads at most the input-size limit from {@code in}; a longer stream is refused. */
    public Parsed read(InputStream in, String source) throws IOException {
        int max = (int) Math.min(Integer.MAX_VALUE - 16, limits.maxInputBytes());
        byte[] bytes = in.readNBytes(max + 1);
        if (bytes.length > max) {
            return tooLarge(source, -1);
        }
        return read(bytes, source);
    }

    private Parsed tooLarge(String source, long size) {
        long suggested = Math.max(size, limits.maxInputBytes() * 2);
        String mb = ((suggested + (1L << 20) - 1) >> 20) + 10 + "MB";
        String message = (size >= 0 ? "the file is " + Limits.bytes(size) + ", over the " : "the input is over the ")
                + Limits.bytes(limits.maxInputBytes()) + " input limit; " + Limits.howToRaise("input-size", mb);
        return new Parsed(source, null, LocationIndex.NONE, List.of(new Problem(source, "", 0, 0, message)));
    }

    /** Reads {@code bytes} from the file named {@code source} (its extension picks YAML or JSON). */
    public Parsed read(byte[] bytes, String source) {
        List<Problem> problems = new ArrayList<>();
        if (bytes.length > limits.maxInputBytes()) {
            return tooLarge(source, bytes.length);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (MalformedInputException e) {
            int offset = offsetOfBadByte(bytes);
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            // the column in characters: the line's start up to the bad byte is good UTF-8
            int column = new String(bytes, lineStart, offset - lineStart, StandardCharsets.UTF_8).length() + 1;
            problems.add(new Problem(source, "", line, column, "the file is not UTF-8 text (bad bytes near offset "
                    + offset + "); save it as UTF-8"));
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
            scan(mapper, text, source, index, problems);
            if (!problems.isEmpty()) {
                return new Parsed(source, null, LocationIndex.NONE, problems);
            }
            tree = mapper.readTree(text);
        } catch (StreamConstraintsException e) {
            JsonLocation at = e.getLocation();
            String path = e.getProcessor() instanceof JsonParser jp ? Paths.of(jp.getParsingContext()) : "";
            problems.add(new Problem(source, path, at == null ? 0 : Math.max(at.getLineNr(), 0),
                    at == null ? 0 : Math.max(at.getColumnNr(), 0), constraintMessage(e)));
            return new Parsed(source, null, LocationIndex.NONE, problems);
        } catch (JsonProcessingException e) {
            Problem colon = mapper == yaml ? fullWidthColon(source, text) : null;
            if (colon != null) {
                problems.add(colon); // the usual cause, and YAML's own message points elsewhere
                return new Parsed(source, null, LocationIndex.NONE, problems);
            }
            JsonLocation at = e.getLocation();
            problems.add(new Problem(source, "", at == null ? 0 : Math.max(at.getLineNr(), 0),
                    at == null ? 0 : Math.max(at.getColumnNr(), 0), syntaxMessage(e, mapper == json)));
            return new Parsed(source, null, LocationIndex.NONE, problems);
        } catch (IOException e) {
            problems.add(new Problem(source, "", 0, 0, "cannot be parsed: " + e.getMessage()));
            return new Parsed(source, null, LocationIndex.NONE, problems);
        }
        if (tree == null || tree.isMissingNode()) {
            problems.add(new Problem(source, "", 0, 0, "the file is empty (it holds only comments); "
                    + "`zongjie init` writes an example"));
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
                        + Paths.didYouMean(name, SECTION_FIELDS) + " (a section has 'type', 'title', 'data', and the "
                        + "paragraphs of your own in 'before', 'after', 'parts' and 'subsections')"));
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
        if (isEmpty(data)) {
            data = null; // `data:` with nothing after it: YAML gives an empty text, which means no facts
        }
        if (data != null && !data.isNull() && !data.isObject()) {
            problems.add(new RawProblem(path + ".data", "expected a mapping of the section's fields but found "
                    + kind(data)));
            ok = false;
        }
        ObjectNode words = json.createObjectNode();
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
    public <T> T bindValue(JsonNode node, Class<T> type, String path, List<RawProblem> problems) {
        unknownFields.check(node, json.constructType(type), path, problems);
        CollectingHandler handler = new CollectingHandler(path);
        try (JsonParser p = json.treeAsTokens(node)) {
            T value = json.readerFor(type).withHandler(handler).readValue(p);
            problems.addAll(handler.problems());
            return value; // possibly partial: the caller still checks it, to report every problem at once
        } catch (JsonMappingException e) {
            problems.addAll(handler.problems());
            if (!(e instanceof com.fasterxml.jackson.databind.exc.ValueInstantiationException)
                    || handler.problems().isEmpty()) {
                // a class that refuses the nulls the handler left for bad values adds nothing to those problems
                problems.add(new RawProblem(Paths.join(path, Paths.of(e.getPath())), mappingMessage(e)));
            }
            return null;
        } catch (InputCoercionException e) {
            // a whole number too large for its field (persons: 10^30): Jackson stops binding with this one
            problems.addAll(handler.problems());
            String at = e.getProcessor() == null ? "" : Paths.of(e.getProcessor().getParsingContext());
            problems.add(new RawProblem(Paths.join(path, at), "expected a whole number up to "
                    + maxOf(e.getTargetType()) + " but found " + abbreviateNumber(e)));
            return null;
        } catch (IOException e) {
            problems.addAll(handler.problems());
            problems.add(new RawProblem(path, "cannot be read: " + e.getMessage()));
            return null;
        }
    }

    /** A mapping error as a short sentence, without Jackson's class names and hints. */
    static String mappingMessage(JsonMappingException e) {
        java.util.regex.Matcher range = OUT_OF_RANGE.matcher(String.valueOf(e.getOriginalMessage()));
        if (range.find()) {
            // persons: 10^30 — Jackson's words name Java types; say what a user can act on
            return "expected a whole number up to " + (range.group(2).equals("long") ? Long.MAX_VALUE
                    : range.group(2).equals("short") ? Short.MAX_VALUE : Integer.MAX_VALUE) + " but found "
                    + CollectingHandler.abbreviate(range.group(1));
        }
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

    /**
     * One streaming pass over the text before any tree is built: records the position of every path, and checks
     * every value against the limits and for characters that have no place in a report. Adds problems (with
     * path, line and column) and stops at the first limit exceeded, since what follows cannot be trusted.
     */
    private void scan(ObjectMapper mapper, String text, String source, LocationIndex index, List<Problem> problems)
            throws IOException {
        try (JsonParser p = mapper.createParser(text)) {
            try {
                scanTokens(p, mapper, source, index, problems);
            } catch (StreamConstraintsException e) {
                // Jackson's own constraints (JSON, and YAML depth) carry no position: take the parser's
                JsonLocation at = p.currentLocation();
                problems.add(new Problem(source, Paths.of(p.getParsingContext()), Math.max(at.getLineNr(), 0),
                        Math.max(at.getColumnNr(), 0), constraintMessage(e)));
            }
        }
    }

    private void scanTokens(JsonParser p, ObjectMapper mapper, String source, LocationIndex index,
            List<Problem> problems) throws IOException {
        int depth = 0;
        boolean rootDone = false;
        {
            JsonToken t;
            while ((t = p.nextToken()) != null && problems.size() < MAX_PROBLEMS) {
                JsonLocation at = p.currentTokenLocation();
                int line = Math.max(at.getLineNr(), 0);
                int column = Math.max(at.getColumnNr(), 0);
                if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                    depth--;
                    rootDone = depth == 0;
                    continue;
                }
                if (depth == 0 && rootDone) {
                    problems.add(new Problem(source, "", line, column, "the file holds more than one "
                            + (mapper == json ? "JSON value" : "YAML document")
                            + "; put the whole report in one (report and sections)"));
                    return;
                }
                String path = t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY
                        ? Paths.of(p.getParsingContext().getParent()) : Paths.of(p.getParsingContext());
                index.record(path, line, column);
                switch (t) {
                    case START_OBJECT, START_ARRAY -> {
                        if (++depth > limits.maxNestingDepth()) {
                            problems.add(new Problem(source, path, line, column, "nested more than "
                                    + limits.maxNestingDepth() + " levels deep, over the depth limit; "
                                    + Limits.howToRaise("depth", String.valueOf(limits.maxNestingDepth() * 2))));
                            return;
                        }
                    }
                    case FIELD_NAME -> checkText(p.currentName(), "the field name", source, path, line, column,
                            problems);
                    case VALUE_STRING -> {
                        if (p instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser y && y.isCurrentAlias()) {
                            problems.add(new Problem(source, path, line, column, "a YAML alias (*" + abbreviate(
                                    p.getText()) + ") is not supported; write the value out in full"));
                            continue;
                        }
                        String value = p.getText();
                        if (value.length() > limits.maxStringLength()) {
                            problems.add(new Problem(source, path, line, column, "the text is " + value.length()
                                    + " characters long, over the " + limits.maxStringLength()
                                    + "-character limit; " + Limits.howToRaise("string-length",
                                            String.valueOf(value.length() + 1))));
                            return;
                        }
                        if (NUMERIC.matcher(value).matches()) {
                            // YAML hands very long numbers over as text; binding would still read them as numbers
                            checkNumber(value, true, source, path, line, column, problems);
                        } else {
                            checkText(value, "the text", source, path, line, column, problems);
                        }
                    }
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> checkNumber(p.getText(),
                            t == JsonToken.VALUE_NUMBER_FLOAT, source, path, line, column, problems);
                    case VALUE_EMBEDDED_OBJECT -> problems.add(new Problem(source, path, line, column,
                            "binary data (!!binary) has no place in a report; write text or a number"));
                    default -> {
                    }
                }
                if (depth == 0) {
                    rootDone = true; // a scalar as the whole document
                }
            }
        }
    }

    /**
     * The checks of the streaming pass, over a tree: for section data an embedder built in Java (a map with a
     * {@code BigDecimal} of 1e999999999 would otherwise reach a template that prints it out in full).
     */
    public void checkTree(JsonNode node, String path, List<RawProblem> problems) {
        checkTree(node, path, 0, problems);
    }

    private void checkTree(JsonNode node, String path, int depth, List<RawProblem> problems) {
        if (node.isContainerNode() && depth >= limits.maxNestingDepth()) {
            problems.add(new RawProblem(path, "nested more than " + limits.maxNestingDepth()
                    + " levels deep, over the depth limit; " + Limits.howToRaise("depth",
                            String.valueOf(limits.maxNestingDepth() * 2))));
            return;
        }
        if (node.isObject()) {
            for (java.util.Map.Entry<String, JsonNode> e : node.properties()) {
                checkTree(e.getValue(), Paths.join(path, e.getKey()), depth + 1, problems);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                checkTree(node.get(i), path + "[" + i + "]", depth + 1, problems);
            }
        } else if (node.isTextual()) {
            List<Problem> found = new ArrayList<>();
            if (node.textValue().length() > limits.maxStringLength()) {
                problems.add(new RawProblem(path, "the text is " + node.textValue().length()
                        + " characters long, over the " + limits.maxStringLength() + "-character limit; "
                        + Limits.howToRaise("string-length", String.valueOf(node.textValue().length() + 1))));
                return;
            }
            checkText(node.textValue(), "the text", "", path, 0, 0, found);
            found.forEach(p -> problems.add(new RawProblem(path, p.message())));
        } else if (node.isNumber()) {
            List<Problem> found = new ArrayList<>();
            if ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
                problems.add(new RawProblem(path, "expected a number but found " + node.doubleValue()
                        + " (infinity and not-a-number are not figures)"));
                return;
            }
            String text = node.isBigDecimal() ? node.decimalValue().toString()
                    : node.isFloatingPointNumber() ? String.valueOf(node.doubleValue()) : node.asText();
            checkNumber(text, node.isFloatingPointNumber(), "", path, 0, 0, found);
            found.forEach(p -> problems.add(new RawProblem(path, p.message())));
        }
    }

    private void checkNumber(String text, boolean fraction, String source, String path, int line, int column,
            List<Problem> problems) {
        String digits = text.replaceAll("[^0-9]", "");
        int written = digits.length();
        if (fraction) {
            BigDecimal value;
            try {
                value = new BigDecimal(text.replace("_", ""));
            } catch (NumberFormatException e) {
                problems.add(new Problem(source, path, line, column, "expected a number but found " + text
                        + " (infinity and not-a-number are not figures)"));
                return;
            }
            // 1e300 is five characters but 301 digits written out: what a report would have to print
            long whole = Math.max(1L, (long) value.precision() - value.scale());
            written = (int) Math.min(Integer.MAX_VALUE, whole + Math.max(0, value.scale()));
        }
        if (written > limits.maxNumberLength()) {
            problems.add(new Problem(source, path, line, column, "the number " + abbreviate(text) + " has "
                    + written + " digits written out, over the " + limits.maxNumberLength() + "-digit limit; "
                    + Limits.howToRaise("number-length", String.valueOf(Math.min(written, 100_000)))));
        }
    }

    private static void checkText(String text, String what, String source, String path, int line, int column,
            List<Problem> problems) {
        String bad = badCharacter(text);
        if (bad != null) {
            problems.add(new Problem(source, path, line, column, what + " contains " + bad));
        }
    }

    /**
     * Describes the first character in {@code s} that has no place in a report, or returns null: control
     * characters (other than tab and line breaks), unpaired surrogates, and the invisible bidirectional controls
     * that make text display differently from what it says (U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C).
     */
    static String badCharacter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                continue;
            }
            String code = String.format("U+%04X", (int) c);
            if (Character.isSurrogate(c)) {
                return "an unpaired surrogate " + code + " at character " + (i + 1) + ", which is not text";
            }
            if ((c < 0x20 && c != '\n' && c != '\t' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
                return "the control character " + code + " at character " + (i + 1)
                        + "; remove it (it is invisible and was probably pasted by mistake)";
            }
            if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                    || c == 0x061C) {
                return "the invisible bidirectional control " + code + " (" + Character.getName(c)
                        + ") at character " + (i + 1) + ", which makes text display differently from what it "
                        + "says; remove it";
            }
        }
        return null;
    }

    private static String abbreviate(String s) {
        return CollectingHandler.abbreviate(s);
    }

    private String constraintMessage(StreamConstraintsException e) {
        String m = String.valueOf(e.getOriginalMessage());
        if (m.contains("nesting depth")) {
            return "nested more than " + limits.maxNestingDepth() + " levels deep, over the depth limit; "
                    + Limits.howToRaise("depth", String.valueOf(limits.maxNestingDepth() * 2));
        }
        if (m.contains("String value length")) {
            return "text over the " + limits.maxStringLength() + "-character limit; "
                    + Limits.howToRaise("string-length", String.valueOf(limits.maxStringLength() * 10));
        }
        if (m.contains("Number value length")) {
            return "a number over the " + limits.maxNumberLength() + "-digit limit; "
                    + Limits.howToRaise("number-length", String.valueOf(limits.maxNumberLength() * 10));
        }
        return "over a reading limit: " + m.replaceAll("\\s*\\(from `[^`]*`\\)", "").strip();
    }

    private static String maxOf(Class<?> type) {
        if (type == Long.class || type == long.class) {
            return String.valueOf(Long.MAX_VALUE);
        }
        if (type == Short.class || type == short.class) {
            return String.valueOf(Short.MAX_VALUE);
        }
        return String.valueOf(Integer.MAX_VALUE);
    }

    private static String abbreviateNumber(InputCoercionException e) {
        try {
            return abbreviate(e.getProcessor().getText());
        } catch (IOException | RuntimeException ignored) {
            return "a larger number";
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

    private static final java.util.regex.Pattern FULL_WIDTH_KEY =
            java.util.regex.Pattern.compile("^(\\s*(?:-\\s+)?)([A-Za-z_][A-Za-z0-9_-]*)\\s*：");

    /** A line whose key ends with a full-width colon (typed with a Chinese input method), if there is one. */
    private static Problem fullWidthColon(String source, String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            java.util.regex.Matcher m = FULL_WIDTH_KEY.matcher(lines[i]);
            if (m.find()) {
                return new Problem(source, "", i + 1, m.end() , "'" + m.group(2) + "' is followed by a full-width "
                        + "colon 「：」; YAML needs an ASCII colon and a space: '" + m.group(2) + ": '");
            }
        }
        return null;
    }

    private static boolean isEmpty(JsonNode node) {
        return node != null && node.isTextual() && node.asText().isBlank();
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
