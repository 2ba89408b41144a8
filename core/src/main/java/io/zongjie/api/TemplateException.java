package io.zongjie.api;

/**
 * A template failed: it does not parse, refers to something that is not there, or writes markup outside the
 * fragment vocabulary. The message names the template, line and column.
 */
public class TemplateException extends ZongjieException {
    private static final long serialVersionUID = 1L;

    private final String template;
    private final int line;
    private final int column;

    public TemplateException(String template, int line, int column, String message, Throwable cause) {
        super(template + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "") + ": " + message, cause);
        this.template = template;
        this.line = line;
        this.column = column;
    }

    /** The template's name, such as {@code welfare/welfare.vm} or a file path for a user override. */
    public String template() {
        return template;
    }

    /** 1-based line, or 0 when unknown. */
    public int line() {
        return line;
    }

    /** 1-based column, or 0 when unknown. */
    public int column() {
        return column;
    }
}
