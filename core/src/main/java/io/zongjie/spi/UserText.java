package io.zongjie.spi;

import io.zongjie.document.Block;
import io.zongjie.document.Heading;
import io.zongjie.document.Inline;
import io.zongjie.document.ListBlock;
import io.zongjie.document.Paragraph;
import io.zongjie.document.Whitespace;
import io.zongjie.model.Subsection;
import java.util.ArrayList;
import java.util.List;

/**
 * Text the user wrote, made into document blocks: paragraphs and list items, where {@code **…**} marks emphasis
 * (printed bold) and nothing else becomes markup. A lone {@code **}, or stars used to hide a name
 * (「**医院」, 「***同志」), print as they are; {@code \*} prints a star.
 *
 * <pre>{@code
 * UserText.paragraph("今年重点抓了**院内便民菜站**建设。")   // 今年重点抓了 + strong(院内便民菜站) + 建设。
 * }</pre>
 *
 * <p>Whitespace is collapsed the way templates' is: a line break between Chinese characters disappears.
 */
public final class UserText {

    private UserText() {
    }

    /**
     * One paragraph of the user's.
     *
     * @param text the paragraph
     * @return the block
     */
    public static Paragraph paragraph(String text) {
        return new Paragraph(inlines(text));
    }

    /**
     * Paragraphs of the user's, one block each.
     *
     * @param texts the paragraphs
     * @return the blocks
     */
    public static List<Block> paragraphs(List<String> texts) {
        List<Block> out = new ArrayList<>();
        for (String t : texts) {
            out.add(paragraph(t));
        }
        return out;
    }

    /**
     * A list of the user's items.
     *
     * @param items    the items
     * @param numbered whether it is numbered (1. 2. 3.) rather than bulleted
     * @return the block
     */
    public static ListBlock list(List<String> items, boolean numbered) {
        List<List<Inline>> runs = new ArrayList<>();
        for (String item : items) {
            runs.add(inlines(item));
        }
        return new ListBlock(numbered, runs);
    }

    /**
     * A sub-section of the user's: its heading at {@code level}, its paragraphs and its list.
     *
     * @param subsection the sub-section
     * @param level      the heading level (2 for a part of a section)
     * @return the blocks
     */
    public static List<Block> subsection(Subsection subsection, int level) {
        List<Block> out = new ArrayList<>();
        out.add(new Heading(level, "", Whitespace.normalize(subsection.title().strip())));
        out.addAll(body(subsection));
        return out;
    }

    /**
     * A sub-section's paragraphs and list, without its heading.
     *
     * @param subsection the sub-section
     * @return the blocks
     */
    public static List<Block> body(Subsection subsection) {
        List<Block> out = new ArrayList<>(paragraphs(subsection.paragraphs()));
        if (!subsection.items().isEmpty()) {
            out.add(list(subsection.items(), subsection.isNumbered()));
        }
        return out;
    }

    /**
     * The runs of one piece of the user's text: plain, and strong where it is marked {@code **…**}.
     *
     * @param text the text
     * @return the runs
     */
    public static List<Inline> inlines(String text) {
        List<Inline> runs = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < n && text.charAt(i + 1) == '*') {
                plain.append('*');
                i += 2;
                continue;
            }
            if (opens(text, i)) {
                int close = closing(text, i + 2);
                if (close > 0) {
                    if (!plain.isEmpty()) {
                        runs.add(new Inline.Text(plain.toString()));
                        plain.setLength(0);
                    }
                    runs.add(new Inline.Strong(text.substring(i + 2, close).replace("\\*", "*")));
                    i = close + 2;
                    continue;
                }
            }
            plain.append(c);
            i++;
        }
        if (!plain.isEmpty()) {
            runs.add(new Inline.Text(plain.toString()));
        }
        return Whitespace.normalize(runs);
    }

    /** 「**」 not next to a third star, followed by something other than a star or a space. */
    private static boolean opens(String text, int i) {
        return text.startsWith("**", i) && (i == 0 || text.charAt(i - 1) != '*')
                && i + 2 < text.length() && text.charAt(i + 2) != '*' && !Character.isWhitespace(text.charAt(i + 2));
    }

    /** Where the 「**」 that closes a run opened before {@code from} starts, or -1. */
    private static int closing(String text, int from) {
        for (int j = from; j + 1 < text.length(); j++) {
            char c = text.charAt(j);
            if (c == '\\') {
                j++;
                continue;
            }
            if (c == '*' && text.charAt(j + 1) == '*') {
                boolean tripled = j + 2 < text.length() && text.charAt(j + 2) == '*';
                boolean afterSpace = Character.isWhitespace(text.charAt(j - 1));
                if (tripled || afterSpace) {
                    return -1;
                }
                return j;
            }
            if (c == '*') {
                return -1; // a single star inside: not emphasis
            }
        }
        return -1;
    }
}
