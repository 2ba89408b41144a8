package io.zongjie.spi;

import io.zongjie.document.Block;
import java.util.List;

/**
 * One call of a section template: set its variables, then render it to document blocks.
 *
 * <p>Every value is escaped when the template prints it, so text in the data never becomes markup, and no value
 * is ever evaluated as template code.
 */
public interface TemplateCall {

    /**
     * Makes {@code value} available to the template as {@code $name}.
     *
     * @param name  the variable's name, without the {@code $}
     * @param value its value; printed escaped
     * @return this call, to chain
     */
    TemplateCall with(String name, Object value);

    /**
     * Merges the template and parses the XHTML fragment it writes into blocks.
     *
     * @return the blocks, in order; headings are numbered by the engine later
     * @throws io.zongjie.api.TemplateException if the template fails or writes markup outside the fragment
     *                                          vocabulary; the message names the template and line
     */
    List<Block> render();
}
