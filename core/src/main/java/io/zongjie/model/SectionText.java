package io.zongjie.model;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The user's own words in a section, around and inside what the section's plugin writes: the year's own events,
 * a named case, lessons learned. In the input they stand beside {@code type} and {@code data}:
 *
 * <pre>
 * - type: welfare
 *   before: 今年，工会把“暖心工程”作为为职工办实事的头号工程。      # before the section's own prose
 *   parts:
 *     visits: [春节前，院领导和工会委员分五组走访了……]              # at the end of a part, by its id
 *   subsections:
 *     - title: 建立院内便民菜站                                      # a whole sub-section of its own
 *       paragraphs: [……]
 *   after: [……]                                                     # after everything else
 *   data: {…}
 * </pre>
 *
 * Every paragraph may mark emphasis as {@code **…**}; nothing else in it becomes markup.
 *
 * @param before      paragraphs before the section's own prose
 * @param after       paragraphs after everything else in the section
 * @param parts       paragraphs at the end of one of the section's parts, by the part's id (each section's page
 *                    lists its parts); a part with no data of its own gets its sub-heading for them
 * @param subsections sub-sections of the user's own, numbered with the section's parts
 */
public record SectionText(
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<@NotBlank String> before,
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<@NotBlank String> after,
        Map<String, @NotNull List<@NotBlank String>> parts,
        @Valid List<@NotNull Subsection> subsections) {

    /** No words of the user's own. */
    public static final SectionText NONE = new SectionText(null, null, null, null);

    public SectionText {
        before = before == null ? List.of() : List.copyOf(before);
        after = after == null ? List.of() : List.copyOf(after);
        parts = parts == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(parts));
        subsections = subsections == null ? List.of() : List.copyOf(subsections);
    }

    /** Whether there is nothing of the user's own. */
    public boolean isEmpty() {
        return before.isEmpty() && after.isEmpty() && parts.isEmpty() && subsections.isEmpty();
    }
}
