package io.zongjie.internal.input;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.zongjie.api.Limits;
import io.zongjie.api.Message;
import io.zongjie.api.Problem;
import io.zongjie.model.ReportSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a report file (YAML or JSON) into a {@link ReportSpec}, finding every problem of syntax and shape with
 * its path, line and column. Section data stays a Jackson tree here; the engine binds it to each plugin's class.
 * Thread-safe.
 *
 * <p>Reading is bounded by {@link Limits}: the file's size is checked before it is read, and one streaming pass
 * ({@link TokenScanner}) checks nesting depth, text length, number length and characters before any tree is
 * built. That pass does the checking itself because jackson-dataformat-yaml does not apply Jackson's
 * {@link StreamReadConstraints} to YAML tokens; for JSON the parser's own constraints are set too, as a second
 * line. YAML aliases are refused: Jackson does not expand them (it would hand back the alias's name as text), so
 * they can neither work nor "laugh". The tree is then bound by {@link TreeBinder}; {@link ProblemWording} words
 * what goes wrong.
 */
public final class InputReader {

    private final ObjectMapper json;
    private final ObjectMapper yaml;
    private final TokenScanner scanner;
    private final TreeBinder binder;
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
        this.scanner = new TokenScanner(limits);
        this.binder = new TreeBinder(json);
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
        return mapper.registerModule(new JavaTimeModule()).registerModule(PlausibleDates.module())
                .registerModule(DecimalNumbers.module())
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE);
    }

    /** The mapper a file is parsed with: {@code json} for JSON, else YAML. */
    ObjectMapper parsing(boolean json) {
        return json ? this.json : yaml;
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
        return failed(source, new Problem(source, "", 0, 0, ProblemWording.tooLarge(size, limits)));
    }

    private static Parsed failed(String source, Problem... problems) {
        return new Parsed(source, null, LocationIndex.NONE, List.of(problems));
    }

    /** Reads {@code bytes} from the file named {@code source} (its extension picks YAML or JSON). */
    public Parsed read(byte[] bytes, String source) {
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
            return failed(source, new Problem(source, "", line, column, Message.of("input.notUtf8At", offset)));
        } catch (CharacterCodingException e) {
            return failed(source, new Problem(source, "", 0, 0, Message.of("input.notUtf8")));
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a byte-order mark is harmless: editors on Windows add it
        }
        if (text.isBlank()) {
            return failed(source, new Problem(source, "", 0, 0, Message.of("input.empty")));
        }
        boolean isJson = isJson(source, text);
        ObjectMapper mapper = isJson ? json : yaml;
        Problem control = rawControl(mapper, isJson, text, source);
        if (control != null) {
            return failed(source, control);
        }
        LocationIndex index = new LocationIndex();
        List<Problem> problems = new ArrayList<>();
        JsonNode tree;
        try {
            tree = scanner.read(mapper, isJson, text, source, index, problems);
            if (!problems.isEmpty()) {
                return new Parsed(source, null, LocationIndex.NONE, problems);
            }
        } catch (StreamConstraintsException e) {
            JsonLocation at = e.getLocation();
            String path = e.getProcessor() instanceof JsonParser jp ? DataPaths.shorten(DataPaths.of(
                    jp.getParsingContext())) : "";
            return failed(source, new Problem(source, path, at == null ? 0 : Math.max(at.getLineNr(), 0),
                    at == null ? 0 : Math.max(at.getColumnNr(), 0), ProblemWording.constraint(e, limits)));
        } catch (JsonProcessingException e) {
            Problem colon = isJson ? null : ProblemWording.fullWidthColon(source, text);
            if (colon != null) {
                return failed(source, colon); // the usual cause, and YAML's own message points elsewhere
            }
            JsonLocation at = e.getLocation();
            return failed(source, new Problem(source, "", at == null ? 0 : Math.max(at.getLineNr(), 0),
                    at == null ? 0 : Math.max(at.getColumnNr(), 0), ProblemWording.syntax(e, isJson)));
        } catch (IOException e) {
            return failed(source, new Problem(source, "", 0, 0, Message.of("input.cannotBeParsed",
                    String.valueOf(e.getMessage()))));
        }
        if (tree == null || tree.isMissingNode()) {
            return failed(source, new Problem(source, "", 0, 0, Message.of("input.onlyComments")));
        }
        Digits.normalize(tree); // １２３ is 123, as docs/INPUT.md promises
        List<RawProblem> raw = new ArrayList<>();
        ReportSpec spec = binder.bind(tree, raw);
        for (RawProblem p : raw) {
            problems.add(index.problem(source, p));
        }
        return new Parsed(source, spec, index, problems);
    }

    /** Binds {@code node} to {@code type}, recording every problem under {@code path}; null if it cannot at all. */
    public <T> T bindValue(JsonNode node, Class<T> type, String path, List<RawProblem> problems) {
        return binder.bindValue(node, type, path, problems);
    }

    /**
     * The checks of the streaming pass, over a tree: for section data an embedder built in Java (a map with a
     * {@code BigDecimal} of 1e999999999 would otherwise reach a template that prints it out in full).
     */
    public void checkTree(JsonNode node, String path, List<RawProblem> problems) {
        scanner.checkTree(node, path, problems);
    }

    /**
     * A control character typed raw into the file (a NUL, say), which neither YAML nor JSON may hold: the parsers
     * refuse the whole file at 1:1 (SnakeYAML) or without a path. Found here with its own line and column, and the
     * path of the value it stands in, read from the file with the character blanked out.
     */
    private Problem rawControl(ObjectMapper mapper, boolean isJson, String text, String source) {
        int at = -1;
        for (int i = 0; i < text.length() && at < 0; i++) {
            if (isRawControl(text.charAt(i))) {
                at = i;
            }
        }
        if (at < 0) {
            return null;
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = at - lineStart + 1;
        StringBuilder blanked = new StringBuilder(text);
        for (int i = 0; i < blanked.length(); i++) {
            if (isRawControl(blanked.charAt(i))) {
                blanked.setCharAt(i, ' ');
            }
        }
        LocationIndex index = new LocationIndex();
        try {
            scanner.scan(mapper, isJson, blanked.toString(), source, index, new ArrayList<>());
        } catch (IOException | RuntimeException e) {
            // the rest of the file does not parse either: the position alone must do
        }
        char c = text.charAt(at);
        String name = Character.getName(c);
        return new Problem(source, index.pathAt(line, column), line, column, Message.of("input.rawControl",
                String.format("U+%04X", (int) c) + (name == null ? "" : " (" + name + ")"), isJson ? "JSON" : "YAML"));
    }

    /** A character YAML and JSON may not hold as it is (only escaped in quotes, where the scanner finds it). */
    private static boolean isRawControl(char c) {
        return c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0x7F || c >= 0x80 && c <= 0x9F
                || c == '\uFFFE' || c == '\uFFFF';
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

    private static int offsetOfBadByte(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length);
        decoder.decode(in, out, true);
        return in.position();
    }
}
