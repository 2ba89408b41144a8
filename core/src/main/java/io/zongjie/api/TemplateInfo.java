package io.zongjie.api;

import java.util.List;

/**
 * One template of a section (or of the report frame), as {@code zongjie plugins --templates TYPE} lists it: where
 * it resolves from and the variables it receives.
 *
 * <p>The variables come from the template's leading {@code ##} comment block, which by convention says what the
 * template is and lists its variables after a line {@code ## Variables:}, one {@code ##   $name  what} per entry
 * (more deeply indented lines continue an entry).
 *
 * @param name       the file name, such as {@code welfare.vm}
 * @param source     where it resolves from: the override file in the template folder, or the class-path
 *                   resource and the jar (or folder) holding it
 * @param overridden whether the user's template folder provides it
 * @param summary    the comment block's text before the variables (what the template writes), or empty
 * @param variables  the variables the comment block lists, in its order; empty if it lists none
 */
public record TemplateInfo(String name, String source, boolean overridden, String summary,
        List<Variable> variables) {

    /**
     * Copies the list.
     *
     * @param name       the file name
     * @param source     where it resolves from
     * @param overridden whether the template folder provides it
     * @param summary    the comment block's description
     * @param variables  the variables listed
     */
    public TemplateInfo {
        variables = List.copyOf(variables);
    }

    /**
     * One variable a template receives.
     *
     * @param name        as the template writes it, such as {@code $data}; an entry naming several,
     *                    such as {@code $report, $title, $fmt}, keeps them together
     * @param description what it holds, as the comment says; an entry continued over several comment lines keeps
     *                    its line breaks
     */
    public record Variable(String name, String description) {
    }
}
