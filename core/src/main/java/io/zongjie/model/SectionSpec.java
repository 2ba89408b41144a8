package io.zongjie.model;

import java.util.Objects;

/**
 * One section of the input: its type, an optional heading that replaces the plugin's default, its data, and the
 * user's own words around and inside what the plugin writes.
 *
 * @param type  the section type, such as {@code "welfare"} (see {@code zongjie plugins})
 * @param title the heading to print instead of the plugin's default, or {@code null}
 * @param data  the section's facts: the plugin's data class, a {@code Map}, or a Jackson tree; {@code null} is empty
 * @param text  the user's own paragraphs and sub-sections in the section; {@code null} for none
 */
public record SectionSpec(String type, String title, Object data, SectionText text) {
    public SectionSpec {
        Objects.requireNonNull(type, "type");
        text = text == null ? SectionText.NONE : text;
    }

    /**
     * A section without words of the user's own.
     *
     * @param type  the section type
     * @param title the heading, or {@code null}
     * @param data  the section's facts
     */
    public SectionSpec(String type, String title, Object data) {
        this(type, title, data, SectionText.NONE);
    }
}
