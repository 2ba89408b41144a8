package io.zongjie.document;

/**
 * Does one thing for each kind of {@link Inline} run; {@link Inline#accept} calls the method for the run's kind.
 * As with {@link BlockVisitor}, a new kind of run adds a method here, so that every renderer must handle it.
 *
 * @param <R> what each method returns
 */
public interface InlineVisitor<R> {

    /**
     * Handles plain text.
     *
     * @param text the run
     * @return the result for it
     */
    R visit(Inline.Text text);

    /**
     * Handles a run of strong importance.
     *
     * @param strong the run
     * @return the result for it
     */
    R visit(Inline.Strong strong);

    /**
     * Handles an emphasised run.
     *
     * @param emphasis the run
     * @return the result for it
     */
    R visit(Inline.Emphasis emphasis);
}
