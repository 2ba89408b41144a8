package io.zongjie.api;

/**
 * A template failed: it does not parse, refers to something that is not there, or writes markup outside the
 * fragment vocabulary. The message names the template, line and column.
 */
public class TemplateException extends ZongjieException {
    private static final long serialVersionUID = 1L;

    /** The template's name or path. */
    private final String template;
    /** 1-based line, or 0. */
    private final int line;
    /** 1-based column, or 0. */
    private final int column;

    /**
     * @param template the template's name or path, as messages show it
     * @param line     1-based line, or 0 when unknown
     * @param column   1-based column, or 0 when unknown
     * @param message  what is wrong
     * @param cause    the underlying failure, or {@code null}
     */
    public TemplateException(String template, int line, int column, String message, Throwable cause) {
        super(template + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + message, cause);
        this.template = template;
        this.line = line;
        this.column = column;
    }

    /**
     * A template failure worded from the bundles, so that it reads in the user's language.
     *
     * @param template the template's name or path, as messages show it
     * @param line     1-based line, or 0 when unknown
     * @param column   1-based column, or 0 when unknown
     * @param reason   what is wrong, as data
     * @param cause    the underlying failure, or {@code null}
     */
    public TemplateException(String template, int line, int column, Message reason, Throwable cause) {
        super(Message.of(line <= 0 ? "template.at" : column <= 0 ? "template.atLine" : "template.atLineColumn",
                template, line, column, reason), cause);
        this.template = template;
        this.line = line;
        this.column = column;
    }

    /** {@return the template's name, such as {@code welfare/welfare.vm}, or a file path for a user override} */
    public String template() {
        return template;
    }

    /** {@return the 1-based line, or 0 when unknown} */
    public int line() {
        return line;
    }

    /** {@return the 1-based column, or 0 when unknown} */
    public int column() {
        return column;
    }
}
