package io.zongjie.document;

import java.util.List;

/**
 * The note under the report's text that names its attachments (附件说明, GB/T 9704-2012 §7.3.4): 「附件：」 and the
 * title, or, for several, 「附件：1.…」 with one numbered title a line, each aligned under the first. It stands
 * after the body and before the signature, two characters in from the left.
 *
 * @param titles the attachments' titles, in order, as {@link Attachment#title()} gives them
 */
public record AttachmentNote(List<String> titles) implements Block {
    /** What the note starts with. */
    public static final String LEAD = "附件：";

    public AttachmentNote {
        titles = List.copyOf(titles);
        if (titles.isEmpty()) {
            throw new IllegalArgumentException("an attachment note names at least one attachment");
        }
    }

    /** The note for the attachments of a document. */
    public static AttachmentNote of(List<Attachment> attachments) {
        return new AttachmentNote(attachments.stream().map(Attachment::title).toList());
    }

    /** Whether the titles are numbered, as they are when there are several. */
    public boolean numbered() {
        return titles.size() > 1;
    }

    /** Title {@code index} (0-based) as the note prints it: 「2023年主要工作数据」, or 「1.2023年主要工作数据」 of several. */
    public String item(int index) {
        return numbered() ? (index + 1) + "." + titles.get(index) : titles.get(index);
    }

    @Override
    public <R, X extends Exception> R accept(BlockVisitor<R, X> visitor) throws X {
        return visitor.visit(this);
    }

    /** The note's lines: 「附件：1.甲」 then 「2.乙」 …, without the alignment a renderer adds. */
    @Override
    public String plainText() {
        StringBuilder out = new StringBuilder(LEAD);
        for (int i = 0; i < titles.size(); i++) {
            if (i > 0) {
                out.append('\n');
            }
            out.append(item(i));
        }
        return out.toString();
    }
}
