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
    private static final Pattern FULL_WIDTH_KEY =
            Pattern.compile("^(\\s*(?:-\\s+)?)([A-Za-z_][A-Za-z0-9_-]*)\\s*：");

    private ProblemWording() {
    }

    /** A file or stream over the input-size limit; {@code size} is -1 when unknown (a stream). */
    static String tooLarge(long size, Limits limits) {
        long suggested = Math.max(size, limits.maxInputBytes() * 2);
        String mb = ((suggested + (1L << 20) - 1) >> 20) + 10 + "MB";
        return (size >= 0 ? "the file is " + Limits.bytes(size) + ", over the " : "the input is over the ")
                + Limits.bytes(limits.maxInputBytes()) + " input limit; " + Limits.howToRaise("input-size", mb);
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
                    + Limits.howToRaise("string-length", String.valueOf(limits.maxStringLength() * 10));
        }
        if (m.contains("Number value length")) {
            return "a number over the " + limits.maxNumberLength() + "-digit limit; "
                    + Limits.howToRaise("number-length", String.valueOf(limits.maxNumberLength() * 10));
        }
        return "over a reading limit: " + m.replaceAll("\\s*\\(from `[^`]*`\\)", "").strip();
    }

    /** Nesting over the depth limit. */
    static String tooDeep(Limits limits) {
        return "nested more than " + limits.maxNestingDepth() + " levels deep, over the depth limit; "
                + Limits.howToRaise("depth", String.valueOf(limits.maxNestingDepth() * 2));
    }

    /** A text value over the string-length limit. */
    static String tooLong(int length, Limits limits) {
        return "the text is " + length + " characters long, over the " + limits.maxStringLength()
                + "-character limit; " + Limits.howToRaise("string-length", String.valueOf(length + 1));
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
