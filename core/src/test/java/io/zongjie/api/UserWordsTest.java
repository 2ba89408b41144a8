package io.zongjie.api;

import static io.zongjie.testing.SectionHarness.data;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.zongjie.document.Block;
import io.zongjie.document.Document;
import io.zongjie.document.Heading;
import io.zongjie.document.Inline;
import io.zongjie.document.Paragraph;
import io.zongjie.fixtures.EchoModule;
import io.zongjie.fixtures.PartsModule;
import io.zongjie.model.ReportMeta;
import io.zongjie.model.ReportSpec;
import io.zongjie.model.SectionSpec;
import io.zongjie.model.SectionText;
import io.zongjie.model.Subsection;
import io.zongjie.model.Variant;
import io.zongjie.spi.UserText;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The user's own words in a section: before, after, under a part, and sub-sections of their own. */
class UserWordsTest {

    private final ReportEngine engine = ReportEngine.builder().discoverPlugins(false).addModule(new PartsModule())
            .addModule(new EchoModule()).build();

    private static ReportMeta meta() {
        return ReportMeta.builder("临江市实验小学", "2023年", LocalDate.of(2023, 12, 28)).build();
    }

    private Document assemble(SectionText text, Map<String, Object> data) {
        return engine.assemble(new ReportSpec(meta(), List.of(new SectionSpec("parts", null, data, text))));
    }

    private static List<String> body(Document doc) {
        List<Block> blocks = doc.blocks();
        int start = 0;
        while (!(blocks.get(start) instanceof Heading)) {
            start++;
        }
        return blocks.subList(start, blocks.size() - 2).stream().map(Block::plainText).toList();
    }

    @Test
    void paragraphsGoBeforeUnderAPartAndAfter() {
        Document doc = assemble(new SectionText(List.of("前言段落。"), List.of("结尾段落。"),
                Map.of("one", List.of("第一部分的补充。")), null), data("one", "第一部分正文。", "two", "第二部分正文。"));

        assertThat(body(doc)).containsExactly("一、分部", "前言段落。", "（一）第一部分标题", "第一部分正文。",
                "第一部分的补充。", "（二）第二部分标题", "第二部分正文。", "结尾段落。");
    }

    @Test
    void aLonePartShowsNoHeadingAndItsUsersWordsFollowItsProse() {
        Document doc = assemble(new SectionText(null, null, Map.of("one", List.of("补充。")), null),
                data("one", "第一部分正文。"));

        assertThat(body(doc)).containsExactly("一、分部", "第一部分正文。", "补充。");
    }

    @Test
    void aPartWithOnlyTheUsersWordsGetsItsHeadingInItsPlace() {
        Document doc = assemble(new SectionText(null, null, Map.of("one", List.of("只有用户的话。")), null),
                data("two", "第二部分正文。"));

        assertThat(body(doc)).containsExactly("一、分部", "（一）第一部分标题", "只有用户的话。", "（二）第二部分标题",
                "第二部分正文。");
    }

    @Test
    void subSectionsOfTheUsersOwnAreNumberedWithTheParts() {
        Document doc = assemble(new SectionText(null, null, null, List.of(
                new Subsection("建立院内便民菜站", List.of("应职工要求开设。"), List.of("每周二、五开放；"), true, "one"),
                new Subsection("经验体会", List.of("贴近职工需要。"), null, null, null))),
                data("one", "第一部分正文。", "two", "第二部分正文。"));

        assertThat(body(doc)).containsExactly("一、分部", "（一）第一部分标题", "第一部分正文。", "（二）建立院内便民菜站",
                "应职工要求开设。", "1. 每周二、五开放；", "（三）第二部分标题", "第二部分正文。", "（四）经验体会", "贴近职工需要。");
    }

    @Test
    void aSubSectionBesideOnePartGivesThePartItsHeading() {
        Document doc = assemble(new SectionText(null, null, null, List.of(
                new Subsection("经验体会", List.of("贴近职工需要。"), null, null, null))), data("one", "第一部分正文。"));

        assertThat(body(doc)).containsExactly("一、分部", "（一）第一部分标题", "第一部分正文。", "（二）经验体会",
                "贴近职工需要。");
    }

    @Test
    void onlyDoubleStarsMarkEmphasisAndNothingElseBecomesMarkup() {
        assertThat(UserText.inlines("今年重点抓了**便民菜站**建设。")).containsExactly(new Inline.Text("今年重点抓了"),
                new Inline.Strong("便民菜站"), new Inline.Text("建设。"));
        assertThat(UserText.inlines("在**医院体检，***同志捐款")).containsExactly(
                new Inline.Text("在**医院体检，***同志捐款"));
        assertThat(UserText.inlines("<b>不是</b> ** 不是 ** \\*\\*字面\\*\\*")).containsExactly(
                new Inline.Text("<b>不是</b> **不是** **字面**"));
        Document doc = assemble(new SectionText(List.of("<p>注入</p>与**加粗**"), null, null, null),
                data("one", "正文。"));
        Paragraph p = (Paragraph) doc.blocks().stream().filter(b -> b.plainText().startsWith("<p>")).findFirst()
                .orElseThrow();
        assertThat(p.content()).containsExactly(new Inline.Text("<p>注入</p>与"), new Inline.Strong("加粗"));
    }

    @Test
    void aPartTheSectionDoesNotHaveIsAProblemWithItsPathLineAndColumn() throws Exception {
        String yaml = """
                report:
                  organization: 临江市实验小学
                  period: 2023年
                  date: 2023-12-28
                sections:
                  - type: parts
                    parts:
                      onee: [一段话。]
                    subsections:
                      - title: 小节
                        after: three
                    data: {one: 正文。}
                  - type: echo
                    parts:
                      x: [一段话。]
                    befor: 多余
                    data: {text: 你好}
                """;
        List<Problem> problems = engine.validate(engine.read(new ByteArrayInputStream("""
                report: {organization: x, period: 2023年, date: 2023-12-28}
                sections: [{type: parts, data: {one: y}}]
                """.getBytes(StandardCharsets.UTF_8)), "ok.yaml"));
        assertThat(problems).isEmpty();
        java.nio.file.Path file = java.nio.file.Files.createTempFile("words", ".yaml");
        java.nio.file.Files.writeString(file, yaml);
        assertThat(engine.validate(file)).extracting(Problem::path, Problem::line, Problem::message).containsExactly(
                tuple("sections[0].parts.onee", 8, "'onee' is not a part of parts; did you mean 'one'? (its parts: "
                        + "one, two, plans)"),
                tuple("sections[0].subsections[0].after", 11, "'three' is not a part of parts (its parts: one, two, "
                        + "plans)"),
                tuple("sections[1].parts.x", 15, "section type 'echo' has no parts to name; put your paragraphs in "
                        + "before or after, or a sub-section of your own in subsections"),
                tuple("sections[1].befor", 16, "unknown field 'befor'; did you mean 'before'? (a section has 'type', "
                        + "'title', 'data', and the paragraphs of your own in 'before', 'after', 'parts' and "
                        + "'subsections')"));
        java.nio.file.Files.delete(file);
    }

    @Test
    void aSectionWithoutAHeadingOfItsOwnNeedsATitle() {
        ReportEngine withText = ReportEngine.builder().discoverPlugins(false).addModule(new PartsModule()).build();
        assertThat(withText.validate(new ReportSpec(meta(), List.of(new SectionSpec("parts", null, data("one", "x"),
                new SectionText(List.of(" "), null, null, null)))))).extracting(Problem::path)
                .containsExactly("sections[0].before[0]");
    }

    @Test
    void inAReportToACongressThePlansPartBecomesTheSecondHalf() {
        ReportMeta meta = ReportMeta.builder("临江市实验小学", "2023年", LocalDate.of(2024, 1, 10))
                .variant(Variant.REPORT).meeting("第五届二次教职工代表大会").build();
        Document doc = engine.assemble(new ReportSpec(meta, List.of(new SectionSpec("parts", null,
                data("one", "第一部分正文。", "plans", "明年的打算。")))));

        assertThat(doc.headings()).extracting(h -> h.number() + h.text()).containsExactly("一、过去一年工作回顾",
                "（一）分部", "二、新一年工作任务");
        assertThat(doc.plainText()).contains("明年的打算。").doesNotContain("打算\n明年").doesNotContain("第一部分标题");
    }

    @Test
    void aReportToACongressNeedsItsMeetingAndASummaryNone() {
        ReportMeta report = ReportMeta.builder("临江市实验小学", "2023年", LocalDate.of(2024, 1, 10))
                .variant(Variant.REPORT).build();
        ReportMeta summary = ReportMeta.builder("临江市实验小学", "2023年", LocalDate.of(2024, 1, 10))
                .speaker("工会主席　王芳").build();
        ReportMeta period = ReportMeta.builder("临江市实验小学", "去年", LocalDate.of(2024, 1, 10)).build();
        List<SectionSpec> one = List.of(new SectionSpec("parts", null, data("one", "x")));

        assertThat(engine.validate(new ReportSpec(report, one))).extracting(Problem::path).containsExactly("report.meeting");
        assertThat(engine.validate(new ReportSpec(summary, one))).extracting(Problem::path, Problem::message)
                .containsExactly(tuple("report.speaker", "only a report delivered at a congress (variant: report) has "
                        + "a speaker; set variant: report, or leave speaker out"));
        assertThat(engine.validate(new ReportSpec(period, one))).extracting(Problem::path).containsExactly("report.period");
    }
}
