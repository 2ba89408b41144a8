package io.zongjie.api;

import static io.zongjie.testing.SectionHarness.data;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zongjie.document.AttachmentNote;
import io.zongjie.document.Block;
import io.zongjie.document.Document;
import io.zongjie.document.Heading;
import io.zongjie.document.Paragraph;
import io.zongjie.document.Recipient;
import io.zongjie.document.Signature;
import io.zongjie.document.Table;
import io.zongjie.document.Title;
import io.zongjie.fixtures.EchoModule;
import io.zongjie.fixtures.MislabelledModule;
import io.zongjie.fixtures.OtherEchoModule;
import io.zongjie.model.ReportMeta;
import io.zongjie.model.ReportSpec;
import io.zongjie.model.SectionSpec;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportEngineTest {

    private final ReportEngine engine = ReportEngine.builder().discoverPlugins(false).addModule(new EchoModule())
            .build();

    private static ReportMeta meta() {
        return ReportMeta.builder("临江市实验小学", "2023年", LocalDate.of(2023, 12, 28))
                .recipient("区教育工会").keyFigures(true).build();
    }

    private static SectionSpec echo(Object data) {
        return new SectionSpec("echo", null, data);
    }

    @Test
    void assemblesTheFrameAroundTheSections() {
        Document doc = engine.assemble(new ReportSpec(meta(), List.of(echo(data("text", "你好", "count", 2)))));

        List<Block> blocks = doc.blocks();
        assertThat(blocks.get(0)).isEqualTo(new Title("临江市实验小学2023年工会工作总结"));
        assertThat(blocks.get(1)).isEqualTo(new Recipient("区教育工会："));
        assertThat(blocks.get(2)).isInstanceOf(Paragraph.class);
        assertThat(blocks.get(2).plainText()).startsWith("2023年，临江市实验小学工会在学校党组织和上级工会的领导下，");
        assertThat(blocks.get(3).plainText()).contains("开展回声活动2次").endsWith("如下：");
        assertThat(blocks.get(4)).isEqualTo(new Heading(1, "一、", "回声"));
        assertThat(blocks.get(blocks.size() - 2)).isEqualTo(new AttachmentNote(List.of("2023年主要工作数据")));
        assertThat(blocks.get(blocks.size() - 1))
                .isEqualTo(new Signature(List.of("临江市实验小学工会委员会", "2023年12月28日")));
        assertThat(doc.attachments()).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("2023年主要工作数据");
            assertThat(a.blocks()).singleElement().isInstanceOfSatisfying(Table.class, t -> {
                assertThat(t.caption()).isEmpty();
                assertThat(t.header()).containsExactly("项目", "数据");
                assertThat(t.rows()).containsExactly(List.of("开展回声活动", "2次"));
            });
        });
        assertThat(doc.attachmentLabel(0)).isEqualTo("附件");
        assertThat(doc.meta().author()).isEqualTo("临江市实验小学工会委员会");
        assertThat(doc.meta().keywords()).containsExactly("回声");
    }

    @Test
    void aSealedReportSaysSoInItsSignatureAndOnlyAKeyFigureReportHasAnAttachment() {
        ReportMeta sealed = ReportMeta.builder("临江市实验小学", "2023年", LocalDate.of(2023, 12, 28)).seal(true).build();
        Document doc = engine.assemble(new ReportSpec(sealed, List.of(echo(data("text", "你好", "count", 2)))));

        assertThat(doc.blocks().get(doc.blocks().size() - 1))
                .isEqualTo(new Signature(List.of("临江市实验小学工会委员会", "2023年12月28日"), true));
        assertThat(doc.attachments()).isEmpty();
        assertThat(doc.blocks()).noneMatch(AttachmentNote.class::isInstance);
    }

    @Test
    void numbersSectionsAndRestartsSubHeadingsInEach() {
        Map<String, Object> parts = data("text", "甲", "parts", List.of(
                data("heading", "思想引领", "children", List.of("学习", "宣传"), "grandchildren", List.of("讲座", "展板")),
                data("heading", "服务职工")));
        Document doc = engine.assemble(new ReportSpec(meta(), List.of(
                new SectionSpec("echo", "教育工作", parts), new SectionSpec("echo", "关爱工作", parts))));

        assertThat(doc.headings()).extracting(h -> h.number() + h.text()).containsExactly(
                "一、教育工作", "（一）思想引领", "1.学习", "（1）讲座", "（2）展板", "2.宣传", "（1）讲座", "（2）展板",
                "（二）服务职工",
                "二、关爱工作", "（一）思想引领", "1.学习", "（1）讲座", "（2）展板", "2.宣传", "（1）讲座", "（2）展板",
                "（二）服务职工");
    }

    @Test
    void sumsFiguresWithOneKeyAcrossSections() {
        Document doc = engine.assemble(new ReportSpec(meta(), List.of(
                echo(data("text", "一", "count", 2)), echo(data("text", "二", "count", 3)))));

        assertThat(doc.blocks().get(3).plainText()).contains("开展回声活动5次");
    }

    @Test
    void markupAndTemplateCodeInDataStayText() throws Exception {
        String hostile = "<script>alert('x')</script> & $report.organization #set($a = 1) ${fmt}";
        Document doc = engine.assemble(new ReportSpec(meta(), List.of(echo(data("text", hostile,
                "items", List.of("</li></ul><p>注入</p>"))))));

        assertThat(doc.plainText()).contains("文本：" + hostile).contains("</li></ul><p>注入</p>");
        ByteArrayOutputStream html = new ByteArrayOutputStream();
        engine.render(doc, "html", html);
        String out = html.toString(StandardCharsets.UTF_8);
        assertThat(out).doesNotContain("<script>").contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp;")
                .contains("$report.organization #set($a = 1)").doesNotContain("<p>注入</p>");
    }

    @Test
    void twoPluginsClaimingOneTypeIsAStartUpErrorNamingBoth() {
        assertThatThrownBy(() -> ReportEngine.builder().discoverPlugins(false)
                .addModule(new EchoModule()).addModule(new OtherEchoModule()).build())
                .isInstanceOf(ZongjieException.class)
                .hasMessageContaining("section type 'echo' is claimed by two plugins")
                .hasMessageContaining("io.zongjie.fixtures.EchoModule")
                .hasMessageContaining("io.zongjie.fixtures.OtherEchoModule");
    }

    @Test
    void aPluginRegisteredUnderAnotherTypeIsRefused() {
        assertThatThrownBy(() -> ReportEngine.builder().discoverPlugins(false).addModule(new MislabelledModule())
                .build()).isInstanceOf(ZongjieException.class)
                .hasMessageContaining("registered as 'mislabelled' but says its type is 'echo'");
    }

    @Test
    void listsSectionsAndFormats() {
        assertThat(engine.sections()).extracting(SectionInfo::type, SectionInfo::title)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("echo", "回声"));
        assertThat(engine.formats()).contains("html", "md", "txt");
        assertThat(engine.formatFor(Path.of("out/Report.HTML"))).contains("html");
        assertThat(engine.formatFor(Path.of("report.markdown"))).contains("md");
        assertThat(engine.formatFor(Path.of("report"))).isEmpty();
    }

    @Test
    void unknownFormatNamesTheAvailableOnes() {
        Document doc = engine.assemble(new ReportSpec(meta(), List.of(echo(data("text", "x")))));
        assertThatThrownBy(() -> engine.render(doc, "docx", new ByteArrayOutputStream()))
                .isInstanceOf(ZongjieException.class).hasMessageContaining("unknown format 'docx'")
                .hasMessageContaining("html, md");
    }

    @Test
    void invalidSpecIsNeverRendered() {
        ReportSpec spec = new ReportSpec(meta(), List.of(echo(data("text", "", "count", -1)),
                new SectionSpec("ehco", null, Map.of())));
        assertThatThrownBy(() -> engine.assemble(spec)).isInstanceOfSatisfying(InvalidReportException.class,
                e -> assertThat(e.problems()).extracting(Problem::source, Problem::path, Problem::message)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("<input>", "sections[0].data.count",
                                        "must be greater than or equal to 0 (was -1)"),
                                org.assertj.core.groups.Tuple.tuple("<input>", "sections[0].data.text",
                                        "must not be blank (was \"\")"),
                                org.assertj.core.groups.Tuple.tuple("<input>", "sections[1].type",
                                        "unknown section type 'ehco'; did you mean 'echo'? (installed: echo)")));
    }

    @Test
    void renderToReplacesTheTargetOnlyWhenComplete(@TempDir Path dir) throws Exception {
        Document doc = engine.assemble(new ReportSpec(meta(), List.of(echo(data("text", "x")))));
        Path target = dir.resolve("r.md");
        Files.writeString(target, "old");
        engine.renderTo(doc, "md", target);

        assertThat(Files.readString(target)).startsWith("# 临江市实验小学2023年工会工作总结");
        assertThat(Files.list(dir)).containsExactly(target);
    }

    @Test
    void titleOverrideAndDefaultUnion() {
        ReportMeta m = ReportMeta.builder("某局", "2024年", LocalDate.of(2024, 12, 30)).title("某局机关工会2024年工作总结")
                .build();
        Document doc = engine.assemble(new ReportSpec(m, List.of(echo(data("text", "x")))));
        assertThat(doc.blocks().get(0)).isEqualTo(new Title("某局机关工会2024年工作总结"));
        assertThat(doc.blocks().get(1)).isInstanceOf(Paragraph.class); // no recipient line
        assertThat(doc.blocks()).noneMatch(Table.class::isInstance);   // no key-figure table unless asked
    }

    @Test
    void aUnionReportingOnItsOwnYearIsNotCalledTheUnionsUnion() {
        ReportMeta m = ReportMeta.builder("临江区教育工会", "2023年", LocalDate.of(2023, 12, 28)).build();
        Document doc = engine.assemble(new ReportSpec(m, List.of(echo(data("text", "x")))));
        assertThat(doc.blocks().get(0)).isEqualTo(new Title("临江区教育工会2023年工作总结"));
        assertThat(doc.plainText()).startsWith("临江区教育工会2023年工作总结\n2023年，临江区教育工会在")
                .doesNotContain("工会工会");
        assertThat(doc.blocks()).filteredOn(Signature.class::isInstance).singleElement()
                .isEqualTo(new Signature(List.of("临江区教育工会", "2023年12月28日")));
    }

    @Test
    void aTitleWithItsOwnNumberIsAProblem() {
        for (String title : List.of("一、再次慰问", "（二）送温暖", "3. 文体", "第一部分 教育")) {
            assertThat(engine.validate(new ReportSpec(meta(), List.of(new SectionSpec("echo", title,
                    data("text", "x")))))).extracting(Problem::path, Problem::message).singleElement()
                    .satisfies(t -> assertThat(t.toList().get(1)).asString().contains("leave numbering to zongjie"));
        }
        assertThat(engine.validate(new ReportSpec(meta(), List.of(new SectionSpec("echo", "一年来的送温暖工作",
                data("text", "x")))))).isEmpty();
    }
}
