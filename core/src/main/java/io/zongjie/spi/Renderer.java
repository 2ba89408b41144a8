package io.zongjie.spi;

import io.zongjie.document.Document;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes a {@link Document} in one output format. The built-in renderers are {@code html}, {@code md},
 * {@code txt} and {@code pdf}; a module can add more by binding into
 * {@code Multibinder.newSetBinder(binder(), Renderer.class)}.
 *
 * <p>A renderer must be thread-safe and deterministic: the same document gives the same bytes.
 */
public interface Renderer {

    /** {@return the format's name as users type it after {@code --format}, such as {@code "pdf"}} */
    String format();

    /** {@return the file extensions (without the dot) that select this format when {@code --format} is not given} */
    List<String> extensions();

    /** {@return one line for {@code zongjie --help}, such as 「PDF after GB/T 9704-2012, fonts embedded」} */
    String description();

    /**
     * Writes the document to {@code out}; does not close it.
     *
     * @param document the assembled report
     * @param out      where to write; the caller closes it
     * @throws IOException if writing fails
     */
    void render(Document document, OutputStream out) throws IOException;

    /**
     * What this machine lacks for this format, as warnings a user can act on (a PDF renderer without an embeddable
     * font says so, and how to get one). The engine asks once, before any report is read, so that a user hears it
     * before the work rather than after; a renderer that was asked does not repeat these warnings in its log.
     *
     * @param language the language of the warnings, where the renderer has it (Chinese or English)
     * @return the warnings, none by default
     */
    default List<String> environmentWarnings(java.util.Locale language) {
        return List.of();
    }
}
