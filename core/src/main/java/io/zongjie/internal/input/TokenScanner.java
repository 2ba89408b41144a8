package io.zongjie.internal.input;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
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
            Scan scan = new Scan(p, isJson, source, index, problems);
            try {
                JsonToken t;
                while ((t = p.nextToken()) != null && scan.token(t)) {
                    // each token checked and its position recorded
                }
            } catch (StreamConstraintsException e) {
                scan.constraint(e);
            }
        }
    }

    /**
     * Scans {@code text} as {@link #scan} does and builds its tree in the same pass: the mapper reads the tree from
     * the parser while every token it takes is checked and its position recorded, so the text is parsed once. At the
     * first problem the tree is given up (it would not be used) and the scan goes on alone, so the problems, and a
     * syntax error after them, are what a scan alone finds.
     *
     * @return the tree, or {@code null} when the scan found problems (they are in {@code problems}) or the text holds
     *         nothing but comments
     * @throws IOException if the text does not parse (the caller words the syntax error)
     */
    JsonNode read(ObjectMapper mapper, boolean isJson, String text, String source, LocationIndex index,
            List<Problem> problems) throws IOException {
        try (JsonParser p = mapper.createParser(text)) {
            Scan scan = new Scan(p, isJson, source, index, problems);
            ScanningParser scanned = new ScanningParser(p, scan, problems);
            JsonNode tree = null;
            try {
                try {
                    tree = mapper.readTree(scanned);
                } catch (Diverted e) {
                    tree = null; // a problem: the tree will not be used
                } catch (JsonProcessingException e) {
                    if (scanned.parserFailed) {
                        throw e; // the text does not parse, or a constraint: the scan alone stops there too
                    }
                    if (e instanceof StreamConstraintsException constraint) {
                        // a limit only the tree's reading checks (a long negative number): named where it is
                        scan.constraint(constraint);
                        return null;
                    }
                    // a value the tree cannot hold: what the rest of the scan finds comes first
                    finish(p, scan);
                    if (problems.isEmpty()) {
                        throw e;
                    }
                    return null;
                }
                finish(p, scan); // the rest: after the first document, a second one is a problem
            } catch (Stopped e) {
                return null;
            } catch (StreamConstraintsException e) {
                scan.constraint(e);
                return null;
            }
            return problems.isEmpty() ? tree : null;
        }
    }

    private static void finish(JsonParser p, Scan scan) throws IOException {
        JsonToken t;
        while ((t = p.nextToken()) != null && scan.token(t)) {
            // each token checked and its position recorded
        }
    }

    /**
     * The parser the tree is read from: each token it hands over is scanned first. The scan stopping
     * ({@link Stopped}) or finding a problem ({@link Diverted}) ends the tree's reading there.
     */
    private static final class ScanningParser extends JsonParserDelegate {
        private final Scan scan;
        private final List<Problem> problems;
        /** The text failed to parse (rather than a value failed to read). */
        boolean parserFailed;

        ScanningParser(JsonParser p, Scan scan, List<Problem> problems) {
            super(p);
            this.scan = scan;
            this.problems = problems;
        }

        @Override
        public JsonToken nextToken() throws IOException {
            JsonToken t;
            boolean go;
            try {
                t = delegate.nextToken();
                go = t == null || scan.token(t);
            } catch (IOException | RuntimeException e) {
                parserFailed = true; // in the parser or the scan, as a scan alone would have failed
                throw e;
            }
            if (!go) {
                throw Stopped.INSTANCE;
            }
            if (!problems.isEmpty()) {
                throw Diverted.INSTANCE;
            }
            return t;
        }

        @Override
        public JsonToken nextValue() throws IOException { // JsonParser's, which the delegate would bypass
            JsonToken t = nextToken();
            return t == JsonToken.FIELD_NAME ? nextToken() : t;
        }

        @Override
        public JsonParser skipChildren() throws IOException { // through nextToken, so that nothing goes unscanned
            if (currentToken() == JsonToken.START_OBJECT || currentToken() == JsonToken.START_ARRAY) {
                int open = 1;
                while (open > 0) {
                    JsonToken t = nextToken();
                    if (t == null) {
                        break;
                    }
                    if (t.isStructStart()) {
                        open++;
                    } else if (t.isStructEnd()) {
                        open--;
                    }
                }
            }
            return this;
        }
    }

    /** The scan stopped inside the tree's reading: a limit exceeded, or as many problems as are kept. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Stopped INSTANCE = new Stopped();

        private Stopped() {
            super(null, null, false, false);
        }
    }

    /** The scan found a problem inside the tree's reading: the tree is given up and the scan goes on alone. */
    private static final class Diverted extends RuntimeException {
        private static final long serialVersionUID = 1L;
        static final Diverted INSTANCE = new Diverted();

        private Diverted() {
            super(null, null, false, false);
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

    /** One scan of a parser's tokens, taken one at a time. */
    private final class Scan {
        private final JsonParser p;
        private final boolean isJson;
        private final String source;
        private final LocationIndex index;
        private final List<Problem> problems;
        private final java.util.ArrayDeque<Open> open = new java.util.ArrayDeque<>();
        private boolean rootDone;

        Scan(JsonParser p, boolean isJson, String source, LocationIndex index, List<Problem> problems) {
            this.p = p;
            this.isJson = isJson;
            this.source = source;
            this.index = index;
            this.problems = problems;
        }

        /** Jackson's own constraints (JSON, and YAML depth) carry no position: the parser's is taken. */
        void constraint(StreamConstraintsException e) {
            JsonLocation at = p.currentLocation();
            problems.add(new Problem(source, DataPaths.shorten(DataPaths.of(p.getParsingContext())),
                    Math.max(at.getLineNr(), 0), Math.max(at.getColumnNr(), 0), ProblemWording.constraint(e, limits)));
        }

        /** Checks the parser's current token {@code t}; false when the scan must stop. */
        boolean token(JsonToken t) throws IOException {
            if (problems.size() >= MAX_PROBLEMS) {
                return false;
            }
            JsonLocation at = p.currentTokenLocation();
            int line = Math.max(at.getLineNr(), 0);
            int column = Math.max(at.getColumnNr(), 0);
            if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
                open.pop();
                rootDone = open.isEmpty();
                return true;
            }
            if (open.isEmpty() && rootDone) {
                problems.add(new Problem(source, "", line, column,
                        Message.of(isJson ? "input.twoJsonValues" : "input.twoYamlDocuments")));
                return false;
            }
            boolean container = t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY;
            Open parent = open.peek();
            if (parent != null && parent.list && t != JsonToken.FIELD_NAME && ++parent.items > maxItems(parent)) {
                problems.add(tooManyItems(p, parent, source));
                return false;
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
                        return false;
                    }
                }
                case FIELD_NAME -> checkText(p.currentName(), "input.theFieldName", source, path, p, line, column,
                        problems);
                case VALUE_STRING -> {
                    if (p instanceof YAMLParser y && y.isCurrentAlias()) {
                        problems.add(new Problem(source, path(path, p), line, column,
                                Message.of("input.alias", CollectingHandler.abbreviate(p.getText()))));
                        return true;
                    }
                    String value = p.getText();
                    if (value.length() > limits.maxStringLength()) {
                        problems.add(new Problem(source, path(path, p), line, column,
                                ProblemWording.tooLong(value.length(), limits)));
                        return false;
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
            return true;
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
