package io.zongjie.api;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The 「did you mean」 of zongjie's messages: the known name closest to a misspelt one, if it is close enough to be
 * what was meant. A host that checks names of its own (section types, setting names) can word its messages the
 * same way.
 *
 * <pre>{@code
 * DidYouMean.hint("welfar", List.of("welfare", "sports"))   // "; did you mean 'welfare'?"
 * DidYouMean.hint("xyz", List.of("welfare", "sports"))      // ""
 * }</pre>
 *
 * <p>Closeness is the edit distance (insertions, deletions and substitutions, ignoring case); a name a third as long
 * as the misspelt one away, or two edits for short names, is close enough.
 */
public final class DidYouMean {

    private DidYouMean() {
    }

    /**
     * The known name closest to {@code name}, if it is close enough.
     *
     * @param name  what was written
     * @param known the names that exist (their {@code toString()})
     * @return the closest, or empty when none is close; of equally close names, the first
     */
    public static Optional<String> closest(String name, Collection<?> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        String lower = name.toLowerCase(Locale.ROOT);
        for (Object k : known) {
            String candidate = String.valueOf(k);
            int d = distance(lower, candidate.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        int allowed = Math.max(2, name.length() / 3);
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /**
     * The closest known name as a clause to append to a message: 「; did you mean 'x'?」, or {@code ""}.
     *
     * @param name  what was written
     * @param known the names that exist
     * @return the clause, or the empty string when no name is close
     */
    public static String hint(String name, Collection<?> known) {
        return closest(name, known).map(best -> "; did you mean '" + best + "'?").orElse("");
    }

    /** Levenshtein distance (insertions, deletions, substitutions). */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
