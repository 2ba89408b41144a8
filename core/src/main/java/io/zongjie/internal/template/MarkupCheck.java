package io.zongjie.internal.template;

import io.zongjie.api.Message;
import io.zongjie.api.TemplateException;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a template's literal markup against the fragment vocabulary before it is ever run, so an unknown tag
 * is reported with the template's own line and column rather than a position in generated output.
 */
final class MarkupCheck {

    /** The fragment vocabulary; see docs/TEMPLATES.md. */
    static final Set<String> TAGS = Set.of(
            "p", "h2", "h3", "h4", "ul", "ol", "li", "table", "caption", "tr", "th", "td", "strong", "em");

    private static final Pattern TAG = Pattern.compile("<\\s*/?\\s*([A-Za-z][A-Za-z0-9:_-]*)|<\\s*[!?]");

    private MarkupCheck() {
    }

    static void check(TemplateSource source) {
        String text = blankComments(source.text());
        Matcher m = TAG.matcher(text);
        while (m.find()) {
            String tag = m.group(1);
            if (tag == null || !TAGS.contains(tag)) {
                int[] lc = lineAndColumn(text, m.start());
                String allowed = String.join(", ", TAGS.stream().sorted().map(t -> "<" + t + ">").toList());
                throw new TemplateException(source.name(), lc[0], lc[1], tag == null
                        ? Message.of("template.declaration", allowed)
                        : Message.of("template.tag", tag, allowed), null);
            }
        }
    }

    /** Replaces Velocity comments with spaces (keeping line breaks) so that their text is not checked. */
    static String blankComments(String text) {
        StringBuilder out = new StringBuilder(text);
        int i = 0;
        while (i < out.length()) {
            if (out.charAt(i) == '\\') {
                i += 2;
            } else if (startsWith(out, i, "#*")) {
                int end = out.indexOf("*#", i + 2);
                end = end < 0 ? out.length() : end + 2;
                blank(out, i, end);
                i = end;
            } else if (startsWith(out, i, "##")) {
                int end = out.indexOf("\n", i);
                end = end < 0 ? out.length() : end;
                blank(out, i, end);
                i = end;
            } else {
                i++;
            }
        }
        return out.toString();
    }

    private static boolean startsWith(StringBuilder s, int at, String prefix) {
        if (s.length() < at + prefix.length()) {
            return false;
        }
        for (int k = 0; k < prefix.length(); k++) {
            if (s.charAt(at + k) != prefix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static void blank(StringBuilder s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) != '\n') {
                s.setCharAt(i, ' ');
            }
        }
    }

    static int[] lineAndColumn(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }
}
