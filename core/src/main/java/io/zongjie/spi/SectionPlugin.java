package io.zongjie.spi;

import io.zongjie.document.Block;
import io.zongjie.model.ReportMeta;
import java.util.List;

/**
 * One section type: binds its data, checks it, and renders it to document blocks through its templates.
 *
 * <p>Implementations are created once per engine by Guice and used from many threads at once: keep them
 * stateless. Bad input is data, not an exception: report it through {@link #validate} and the data class's
 * Bean Validation annotations ({@code @NotBlank}, {@code @PositiveOrZero}, {@code @Valid}, ...), each of which
 * the engine turns into a problem with its path. {@link #render} only ever sees data that passed both.
 *
 * @param <T> the data class Jackson binds the section's {@code data} to
 */
public interface SectionPlugin<T> {

    /** {@return the type name the input uses, such as {@code "welfare"}: lower case, digits and hyphens} */
    String type();

    /**
     * {@return the heading printed when the input gives none, such as 「送温暖与职工福利」; {@code ""} when the section
     * has none of its own, so that the input must give a {@code title}}
     */
    String title();

    /**
     * The heading printed for this report when the input gives none; override it to suit the kind of union, as
     * in 「推进校务公开」 for a school and 「推进厂务公开」 for a company. The default is {@link #title()}.
     */
    default String title(ReportMeta report) {
        return title();
    }

    /**
     * The heading printed for this report and this data when the input gives none, for a heading that depends on
     * the data as well, as 「推进院务公开」 does on a {@code kind: 院务}. The default is {@link #title(ReportMeta)}.
     *
     * @param report the report's frame
     * @param data   the section's valid data
     * @return the heading
     */
    default String title(ReportMeta report, T data) {
        return title(report);
    }

    /**
     * The parts of this section, in the order it prints them, each as its template marks it with
     * {@code <h2 id="…">}: users write paragraphs of their own under them ({@code parts: {visits: […]}}), and the
     * engine checks those ids against this list. The default is none.
     *
     * @param report the report's frame, for headings that follow the kind of union
     * @return the parts
     */
    default List<SectionPart> parts(ReportMeta report) {
        return List.of();
    }

    /** {@return one line for {@code zongjie plugins}: what the section covers} */
    String description();

    /** {@return the class the section's {@code data} is bound to (a record or bean; unknown fields are errors)} */
    Class<T> dataType();

    /**
     * Checks what annotations cannot, such as 「a total that must equal the sum of its items」. Report each
     * problem with its path relative to the section's data; the default finds nothing.
     *
     * @param data     the bound data, which passed its annotations' checks
     * @param problems where to report each problem
     */
    default void validate(T data, Problems problems) {
    }

    /**
     * Checks the data against the report it stands in, such as 「those screened cannot outnumber the women staff the
     * report's membership gives」. The engine calls this one; the default calls {@link #validate(Object, Problems)}.
     *
     * @param data     the bound data, which passed its annotations' checks
     * @param report   the report's frame: its membership, kind and period
     * @param problems where to report each problem
     */
    default void validate(T data, ReportMeta report, Problems problems) {
        validate(data, problems);
    }

    /**
     * Renders the section's body (its heading is added by the engine) and publishes its key figures.
     * Return an empty list when the data holds nothing worth a section: the engine then leaves it out.
     *
     * @param data    the valid data
     * @param context the report's meta, formatting, templates and figures, for this section only
     * @return the section's blocks, without its heading
     */
    List<Block> render(T data, SectionContext context);
}
