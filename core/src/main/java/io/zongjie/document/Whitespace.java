package io.zongjie.document;

import java.util.ArrayList;
import java.util.List;

/**
 * Whitespace as Chinese typesetting wants it: runs collapse to one space, and a space next to a Chinese
 * character or full-width punctuation disappears (a line break in a template is not a word space in Chinese).
 * The engine folds every template's text this way; a section that builds its own text (as {@code spi.UserText}
 * does with the user's words) folds it alike.
 *
 * <pre>{@code
 * Whitespace.normalize("工会  组织
 职工 体检")   // "工会组织职工体检"
 * Whitespace.normalize("GB/T  9704 规定")           // "GB/T 9704规定"
 * }</pre>
 */
public final class Whitespace {

    private Whitespace() {
    }

    /**
     * Collapses the whitespace of one piece of text.
     *
     * @param text the text
     * @return the text with whitespace folded
     */
    public static String normalize(String text) {
        List<Inline> runs = normalize(List.of(new Inline.Text(text)));
        return runs.isEmpty() ? "" : runs.get(0).text();
    }

    /**
     * Normalizes across runs, so that a space between two runs is judged by the characters on both sides.
     *
     * @param runs the inline runs of one paragraph or heading
     * @return the runs with whitespace folded
     */
    public static List<Inline> normalize(List<Inline> runs) {
        StringBuilder all = new StringBuilder();
        int[] owner = new int[runs.stream().mapToInt(r -> r.text().length()).sum()];
        int pos = 0;
        for (int i = 0; i < runs.size(); i++) {
            String t = runs.get(i).text();
            all.append(t);
            for (int k = 0; k < t.length(); k++) {
                owner[pos++] = i;
            }
        }
        StringBuilder[] out = new StringBuilder[runs.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = new StringBuilder();
        }
        int n = all.length();
        int i = 0;
        while (i < n) {
            char c = all.charAt(i);
            if (!Character.isWhitespace(c) || c == '\u3000') {
                out[owner[i]].append(c);
                i++;
                continue;
            }
            int start = i;
            while (i < n && Character.isWhitespace(all.charAt(i)) && all.charAt(i) != '\u3000') {
                i++;
            }
            boolean atEdge = start == 0 || i == n;
            if (!atEdge && !isWide(all.charAt(start - 1)) && !isWide(all.charAt(i))) {
                // keep one space, in the run of the following character when the preceding one is styled
                out[owner[start]].append(' ');
            }
        }
        List<Inline> result = new ArrayList<>();
        for (int k = 0; k < runs.size(); k++) {
            if (out[k].length() == 0) {
                continue;
            }
            String s = out[k].toString();
            result.add(runs.get(k).accept(new InlineVisitor<Inline>() {
                @Override
                public Inline visit(Inline.Text text) {
                    return new Inline.Text(s);
                }

                @Override
                public Inline visit(Inline.Strong strong) {
                    return new Inline.Strong(s);
                }

                @Override
                public Inline visit(Inline.Emphasis emphasis) {
                    return new Inline.Emphasis(s);
                }
            }));
        }
        return result;
    }

    /** Chinese characters, kana, full-width forms and CJK punctuation: no word spaces around these. */
    static boolean isWide(char c) {
        Character.UnicodeBlock b = Character.UnicodeBlock.of(c);
        return b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS
                || b == Character.UnicodeBlock.CJK_UNIFIED_IDEOGRAPHS_EXTENSION_A
                || b == Character.UnicodeBlock.CJK_COMPATIBILITY_IDEOGRAPHS
                || b == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || b == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS
                || b == Character.UnicodeBlock.GENERAL_PUNCTUATION && (c == '“' || c == '”' || c == '‘' || c == '’'
                        || c == '…' || c == '—')
                || b == Character.UnicodeBlock.HIRAGANA || b == Character.UnicodeBlock.KATAKANA;
    }
}
