package io.zongjie.model;

import java.util.Objects;

/**
 * One section of the input: its type, an optional heading that replaces the plugin's default, and its data.
 *
 * @param type  the section type, such as {@code "welfare"} (see {@code zongjie plugins})
 * @param title the heading to print instead of the plugin's default, or {@code null}
 * @param data  the section's facts: the plugin's data class, a {@code Map}, or a Jackson tree; {@code null} is empty
 */
public record SectionSpec(String type, String title, Object data) {
    public SectionSpec {
        Objects.requireNonNull(type, "type");
    }
}
