package io.zongjie.internal.input;

import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.zongjie.api.DidYouMean;
import java.util.Collection;
import java.util.List;

/** Paths in the data, written as users read them: {@code sections[2].data.visits[0].amount}. */
public final class DataPaths {

    private DataPaths() {
    }

    /** Joins a prefix and a relative path: join("sections[2].data", "visits[0]") is sections[2].data.visits[0]. */
    public static String join(String prefix, String relative) {
        if (prefix.isEmpty()) {
            return relative;
        }
        if (relative.isEmpty()) {
            return prefix;
        }
        return relative.startsWith("[") ? prefix + relative : prefix + "." + relative;
    }

    /** The path of the parser's current position. */
    public static String of(JsonStreamContext context) {
        int depth = 0;
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            depth++;
        }
        JsonStreamContext[] chain = new JsonStreamContext[depth];
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            chain[--depth] = c;
        }
        StringBuilder out = new StringBuilder(chain.length * 12);
        for (JsonStreamContext c : chain) {
            // by name first: the contexts of Jackson's token buffers (used for records) mark a field's context
            // as an array, so the type alone would put a "[0]" where the field's name belongs
            String name = c.getCurrentName();
            if (name != null) {
                out.append('.').append(name);
            } else if (c.inArray()) {
                out.append('[').append(Math.max(c.getCurrentIndex(), 0)).append(']');
            }
        }
        return out.length() > 0 && out.charAt(0) == '.' ? out.substring(1) : out.toString();
    }

    /** The path a Jackson mapping exception points at. */
    public static String of(List<JsonMappingException.Reference> references) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : references) {
            if (ref.getFieldName() != null) {
                out.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return strip(out.toString());
    }

    /**
     * A path short enough to read in a message: one nested a thousand levels deep keeps its first levels, then
     * 「…」 and how deep it goes.
     */
    public static String shorten(String path) {
        if (path.length() <= 120) {
            return path;
        }
        int cut = 100;
        while (cut > 0 && path.charAt(cut) != '.' && path.charAt(cut) != '[') {
            cut--;
        }
        long levels = path.chars().filter(c -> c == '.' || c == '[').count() + 1;
        return path.substring(0, cut) + "… (" + levels + " levels)";
    }

    /** The parent of a path: visits[0].amount gives visits[0]; visits[0] gives visits; a top name gives "". */
    public static String parent(String path) {
        int cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
        return cut <= 0 ? "" : path.substring(0, cut);
    }

    /** Whether {@code path} is {@code ancestor} or lies under it. */
    public static boolean isWithin(String path, String ancestor) {
        return ancestor.isEmpty() || path.equals(ancestor) || path.startsWith(ancestor + ".")
                || path.startsWith(ancestor + "[");
    }

    /** The closest of {@code known} to {@code name}, as 「; did you mean 'x'?」, or "" when none is close. */
    public static String didYouMean(String name, Collection<?> known) {
        return DidYouMean.hint(name, known);
    }

    /** {@link #didYouMean} as a message: 「; did you mean 'x'?」, or nothing. */
    public static io.zongjie.api.Message suggest(String name, Collection<?> known) {
        return DidYouMean.closest(name, known).map(best -> io.zongjie.api.Message.of("input.didYouMean", best))
                .orElse(io.zongjie.api.Message.of("empty"));
    }

    private static String strip(String path) {
        return path.startsWith(".") ? path.substring(1) : path;
    }
}
