package io.zongjie.internal.input;

import io.zongjie.api.Message;
import io.zongjie.api.Messages;

/**
 * A problem before it is located in a file: its path and what is wrong, as data to word in any language.
 *
 * @param path   full path in the input, such as {@code sections[0].data.visits[1].amount}
 * @param detail what is wrong
 * @param text   what is wrong as already worded (a plugin's message, in its bundle's language), or {@code null} to
 *               word {@code detail} with zongjie's bundles
 */
public record RawProblem(String path, Message detail, String text) {

    /** A problem worded by zongjie's bundles. */
    public RawProblem(String path, Message detail) {
        this(path, detail, null);
    }

    /** A problem worded once, the same in every language. */
    public RawProblem(String path, String text) {
        this(path, Message.text(text), text);
    }

    /** {@return what is wrong, in English unless it was worded already} */
    public String message() {
        return text != null ? text : Messages.of(Messages.ENGLISH).format(detail);
    }
}
