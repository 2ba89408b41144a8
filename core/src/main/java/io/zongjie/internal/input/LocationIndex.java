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

    private final Map<String, int[]> positions = new HashMap<>();

    void record(String path, int line, int column) {
        positions.putIfAbsent(path, new int[] {line, column});
    }

    /** A problem found on the tree of {@code source}, located at its path (or its closest ancestor). */
    public io.zongjie.api.Problem problem(String source, RawProblem p) {
        int[] at = locate(p.path());
        return new io.zongjie.api.Problem(source, p.path(), at[0], at[1], p.message());
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
