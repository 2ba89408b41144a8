package io.zongjie.document;

import java.util.List;
import java.util.Objects;

/** A run of text inside a paragraph or list item: plain, strong or emphasised. */
public sealed interface Inline permits Inline.Text, Inline.Strong, Inline.Emphasis {

    /** The run's characters. */
    String text();

    /**
     * Calls the method of {@code visitor} for this run's kind.
     *
     * @param visitor what to do with each kind of run
     * @param <R>     what the visitor returns
     * @return what the visitor returned
     */
    <R> R accept(InlineVisitor<R> visitor);

    /** Plain text. */
    record Text(String text) implements Inline {
        public Text {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public <R> R accept(InlineVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Strong importance, such as a lead-in: rendered bold, in the body face. */
    record Strong(String text) implements Inline {
        public Strong {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public <R> R accept(InlineVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** Emphasis, rendered italic (or 楷体 in a PDF). */
    record Emphasis(String text) implements Inline {
        public Emphasis {
            Objects.requireNonNull(text, "text");
        }

        @Override
        public <R> R accept(InlineVisitor<R> visitor) {
            return visitor.visit(this);
        }
    }

    /** The concatenated text of some runs. */
    static String plainText(List<Inline> runs) {
        StringBuilder out = new StringBuilder();
        for (Inline run : runs) {
            out.append(run.text());
        }
        return out.toString();
    }
}
