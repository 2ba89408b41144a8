package io.zongjie.internal.render;

import io.zongjie.document.Inline;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * How a markup language writes a paragraph's runs: its escaping and the marks around strong and emphasised text.
 *
 * @param escape      makes plain text safe in the language
 * @param strongOpen  before strong text, such as {@code <strong>} or {@code **}
 * @param strongClose after strong text
 * @param emOpen      before emphasised text
 * @param emClose     after emphasised text
 */
record InlineMarkup(UnaryOperator<String> escape, String strongOpen, String strongClose, String emOpen,
        String emClose) {

    /** The runs written in this markup. */
    String write(List<Inline> runs) {
        StringBuilder out = new StringBuilder();
        for (Inline run : runs) {
            if (run instanceof Inline.Strong) {
                out.append(strongOpen).append(escape.apply(run.text())).append(strongClose);
            } else if (run instanceof Inline.Emphasis) {
                out.append(emOpen).append(escape.apply(run.text())).append(emClose);
            } else {
                out.append(escape.apply(run.text()));
            }
        }
        return out.toString();
    }
}
