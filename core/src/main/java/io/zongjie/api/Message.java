package io.zongjie.api;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A message as data: a code that names its wording in zongjie's message bundles, and the arguments that wording
 * takes (texts, numbers, and messages of their own, worded in turn). A {@link Problem} carries one, so that a host
 * can word it in its own language, or show it at a form field, without parsing the text.
 *
 * <p>Codes of the engine are stable words such as {@code input.mustBeAtLeast}; a section plugin's are prefixed by its
 * type ({@code welfare:visits.personsOverTotal}). {@link Messages#format(Message)} words one.
 *
 * @param code      the wording's key, such as {@code constraint.PositiveOrZero}
 * @param arguments what the wording takes, in order
 */
public record Message(String code, List<Object> arguments) {

    public Message {
        Objects.requireNonNull(code, "code");
        arguments = List.copyOf(arguments.stream().map(a -> a == null ? "null" : a).toList());
    }

    /** The message {@code code} with {@code arguments}. */
    public static Message of(String code, Object... arguments) {
        return new Message(code, Arrays.asList(arguments));
    }

    /** A text given as it is, in every language: for a plugin that words its problems itself. */
    public static Message text(String text) {
        return of(Messages.VERBATIM, text);
    }
}
