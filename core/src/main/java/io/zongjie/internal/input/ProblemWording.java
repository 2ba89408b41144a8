package io.zongjie.internal.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.zongjie.api.Limits;
import io.zongjie.api.Message;
import io.zongjie.api.Problem;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How reading problems are worded: short sentences a user can act on, in place of the parsers' messages (which
 * name Java types, Jackson's hints and positions the problem already carries).
 */
final class ProblemWording {

    private static final Pattern OUT_OF_RANGE =
            Pattern.compile("Numeric value \\((.*?)\\) out of range of (int|long|short)");
    private static final Pattern COMPLEX_KEY = Pattern.compile(
            "Expected a field name.*org\\.yaml\\.snakeyaml\\.events\\.(Sequence|Mapping)StartEvent");
    private static final Pattern FULL_WIDTH_KEY =
            Pattern.compile("^(\\s*(?:-\\s+)?)([A-Za-z_][A-Za-z0-9_-]*)\\s*：");

    private ProblemWording() {
    }

    /** A file or stream over the input-size limit; {@code size} is -1 when unknown (a stream). */
    static Message tooLarge(long size, Limits limits) {
        // a file's own size; for a stream, whose size is unknown, twice the limit
        long needed = size >= 0 ? size : Math.min(Limits.MAX_INPUT_BYTES, limits.maxInputBytes() * 2);
        return size >= 0
                ? Message.of("input.fileTooLarge", Limits.bytes(size), Limits.bytes(limits.maxInputBytes()),
                        Limits.raise("input-size", needed))
                : Message.of("input.streamTooLarge", Limits.bytes(limits.maxInputBytes()),
                        Limits.raise("input-size", needed));
    }

    /** A mapping error as a short sentence, without Jackson's class names and hints. */
    static Message mapping(JsonMappingException e) {
        Matcher range = OUT_OF_RANGE.matcher(String.valueOf(e.getOriginalMessage()));
        if (range.find()) {
            // persons: 10^30 — Jackson's words name Java types; say what a user can act on
            return Message.of("input.wholeNumberUpTo", String.valueOf(range.group(2).equals("long") ? Long.MAX_VALUE
                    : range.group(2).equals("short") ? Short.MAX_VALUE : Integer.MAX_VALUE),
                    CollectingHandler.abbreviate(range.group(1)));
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null && f.getValue() instanceof Number n
                && !(n instanceof Integer || n instanceof Long || n instanceof java.math.BigInteger)) {
            return Message.of("input.expectedButFraction", Expectations.describe(f.getTargetType()), n.toString());
        }
        if (e instanceof InvalidFormatException f && f.getTargetType() != null) {
            return Message.of("input.expectedButFoundText", Expectations.describe(f.getTargetType()),
                    CollectingHandler.abbreviate(String.valueOf(f.getValue())));
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            String original = firstClause(m.getOriginalMessage());
            if (original.contains("Floating-point value")) {
                return Message.of("input.expectedButAFraction", Expectations.describe(m.getTargetType()));
            }
            return Message.of("input.expectedBecause", Expectations.describe(m.getTargetType()), original);
        }
        return Message.text(firstClause(e.getOriginalMessage()));
    }

    /** A whole number too large for its field, which stops Jackson's binding. */
    static Message coercion(InputCoercionException e) {
        return Message.of("input.wholeNumberUpTo", maxOf(e.getTargetType()), abbreviateNumber(e));
    }

    private static String firstClause(String message) {
        if (message == null) {
            return "is not valid";
        }
        String m = message.lines().findFirst().orElse(message);
        int hint = m.indexOf(" (but could if");
        return (hint > 0 ? m.substring(0, hint) : m).replaceAll("`[a-z]+(\\.[A-Za-z0-9_$]+)+`", "").strip();
    }

    /** A syntax error, without the parser's position (the problem carries it). */
    static Message syntax(JsonProcessingException e, boolean isJson) {
        String m = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        Matcher complex = COMPLEX_KEY.matcher(m);
        if (complex.find()) {
            // "? [a, b]" or "? {a: 1}": SnakeYAML's words name its event classes
            return Message.of(complex.group(1).equals("Sequence") ? "input.complexKeyList" : "input.complexKeyMapping");
        }
        // whatever else names SnakeYAML's events: <org.yaml.snakeyaml.events.ScalarEvent(…)> is 「a value」
        m = m.replaceAll("<?org\\.yaml\\.snakeyaml\\.events\\.(Sequence|Mapping)StartEvent\\([^)]*\\)>?",
                        "the start of a $1")
                .replaceAll("<?org\\.yaml\\.snakeyaml\\.events\\.(\\w+)Event\\([^)]*\\)>?", "$1")
                .replace("the start of a Sequence", "the start of a list")
                .replace("the start of a Mapping", "the start of a mapping");
        m = m.replaceAll("\\s*at \\[Source:.*", "")
                .replaceAll("\\s*in 'reader', line \\d+, column \\d+:?(\\s*\\^)?", "")
                .replaceAll("\\s+", " ").strip();
        // the parser's own words stay English: they quote the parser
        return Message.of(isJson ? "input.notJson" : "input.notYaml", m);
    }

    /** One of Jackson's own reading constraints, as the limit a user can raise. */
    static Message constraint(StreamConstraintsException e, Limits limits) {
        String m = String.valueOf(e.getOriginalMessage());
        if (m.contains("nesting depth")) {
            return tooDeep(limits);
        }
        if (m.contains("String value length")) {
            return Message.of("input.textOverLimit", limits.maxStringLength(), Limits.raise("string-length",
                    Math.min(Limits.MAX_STRING_LENGTH, limits.maxStringLength() * 10L)));
        }
        if (m.contains("Number value length")) {
            return Message.of("input.numberOverLimit", limits.maxNumberLength(), Limits.raise("number-length",
                    Math.min(Limits.MAX_NUMBER_LENGTH, limits.maxNumberLength() * 10L)));
        }
        return Message.of("input.overReadingLimit", m.replaceAll("\\s*\\(from `[^`]*`\\)", "").strip());
    }

    /** Nesting over the depth limit. */
    static Message tooDeep(Limits limits) {
        return Message.of("input.tooDeep", limits.maxNestingDepth(), Limits.raise("depth",
                limits.maxNestingDepth() == Limits.MAX_DEPTH ? Limits.MAX_DEPTH + 1L
                        : Math.min(Limits.MAX_DEPTH, limits.maxNestingDepth() * 2L)));
    }

    /** A text value over the string-length limit. */
    static Message tooLong(int length, Limits limits) {
        return Message.of("input.textTooLong", length, limits.maxStringLength(), Limits.raise("string-length", length));
    }

    /** A line whose key ends with a full-width colon (typed with a Chinese input method), if there is one. */
    static Problem fullWidthColon(String source, String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = FULL_WIDTH_KEY.matcher(lines[i]);
            if (m.find()) {
                return new Problem(source, "", i + 1, m.end(), Message.of("input.fullWidthColon", m.group(2)));
            }
        }
        return null;
    }

    /** What a value is, for "expected … but found …". */
    static Message kind(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return Message.of("found.nothing");
        }
        if (node.isObject()) {
            return Message.of("found.mapping");
        }
        if (node.isArray()) {
            return Message.of("found.list");
        }
        if (node.isTextual()) {
            return Message.of("found.text", CollectingHandler.abbreviate(node.asText()));
        }
        return node.isNumber() ? Message.of("found.number", node.asText()) : Message.text(node.asText());
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
            return CollectingHandler.abbreviate(e.getProcessor().getText());
        } catch (IOException | RuntimeException ignored) {
            return "a larger number"; // not reached: Jackson's parser always has the text
        }
    }
}
