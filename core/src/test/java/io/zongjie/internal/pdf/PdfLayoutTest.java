package io.zongjie.internal.pdf;

import static io.zongjie.internal.pdf.PdfTestSupport.keep;
import static io.zongjie.internal.pdf.PdfTestSupport.render;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.zongjie.api.pdf.FontRole;
import io.zongjie.api.pdf.PdfProfile;
import io.zongjie.document.Attachment;
import io.zongjie.document.AttachmentNote;
import io.zongjie.document.Block;
import io.zongjie.document.Document;
import io.zongjie.document.Inline;
import io.zongjie.document.ListBlock;
import io.zongjie.document.Paragraph;
import io.zongjie.document.Signature;
import io.zongjie.document.Table;
import io.zongjie.document.Title;
import io.zongjie.testing.PdfPages;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;

/**
 * The PDF measured against GB/T 9704-2012 as a 公文 reader would: characters a line, the line grid, the title's
 * shape, the signature's offsets, attachments, the faces of lead-ins and third-level items, the metadata.
 */
class PdfLayoutTest {

    private static final PdfRenderer RENDERER = new PdfRenderer();
    private static final PdfProfile STANDARD = PdfProfile.standard();
    private static final float LEFT = PdfProfile.mm(STANDARD.marginLeftMm());
    private static final float RIGHT = LEFT + PdfProfile.mm(STANDARD.textWidthMm());
    /** The grid's character pitch: 156 mm over 28 characters. */
    private static final float PITCH = PdfProfile.mm(156) / 28;
    private static final float LEADING = STANDARD.leading();

    private static List<PdfPages.Page> pages(Document doc, String keepAs) throws IOException {
        byte[] pdf = render(RENDERER, doc);
        keep(keepAs, pdf);
        return PdfPages.read(pdf);
    }

    private static Document doc(Block... blocks) {
        return new Document(SampleDocuments.meta(), List.of(blocks));
    }

    @Test
    void aFullBodyLineHolds28Characters() throws IOException {
        List<PdfPages.Page> pages = pages(SampleDocuments.annualReport(), "layout-annual-report.pdf");
        List<Integer> full = new ArrayList<>();
        for (PdfPages.Page page : pages) {
            for (PdfPages.Line line : page.body()) {
                // a line that starts at the margin and ends at the right edge, of ideographs and marks only
                if (Math.abs(line.left() - LEFT) < 1 && Math.abs(line.right() - RIGHT) < 1
                        && line.squashed().matches("[\\p{IsHan}，、。；：“”《》（）]+")) {
                    full.add(line.chars());
                }
            }
        }
        // 27 only where a closing mark pulls the last character over with it (推入)
        assertThat(full).hasSizeGreaterThan(10).containsOnly(27, 28);
        assertThat(full.stream().filter(n -> n == 28).count()).isGreaterThanOrEqualTo(full.size() * 8L / 10);

        PdfPages.Line first = pages.get(0).line(t -> t.startsWith("2023年，在区教育工会")).orElseThrow();
        // the first line starts two characters in, on the same pitch
        assertThat(first.left() - LEFT).isCloseTo(2 * PITCH, within(0.5f));
    }

    @Test
    void pageOnesLinesSitOnTheGridOfEveryOtherPage() throws IOException {
        List<PdfPages.Page> pages = pages(SampleDocuments.annualReport(), "layout-grid.pdf");
        float top = PdfProfile.mm(STANDARD.marginTopMm());
        for (PdfPages.Page page : pages.subList(0, 3)) {
            for (PdfPages.Line line : page.body()) {
                if (line.fontSize() > 15 && line.fontSize() < 17) {
                    double steps = (line.baseline() - top) / LEADING;
                    assertThat(steps - Math.round(steps)).as("page %d: %s", page.number(), line.squashed())
                            .isCloseTo(0, within(0.06));
                }
            }
        }
        assertThat(pages).allSatisfy(p -> assertThat(p.body().stream().filter(l -> l.fontSize() > 15).count())
                .isLessThanOrEqualTo(22));

        // 22 lines of the grid on a page of plain text; 21 under the title and its blank line on page 1
        List<Block> blocks = new ArrayList<>(List.of(new Title("滨江实验中学2023年工会工作总结")));
        for (int i = 0; i < 12; i++) {
            blocks.add(Paragraph.of("工会坚持以教职工为本，认真履行维护、建设、参与、教育等各项职能。".repeat(4)));
        }
        List<PdfPages.Page> text = pages(new Document(SampleDocuments.meta(), blocks), "layout-full-pages.pdf");
        assertThat(text.get(0).body()).hasSize(21);
        assertThat(text.get(0).body().get(1).baseline() - text.get(0).body().get(0).baseline())
                .isCloseTo(2 * LEADING, within(0.5f));
        PdfPages.Page full = text.get(1);
        assertThat(full.body()).hasSize(22);
        assertThat(full.body().get(21).baseline() - full.body().get(0).baseline()).isCloseTo(21 * LEADING,
                within(0.5f));
        assertThat(full.body().get(0).baseline()).isCloseTo(text.get(0).body().get(0).baseline(), within(0.1f));
    }

    @Test
    void aLongTitleBreaksWhereTheMeaningDoesIntoCentredLines() throws IOException {
        List<PdfPages.Page> pages = pages(doc(new Title("临江热电有限公司检修分公司2023年工会工作总结"),
                Paragraph.of("正文。")), "layout-title.pdf");
        List<PdfPages.Line> lines = pages.get(0).body();
        assertThat(lines.get(0).squashed()).isEqualTo("临江热电有限公司检修分公司");
        assertThat(lines.get(1).squashed()).isEqualTo("2023年工会工作总结");
        for (PdfPages.Line line : lines.subList(0, 2)) {
            assertThat((line.left() + line.right()) / 2).isCloseTo((LEFT + RIGHT) / 2, within(2f));
        }
        assertThat(lines.get(1).baseline() - lines.get(0).baseline()).isCloseTo(LEADING, within(0.5f));
    }

    @Test
    void withoutASealTheNameStandsTwoInAndTheDateStartsTwoToTheRightOfIt() throws IOException {
        List<PdfPages.Line> lines = pages(doc(Paragraph.of("正文。"),
                new Signature(List.of("临江市滨江实验中学工会委员会", "2023年12月26日"))), "layout-signature.pdf")
                .get(0).body();
        PdfPages.Line text = lines.get(0);
        PdfPages.Line name = lines.get(1);
        PdfPages.Line date = lines.get(2);
        assertThat(RIGHT - name.right()).isCloseTo(2 * PITCH, within(1f));
        assertThat(date.left() - name.left()).isCloseTo(2 * PITCH, within(1f));
        assertThat(name.baseline() - text.baseline()).isCloseTo(2 * LEADING, within(0.5f)); // 空一行
        assertThat(date.baseline() - name.baseline()).isCloseTo(LEADING, within(0.5f));
    }

    @Test
    void aDateLongerThanTheNameStandsTwoInAndPushesTheNameLeft() throws IOException {
        List<PdfPages.Line> lines = pages(doc(Paragraph.of("正文。"),
                new Signature(List.of("某厂工会", "2023年12月26日"))), "layout-short-name.pdf").get(0).body();
        PdfPages.Line name = lines.get(1);
        PdfPages.Line date = lines.get(2);
        assertThat(RIGHT - date.right()).isCloseTo(2 * PITCH, within(1f));
        assertThat(date.left() - name.left()).isCloseTo(2 * PITCH, within(1f));
    }

    @Test
    void withASealTheDateStandsFourInAndTheNameIsCentredOverIt() throws IOException {
        List<PdfPages.Line> lines = pages(doc(Paragraph.of("正文。"),
                new Signature(List.of("临江市滨江实验中学工会委员会", "2023年12月26日"), true)), "layout-sealed.pdf")
                .get(0).body();
        PdfPages.Line text = lines.get(0);
        PdfPages.Line name = lines.get(1);
        PdfPages.Line date = lines.get(2);
        assertThat(RIGHT - date.right()).isCloseTo(4 * PITCH, within(1f));
        assertThat((name.left() + name.right()) / 2).isCloseTo((date.left() + date.right()) / 2, within(1.5f));
        // room for the seal: two blank lines, so that it overlaps name and date and its top stays near the text
        assertThat(name.baseline() - text.baseline()).isCloseTo(3 * LEADING, within(0.5f));
    }

    @Test
    void theSignatureNeverStandsAloneOnAPage() throws IOException {
        // page 1: the title and its blank line, 17 one-line paragraphs, then a closing paragraph of two lines,
        // which leaves one line: too few for the blank line, the name and the date
        List<Block> blocks = new ArrayList<>(List.of(new Title("滨江实验中学2023年工会工作总结")));
        for (int i = 0; i < 17; i++) {
            blocks.add(Paragraph.of("工会坚持以教职工为本，履行各项职能。"));
        }
        blocks.add(Paragraph.of("新的一年，工会将团结和带领广大教职工凝心聚力、开拓进取，为学校的改革发展作出新的贡献。"));
        blocks.add(new Signature(List.of("滨江实验中学工会委员会", "2023年12月28日")));
        List<PdfPages.Page> pages = pages(new Document(SampleDocuments.meta(), blocks), "layout-lone-signature.pdf");

        assertThat(pages).hasSize(2);
        List<String> last = pages.get(1).body().stream().map(PdfPages.Line::squashed).toList();
        assertThat(last.get(0)).startsWith("新的一年");
        assertThat(last).endsWith("滨江实验中学工会委员会", "2023年12月28日");
    }

    @Test
    void eachAttachmentStartsAPageWithItsLabelTopLeftAndItsTitleCentredOnTheThirdLine() throws IOException {
        Document doc = new Document(SampleDocuments.meta(),
                List.of(new Title("滨江实验中学2023年工会工作总结"), Paragraph.of("正文。"),
                        new AttachmentNote(List.of("2023年主要工作数据", "2023年慰问名单")),
                        new Signature(List.of("滨江实验中学工会委员会", "2023年12月28日"))),
                List.of(new Attachment("2023年主要工作数据", List.of(new Table("", List.of("项目", "数据"),
                                List.of(List.of("走访慰问教职工", "229人次"))))),
                        new Attachment("2023年慰问名单", List.of(Paragraph.of("王老师、李老师。")))));
        byte[] pdf = render(RENDERER, doc);
        keep("layout-attachments.pdf", pdf);
        List<PdfPages.Page> pages = PdfPages.read(pdf);

        assertThat(pages).hasSize(3);
        List<PdfPages.Line> body = pages.get(0).body();
        PdfPages.Line note1 = pages.get(0).line(t -> t.startsWith("附件：")).orElseThrow();
        PdfPages.Line note2 = pages.get(0).line(t -> t.startsWith("2.2023年慰问名单")).orElseThrow();
        assertThat(note1.squashed()).isEqualTo("附件：1.2023年主要工作数据");
        assertThat(note1.left() - LEFT).isCloseTo(2 * PITCH, within(0.5f));
        // the second title lines up under the first: after 「附件：」, three characters on
        assertThat(note2.left() - note1.left()).isCloseTo(3 * PITCH, within(0.5f));
        assertThat(body.indexOf(note1)).isLessThan(body.indexOf(pages.get(0).line(t -> t.startsWith("滨江实验中学工会"))
                .orElseThrow()));

        for (int i = 1; i <= 2; i++) {
            List<PdfPages.Line> lines = pages.get(i).body();
            PdfPages.Line label = lines.get(0);
            PdfPages.Line title = lines.get(1);
            assertThat(label.squashed()).isEqualTo("附件" + i);
            assertThat(label.left()).isCloseTo(LEFT, within(0.5f));
            assertThat(label.fontSize()).isCloseTo(16f, within(0.1f));
            assertThat(label.fonts()).allMatch(f -> f.equals(heading1Font(pdf)));
            assertThat(title.baseline() - label.baseline()).isCloseTo(2 * LEADING, within(0.5f));
            assertThat((title.left() + title.right()) / 2).isCloseTo((LEFT + RIGHT) / 2, within(2f));
            assertThat(title.fontSize()).isCloseTo(22f, within(0.1f));
        }
        assertThat(pages.get(1).line(t -> t.contains("走访慰问教职工"))).isPresent();

        try (PDDocument d = Loader.loadPDF(pdf)) {
            List<String> roots = new ArrayList<>();
            for (PDOutlineItem item : d.getDocumentCatalog().getDocumentOutline().children()) {
                roots.add(item.getTitle());
            }
            assertThat(roots).containsExactly("滨江实验中学2023年工会工作总结", "附件1　2023年主要工作数据",
                    "附件2　2023年慰问名单");
        }
    }

    /** The subset name of the face set for level-1 headings (黑体), as PDFBox reports it. */
    private static String heading1Font(byte[] pdf) {
        String face = FontLibrary.SHARED.resolve(STANDARD).get(FontRole.HEADING1).getPostscriptFontName();
        try {
            for (PdfPages.Page page : PdfPages.read(pdf)) {
                for (PdfPages.Line line : page.lines()) {
                    for (String f : line.fonts()) {
                        if (f.endsWith(face)) {
                            return f;
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        throw new AssertionError("no run in " + face);
    }

    @Test
    void thirdLevelItemsAndBoldLeadInsAreInTheBodyFace() throws IOException {
        byte[] pdf = render(RENDERER, doc(new ListBlock(true, List.of(
                List.of(new Inline.Strong("抓好提案落实。"), new Inline.Text("建立台账，每季度通报一次进度。")),
                List.of(new Inline.Text("关爱青年教师成长。"))))));
        keep("layout-items.pdf", pdf);
        List<PdfPages.Line> lines = PdfPages.read(pdf).get(0).body();
        assertThat(lines.get(0).text()).startsWith("1.抓好提案落实。");
        assertThat(lines.get(1).text()).startsWith("2.关爱青年教师成长。");
        String body = FontLibrary.SHARED.resolve(STANDARD).get(FontRole.BODY).getPostscriptFontName();
        assertThat(lines.get(0).fonts()).allMatch(f -> f.endsWith(body));
        // the lead-in is bold: filled and stroked (text render mode 2)
        try (PDDocument d = Loader.loadPDF(pdf)) {
            String content = new String(d.getPage(0).getContents().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertThat(content).contains("2 Tr");
        }
    }

    @Test
    void carriesItsLanguageXmpMetadataAndShowsItsTitle() throws IOException {
        byte[] pdf = render(RENDERER, SampleDocuments.annualReport());
        try (PDDocument d = Loader.loadPDF(pdf)) {
            assertThat(d.getDocumentCatalog().getLanguage()).isEqualTo("zh-CN");
            assertThat(d.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            PDMetadata metadata = d.getDocumentCatalog().getMetadata();
            String xmp = new String(metadata.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(xmp).contains("<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\" >滨江实验中学2023年工会工作总结")
                    .contains("<rdf:li>滨江实验中学工会委员会</rdf:li>").contains("2023-12-28T00:00:00+08:00");
        }
        assertThat(render(RENDERER, SampleDocuments.annualReport())).isEqualTo(pdf);
    }

    @Test
    void saysWhenTheBodyOrTitleIsNotInTheOfficialFace() {
        FontLibrary.Resolved free = FontLibrary.SHARED.resolve(STANDARD);
        org.assertj.core.api.Assumptions.assumeThat(free.sources().get(FontRole.BODY)).as("a free body face")
                .doesNotContainIgnoringCase("simfang").doesNotContainIgnoringCase("fangsong");
        assertThat(free.unofficialFaces()).hasValueSatisfying(message -> assertThat(message)
                .contains("the body in").contains("not 仿宋").contains("--font body=")
                .contains("the title in").contains("not 方正小标宋").contains("docs/PDF.md"));
    }
}
