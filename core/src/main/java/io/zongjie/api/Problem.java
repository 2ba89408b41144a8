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
 * @param message what is wrong, such as 「must be zero or more (was -300)」
 */
public record Problem(String source, String path, int line, int column, String message) {

    /** Orders problems as they appear in the file, then by path. */
    public static final Comparator<Problem> IN_FILE_ORDER = Comparator.comparingInt(Problem::line)
            .thenComparingInt(Problem::column).thenComparing(Problem::path).thenComparing(Problem::message);

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
