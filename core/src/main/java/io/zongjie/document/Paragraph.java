package io.zongjie.document;

import java.util.List;

/**
 * A paragraph of body text; renderers indent its first line by two characters.
 *
 * @param content its text, with inline emphasis
 */
public record Paragraph(List<Inline> content) implements Block {
    public Paragraph {
        content = List.copyOf(content);
    }

    /** A paragraph of plain text. */
    public static Paragraph of(String text) {
        return new Paragraph(List.of(new Inline.Text(text)));
    }

    @Override
    public <R, X extends Exception> R accept(BlockVisitor<R, X> visitor) throws X {
        return visitor.visit(this);
    }

    @Override
    public String plainText() {
        return Inline.plainText(content);
    }
}
