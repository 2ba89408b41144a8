package io.zongjie.api;

import java.util.Comparator;
import java.util.Objects;

/**
 * One thing wrong with an input, located by its path in the data and, for files, its line and column.
 *
 * @param source  the file name, or 「&lt;input&gt;」 for an object built in Java
 * @param path    the path of the bad value, such as {@code sections[2].data.visits[0].amount}; {@code ""} for
 *                the whole input
 * @param line    1-based line in the file, or 0 when unknown
 * @param column  1-based column in the file, or 0 when unknown
 * @param message what is wrong, such as 「must be zero or more (was -300)」, in the engine's message language
 * @param detail  the same as data: its code and arguments, for a host that words problems itself
 * @param label   the field's name in Chinese where its plugin gives one (「慰问金额」), or {@code null}
 */
public record Problem(String source, String path, int line, int column, String message, Message detail,
        String label) {

    /** Orders problems as they appear in the file, then by path. */
    public static final Comparator<Problem> IN_FILE_ORDER = Comparator.comparingInt(Problem::line)
            .thenComparingInt(Problem::column).thenComparing(Problem::path).thenComparing(Problem::message);

    /**
     * Problems are the same when they say the same about the same place, whatever the field's name beside it.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Problem p && source.equals(p.source) && path.equals(p.path) && line == p.line
                && column == p.column && message.equals(p.message);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, path, line, column, message);
    }

    /**
     * Checks that source, path and message are present.
     *
     * @param source  the file name, or 「&lt;input&gt;」
     * @param path    the path of the bad value
     * @param line    1-based line, or 0
     * @param column  1-based column, or 0
     * @param message what is wrong
     */
    public Problem {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
        if (detail == null) {
            detail = Message.text(message);
        }
    }

    /**
     * A problem worded once, in one language: its code is {@link Messages#VERBATIM} and its argument the message.
     *
     * @param source  the file name, or 「&lt;input&gt;」
     * @param path    the path of the bad value
     * @param line    1-based line, or 0
     * @param column  1-based column, or 0
     * @param message what is wrong
     */
    public Problem(String source, String path, int line, int column, String message) {
        this(source, path, line, column, message, null, null);
    }

    /** A problem worded in English from its {@code detail}. */
    public Problem(String source, String path, int line, int column, Message detail) {
        this(source, path, line, column, Messages.of(Messages.ENGLISH).format(detail), detail, null);
    }

    /** {@return the code of the problem's wording, such as {@code constraint.PositiveOrZero}} */
    public String code() {
        return detail.code();
    }

    /** {@return the arguments of the problem's wording, such as the value given} */
    public java.util.List<Object> arguments() {
        return detail.arguments();
    }

    /**
     * This problem worded in {@code messages}' language (when those bundles know its code; a plugin's problem was
     * worded by the plugin's own), with the field's name {@code label} (or none).
     */
    public Problem in(Messages messages, String label) {
        return new Problem(source, path, line, column, messages.has(detail.code()) ? messages.format(detail)
                : message, detail, label);
    }

    /** 「report.yaml:12:9: sections[0].data.visits[1].amount: must be zero or more (was -300)」. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(source);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        out.append(": ");
        if (!path.isEmpty()) {
            out.append(path).append(": ");
        }
        return out.append(message).toString();
    }
}
