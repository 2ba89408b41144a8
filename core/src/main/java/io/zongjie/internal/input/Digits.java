package io.zongjie.internal.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How numbers may be written in an input. The policy (docs/INPUT.md): figures are decimal.
 * <ul>
 *   <li>Full-width digits 「１２３」, as a Chinese input method types them, are the same digits: a value written only
 *       with them (and 「．」「－」「＋」) is read as that number, and a date such as 「２０２３－１２－２６」 as that
 *       date.</li>
 *   <li>Digits of other scripts (「٣」, 「३」) are refused: nobody types them in a Chinese report by intent.</li>
 *   <li>{@code 0x10}, {@code 0o17}, {@code 0b101} and {@code 017}, which YAML reads as 16, 15, 5 and 15, are refused:
 *       a report's figures are not hexadecimal, octal or binary, and a leading zero is a typo far more often than
 *       an octal number.</li>
 *   <li>{@code 1_000} is 1000: YAML's digit grouping, with one meaning only.</li>
 * </ul>
 */
final class Digits {

    private static final Pattern NUMBER = Pattern.compile("[-+]?[0-9][0-9_]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?");
    private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{1,2}(-[0-9]{1,2})?");
    private static final Pattern SIGNED_DIGITS = Pattern.compile("[-+－＋]?[\\p{Nd}]+([.．][\\p{Nd}]+)?");
    private static final Pattern PREFIXED = Pattern.compile("[-+]?0([xXoObB])[0-9a-fA-F_]+");
    private static final Pattern LEADING_ZERO = Pattern.compile("[-+]?0[0-9_]+");

    private Digits() {
    }

    /**
     * {@code s} with full-width digits, signs, point and hyphens made ASCII, if it is a number or a date written
     * with them; otherwise {@code s} itself (text that merely holds full-width digits is left alone).
     */
    static String ascii(String s) {
        boolean wide = false;
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char a = c >= '０' && c <= '９' ? (char) ('0' + (c - '０'))
                    : c == '－' ? '-' : c == '＋' ? '+' : c == '．' ? '.' : c;
            wide |= a != c;
            out.append(a);
        }
        if (!wide) {
            return s;
        }
        String normal = out.toString().strip();
        return NUMBER.matcher(normal).matches() || DATE.matcher(normal).matches() ? normal : s;
    }

    /** {@code s} with every full-width digit made ASCII, whatever else it holds (for reading years in text). */
    static String asciiDigits(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            out.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
        }
        return out.toString();
    }

    /** Why a value written as a number in digits of another script is refused, or null if it is not one. */
    static String foreignDigits(String s) {
        String t = s.strip();
        if (!SIGNED_DIGITS.matcher(t).matches()) {
            return null;
        }
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isDigit(c) && !(c >= '0' && c <= '9') && !(c >= '０' && c <= '９')) {
                return "the number 「" + CollectingHandler.abbreviate(t) + "」 is written with digits of another "
                        + "script (" + String.format("U+%04X", (int) c) + " " + Character.getName(c)
                        + "); write it with the digits 0-9";
            }
        }
        return null;
    }

    /** Whether a number as written may be hexadecimal, octal or binary (then {@link #notDecimal} says). */
    static boolean looksNotDecimal(String text) {
        String t = text.strip();
        return PREFIXED.matcher(t).matches() || LEADING_ZERO.matcher(t).matches();
    }

    /**
     * Why a number token is refused, or null: YAML reads {@code 0x10} as 16, {@code 0o17} and {@code 017} as 15 and
     * {@code 0b101} as 5, which no report means.
     *
     * @param text  the number as written
     * @param value what YAML made of it
     */
    static String notDecimal(String text, Number value) {
        String t = text.strip();
        java.util.regex.Matcher prefixed = PREFIXED.matcher(t);
        if (prefixed.matches()) {
            String kind = switch (Character.toLowerCase(prefixed.group(1).charAt(0))) {
                case 'x' -> "hexadecimal";
                case 'o' -> "octal";
                default -> "binary";
            };
            return t + " is a " + kind + " number, which YAML reads as " + plain(value) + "; a report's figures are "
                    + "decimal: write " + plain(value) + " if that is what you mean";
        }
        if (LEADING_ZERO.matcher(t).matches()) {
            String written = t.replaceFirst("^([-+]?)0+(?=\\d)", "$1");
            return t + " starts with 0, which YAML reads as an octal number (" + plain(value) + "); write "
                    + written.replace("_", "") + ", or " + plain(value) + " if that is what you mean";
        }
        return null;
    }

    private static String plain(Number value) {
        return value instanceof BigInteger || value instanceof Long || value instanceof Integer
                || value instanceof Short ? value.toString() : String.valueOf(value);
    }

    /** Makes every number and date written with full-width characters in {@code tree} ASCII, in place. */
    static void normalize(JsonNode tree) {
        Deque<JsonNode> pending = new ArrayDeque<>();
        pending.push(tree);
        while (!pending.isEmpty()) {
            JsonNode node = pending.pop();
            if (node instanceof ObjectNode object) {
                List<String> changed = new ArrayList<>();
                for (Map.Entry<String, JsonNode> e : object.properties()) {
                    JsonNode value = e.getValue();
                    if (value.isTextual() && !ascii(value.textValue()).equals(value.textValue())) {
                        changed.add(e.getKey());
                    } else if (value.isContainerNode()) {
                        pending.push(value);
                    }
                }
                changed.forEach(k -> object.set(k, TextNode.valueOf(ascii(object.get(k).textValue()))));
            } else if (node instanceof ArrayNode array) {
                for (int i = 0; i < array.size(); i++) {
                    JsonNode value = array.get(i);
                    if (value.isTextual() && !ascii(value.textValue()).equals(value.textValue())) {
                        array.set(i, TextNode.valueOf(ascii(value.textValue())));
                    } else if (value.isContainerNode()) {
                        pending.push(value);
                    }
                }
            }
        }
    }
}
