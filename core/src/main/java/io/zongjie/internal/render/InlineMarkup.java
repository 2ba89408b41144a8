package io.zongjie.internal.render;

import io.zongjie.document.Inline;
import io.zongjie.document.InlineVisitor;
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
        InlineVisitor<String> marks = new InlineVisitor<>() {
            @Override
            public String visit(Inline.Text text) {
                return escape.apply(text.text());
            }

            @Override
            public String visit(Inline.Strong strong) {
                return strongOpen + escape.apply(strong.text()) + strongClose;
            }

            @Override
            public String visit(Inline.Emphasis emphasis) {
                return emOpen + escape.apply(emphasis.text()) + emClose;
            }
        };
        for (Inline run : runs) {
            out.append(run.accept(marks));
        }
        return out.toString();
    }
}
