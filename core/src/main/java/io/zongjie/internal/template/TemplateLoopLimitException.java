package io.zongjie.internal.template;

import io.zongjie.api.TemplateException;

/**
 * A template ran out of its loop budget ({@code template-loops}) while it went through {@link #iterated}. When that
 * is a list of the section's data, the input is too large for the limit, which the engine reports as an input
 * problem at the list's path; otherwise it stays a template error.
 */
public final class TemplateLoopLimitException extends TemplateException {
    private static final long serialVersionUID = 1L;
    private final transient Object iterated;
    private final int limit;

    TemplateLoopLimitException(String template, int line, int column, String message, Object iterated, int limit) {
        super(template, line, column, message, null);
        this.iterated = iterated;
        this.limit = limit;
    }

    /** {@return what the loop that ran out went through} */
    public Object iterated() {
        return iterated;
    }

    /** {@return the template-loops limit that was reached} */
    public int limit() {
        return limit;
    }
}
