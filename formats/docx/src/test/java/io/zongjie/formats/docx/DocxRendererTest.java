package io.zongjie.formats.docx;

import static org.assertj.core.api.Assertions.assertThat;

import io.zongjie.api.ReportEngine;
import io.zongjie.document.Attachment;
import io.zongjie.document.AttachmentNote;
import io.zongjie.document.Block;
import io.zongjie.document.Document;
import io.zongjie.document.Heading;
import io.zongjie.document.Inline;
import io.zongjie.document.ListBlock;
import io.zongjie.document.Paragraph;
import io.zongjie.document.Signature;
import io.zongjie.document.Table;
import io.zongjie.document.Title;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;

class DocxRendererTest {

    static final Path SAMPLES = Path.of("..", "..", "samples");
    static final Path OUT = Path.of("target", "docx-samples");

    private static ReportEngine engine;
    private static Document school;
    private static byte[] bytes;

    @BeforeAll
    static void assembleTheSchoolSample() throws IOException {
        engine = ReportEngine.builder().build();
        school = engine.assemble(engine.read(SAMPLES.resolve("school.yaml")));
        bytes = render(school);
        Files.createDirectories(OUT);
        Files.write(OUT.resolve("school.docx"), bytes);
    }

    static byte[] render(Document document) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new DocxRenderer().render(document, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static XWPFDocument open(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }

    @Test
    void isAFormatOfTheEngineFoundThroughThePluginSpi() {
        assertThat(engine.formats()).contains("docx", "pdf");
        assertThat(engine.formatFor(Path.of("报告.DOCX"))).contains("docx");
    }

    @Test
    void holdsEveryBlockOfTheDocumentInOrder() throws IOException {
        try (XWPFDocument docx = open(bytes)) {
            assertThat(texts(docx)).containsExactlyElementsOf(expectedTexts(school));
        }
    }

    @Test
    void namesItsStylesWithOutlineLevelsSoTheNavigationPaneFindsTheHeadings() throws IOException {
        try (XWPFDocument docx = open(bytes)) {
            for (int level = 1; level <= 4; level++) {
                XWPFStyle style = docx.getStyles().getStyle("Heading" + level);
                assertThat(style.getName()).isEqualTo("heading " + level);
                assertThat(style.getCTStyle().getPPr().getOutlineLvl().getVal()).isEqualTo(BigInteger.valueOf(level - 1));
                assertThat(style.getCTStyle().getPPr().isSetKeepNext()).isTrue();
            }
            assertThat(docx.getStyles().getStyle("AttachmentTitle").getCTStyle().getPPr().getOutlineLvl().getVal())
                    .isEqualTo(BigInteger.ZERO);
            assertThat(docx.getStyles().getStyle("Title").getName()).isEqualTo("Title");
            assertThat(docx.getStyles().getStyle("BodyText").getName()).isEqualTo("Body Text");
            assertThat(docx.getStyles().getStyle("Signature").getName()).isEqualTo("Signature");
            assertThat(docx.getStyles().getStyle("AttachmentLabel").getName()).isEqualTo("附件标识");
            assertThat(docx.getStyles().getStyle("AttachmentLabel").getCTStyle().getPPr().isSetPageBreakBefore())
                    .isTrue();

            List<String> headings = school.headings().stream().map(Heading::plainText).toList();
            List<String> styled = docx.getParagraphs().stream().filter(p -> p.getStyle() != null
                    && p.getStyle().startsWith("Heading")).map(XWPFParagraph::getText).toList();
            assertThat(styled).containsExactlyElementsOf(headings);
        }
    }

    @Test
    void setsTheFacesByRoleInAllFourSlots() throws Exception {
        try (XWPFDocument docx = open(bytes)) {
            assertFaces(docx.getStyles().getStyle("Title").getCTStyle().getRPr().getRFontsArray(0), "方正小标宋简体");
            assertFaces(docx.getStyles().getStyle("Heading1").getCTStyle().getRPr().getRFontsArray(0), "黑体");
            assertFaces(docx.getStyles().getStyle("Heading2").getCTStyle().getRPr().getRFontsArray(0), "楷体_GB2312");
            assertFaces(docx.getStyle().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0), "仿宋_GB2312");
            assertThat(docx.getStyles().getStyle("Title").getCTStyle().getRPr().getSzArray(0).getVal())
                    .isEqualTo(BigInteger.valueOf(44));
            assertThat(docx.getStyle().getDocDefaults().getRPrDefault().getRPr().getSzArray(0).getVal())
                    .isEqualTo(BigInteger.valueOf(32));
            // Word's headings are bold unless told; the standard's are not
            assertThat(docx.getStyles().getStyle("Heading1").getCTStyle().getRPr().getBArray(0).getVal())
                    .isIn(false, "false", "0");
            // strong lead-ins stay in the body face, bold
            XWPFStyle strong = docx.getStyles().getStyle("Strong");
            assertThat(strong.getCTStyle().getRPr().sizeOfRFontsArray()).isZero();
            assertThat(strong.getCTStyle().getRPr().sizeOfBArray()).isOne();
        }
        String fontTable = entry(bytes, "word/fontTable.xml");
        assertThat(fontTable).contains("w:name=\"仿宋_GB2312\"><w:altName w:val=\"仿宋\"/>")
                .contains("w:name=\"黑体\"><w:altName w:val=\"SimHei\"/>").contains("w:charset w:val=\"86\"");
        assertThat(entry(bytes, "word/document.xml")).doesNotContain("embedTrueTypeFonts");
    }

    private static void assertFaces(CTFonts fonts, String face) {
        assertThat(List.of(fonts.getAscii(), fonts.getHAnsi(), fonts.getEastAsia(), fonts.getCs()))
                .containsOnly(face);
    }

    @Test
    void laysOutTheA4PageWithTheStandardsMarginsAndA22By28Grid() throws IOException {
        try (XWPFDocument docx = open(bytes)) {
            CTSectPr sect = docx.getDocument().getBody().getSectPr();
            assertThat(sect.getPgSz().getW()).isEqualTo(BigInteger.valueOf(11906));
            assertThat(sect.getPgSz().getH()).isEqualTo(BigInteger.valueOf(16838));
            CTPageMar m = sect.getPgMar();
            assertThat(List.of(m.getTop(), m.getLeft(), m.getRight(), m.getBottom())).containsExactly(
                    BigInteger.valueOf(2098), BigInteger.valueOf(1587), BigInteger.valueOf(1474), BigInteger.valueOf(1984));
            CTDocGrid grid = sect.getDocGrid();
            assertThat(grid.getType()).isEqualTo(STDocGrid.LINES_AND_CHARS);
            // 225 mm of 22 lines; the character pitch 16 pt + charSpace/4096 pt holds 28 on 156 mm
            assertThat(grid.getLinePitch().intValue() * 22).isBetween(12730, 12760);
            double pitch = 16 + grid.getCharSpace().doubleValue() / 4096;
            assertThat(442.2 / pitch).isBetween(27.99, 28.05);

            XWPFParagraph body = docx.getParagraphs().stream().filter(p -> "BodyText".equals(p.getStyle()))
                    .findFirst().orElseThrow();
            assertThat(body.getText()).startsWith("2023年，临江市滨江实验中学工会");
            CTInd ind = docx.getStyles().getStyle("BodyText").getCTStyle().getPPr().getInd();
            assertThat(ind.getFirstLineChars()).isEqualTo(BigInteger.valueOf(200));
        }
    }

    @Test
    void numbersPagesWithAPageFieldOnTheOuterEdge() throws IOException {
        try (XWPFDocument docx = open(bytes)) {
            assertThat(docx.getSettings().getEvenAndOddHeadings()).isTrue();
            assertThat(docx.getSettings().getCTSettings().xmlText())
                    .contains("<w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/>");
            XWPFFooter odd = docx.getHeaderFooterPolicy().getDefaultFooter();
            XWPFFooter even = docx.getHeaderFooterPolicy().getEvenPageFooter();
            for (XWPFFooter footer : List.of(odd, even)) {
                XWPFParagraph p = footer.getParagraphs().get(0);
                assertThat(p.getCTP().xmlText()).contains("w:fldCharType=\"begin\"").contains("> PAGE <")
                        .contains("w:fldCharType=\"end\"");
                assertThat(p.getText()).isEqualTo("— 1 —");
            }
            assertThat(odd.getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
            assertThat(even.getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.LEFT);
        }
    }

    @Test
    void repeatsTheTableHeaderAndRightAlignsFigures() throws IOException {
        try (XWPFDocument docx = open(bytes)) {
            XWPFTable table = docx.getTables().get(0);
            XWPFTableRow header = table.getRow(0);
            assertThat(header.isRepeatHeader()).isTrue();
            assertThat(header.getTableCells()).extracting(XWPFTableCell::getText).containsExactly("项目", "数据");
            XWPFTableCell figure = table.getRow(1).getCell(1);
            assertThat(figure.getParagraphs().get(0).getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
            assertThat(table.getRows()).allMatch(XWPFTableRow::isCantSplitRow);
        }
    }

    @Test
    void carriesTheDocumentPropertiesDatedTheReportsDay() throws IOException {
        try (XWPFDocument docx = open(bytes)) {
            POIXMLProperties.CoreProperties core = docx.getProperties().getCoreProperties();
            assertThat(core.getTitle()).isEqualTo("临江市滨江实验中学2023年工会工作总结");
            assertThat(core.getCreator()).isEqualTo("临江市滨江实验中学工会委员会");
            assertThat(core.getSubject()).isEqualTo("2023年工会工作总结");
            assertThat(core.getKeywords()).contains("加强师德建设，提升业务素质");
            Date day = Date.from(ZonedDateTime.of(2023, 12, 26, 0, 0, 0, 0, ZoneOffset.ofHours(8)).toInstant());
            assertThat(core.getCreated()).isEqualTo(day);
            assertThat(core.getModified()).isEqualTo(day);
        }
    }

    @Test
    void theSameDocumentGivesTheSameBytes() throws IOException {
        assertThat(render(school)).isEqualTo(bytes);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                assertThat(e.getTimeLocal().toLocalDate()).as(e.getName()).isEqualTo(java.time.LocalDate.of(2023, 12, 26));
            }
        }
    }

    @Test
    void aLongTitleBreaksWhereTheMeaningDoes() throws IOException {
        Document doc = new Document(school.meta(), List.of(new Title("临江热电有限公司检修分公司2023年工会工作总结"),
                Paragraph.of("正文。")));
        try (XWPFDocument docx = open(render(doc))) {
            XWPFParagraph title = docx.getParagraphs().get(0);
            assertThat(title.getStyle()).isEqualTo("Title");
            assertThat(title.getCTP().xmlText()).contains("临江热电有限公司检修分公司</w:t><w:br/>");
            assertThat(title.getText()).isEqualTo("临江热电有限公司检修分公司\n2023年工会工作总结");
        }
    }

    @Test
    void placesTheSignatureAfterTheStandardWithAndWithoutASeal() throws IOException {
        for (boolean seal : List.of(false, true)) {
            Document doc = new Document(school.meta(), List.of(Paragraph.of("正文。"),
                    new Signature(List.of("临江市滨江实验中学工会委员会", "2023年12月26日"), seal)));
            try (XWPFDocument docx = open(render(doc))) {
                List<XWPFParagraph> lines = docx.getParagraphs().stream()
                        .filter(p -> "Signature".equals(p.getStyle())).toList();
                assertThat(lines).extracting(XWPFParagraph::getText)
                        .containsExactly("临江市滨江实验中学工会委员会", "2023年12月26日");
                List<Integer> right = lines.stream()
                        .map(p -> p.getCTP().getPPr().getInd().getRightChars().intValue()).toList();
                // in hundredths of a character: name 2 in and the date 2 to the right of its start; sealed, the
                // date 4 in and the name centred over it
                assertThat(right).containsExactly(seal ? 50 : 200, seal ? 400 : 700);
                int before = ((BigInteger) lines.get(0).getCTP().getPPr().getSpacing().getBefore()).intValue();
                assertThat(before).isEqualTo((seal ? 2 : 1) * 579);
                // the text's last paragraph keeps with the signature, which never stands alone on a page
                assertThat(docx.getParagraphs().get(0).getCTP().getPPr().isSetKeepNext()).isTrue();
            }
        }
    }

    @Test
    void listItemsAreBodyParagraphsNumberedWithoutASpace() throws IOException {
        Document doc = new Document(school.meta(), List.of(new ListBlock(true, List.of(
                List.of(new Inline.Strong("抓好提案落实。"), new Inline.Text("建立台账。")),
                List.of(new Inline.Text("关爱青年教师。"))))));
        try (XWPFDocument docx = open(render(doc))) {
            assertThat(docx.getParagraphs()).extracting(XWPFParagraph::getText)
                    .containsExactly("1.抓好提案落实。建立台账。", "2.关爱青年教师。");
            assertThat(docx.getParagraphs()).extracting(XWPFParagraph::getStyle).containsOnly("BodyText");
            XWPFRun lead = docx.getParagraphs().get(0).getRuns().get(1);
            assertThat(lead.getStyle()).isEqualTo("Strong");
        }
    }

    @Test
    void printsEachAttachmentOnANewPageWithItsLabelAndTitle() throws IOException {
        Document doc = new Document(school.meta(),
                List.of(Paragraph.of("正文。"), new AttachmentNote(List.of("2023年主要工作数据", "2023年慰问名单")),
                        new Signature(List.of("某厂工会委员会", "2023年12月28日"))),
                List.of(new Attachment("2023年主要工作数据",
                                List.of(new Table("", List.of("项目", "数据"), List.of(List.of("慰问职工", "219人次"))))),
                        new Attachment("2023年慰问名单", List.of(Paragraph.of("王师傅、李师傅。")))));
        try (XWPFDocument docx = open(render(doc))) {
            List<XWPFParagraph> notes = docx.getParagraphs().stream()
                    .filter(p -> "AttachmentNote".equals(p.getStyle())).toList();
            assertThat(notes).extracting(XWPFParagraph::getText)
                    .containsExactly("附件：1.2023年主要工作数据", "2.2023年慰问名单");
            // the second title lines up under the first: left indent 2 + 3 + 1 characters, hanging by its number
            CTInd second = notes.get(1).getCTP().getPPr().getInd();
            assertThat(second.getLeftChars()).isEqualTo(BigInteger.valueOf(600));
            assertThat(second.getHangingChars()).isEqualTo(BigInteger.valueOf(100));
            assertThat(docx.getParagraphs()).filteredOn(p -> "AttachmentLabel".equals(p.getStyle()))
                    .extracting(XWPFParagraph::getText).containsExactly("附件1", "附件2");
            assertThat(docx.getParagraphs()).filteredOn(p -> "AttachmentTitle".equals(p.getStyle()))
                    .extracting(XWPFParagraph::getText).containsExactly("2023年主要工作数据", "2023年慰问名单");
            assertThat(texts(docx)).containsExactlyElementsOf(expectedTexts(doc));
        }
    }

    @Test
    void anEmptyDocumentIsAValidFile() throws IOException {
        try (XWPFDocument docx = open(render(new Document(school.meta(), List.of())))) {
            assertThat(docx.getBodyElements()).isEmpty();
            assertThat(docx.getDocument().getBody().getSectPr().getDocGrid()).isNotNull();
        }
    }

    /** The text of every paragraph and table cell, in document order. */
    static List<String> texts(XWPFDocument docx) {
        List<String> out = new ArrayList<>();
        for (IBodyElement e : docx.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                out.add(p.getText().replace("\n", ""));
            } else if (e instanceof XWPFTable t) {
                for (XWPFTableRow row : t.getRows()) {
                    out.add(row.getTableCells().stream().map(XWPFTableCell::getText).collect(Collectors.joining("\t")));
                }
            }
        }
        return out;
    }

    /** What {@link #texts} should read for a document: each block's lines, then each attachment's. */
    static List<String> expectedTexts(Document doc) {
        List<String> out = new ArrayList<>();
        doc.blocks().forEach(b -> addLines(out, b));
        for (int i = 0; i < doc.attachments().size(); i++) {
            out.add(doc.attachmentLabel(i));
            out.add(doc.attachments().get(i).title());
            doc.attachments().get(i).blocks().forEach(b -> addLines(out, b));
        }
        return out;
    }

    private static void addLines(List<String> out, Block b) {
        if (b instanceof ListBlock l) {
            for (int i = 0; i < l.items().size(); i++) {
                out.add(l.label(i) + Inline.plainText(l.items().get(i)));
            }
        } else if (b instanceof Table t) {
            if (!t.caption().isEmpty()) {
                out.add(t.caption());
            }
            out.add(String.join("\t", t.header()));
            t.rows().forEach(r -> out.add(String.join("\t", r)));
        } else {
            out.addAll(b.plainText().lines().toList());
        }
    }

    static String entry(byte[] zip, String name) throws IOException {
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.getName().equals(name)) {
                    return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no " + name + " in the package");
    }
}
