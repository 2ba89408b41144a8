package io.zongjie.document;

import java.util.List;
import java.util.Objects;

/**
 * An attachment (附件) printed after the report on pages of its own, such as the table of the year's key figures.
 *
 * <p>GB/T 9704-2012 §8: each attachment starts a new page with 「附件」 (「附件1」, 「附件2」 … when there are several)
 * at the top left in 3号黑体 and its title centred below; the body note 「附件：…」 ({@link AttachmentNote}) names it
 * under the report's text. Renderers number attachments with {@link Document#attachmentLabel(int)}.
 *
 * @param title  the attachment's title, such as 「2023年主要工作数据」, without a closing full stop
 * @param blocks its content: headings, paragraphs, lists, tables and charts
 */
public record Attachment(String title, List<Block> blocks) {
    public Attachment {
        Objects.requireNonNull(title, "title");
        if (title.isBlank()) {
            throw new IllegalArgumentException("an attachment needs a title");
        }
        blocks = List.copyOf(blocks);
        for (Block block : blocks) {
            if (!(block instanceof Heading || block instanceof Paragraph || block instanceof ListBlock
                    || block instanceof Table || block instanceof Chart)) {
                throw new IllegalArgumentException("an attachment holds headings, paragraphs, lists, tables and charts, "
                        + "not a "
                        + block.getClass().getSimpleName());
            }
        }
    }

    /** The attachment's text as a reader sees it: its title, then one block per line. */
    public String plainText() {
        StringBuilder out = new StringBuilder(title).append('\n');
        for (Block block : blocks) {
            out.append(block.plainText()).append('\n');
        }
        return out.toString();
    }
}
