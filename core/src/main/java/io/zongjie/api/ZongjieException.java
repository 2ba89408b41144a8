package io.zongjie.api;

/** The base of zongjie's exceptions: the message says what went wrong and, where it can, what to do. */
public class ZongjieException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** @param message what went wrong and, where it can, what to do */
    public ZongjieException(String message) {
        super(message);
    }

    /**
     * @param message what went wrong and, where it can, what to do
     * @param cause   the underlying failure
     */
    public ZongjieException(String message, Throwable cause) {
        super(message, cause);
    }
}
