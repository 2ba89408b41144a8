package io.zongjie.document;

/**
 * Does one thing for each kind of {@link Block}: the one way renderers take a block apart. {@link Block#accept}
 * calls the method for the block's kind.
 *
 * <p>There is a method for every permitted kind of {@code Block} and no default: when a kind is added, this
 * interface gains its method and every renderer stops compiling until it handles the new kind, rather than
 * dropping it silently.
 *
 * <pre>{@code
 * String text = block.accept(new BlockVisitor<String, RuntimeException>() {
 *     public String visit(Heading h) { return h.number() + h.text(); }
 *     ...
 * });
 * }</pre>
 *
 * @param <R> what each method returns ({@link Void} for none)
 * @param <X> the checked exception the methods may throw ({@link RuntimeException} for none)
 */
public interface BlockVisitor<R, X extends Exception> {

    /**
     * Handles the report's title.
     *
     * @param title the block
     * @return the result for it
     * @throws X as the visitor may
     */
    R visit(Title title) throws X;

    /**
     * Handles the line naming whom the report is addressed to.
     *
     * @param recipient the block
     * @return the result for it
     * @throws X as the visitor may
     */
    R visit(Recipient recipient) throws X;

    /**
     * Handles the lines under the title: the meeting, the speaker and the date of a report to a congress.
     *
     * @param subtitle the block
     * @return the result for it
     * @throws X as the visitor may
     */
    R visit(Subtitle subtitle) throws X;

    /**
     * Handles a numbered heading.
     *
     * @param heading the block
     * @return the result for it
     * @throws X as the visitor may
     */
    R visit(Heading heading) throws X;

    /**
     * Handles a paragraph of body text.
     *
     * @param paragraph the block
     * @return the result for it
     * @throws X as the visitor may
     */
    R visit(Paragraph paragraph) throws X;

    /**
     * Handles a numbered or bulleted list.
     *
     * @param list the block
     * @return the result for it
     * @throws X as the visitor may
     */
    R visit(ListBlock list) throws X;

    /**
     * Handles a table with its caption and header.
     *
     * @param table the block
     * @return the result for it
     * @throws X as the visitor may
     */
    R visit(Table table) throws X;

    /**
     * Handles the note under the text that names the attachments.
     *
     * @param note the block
     * @return the result for it
     * @throws X as the visitor may
     */
    R visit(AttachmentNote note) throws X;

    /**
     * Handles the signature: the signing union and the date.
     *
     * @param signature the block
     * @return the result for it
     * @throws X as the visitor may
     */
    R visit(Signature signature) throws X;

    /**
     * Handles a chart. By default, as its figures in a table ({@link Chart#asTable()}), so that a visitor written
     * before charts existed (a third party's renderer) still prints them; the built-in renderers draw it.
     *
     * @param chart the block
     * @return the result for it
     * @throws X as the visitor may
     */
    default R visit(Chart chart) throws X {
        return visit(chart.asTable());
    }
}
