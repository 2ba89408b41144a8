package io.zongjie.document;

import java.util.List;
import java.util.Objects;

/** A run of text inside a paragraph or list item: plain, strong or emphasised. */
public sealed interface Inline permits Inline.Text, Inline.Strong, Inline.Emphasis {

    /** The run's characters. */
    String text();

    /** Plain text. */
    record Text(String text) implements Inline {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Strong importance, rendered bold (or 黑体 in a PDF). */
    record Strong(String text) implements Inline {
        public Strong {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Emphasis, rendered italic (or 楷体 in a PDF). */
    record Emphasis(String text) implements Inline {
        public Emphasis {
            Objects.requireNonNull(text, "text");
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
