package io.zongjie.internal.engine;

import io.zongjie.api.ZongjieException;

/**
 * A limit reached while a section ran because its input is too large (a template's loops over a list of the
 * data): the engine turns it into a problem of the input, at {@link #path}, located in the file it was read from.
 */
final class InputTooLarge extends ZongjieException {
    private static final long serialVersionUID = 1L;
    private final String path;

    InputTooLarge(String path, String message) {
        super(message);
        this.path = path;
    }

    /** {@return the path in the input, such as {@code sections[0].data.visits}} */
    String path() {
        return path;
    }
}
