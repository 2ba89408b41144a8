package io.zongjie.document;

/**
 * One block of a document: a title, recipient line, heading, paragraph, list, table, attachment note or signature.
 *
 * <p>The set is closed so that every renderer handles every kind; switch over it with pattern matching.
 */
public sealed interface Block permits Title, Recipient, Heading, Paragraph, ListBlock, Table, AttachmentNote,
        Signature {
    /** The block's text without markup, as a reader would copy it. */
    String plainText();
}
