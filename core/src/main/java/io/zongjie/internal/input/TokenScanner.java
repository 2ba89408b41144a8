package io.zongjie.internal.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.zongjie.api.Limits;
import io.zongjie.api.Message;
import io.zongjie.api.Problem;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The streaming pass over a file's tokens before any tree is built: records the line and column of every path
 * in a {@link LocationIndex}, and checks every token against the {@link Limits} (depth, text and number length)
 * and for characters that have no place in a report and YAML aliases. The same value checks run over a tree for
 * section data built in Java. Thread-safe.
 */
final class TokenScanner {

    /** At most this many problems of one read are kept: a file of a million bad values needs no million lines. */
    static final int MAX_PROBLEMS = 100;
    private static final Pattern NUMERIC = Pattern.compile("[-+]?[0-9][0-9_]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?");

    private final Limits limits;

    TokenScanner(Limits limits) {
        this.limits = limits;
    }

    /**
     * Scans {@code text}, recording positions in {@code index}. Adds problems (with path, line and column) and
     * stops at the first limit exceeded, since what follows cannot be trusted.
     *
     * @throws IOException if the text does not parse (the caller words the syntax error)
     */
    void scan(ObjectMapper mapper, boolean isJson, String text, String source, LocationIndex index,
            List<Problem> problems) throws IOException {
        try (JsonParser p = mapper.createParser(text)) {
            try {
                scanTokens(p, isJson, source, index, problems);
            } catch (StreamConstraintsException e) {
                // Jackson's own constraints (JSON, and YAML depth) carry no position: take the parser's
                JsonLocation at = p.currentLocation();
                problems.add(new Problem(source, DataPaths.shorten(DataPaths.of(p.getParsingContext())),
                        Math.max(at.getLineNr(), 0),
                        Math.max(at.getColumnNr(), 0), ProblemWording.constraint(e, limits)));
            }
        }
    }

    /** An open list or mapping: where it starts, and for a list how many items it has so far. */
    private static final class Open {
        final boolean list;
        final String path;
        final int line;
        final int column;
        int items;

        Open(boolean list, String path, int line, int column) {
            this.list = list;
            this.path = path;
            this.line = line;
            this.column = column;
        }
    }

    private void scanTokens(JsonParser p, boolean isJson, String source, LocationIndex index,
            List<Problem> problems) throws IOException {
        java.util.ArrayDeque<Open> open = new java.util.ArrayDeque<>();
        boolean rootDone = false;
        JsonToken t;
        while ((t = p.nextToken()) != null && problems.size() < MAX_PROBLEMS) {
            JsonLocation at = p.currentTokenLocation();
            int line = Math.max(at.getLineNr(), 0);
            int column = Math.max(at.getColumnNr(), 0);
            if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                open.pop();
                rootDone = open.isEmpty();
                continue;
            }
            if (open.isEmpty() && rootDone) {
                problems.add(new Problem(source, "", line, column,
                        Message.of(isJson ? "input.twoJsonValues" : "input.twoYamlDocuments")));
                return;
            }
            boolean container = t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY;
            Open parent = open.peek();
            if (parent != null && parent.list && t != JsonToken.FIELD_NAME && ++parent.items > maxItems(parent)) {
                problems.add(tooManyItems(p, parent, source));
                return;
            }
            // Paths cost as much as the nesting is deep: once the index is full (a huge file), a value's path is made
            // only for a problem, and later positions fall back to their closest recorded ancestor.
            String path = index.full() && !container ? null : container
                    ? DataPaths.of(p.getParsingContext().getParent()) : DataPaths.of(p.getParsingContext());
            if (path != null && !index.full()) {
                index.record(path, line, column);
            }
            switch (t) {
                case START_OBJECT, START_ARRAY -> {
                    open.push(new Open(t == JsonToken.START_ARRAY, path, line, column));
                    if (open.size() > limits.maxNestingDepth()) {
                        problems.add(new Problem(source, DataPaths.shorten(path), line, column,
                                ProblemWording.tooDeep(limits)));
                        return;
                    }
                }
                case FIELD_NAME -> checkText(p.currentName(), "input.theFieldName", source, path, p, line, column,
                        problems);
                case VALUE_STRING -> {
                    if (p instanceof YAMLParser y && y.isCurrentAlias()) {
                        problems.add(new Problem(source, path(path, p), line, column,
                                Message.of("input.alias", CollectingHandler.abbreviate(p.getText()))));
                        continue;
                    }
                    String value = p.getText();
                    if (value.length() > limits.maxStringLength()) {
                        problems.add(new Problem(source, path(path, p), line, column,
                                ProblemWording.tooLong(value.length(), limits)));
                        return;
                    }
                    String number = Digits.ascii(value);
                    Message foreign = Digits.foreignDigits(value);
                    if (foreign != null) {
                        problems.add(new Problem(source, path(path, p), line, column, foreign));
                    } else if (NUMERIC.matcher(number).matches()) {
                        // YAML hands very long numbers over as text; binding would still read them as numbers
                        checkNumber(number, true, source, path(path, p), line, column, problems);
                    } else {
                        checkText(value, "input.theText", source, path, p, line, column, problems);
                    }
                }
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                    Message radix = Digits.looksNotDecimal(p.getText())
                            ? Digits.notDecimal(p.getText(), p.getNumberValue()) : null;
                    if (radix != null) {
                        problems.add(new Problem(source, path(path, p), line, column, radix));
                    } else {
                        checkNumber(p.getText(), t == JsonToken.VALUE_NUMBER_FLOAT, source, path(path, p), line,
                                column, problems);
                    }
                }
                case VALUE_EMBEDDED_OBJECT -> problems.add(new Problem(source, path(path, p), line, column,
                        Message.of("input.binaryData")));
                default -> {
                }
            }
            if (open.isEmpty()) {
                rootDone = true; // a scalar as the whole document
            }
        }
    }

    private static String path(String path, JsonParser p) {
        return path != null ? path : DataPaths.of(p.getParsingContext());
    }

    /** The item limit of a list: the report's own {@code sections} list has the sections limit. */
    private int maxItems(Open list) {
        return "sections".equals(list.path) ? limits.maxSections() : limits.maxListItems();
    }

    /**
     * A list over its item limit: counts the rest of its items without looking into them (so the message says
     * how many there are, in no more memory), and names the list where it starts.
     */
    private Problem tooManyItems(JsonParser p, Open list, String source) throws IOException {
        int items = list.items;
        if (p.currentToken() == JsonToken.START_OBJECT || p.currentToken() == JsonToken.START_ARRAY) {
            p.skipChildren();
        }
        for (JsonToken t = p.nextToken(); t != null && t != JsonToken.END_ARRAY; t = p.nextToken()) {
            items++;
            if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
                p.skipChildren();
            }
        }
        boolean sections = "sections".equals(list.path);
        Message message = sections ? tooManySections(items, limits)
                : Message.of("input.tooManyItems", items, limits.maxListItems(), Limits.raise("list-items", items));
        return new Problem(source, list.path, list.line, list.column, message);
    }

    /** The report's sections over the limit. */
    static Message tooManySections(int sections, Limits limits) {
        return Message.of("input.tooManySections", sections, limits.maxSections(), Limits.raise("sections", sections));
    }

    /**
     * The checks of the streaming pass, over a tree: for section data an embedder built in Java (a map with a
     * {@code BigDecimal} of 1e999999999 would otherwise reach a template that prints it out in full).
     */
    void checkTree(JsonNode node, String path, List<RawProblem> problems) {
        checkTree(node, path, 0, problems);
    }

    private void checkTree(JsonNode node, String path, int depth, List<RawProblem> problems) {
        if (node.isContainerNode() && depth >= limits.maxNestingDepth()) {
            problems.add(new RawProblem(DataPaths.shorten(path), ProblemWording.tooDeep(limits)));
            return;
        }
        if (node.isObject()) {
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                checkTree(e.getValue(), DataPaths.join(path, e.getKey()), depth + 1, problems);
            }
        } else if (node.isArray()) {
            if (node.size() > limits.maxListItems()) {
                problems.add(new RawProblem(path, Message.of("input.tooManyItems", node.size(),
                        limits.maxListItems(), Limits.raise("list-items", node.size()))));
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                checkTree(node.get(i), path + "[" + i + "]", depth + 1, problems);
            }
        } else if (node.isTextual()) {
            List<Problem> found = new ArrayList<>();
            if (node.textValue().length() > limits.maxStringLength()) {
                problems.add(new RawProblem(path, ProblemWording.tooLong(node.textValue().length(), limits)));
                return;
            }
            checkText(node.textValue(), "input.theText", "", path, 0, 0, found);
            found.forEach(p -> problems.add(new RawProblem(path, p.detail())));
        } else if (node.isNumber()) {
            List<Problem> found = new ArrayList<>();
            if ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue())) {
                problems.add(new RawProblem(path, Message.of("input.notFinite", String.valueOf(node.doubleValue()))));
                return;
            }
            String text = node.isBigDecimal() ? node.decimalValue().toString()
                    : node.isFloatingPointNumber() ? String.valueOf(node.doubleValue()) : node.asText();
            checkNumber(text, node.isFloatingPointNumber(), "", path, 0, 0, found);
            found.forEach(p -> problems.add(new RawProblem(path, p.detail())));
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
                problems.add(new Problem(source, path, line, column, Message.of("input.notFinite", text)));
                return;
            }
            // 1e300 is five characters but 301 digits written out: what a report would have to print
            long whole = Math.max(1L, (long) value.precision() - value.scale());
            written = (int) Math.min(Integer.MAX_VALUE, whole + Math.max(0, value.scale()));
        }
        if (written > limits.maxNumberLength()) {
            problems.add(new Problem(source, path, line, column, Message.of("input.tooManyDigits",
                    CollectingHandler.abbreviate(text), written, limits.maxNumberLength(),
                    Limits.raise("number-length", written))));
        }
    }

    private static void checkText(String text, String what, String source, String path, int line, int column,
            List<Problem> problems) {
        Message bad = badCharacter(text);
        if (bad != null) {
            problems.add(new Problem(source, path, line, column, Message.of("input.contains", Message.of(what), bad)));
        }
    }

    private static void checkText(String text, String what, String source, String path, JsonParser p, int line,
            int column, List<Problem> problems) {
        Message bad = badCharacter(text);
        if (bad != null) {
            problems.add(new Problem(source, path(path, p), line, column, Message.of("input.contains", Message.of(what),
                    bad)));
        }
    }

    /**
     * Describes the first character in {@code s} that has no place in a report, or returns null: control
     * characters (other than tab and line breaks), unpaired surrogates, and the invisible bidirectional controls
     * that make text display differently from what it says (U+202A–U+202E, U+2066–U+2069, U+200E/F, U+061C).
     */
    static Message badCharacter(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
                continue;
            }
            // the code is formatted only for the character reported: formatting it for every character
            // checked cost a quarter of the assembly of a large input
            if (Character.isSurrogate(c)) {
                return Message.of("input.surrogate", code(c), i + 1);
            }
            if ((c < 0x20 && c != '\n' && c != '\t' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
                return Message.of("input.controlCharacter", code(c), i + 1);
            }
            if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
                    || c == 0x061C) {
                return Message.of("input.bidiControl", code(c), Character.getName(c), i + 1);
            }
        }
        return null;
    }

    private static String code(char c) {
        return String.format("U+%04X", (int) c);
    }
}
