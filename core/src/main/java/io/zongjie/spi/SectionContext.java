package io.zongjie.spi;

import io.zongjie.model.ReportMeta;
import io.zongjie.model.Vocabulary;

/**
 * What a section sees while it renders: the report's meta, the formatting helpers, its templates, and the
 * place to publish its key figures. One context serves one section of one report; it is not shared.
 */
public interface SectionContext {

    /** {@return the frame of the report being assembled} */
    ReportMeta report();

    /**
     * The report's words for its kind of union and its period — 全院 and 医务职工, 院务公开, 全年 or 上半年, 一年来 or
     * 半年来, the next period's name — the same as {@code report().vocabulary()}; templates see them as
     * {@code $words}.
     *
     * @return the words
     */
    default Vocabulary words() {
        return report().vocabulary();
    }

    /**
     * The choice among a template's phrasings of a stock sentence, and whether evaluative tails are wanted;
     * templates see it as {@code $vary}.
     *
     * @return the report's phrasing
     */
    default Phrasing phrasing() {
        return Phrasing.of(report());
    }

    /** {@return the section's heading as it will be printed (the input's {@code title}, or the plugin's default)} */
    String title();

    /** {@return Chinese number, money and date formatting, also available to templates as {@code $fmt}} */
    ChineseFormat format();

    /**
     * Starts a call of one of the plugin's templates, by file name (such as {@code "welfare.vm"}). The template is
     * looked up in the user's template folder ({@code <dir>/<type>/<name>}) before the plugin's own resources
     * (the plugin class's package). Every call receives {@code $report}, {@code $title}, {@code $fmt},
     * {@code $words} (the report's {@link Vocabulary}) and {@code $vary} (its {@link Phrasing}).
     *
     * @param name the template's file name
     * @return a call to set variables on and render
     */
    TemplateCall template(String name);

    /**
     * Publishes a key figure. The report frame sums figures with one key across sections, cites the
     * {@linkplain Figure#headline() headline} ones in its opening paragraph, and lists all of them in the
     * key-figure table.
     *
     * @param figure the figure
     */
    void publish(Figure figure);
}
