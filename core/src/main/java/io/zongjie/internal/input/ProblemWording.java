package io.zongjie.internal.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.zongjie.api.Limits;
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
    static String tooLarge(long size, Limits limits) {
        // a file's own size; for a stream, whose size is unknown, twice the limit
        long needed = size >= 0 ? size : Math.min(Limits.MAX_INPUT_BYTES, limits.maxInputBytes() * 2);
        return (size >= 0 ? "the file is " + Limits.bytes(size) + ", over the " : "the input is over the ")
                + Limits.bytes(limits.maxInputBytes()) + " input limit; " + Limits.howToRaise("input-size", needed);
    }

    /** A mapping error as a short sentence, without Jackson's class names and hints. */
    static String mapping(JsonMappingException e) {
        Matcher range = OUT_OF_RANGE.matcher(String.valueOf(e.getOriginalMessage()));
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

    /** A whole number too large for its field, which stops Jackson's binding. */
    static String coercion(InputCoercionException e) {
        return "expected a whole number up to " + maxOf(e.getTargetType()) + " but found " + abbreviateNumber(e);
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
    static String syntax(JsonProcessingException e, boolean isJson) {
        String m = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        Matcher complex = COMPLEX_KEY.matcher(m);
        if (complex.find()) {
            // "? [a, b]" or "? {a: 1}": SnakeYAML's words name its event classes
            return "is not valid YAML here: a field name must be text, but this one is "
                    + (complex.group(1).equals("Sequence") ? "a list" : "a mapping")
                    + " (YAML's complex keys, written with '?', are not supported)";
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
        return (isJson ? "is not valid JSON: " : "is not valid YAML: ") + m;
    }

    /** One of Jackson's own reading constraints, as the limit a user can raise. */
    static String constraint(StreamConstraintsException e, Limits limits) {
        String m = String.valueOf(e.getOriginalMessage());
        if (m.contains("nesting depth")) {
            return tooDeep(limits);
        }
        if (m.contains("String value length")) {
            return "text over the " + limits.maxStringLength() + "-character limit; "
                    + Limits.howToRaise("string-length", Math.min(Limits.MAX_STRING_LENGTH,
                            limits.maxStringLength() * 10L));
        }
        if (m.contains("Number value length")) {
            return "a number over the " + limits.maxNumberLength() + "-digit limit; "
                    + Limits.howToRaise("number-length", Math.min(Limits.MAX_NUMBER_LENGTH,
                            limits.maxNumberLength() * 10L));
        }
        return "over a reading limit: " + m.replaceAll("\\s*\\(from `[^`]*`\\)", "").strip();
    }

    /** Nesting over the depth limit. */
    static String tooDeep(Limits limits) {
        return "nested more than " + limits.maxNestingDepth() + " levels deep, over the depth limit; "
                + Limits.howToRaise("depth", limits.maxNestingDepth() == Limits.MAX_DEPTH ? Limits.MAX_DEPTH + 1L
                        : Math.min(Limits.MAX_DEPTH, limits.maxNestingDepth() * 2L));
    }

    /** A text value over the string-length limit. */
    static String tooLong(int length, Limits limits) {
        return "the text is " + length + " characters long, over the " + limits.maxStringLength()
                + "-character limit; " + Limits.howToRaise("string-length", length);
    }

    /** A line whose key ends with a full-width colon (typed with a Chinese input method), if there is one. */
    static Problem fullWidthColon(String source, String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = FULL_WIDTH_KEY.matcher(lines[i]);
            if (m.find()) {
                return new Problem(source, "", i + 1, m.end() , "'" + m.group(2) + "' is followed by a full-width "
                        + "colon 「：」; YAML needs an ASCII colon and a space: '" + m.group(2) + ": '");
            }
        }
        return null;
    }

    /** What a value is, for "expected … but found …". */
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
            return "a larger number";
        }
    }
}
