package io.zongjie.document;

import java.util.List;
import java.util.Objects;

/**
 * An assembled report, ready for any renderer: its metadata and its blocks in reading order.
 *
 * @param meta   title, author and date of the report
 * @param blocks the report's content, top to bottom
 */
public record Document(DocumentMeta meta, List<Block> blocks) {
    public Document {
        Objects.requireNonNull(meta, "meta");
        blocks = List.copyOf(blocks);
    }

    /** The headings of the document in order, for outlines and tables of contents. */
    public List<Heading> headings() {
        return blocks.stream().filter(Heading.class::isInstance).map(Heading.class::cast).toList();
    }

    /** The document's text as a reader sees it, one block per line, without markup. */
    public String plainText() {
        StringBuilder out = new StringBuilder();
        for (Block block : blocks) {
            out.append(block.plainText()).append('\n');
        }
        return out.toString();
    }
}
