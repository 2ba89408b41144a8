package io.zongjie.plugins.text;

import static io.zongjie.testing.SectionHarness.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.zongjie.document.Document;
import io.zongjie.document.Inline;
import io.zongjie.document.ListBlock;
import io.zongjie.document.Paragraph;
import io.zongjie.model.ReportSpec;
import io.zongjie.model.SectionSpec;
import io.zongjie.testing.SectionHarness;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextSectionTest {

    private static final SectionHarness harness = SectionHarness.of(new TextModule());

    @Test
    void everyTemplateCompiles() {
        harness.assertTemplatesCompile();
    }

    private Document assemble(String title, Object data) {
        return harness.assemble(SectionHarness.schoolMeta(), List.of(new SectionSpec("text", title, data)));
    }

    @Test
    void printsTheHeadingParagraphsListAndSubSectionsAsGiven() {
        Document doc = assemble("建立院内便民菜站，为职工办实事", data(
                "paragraphs", List.of("应职工要求，工会在院内开设了便民菜站。", "菜站每周二、五开放，价格低于市场**一成**。"),
                "items", List.of("全年供应蔬菜12吨；", "服务职工2600余人次。"),
                "subsections", List.of(data("title", "经验体会", "paragraphs", "办实事要从职工最关心的小事做起。"))));

        assertThat(doc.headings()).extracting(h -> h.number() + h.text())
                .containsExactly("一、建立院内便民菜站，为职工办实事", "（一）经验体会");
        assertThat(SectionHarness.sectionText(doc)).contains("应职工要求，工会在院内开设了便民菜站。")
                .contains("1. 全年供应蔬菜12吨；").contains("办实事要从职工最关心的小事做起。");
        Paragraph second = (Paragraph) doc.blocks().stream()
                .filter(b -> b.plainText().startsWith("菜站每周")).findFirst().orElseThrow();
        assertThat(second.content()).contains(new Inline.Strong("一成"));
        assertThat(doc.blocks()).filteredOn(b -> b instanceof ListBlock).singleElement()
                .satisfies(b -> assertThat(((ListBlock) b).ordered()).isTrue());
    }

    @Test
    void publishesNoFiguresAndWritesNoSentenceOfItsOwn() {
        Document doc = harness.assemble(SectionHarness.schoolMeta().withKeyFigures(true),
                List.of(new SectionSpec("text", "标题", data("paragraphs", "一段话。"))));
        assertThat(SectionHarness.sectionText(doc)).isEqualTo("一、标题\n一段话。");
        assertThat(doc.blocks()).noneMatch(b -> b instanceof io.zongjie.document.Table);
    }

    @Test
    void needsATitleAndSubSectionsWithSomethingUnderThem() {
        List<String> problems = harness.engine().validate(new ReportSpec(SectionHarness.schoolMeta(), List.of(
                new SectionSpec("text", null, data("paragraphs", "一段话。",
                        "subsections", List.of(data("title", "空的"), data("title", "放错了", "paragraphs", "x",
                                "after", "visits"))))))).stream().map(p -> p.path() + ": " + p.message()).toList();
        assertThat(problems).containsExactlyInAnyOrder(
                "sections[0].title: missing: a text section has no heading of its own; give it a title, such as "
                        + "「建立便民菜站，为职工办实事」",
                "sections[0].data.subsections[0]: has a title but nothing under it: give paragraphs or items",
                "sections[0].data.subsections[1].after: a text section's sub-sections stand in the order given; "
                        + "leave after out (it places a section's own sub-sections among its parts)");
    }

    @Test
    void anEmptyTextSectionIsLeftOut() {
        assertThat(assemble("标题", data()).headings()).isEmpty();
    }
}
