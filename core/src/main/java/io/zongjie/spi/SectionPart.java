package io.zongjie.spi;

import java.util.Objects;

/**
 * One part of a section, as its template marks it ({@code <h2 id="visits">节日慰问送温暖</h2>}), so that a user can
 * put paragraphs of their own under it ({@code parts: {visits: [...]}}) and place a sub-section after it.
 *
 * <p>A section declares its parts in {@link SectionPlugin#parts}, in the order it prints them. The engine then
 * shows the part headings only when the section has more than one part (its own with data, the user's, and the
 * user's sub-sections together), so a template writes each part's {@code <h2 id>} whenever that part has data.
 * The part {@value #PLANS} is special: it holds the plans for the next period, and a 工作报告 or a
 * 总结及计划 moves it to the plan half of the document.
 *
 * @param id      the id, lower case letters, digits and hyphens, such as {@code "visits"}
 * @param heading the sub-heading printed for the part when only the user's paragraphs fill it
 */
public record SectionPart(String id, String heading) {

    /** The id of the part that holds next period's plans. */
    public static final String PLANS = "plans";

    /**
     * Checks the id.
     *
     * @param id      the id
     * @param heading the sub-heading
     */
    public SectionPart {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(heading, "heading");
        if (!id.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("a part id is lower case letters, digits and hyphens: " + id);
        }
    }
}
