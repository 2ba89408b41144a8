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

    /**
     * Checks the template's markup.
     *
     * @return its text with the comments blanked ({@link #blankComments}), for the caller's further checks
     */
    static String check(TemplateSource source) {
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
        return text;
    }

    /** Replaces Velocity comments with spaces (keeping line breaks) so that their text is not checked. */
    static String blankComments(String text) {
        char[] out = text.toCharArray();
        int n = out.length;
        int i = 0;
        while (i < n) {
            char c = out[i];
            if (c == '\\') {
                i += 2;
            } else if (c == '#' && i + 1 < n && (out[i + 1] == '*' || out[i + 1] == '#')) {
                int end = out[i + 1] == '*' ? blockEnd(out, i + 2) : lineEnd(out, i + 2);
                for (int k = i; k < end; k++) {
                    if (out[k] != '\n') {
                        out[k] = ' ';
                    }
                }
                i = end;
            } else {
                i++;
            }
        }
        return new String(out);
    }

    /** Just past the {@code *#} that closes a block comment, or the end of the text. */
    private static int blockEnd(char[] text, int from) {
        for (int k = from; k + 1 < text.length; k++) {
            if (text[k] == '*' && text[k + 1] == '#') {
                return k + 2;
            }
        }
        return text.length;
    }

    /** The line break that ends a line comment (not blanked), or the end of the text. */
    private static int lineEnd(char[] text, int from) {
        for (int k = from; k < text.length; k++) {
            if (text[k] == '\n') {
                return k;
            }
        }
        return text.length;
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
