package io.zongjie.formats.docx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.zongjie.api.ReportEngine;
import io.zongjie.document.Document;
import io.zongjie.document.Heading;
import io.zongjie.testing.PdfPages;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The school sample's DOCX as LibreOffice lays it out: converted headless to PDF (as an office without Word would
 * print it) and measured with PDFBox against zongjie's own PDF. Skipped only where LibreOffice is not installed
 * and CI is not running; {@code .ci/run} installs it ({@code libreoffice-writer-nogui}).
 */
class DocxLibreOfficeTest {

    /** Marks no line may start with (GB/T 15834, the common ones). */
    private static final String NO_LINE_START = "，。、；：？！）》」』】〕”’…—%";
    /** Marks no line may end with. */
    private static final String NO_LINE_END = "（《「『【〔“‘";

    @TempDir
    static Path work;

    private static Document school;
    private static List<PdfPages.Page> converted;
    private static List<PdfPages.Page> own;

    @BeforeAll
    static void convertTheSchoolSample() throws Exception {
        Optional<Path> soffice = soffice();
        if (soffice.isEmpty() && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("LibreOffice (soffice) is not installed; .ci/run installs libreoffice-writer-nogui");
        }
        assumeThat(soffice).as("LibreOffice (soffice) on the PATH").isPresent();
        ReportEngine engine = ReportEngine.builder().build();
        school = engine.assemble(engine.read(DocxRendererTest.SAMPLES.resolve("school.yaml")));
        Path docx = work.resolve("school.docx");
        engine.renderTo(school, "docx", docx);
        Path pdf = convert(soffice.get(), docx, work);
        converted = PdfPages.read(Files.readAllBytes(pdf));
        Files.createDirectories(DocxRendererTest.OUT);
        Files.copy(pdf, DocxRendererTest.OUT.resolve("school-libreoffice.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        ByteArrayOutputStream ownPdf = new ByteArrayOutputStream();
        engine.render(school, "pdf", ownPdf);
        own = PdfPages.read(ownPdf.toByteArray());
    }

    /** {@code docx} converted by LibreOffice headless into {@code work}, with a profile of its own. */
    static Path convert(Path soffice, Path docx, Path work) throws Exception {
        Process p = new ProcessBuilder(soffice.toString(),
                // a profile of its own: no clash with a running LibreOffice or another test, no first-run dialogs
                "-env:UserInstallation=" + work.resolve("profile").toUri(),
                "--headless", "--norestore", "--nologo", "--convert-to", "pdf", "--outdir", work.toString(),
                docx.toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("soffice.log").toFile()).start();
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("LibreOffice did not convert the DOCX within 3 minutes");
        }
        String name = docx.getFileName().toString();
        Path pdf = work.resolve(name.substring(0, name.length() - ".docx".length()) + ".pdf");
        assertThat(pdf).as("LibreOffice's PDF (log: %s)", Files.readString(work.resolve("soffice.log"))).exists();
        return pdf;
    }

    /** The district roll-up's charts reach Word as pictures under their captions, and LibreOffice shows them. */
    @Test
    void theDistrictsChartsArePicturesUnderTheirCaptions() throws Exception {
        ReportEngine engine = ReportEngine.builder().build();
        Path input = DocxRendererTest.SAMPLES.resolve("district").resolve("district.yaml");
        io.zongjie.model.ReportSpec spec = engine.read(input);
        Document district = engine.assemble(spec, io.zongjie.api.AssembleOptions.of(input, spec));
        Path docx = work.resolve("district.docx");
        engine.renderTo(district, "docx", docx);
        Path pdf = convert(soffice().orElseThrow(), docx, work);
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            // LibreOffice may share one resource dictionary among pages: count each picture once
            java.util.Set<Object> pictures = new java.util.HashSet<>();
            for (org.apache.pdfbox.pdmodel.PDPage page : doc.getPages()) {
                for (org.apache.pdfbox.cos.COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name)
                            instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject image) {
                        pictures.add(image.getCOSObject());
                        // drawn at print resolution: wide enough for the text block at about 250 dpi
                        assertThat(image.getWidth()).isEqualTo(1560);
                    }
                }
            }
            assertThat(pictures).hasSize(2);
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("主要工作数据与上年对比（人次）").contains("各基层工会走访慰问教职工（人次）");
        }
    }

    static Optional<Path> soffice() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("soffice", "libreoffice")) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        Path debian = Path.of("/usr/lib/libreoffice/program/soffice");
        return Files.isExecutable(debian) ? Optional.of(debian) : Optional.empty();
    }

    @Test
    void takesAboutAsManyPagesAsZongjiesOwnPdf() {
        assertThat(converted.size()).isBetween(own.size() - 1, own.size() + 1);
    }

    @Test
    void fullPagesHold22LinesOnOneGrid() {
        int full = 0;
        int bodyPages = attachmentPage() - 1;
        for (PdfPages.Page page : converted.subList(0, bodyPages)) {
            List<PdfPages.Line> lines = page.body();
            assertThat(lines.size()).as("lines on page %d", page.number()).isLessThanOrEqualTo(22);
            if (lines.size() == 22) {
                full++;
            }
            for (int i = 1; i < lines.size(); i++) {
                double steps = (lines.get(i).baseline() - lines.get(i - 1).baseline()) / 28.95;
                assertThat(Math.abs(steps - Math.round(steps))).as("line %d of page %d off the grid", i + 1,
                        page.number()).isLessThan(0.05);
            }
        }
        // a heading kept with its paragraph, or a section's last line, may leave a page one line short
        assertThat(full).as("pages of 22 lines").isGreaterThanOrEqualTo((bodyPages - 1) / 2);
    }

    @Test
    void keepsTheChineseLineBreakingRules() {
        for (PdfPages.Page page : converted) {
            for (PdfPages.Line line : page.body()) {
                String text = line.squashed();
                assertThat(NO_LINE_START.indexOf(text.charAt(0))).as("page %d starts a line with %s", page.number(),
                        text).isNegative();
                assertThat(NO_LINE_END.indexOf(text.charAt(text.length() - 1))).as("page %d ends a line with %s",
                        page.number(), text).isNegative();
            }
        }
    }

    @Test
    void showsEveryHeading() {
        StringBuilder all = new StringBuilder();
        converted.forEach(p -> p.body().forEach(l -> all.append(l.squashed())));
        for (Heading h : school.headings()) {
            assertThat(all).contains(h.plainText());
        }
    }

    @Test
    void numbersPagesOnTheOuterEdge() {
        for (PdfPages.Page page : converted) {
            PdfPages.Line number = page.pageNumber().orElseThrow(() -> new AssertionError("no page number on page "
                    + page.number()));
            assertThat(number.squashed()).isEqualTo("—" + page.number() + "—");
            if (page.number() % 2 == 1) {
                assertThat(number.left()).isGreaterThan(page.width() / 2);
            } else {
                assertThat(number.right()).isLessThan(page.width() / 2);
            }
        }
    }

    @Test
    void printsTheKeyFiguresAsAnAttachmentOnAPageOfItsOwn() {
        PdfPages.Page page = converted.get(attachmentPage() - 1);
        List<PdfPages.Line> lines = page.body();
        assertThat(lines.get(0).squashed()).isEqualTo("附件");
        assertThat(lines.get(1).squashed()).isEqualTo("2023年主要工作数据");
        assertThat(lines.get(0).left()).isLessThan(lines.get(1).left());
        List<String> before = new ArrayList<>();
        converted.get(attachmentPage() - 2).body().forEach(l -> before.add(l.squashed()));
        assertThat(before).contains("附件：2023年主要工作数据", "临江市滨江实验中学工会委员会", "2023年12月26日");
    }

    private static int attachmentPage() {
        for (PdfPages.Page page : converted) {
            if (!page.body().isEmpty() && page.body().get(0).squashed().equals("附件")) {
                return page.number();
            }
        }
        throw new AssertionError("no page starts with 附件");
    }
}
