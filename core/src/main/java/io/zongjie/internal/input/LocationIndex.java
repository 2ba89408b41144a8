package io.zongjie.internal.input;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a parsed file starts, by path, so a problem found after binding can still name its line
 * and column. A path with no entry of its own (a missing field) takes the position of its closest ancestor.
 */
public final class LocationIndex {

    /** An index that knows no positions, for inputs built in Java. */
    public static final LocationIndex NONE = new LocationIndex();

    /**
     * The characters of path kept at most: a 10 MB file of millions of values nested 60 deep would otherwise keep
     * gigabytes of paths. Past it nothing more is recorded, and a later value takes the position of its closest
     * recorded ancestor.
     */
    static final long MAX_PATH_CHARS = 16L << 20;

    private final Map<String, int[]> positions = new HashMap<>();
    private long chars;

    void record(String path, int line, int column) {
        if (positions.putIfAbsent(path, new int[] {line, column}) == null) {
            chars += path.length();
        }
    }

    /** Every recorded path with its {line, column}, for tests. */
    Map<String, int[]> positions() {
        return java.util.Collections.unmodifiableMap(positions);
    }

    /** Whether the index holds as many paths as it keeps. */
    boolean full() {
        return chars > MAX_PATH_CHARS;
    }

    /**
     * The recorded path that starts last at or before {@code line}:{@code column}: the value a position in the
     * file falls in, or the one just before it.
     */
    String pathAt(int line, int column) {
        String best = "";
        long bestAt = -1;
        long want = ((long) line << 32) | column;
        for (Map.Entry<String, int[]> e : positions.entrySet()) {
            long at = ((long) e.getValue()[0] << 32) | e.getValue()[1];
            if (at <= want && (at > bestAt || at == bestAt && e.getKey().length() > best.length())) {
                best = e.getKey();
                bestAt = at;
            }
        }
        return best;
    }

    /** A problem found on the tree of {@code source}, located at its path (or its closest ancestor). */
    public io.zongjie.api.Problem problem(String source, RawProblem p) {
        int[] at = locate(p.path());
        return new io.zongjie.api.Problem(source, p.path(), at[0], at[1], p.message(), p.detail(), null);
    }

    /** The {line, column} of {@code path} or its closest ancestor; {0, 0} when unknown. */
    public int[] locate(String path) {
        for (String p = path; ; p = DataPaths.parent(p)) {
            int[] at = positions.get(p);
            if (at != null) {
                return at;
            }
            if (p.isEmpty()) {
                return new int[] {0, 0};
            }
        }
    }
}
