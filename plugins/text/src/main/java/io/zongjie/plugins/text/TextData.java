package io.zongjie.plugins.text;

import io.zongjie.spi.Label;
import com.fasterxml.jackson.annotation.JsonFormat;
import io.zongjie.model.Subsection;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/**
 * A section in the user's own words, for what no plugin models: a 便民菜站 opened at the members' request, a named
 * hardship case, lessons learned, a slogan campaign. The heading is the section's {@code title}. Paragraphs and
 * items may mark emphasis as {@code **…**}; nothing else in them becomes markup.
 *
 * @param paragraphs  the section's paragraphs, in order
 * @param items       a list after the paragraphs, one item each; optional
 * @param numbered    whether that list is numbered 1. 2. 3. (the default) rather than bulleted
 * @param subsections sub-sections, each with its sub-heading (numbered （一）, （二）), paragraphs and list
 */
public record TextData(
        @Label("段落") @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<@NotBlank String> paragraphs,
        @Label("条目") List<@NotBlank String> items,
        @Label("编号") Boolean numbered,
        @Label("小节") @Valid List<@NotNull Subsection> subsections) {

    public TextData {
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        items = items == null ? List.of() : List.copyOf(items);
        subsections = subsections == null ? List.of() : List.copyOf(subsections);
    }

    /** Whether the list is numbered: {@code numbered}, or true. */
    public boolean isNumbered() {
        return numbered == null || numbered;
    }
}
