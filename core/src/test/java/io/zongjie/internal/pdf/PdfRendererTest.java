package io.zongjie.internal.pdf;

import io.zongjie.api.pdf.PdfProfile;
import static io.zongjie.internal.pdf.PdfTestSupport.keep;
import static io.zongjie.internal.pdf.PdfTestSupport.render;
import static io.zongjie.internal.pdf.PdfTestSupport.squash;
import static io.zongjie.internal.pdf.PdfTestSupport.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.zongjie.document.Document;
import io.zongjie.document.Heading;
import io.zongjie.document.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PdfRendererTest {

    private static final Pattern PAGE_NUMBER = Pattern.compile("—\\s*(\\d+)\\s*—");

    private static final PdfRenderer RENDERER = new PdfRenderer();
    private static Document report;
    private static byte[] pdf;

    @BeforeAll
    static void renderSample() throws IOException {
        report = SampleDocuments.annualReport();
        pdf = render(RENDERER, report);
        keep("annual-report.pdf", pdf);
    }

    @Test
    void describesItselfAsThePdfFormat() {
        assertThat(RENDERER.format()).isEqualTo("pdf");
        assertThat(RENDERER.extensions()).containsExactly("pdf");
        assertThat(RENDERER.description()).contains("GB/T 9704");
        assertThat(RENDERER.profile()).isEqualTo(PdfProfile.standard());
    }

    @Test
    void textReadBackIsTheDocumentsText() throws IOException {
        String extracted = PAGE_NUMBER.matcher(text(pdf)).replaceAll("");
        // The table's header row repeats on every page it spans; keep only its first occurrence.
        Table table = (Table) report.blocks().stream().filter(Table.class::isInstance).findFirst().orElseThrow();
        String header = squash(String.join("", table.header()));
        String actual = squash(extracted);
        int first = actual.indexOf(header);
        assertThat(first).isNotNegative();
        actual = actual.substring(0, first + header.length()) + actual.substring(first + header.length()).replace(header, "");

        String expected = squash(report.plainText());
        // Report where they part rather than printing two 6,000-character strings.
        int same = 0;
        while (same < Math.min(actual.length(), expected.length()) && actual.charAt(same) == expected.charAt(same)) {
            same++;
        }
        assertThat(actual.substring(Math.max(0, same - 20), Math.min(actual.length(), same + 40)))
                .as("text read back, from 20 characters before the first difference")
                .isEqualTo(expected.substring(Math.max(0, same - 20), Math.min(expected.length(), same + 40)));
        assertThat(actual.length()).isEqualTo(expected.length());
    }

    @Test
    void spansSeveralPagesWithTheTableHeaderRepeated() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isBetween(6, 14);
            PDFTextStripper stripper = new PDFTextStripper();
            int pagesWithHeader = 0;
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                if (squash(stripper.getText(doc)).contains("序号日期对象事由金额（元）")) {
                    pagesWithHeader++;
                }
            }
            assertThat(pagesWithHeader).as("pages showing the table header").isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void everyFontIsAnEmbeddedSubsetWithToUnicode() throws IOException {
        List<String> names = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    names.add(font.getName());
                    assertThat(font).as(font.getName()).isInstanceOf(PDType0Font.class);
                    PDType0Font type0 = (PDType0Font) font;
                    assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                    assertThat(type0.getDescendantFont().isEmbedded()).isTrue();
                    assertThat(font.getName()).as("subset prefix").matches("[A-Z]{6}\\+.+");
                    assertThat(font.getCOSObject().containsKey(COSName.TO_UNICODE)).as("ToUnicode").isTrue();
                }
            }
        }
        assertThat(names)
                .as("the Debian packages fonts-arphic-uming, fonts-wqy-zenhei and fonts-lxgw-wenkai give "
                        + "three faces: body, 黑体 role and 楷体 role")
                .extracting(n -> n.substring(7))
                .contains("UMingCN", "WenQuanYiZenHei", "LXGWWenKai-Regular");
    }

    @Test
    void pagesAreNumberedOnTheOutsideEdge() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            float middle = doc.getPage(0).getMediaBox().getWidth() / 2;
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                Map<String, Float> numbers = pageNumbers(doc, p);
                assertThat(numbers).as("page %d", p).containsKey("— " + p + " —");
                float x = numbers.get("— " + p + " —");
                if (p % 2 == 1) {
                    assertThat(x).as("odd page %d number on the right", p).isGreaterThan(middle);
                } else {
                    assertThat(x).as("even page %d number on the left", p).isLessThan(middle);
                }
            }
        }
    }

    /** Page-number strings on page {@code p}, each with the x of its first glyph. */
    private static Map<String, Float> pageNumbers(PDDocument doc, int p) throws IOException {
        Map<String, Float> found = new LinkedHashMap<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) throws IOException {
                Matcher m = PAGE_NUMBER.matcher(text.trim());
                if (m.matches()) {
                    found.put("— " + m.group(1) + " —", positions.get(0).getXDirAdj());
                }
                super.writeString(text, positions);
            }
        };
        stripper.setStartPage(p);
        stripper.setEndPage(p);
        stripper.writeText(doc, java.io.Writer.nullWriter());
        return found;
    }

    @Test
    void bookmarksFollowTheTitleAndHeadings() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDOutlineNode outline = doc.getDocumentCatalog().getDocumentOutline();
            assertThat(outline).isNotNull();
            PDOutlineItem title = outline.getFirstChild();
            assertThat(title.getTitle()).isEqualTo(report.meta().title());
            assertThat(title.getNextSibling()).isNull();

            List<String> flat = new ArrayList<>();
            flatten(title, 1, flat);
            List<String> expected = new ArrayList<>();
            for (Heading h : report.headings()) {
                expected.add(h.level() + ":" + h.number() + h.text());
            }
            assertThat(flat).containsExactlyElementsOf(expected);
            assertThat(title.getFirstChild().findDestinationPage(doc)).isNotNull();
        }
    }

    private static void flatten(PDOutlineNode node, int level, List<String> out) {
        for (PDOutlineItem child : node.children()) {
            out.add(level + ":" + child.getTitle());
            flatten(child, level + 1, out);
        }
    }

    @Test
    void metadataComesFromTheDocument() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertThat(info.getTitle()).isEqualTo("滨江实验中学2023年工会工作总结");
            assertThat(info.getAuthor()).isEqualTo("滨江实验中学工会委员会");
            assertThat(info.getSubject()).isEqualTo("2023年工会工作总结");
            assertThat(info.getKeywords()).contains("送温暖与职工福利").contains("文体活动");
            assertThat(info.getCreator()).isEqualTo("zongjie " + PdfRenderer.VERSION);
            Calendar created = info.getCreationDate();
            ZonedDateTime expected = ZonedDateTime.of(2023, 12, 28, 0, 0, 0, 0, ZoneOffset.ofHours(8));
            assertThat(created.toInstant()).isEqualTo(expected.toInstant());
            assertThat(info.getModificationDate().toInstant()).isEqualTo(expected.toInstant());
        }
    }

    @Test
    void theSameDocumentGivesTheSameBytes() {
        byte[] again = render(new PdfRenderer(), SampleDocuments.annualReport());
        assertThat(again).isEqualTo(pdf);
        String id = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(id).contains("/ID [<");
    }

    @Test
    void aDifferentDocumentGetsADifferentId() throws IOException {
        Document other = SampleDocuments.punctuationStress(7, 3);
        try (PDDocument a = Loader.loadPDF(pdf); PDDocument b = Loader.loadPDF(render(RENDERER, other))) {
            assertThat(a.getDocument().getDocumentID().toString())
                    .isNotEqualTo(b.getDocument().getDocumentID().toString());
        }
    }

    @Test
    void eightThreadsGiveIdenticalBytes() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> render(RENDERER, SampleDocuments.annualReport())));
            }
            for (Future<byte[]> result : results) {
                assertThat(result.get()).isEqualTo(pdf);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void leavesTheCallersStreamOpen() throws IOException {
        boolean[] closed = {false};
        ByteArrayOutputStream sink = new ByteArrayOutputStream() {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        RENDERER.render(SampleDocuments.punctuationStress(1, 1), sink);
        assertThat(closed[0]).isFalse();
        assertThat(sink.toByteArray()).startsWith("%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    }

    @Test
    void anEmptyDocumentIsOneNumberedPage() throws IOException {
        byte[] empty = render(RENDERER, new Document(SampleDocuments.meta(), List.of()));
        try (PDDocument doc = Loader.loadPDF(empty)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
        }
        assertThat(squash(text(empty))).isEqualTo("—1—");
    }
}
