package io.zongjie.internal.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.zongjie.api.TemplateInfo;
import org.junit.jupiter.api.Test;

/** Reading the variables a template lists in its leading comment block. */
class TemplateCatalogTest {

    @Test
    void readsEntriesContinuationsAndTheSummary() {
        TemplateInfo info = TemplateCatalog.header("w.vm", "somewhere", false, """
                ## The welfare section.
                ## Variables:
                ##   $data    WelfareData: visits[]
                ##            visit: occasion, persons
                ##   $headed  true when several parts
                ##   $report, $title, $fmt (see docs/TEMPLATES.md)
                ## Write <p> elements only.
                #set($x = 1)
                ## not part of the header: $late  comes after the first line of code
                <p>${x}</p>
                """);

        assertThat(info.summary()).isEqualTo("The welfare section. Write <p> elements only.");
        assertThat(info.variables()).extracting(TemplateInfo.Variable::name, TemplateInfo.Variable::description)
                .containsExactly(tuple("$data", "WelfareData: visits[]\nvisit: occasion, persons"),
                        tuple("$headed", "true when several parts"),
                        tuple("$report, $title, $fmt", "(see docs/TEMPLATES.md)"));
    }

    @Test
    void aVariablesLineWithANoteGivesEachNameTheNote() {
        TemplateInfo info = TemplateCatalog.header("closing.vm", "x", true, """
                ## The closing paragraph.
                ## Variables: the same as opening.vm ($report, $fmt, $headlines).
                <p>谢谢。</p>
                """);

        assertThat(info.variables()).extracting(TemplateInfo.Variable::name)
                .containsExactly("$report", "$fmt", "$headlines");
        assertThat(info.variables()).allSatisfy(v -> assertThat(v.description()).isEqualTo("the same as opening.vm."));
        assertThat(info.overridden()).isTrue();
    }

    @Test
    void aTemplateWithoutACommentBlockListsNothing() {
        TemplateInfo info = TemplateCatalog.header("bare.vm", "x", false, "<p>${data.text}</p>\n");

        assertThat(info.summary()).isEmpty();
        assertThat(info.variables()).isEmpty();
    }
}
