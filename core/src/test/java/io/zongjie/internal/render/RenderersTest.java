package io.zongjie.internal.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.zongjie.document.Attachment;
import io.zongjie.document.AttachmentNote;
import io.zongjie.document.Document;
import io.zongjie.document.DocumentMeta;
import io.zongjie.document.Heading;
import io.zongjie.document.Inline;
import io.zongjie.document.ListBlock;
import io.zongjie.document.Paragraph;
import io.zongjie.document.Recipient;
import io.zongjie.document.Signature;
import io.zongjie.document.Table;
import io.zongjie.document.Title;
import io.zongjie.spi.Renderer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenderersTest {

    static final Document DOC = new Document(
            new DocumentMeta("某厂2023年工会工作总结", "某厂工会委员会", "2023年工会工作总结", List.of("送温暖"),
                    LocalDate.of(2023, 12, 28)),
            List.of(new Title("某厂2023年工会工作总结"), new Recipient("公司党委："),
                    Paragraph.of("2023年，工会*认真*履行职责。"),
                    new Heading(1, "一、", "送温暖"), new Heading(2, "（一）", "节日慰问"),
                    new Paragraph(List.of(new Inline.Text("慰问职工"), new Inline.Strong("219人次"),
                            new Inline.Text("，"), new Inline.Emphasis("<温暖>"))),
                    new ListBlock(true, List.of(List.of(new Inline.Text("春节")), List.of(new Inline.Text("中秋")))),
                    new Table("附表", List.of("项目", "数据"), List.of(List.of("慰问 | 职工", "219人次"))),
                    new Signature(List.of("某厂工会委员会", "2023年12月28日"))));

    /** Two attachments, named in the note under the body. */
    static final Document ATTACHED = new Document(DOC.meta(),
            List.of(new Title("某厂2023年工会工作总结"), Paragraph.of("全年工作如下。"),
                    new AttachmentNote(List.of("2023年主要工作数据", "2023年慰问名单")),
                    new Signature(List.of("某厂工会委员会", "2023年12月28日"))),
            List.of(new Attachment("2023年主要工作数据",
                            List.of(new Table("", List.of("项目", "数据"), List.of(List.of("慰问职工", "219人次"))))),
                    new Attachment("2023年慰问名单", List.of(Paragraph.of("王师傅、李师傅。")))));

    private static String render(Renderer r) throws Exception {
        return render(r, DOC);
    }

    private static String render(Renderer r, Document doc) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.render(doc, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void everyFormatNamesTheAttachmentsUnderTheBodyAndPrintsThemAfterTheSignature() throws Exception {
        String txt = render(new TextRenderer(), ATTACHED);
        assertThat(txt).contains("\u3000\u3000附件：1.2023年主要工作数据\n\u3000\u3000\u3000\u3000\u30002.2023年慰问名单\n");
        assertThat(txt.indexOf("附件：")).isLessThan(txt.indexOf("某厂工会委员会"));
        assertThat(txt.substring(txt.indexOf("2023年12月28日"))).contains("\f附件1\n").contains("\f附件2\n")
                .contains("慰问职工").contains("王师傅、李师傅。");

        String md = render(new MarkdownRenderer(), ATTACHED);
        assertThat(md).contains("附件：1.2023年主要工作数据\\\n2.2023年慰问名单\n")
                .contains("\n---\n\n**附件1**\n\n# 2023年主要工作数据\n\n| 项目 | 数据 |")
                .contains("\n---\n\n**附件2**\n\n# 2023年慰问名单\n\n王师傅、李师傅。\n");

        String html = render(new HtmlRenderer(), ATTACHED);
        assertThat(html).contains("<div class=\"attachment-note\">\n"
                        + "<p style=\"padding-left: calc(6 * var(--pitch)); text-indent: calc(-4 * var(--pitch))\">"
                        + "附件：1.2023年主要工作数据</p>\n"
                        + "<p style=\"padding-left: calc(6 * var(--pitch)); text-indent: calc(-1 * var(--pitch))\">"
                        + "2.2023年慰问名单</p>")
                .contains("<section class=\"attachment\">\n<p class=\"attachment-label\">附件1</p>\n<h1>2023年主要工作数据</h1>")
                .contains("<p class=\"attachment-label\">附件2</p>");
        assertThat(html.indexOf("attachment-note\">")).isLessThan(html.indexOf("<div class=\"signature\""));
        assertThat(html.indexOf("<div class=\"signature\"")).isLessThan(html.indexOf("<section class=\"attachment\">"));
    }

    @Test
    void htmlIsOneSelfContainedEscapedPage() throws Exception {
        String html = render(new HtmlRenderer());
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"zh-CN\">")
                .contains("<title>某厂2023年工会工作总结</title>").contains("<meta name=\"author\" content=\"某厂工会委员会\">")
                .contains("<h1>某厂2023年工会工作总结</h1>").contains("<p class=\"recipient\">公司党委：</p>")
                .contains("<h2>一、送温暖</h2>").contains("<h3>（一）节日慰问</h3>")
                .contains("<strong>219人次</strong>").contains("<em>&lt;温暖&gt;</em>")
                .contains("<ol class=\"items\">\n<li>1.春节</li>").contains("<td class=\"num\">219人次</td>")
                .contains("@media print").contains("@page { size: A4")
                .doesNotContain("<link").doesNotContain("<script").doesNotContain("src=");
    }

    @Test
    void htmlPlacesTheSignatureAndBreaksALongTitleAsThePdfDoes() throws Exception {
        String html = render(new HtmlRenderer());
        // the date (as long as the name) two characters in, the name two further: its first character two left
        assertThat(html).contains("<div class=\"signature\" style=\"margin-top: calc(1 * var(--line))\">\n"
                + "<p style=\"padding-right: calc(4 * var(--pitch))\">某厂工会委员会</p>\n"
                + "<p style=\"padding-right: calc(2 * var(--pitch))\">2023年12月28日</p>");
        Document sealed = new Document(DOC.meta(), List.of(new Title("临江热电有限公司检修分公司2023年工会工作总结"),
                new Signature(List.of("某厂工会委员会", "2023年12月28日"), true)));
        assertThat(render(new HtmlRenderer(), sealed)).contains("<h1>临江热电有限公司检修分公司<br>2023年工会工作总结</h1>")
                .contains("style=\"margin-top: calc(2 * var(--line))\"")
                .contains("<p style=\"padding-right: calc(4 * var(--pitch))\">某厂工会委员会</p>")
                .contains("<p style=\"padding-right: calc(4 * var(--pitch))\">2023年12月28日</p>")
                .contains("@bottom-right { content: \"— \" counter(page) \" —\"")
                .contains("@bottom-left { content: \"— \" counter(page) \" —\"");
    }

    @Test
    void markdownEscapesDataAndNumbersNothingTwice() throws Exception {
        String md = render(new MarkdownRenderer());
        assertThat(md).startsWith("# 某厂2023年工会工作总结\n").contains("\n## 一、送温暖\n").contains("\n### （一）节日慰问\n")
                .contains("2023年，工会\\*认真\\*履行职责。").contains("慰问职工**219人次**，*\\<温暖\\>*")
                .contains("1. 春节\n2. 中秋").contains("| 慰问 \\| 职工 | 219人次 |").contains("| --- | ---: |")
                .contains("某厂工会委员会\\\n2023年12月28日");
    }

    @Test
    void namedAndNumberedEntitiesInDataStayTextInMarkdown() {
        // a viewer would show 「A<B&C」 for A&lt;B&amp;C written as it is; the data says 「A&lt;B&amp;C」
        assertThat(MarkdownRenderer.esc("A&lt;B&amp;C")).isEqualTo("A\\&lt;B\\&amp;C");
        assertThat(MarkdownRenderer.esc("&#60;&#x3C;")).isEqualTo("\\&\\#60;\\&\\#x3C;");
        assertThat(MarkdownRenderer.esc("工会 & 团委，A&B")).as("an & that starts no entity needs nothing")
                .isEqualTo("工会 & 团委，A\\&B");
    }

    @Test
    void onlyANumberThatWouldOpenAListIsEscapedInMarkdown() {
        // CommonMark opens an ordered list at 「1. 」 or a line of 「1.」 alone, never at 「5.86」
        assertThat(MarkdownRenderer.esc("1. 春节慰问")).isEqualTo("1\\. 春节慰问");
        assertThat(MarkdownRenderer.esc("2)")).isEqualTo("2\\)");
        assertThat(MarkdownRenderer.esc("5.86")).isEqualTo("5.86");
        assertThat(MarkdownRenderer.esc("7.01万元")).isEqualTo("7.01万元");
    }

    @Test
    void textIndentsParagraphsAndAlignsTheSignature() throws Exception {
        String txt = render(new TextRenderer());
        assertThat(txt).contains("\u3000\u3000一、送温暖\n").contains("\u3000\u30002023年，工会*认真*履行职责。")
                .contains("\u3000\u30001. 春节\n");
        // GB/T 9704 §7.3.5: the date (as long as the name) two characters in, the name two characters left of it
        String name = txt.lines().filter(l -> l.endsWith("某厂工会委员会")).reduce((a, b) -> b).orElseThrow();
        String last = txt.lines().filter(l -> l.contains("2023年12月28日")).findFirst().orElseThrow();
        assertThat(TextRenderer.width(last)).isEqualTo(TextRenderer.WIDTH - 4);
        assertThat(last.indexOf('2') - name.indexOf('某')).isEqualTo(4);
        String title = txt.lines().findFirst().orElseThrow();
        assertThat(title.strip()).isEqualTo("某厂2023年工会工作总结");
        assertThat(title).startsWith("   ");
    }

    @Test
    void sameDocumentGivesSameBytes() throws Exception {
        for (Renderer r : List.of(new HtmlRenderer(), new MarkdownRenderer(), new TextRenderer())) {
            assertThat(render(r)).isEqualTo(render(r));
        }
    }
}
