package io.zongjie.api;

/** The base of zongjie's exceptions: the message says what went wrong and, where it can, what to do. */
public class ZongjieException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** What went wrong as data, for a caller that words it in another language; null when only text is known. */
    private final transient Message detail;

    /**
     * An exception whose message is {@code detail} worded in English; {@link #detail()} keeps it for other languages.
     *
     * @param detail what went wrong and what to do, as data
     */
    public ZongjieException(Message detail) {
        super(Messages.of(Messages.ENGLISH).format(detail));
        this.detail = detail;
    }

    /** {@return what went wrong as data, or the message as text when it has no code of its own} */
    public Message detail() {
        return detail != null ? detail : Message.text(getMessage());
    }

    /** {@return the message in {@code messages}' language, where its code has a wording there} */
    public String message(Messages messages) {
        return detail != null && messages.has(detail.code()) ? messages.format(detail) : getMessage();
    }

    /**
     * An exception whose message is {@code detail} worded in English, with its cause.
     *
     * @param detail what went wrong and what to do, as data
     * @param cause  the failure underneath
     */
    public ZongjieException(Message detail, Throwable cause) {
        super(Messages.of(Messages.ENGLISH).format(detail), cause);
        this.detail = detail;
    }

    /** @param message what went wrong and, where it can, what to do */
    public ZongjieException(String message) {
        super(message);
        this.detail = null;
    }

    /**
     * @param message what went wrong and, where it can, what to do
     * @param cause   the underlying failure
     */
    public ZongjieException(String message, Throwable cause) {
        super(message, cause);
        this.detail = null;
    }
}
