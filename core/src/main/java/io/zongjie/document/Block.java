package io.zongjie.document;

/**
 * One block of a document: a title, its subtitle, recipient line, heading, paragraph, list, table or signature.
 *
 * <p>The set is closed so that every renderer handles every kind; switch over it with pattern matching.
 */
public sealed interface Block permits Title, Subtitle, Recipient, Heading, Paragraph, ListBlock, Table, Signature {
    /** The block's text without markup, as a reader would copy it. */
    String plainText();
}
