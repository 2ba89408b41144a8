package io.zongjie.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.NotBlank;
import java.util.List;

/**
 * A sub-section in the user's own words: a sub-heading, paragraphs, and a list. The engine numbers the heading
 * （一）, （二） with the section's other parts. Paragraphs and items may mark emphasis as {@code **…**}; nothing else
 * in them becomes markup.
 *
 * @param title      the sub-heading, such as 「建立院内便民菜站」 (no number: the engine adds it)
 * @param paragraphs its paragraphs, in order; optional
 * @param items      a list after the paragraphs, one item each; optional
 * @param numbered   whether the list is numbered 1. 2. 3. (the default) rather than bulleted
 * @param after      the id of the section's part this sub-section follows, such as {@code visits}; by default it
 *                   comes after all of the section's parts
 */
public record Subsection(
        @NotBlank String title,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<@NotBlank String> paragraphs,
        List<@NotBlank String> items,
        Boolean numbered,
        String after) {

    public Subsection {
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** Whether the list is numbered: {@code numbered}, or true. */
    public boolean isNumbered() {
        return numbered == null || numbered;
    }
}
