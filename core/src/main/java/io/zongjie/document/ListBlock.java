package io.zongjie.document;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An ordered (1. 2. 3.) or unordered list.
 *
 * @param ordered whether items are numbered
 * @param items   each item's text, with inline emphasis
 */
public record ListBlock(boolean ordered, List<List<Inline>> items) implements Block {
    public ListBlock {
        items = items.stream().map(List::copyOf).toList();
    }

    /** The marker a text renderer puts before item {@code index} (0-based): 「1. 」 or 「· 」. */
    public String marker(int index) {
        return ordered ? (index + 1) + ". " : "· ";
    }

    /**
     * The label a paged format (PDF, DOCX, print) puts before item {@code index} (0-based), which it sets as a
     * paragraph of its own: 「1.」 with no space after the stop, as the standard numbers the third level, or 「·」.
     */
    public String label(int index) {
        return ordered ? (index + 1) + "." : "·";
    }

    @Override
    public <R, X extends Exception> R accept(BlockVisitor<R, X> visitor) throws X {
        return visitor.visit(this);
    }

    @Override
    public String plainText() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(marker(i)).append(Inline.plainText(items.get(i)));
        }
        return out.toString();
    }

    /** Each item's plain text. */
    public List<String> itemTexts() {
        return items.stream().map(Inline::plainText).collect(Collectors.toUnmodifiableList());
    }
}
