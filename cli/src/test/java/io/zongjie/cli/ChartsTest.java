package io.zongjie.cli;

import static io.zongjie.cli.MainTest.SAMPLES;
import static io.zongjie.cli.MainTest.zongjie;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.zongjie.cli.MainTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Charts as a reader meets them: in the district roll-up's PDF as vectors whose Chinese labels copy back (no
 * picture), in its HTML as SVG that Chromium prints with the labels, in Markdown as a table, and only where asked.
 */
class ChartsTest {

    private static final Path DISTRICT = SAMPLES.resolve("district").resolve("district.yaml");

    @TempDir
    Path dir;

    /** Images and forms on every page, forms inside forms included. */
    private static void count(PDResources resources, int[] images, int[] forms) throws Exception {
        if (resources == null) {
            return;
        }
        for (COSName name : resources.getXObjectNames()) {
            PDXObject x = resources.getXObject(name);
            if (x instanceof PDImageXObject) {
                images[0]++;
            } else if (x instanceof PDFormXObject form) {
                forms[0]++;
                count(form.getResources(), images, forms);
            }
        }
    }

    @Test
    void theDistrictPdfDrawsItsChartsAsVectorsWithChineseLabelsThatCopyBack() throws Exception {
        Path pdf = dir.resolve("d.pdf");
        Run run = zongjie("assemble", DISTRICT.toString(), "-o", pdf.toString());
        assertThat(run.code()).as(run.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int[] images = {0};
            int[] forms = {0};
            for (PDPage page : doc.getPages()) {
                count(page.getResources(), images, forms);
            }
            assertThat(images[0]).as("image XObjects").isZero();
            assertThat(forms[0]).as("the charts' forms").isEqualTo(2);
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            // the chart's own title, its legend and its axis labels are text in the body's face
            assertThat(text).contains("主要工作数据与上年对比（人次）").contains("2022年2023年")
                    .contains("各基层工会走访慰问教职工（人次）").contains("实验小学").contains("职业技术学校");
        }
    }

    @Test
    void theHtmlHoldsSvgChartsThatChromiumPrintsWithTheirLabels() throws Exception {
        Path html = dir.resolve("d.html");
        assertThat(zongjie("assemble", DISTRICT.toString(), "-o", html.toString()).code()).isZero();
        String page = Files.readString(html);
        assertThat(page).doesNotContain("<?xml").doesNotContain("<!DOCTYPE svg");
        assertThat(Pattern.compile("<svg ").matcher(page).results().count()).isEqualTo(2);
        // two charts on one page keep their own ids (clip paths)
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile(" id=\"([^\"]+)\"").matcher(page);
        while (m.find()) {
            ids.add(m.group(1));
        }
        assertThat(ids).doesNotHaveDuplicates();

        Optional<Path> chromium = HtmlPrintTest.chromium();
        if (chromium.isEmpty() && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("Chromium is not installed; .ci/run installs the chromium package");
        }
        assumeThat(chromium).as("Chromium on the PATH").isPresent();
        Path printed = dir.resolve("printed.pdf");
        Process p = new ProcessBuilder(chromium.get().toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + dir.resolve("profile"), "--print-to-pdf=" + printed, html.toUri().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("Chromium did not print within 2 minutes");
        }
        try (PDDocument doc = Loader.loadPDF(printed.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains("主要工作数据与上年对比（人次）").contains("各基层工会走访慰问教职工（人次）")
                    .contains("第一中学");
        }
    }

    @Test
    void markdownPrintsAChartAsATableAndTheSwitchTurnsChartsOff() throws Exception {
        Path md = dir.resolve("d.md");
        assertThat(zongjie("assemble", DISTRICT.toString(), "-o", md.toString()).code()).isZero();
        assertThat(Files.readString(md)).contains("**各基层工会走访慰问教职工（人次）**")
                .contains("| 第一中学 | 308 |").contains("| 走访慰问教职工 | 1220 | 1372 |");

        Path off = dir.resolve("district.yaml");
        Files.writeString(off, Files.readString(DISTRICT).replace("  keyFigures: true\n",
                "  keyFigures: true\n  charts: false\n"));
        for (String unit : List.of("units", "district-2022.yaml")) {
            copy(SAMPLES.resolve("district").resolve(unit), dir.resolve(unit));
        }
        Path plain = dir.resolve("off.md");
        Run run = zongjie("assemble", off.toString(), "-o", plain.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(Files.readString(plain)).doesNotContain("对比（人次）").doesNotContain("**各基层工会走访慰问教职工（人次）**")
                .contains("| 走访慰问教职工 | 1220人次 | 1372人次 | 增长12.5% |");
    }

    @Test
    void aSingleUnitsReportHasNoChartUnlessItAsksForOne() throws Exception {
        Path md = dir.resolve("s.md");
        assertThat(zongjie("assemble", SAMPLES.resolve("school.yaml").toString(), "-o", md.toString()).code()).isZero();
        assertThat(Files.readString(md)).doesNotContain("对比");
    }

    private static void copy(Path from, Path to) throws Exception {
        if (Files.isDirectory(from)) {
            Files.createDirectories(to);
            try (var files = Files.list(from)) {
                for (Path f : files.toList()) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        } else {
            Files.copy(from, to);
        }
    }
}
