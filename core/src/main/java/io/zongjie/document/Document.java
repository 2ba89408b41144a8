package io.zongjie.document;

import java.util.List;
import java.util.Objects;

/**
 * An assembled report, ready for any renderer: its metadata, its blocks in reading order, and its attachments.
 *
 * @param meta        title, author and date of the report
 * @param blocks      the report's content, top to bottom
 * @param attachments the attachments printed after it, each on pages of its own (附件, GB/T 9704-2012 §8); the
 *                    body names them in an {@link AttachmentNote}
 */
public record Document(DocumentMeta meta, List<Block> blocks, List<Attachment> attachments) {
    public Document {
        Objects.requireNonNull(meta, "meta");
        blocks = List.copyOf(blocks);
        attachments = List.copyOf(attachments);
    }

    /** A document without attachments. */
    public Document(DocumentMeta meta, List<Block> blocks) {
        this(meta, blocks, List.of());
    }

    /** The headings of the document's body in order, for outlines and tables of contents. */
    public List<Heading> headings() {
        return blocks.stream().filter(Heading.class::isInstance).map(Heading.class::cast).toList();
    }

    /**
     * What attachment {@code index} (0-based) is called at the top of its page and in the note: 「附件」 when the
     * document has one, 「附件1」, 「附件2」 … when it has several.
     */
    public String attachmentLabel(int index) {
        Objects.checkIndex(index, attachments.size());
        return attachments.size() == 1 ? "附件" : "附件" + (index + 1);
    }

    /** The document's text as a reader sees it, one block per line, without markup; then each attachment. */
    public String plainText() {
        StringBuilder out = new StringBuilder();
        for (Block block : blocks) {
            out.append(block.plainText()).append('\n');
        }
        for (int i = 0; i < attachments.size(); i++) {
            out.append(attachmentLabel(i)).append('\n').append(attachments.get(i).plainText());
        }
        return out.toString();
    }
}
