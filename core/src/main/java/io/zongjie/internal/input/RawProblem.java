package io.zongjie.internal.input;

/**
 * A problem before it is located in a file: its path and message.
 *
 * @param path    full path in the input, such as {@code sections[0].data.visits[1].amount}
 * @param message what is wrong
 */
public record RawProblem(String path, String message) {
}
