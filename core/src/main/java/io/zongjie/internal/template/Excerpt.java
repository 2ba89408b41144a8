package io.zongjie.internal.template;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Short quotations of template text and output for error messages. A message says where the problem is (template,
 * line, column); it quotes a few characters to help find it, never whole lines, since a template's output holds the
 * report's data and a misplaced template file may hold anything.
 */
final class Excerpt {

    /** The most characters (code points) a message quotes of one piece of text. */
    static final int MAX = 30;
    private static final Pattern RUN = Pattern.compile("\\S{" + (MAX + 1) + ",}");

    private Excerpt() {
    }

    /** At most {@link #MAX} code points of {@code s}, with 「…」 where it was cut. */
    static String of(String s) {
        if (s.codePointCount(0, s.length()) <= MAX) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, MAX - 1)) + "…";
    }

    /** The first line of a library's message, every long run of non-blank characters in it cut short. */
    static String message(String s) {
        if (s == null) {
            return null;
        }
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        Matcher m = RUN.matcher(line);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(of(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }
}
