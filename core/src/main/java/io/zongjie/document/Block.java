package io.zongjie.document;

/**
 * One block of a document: a title, its subtitle, recipient line, heading, paragraph, list, table, attachment
 * note or signature.
 *
 * <p>The set is closed so that every renderer handles every kind: take a block apart with a {@link BlockVisitor},
 * which has a method for each kind, so that a kind added later cannot be dropped silently.
 */
public sealed interface Block permits Title, Subtitle, Recipient, Heading, Paragraph, ListBlock, Table,
        AttachmentNote, Signature, Chart {
    /** The block's text without markup, as a reader would copy it. */
    String plainText();

    /**
     * Calls the method of {@code visitor} for this block's kind.
     *
     * @param visitor what to do with each kind of block
     * @param <R>     what the visitor returns
     * @param <X>     the checked exception the visitor may throw
     * @return what the visitor returned
     * @throws X if the visitor throws it
     */
    <R, X extends Exception> R accept(BlockVisitor<R, X> visitor) throws X;
}
