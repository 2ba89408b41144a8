package io.zongjie.cli;

import static io.zongjie.cli.MainTest.zongjie;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.zongjie.testing.PdfPages;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The school sample's HTML as a browser prints it: headless Chromium with its default print settings (no flag that
 * turns its own header and footer off), measured with PDFBox against zongjie's own PDF. Skipped only where Chromium
 * is not installed and CI is not running; {@code .ci/run} installs it ({@code chromium}).
 */
class HtmlPrintTest {

    private static final float LEADING = 28.95f;
    private static final float LEFT = 28 / 25.4f * 72;
    private static final float RIGHT = (28 + 156) / 25.4f * 72;

    @TempDir
    static Path work;

    private static List<PdfPages.Page> printed;
    private static List<PdfPages.Page> own;

    @BeforeAll
    static void printTheSchoolSample() throws Exception {
        Optional<Path> chromium = chromium();
        if (chromium.isEmpty() && "true".equals(System.getenv("CI"))) {
            throw new AssertionError("Chromium is not installed; .ci/run installs the chromium package");
        }
        assumeThat(chromium).as("Chromium on the PATH").isPresent();
        Path html = work.resolve("school.html");
        Path pdf = work.resolve("school.pdf");
        assertThat(zongjie("assemble", MainTest.SAMPLES.resolve("school.yaml").toString(), "-o", html.toString())
                .code()).isZero();
        assertThat(zongjie("assemble", MainTest.SAMPLES.resolve("school.yaml").toString(), "-o", pdf.toString())
                .code()).isZero();
        Path printedPdf = work.resolve("printed.pdf");
        Process p = new ProcessBuilder(chromium.get().toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + work.resolve("profile"), "--print-to-pdf=" + printedPdf,
                html.toUri().toString())
                .redirectErrorStream(true).redirectOutput(work.resolve("chromium.log").toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("Chromium did not print within 2 minutes");
        }
        assertThat(printedPdf).as("Chromium's PDF (log: %s)", Files.readString(work.resolve("chromium.log"))).exists();
        printed = PdfPages.read(Files.readAllBytes(printedPdf));
        own = PdfPages.read(Files.readAllBytes(pdf));
        Path keep = Path.of("target", "html-print");
        Files.createDirectories(keep);
        Files.copy(printedPdf, keep.resolve("school-chromium.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    static Optional<Path> chromium() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    @Test
    void printsTheSamePagesAsThePdfWith22LinesAtMost() {
        assertThat(printed).hasSameSizeAs(own);
        int attachment = attachmentPage(printed);
        for (PdfPages.Page page : printed.subList(0, attachment - 1)) {
            List<PdfPages.Line> lines = page.body();
            assertThat(lines.size()).as("lines on page %d", page.number()).isLessThanOrEqualTo(22);
            // the body's pages break where the PDF's do
            assertThat(lines.size()).as("lines on page %d, as in the PDF", page.number())
                    .isEqualTo(own.get(page.number() - 1).body().size());
            // body lines on one grid (a 2号 title sits a few points lower in its line than 3号 text would)
            float body = lines.get(lines.size() - 1).fontSize();
            List<PdfPages.Line> text = lines.stream().filter(l -> Math.abs(l.fontSize() - body) < 0.5).toList();
            for (int i = 1; i < text.size(); i++) {
                double steps = (text.get(i).baseline() - text.get(i - 1).baseline()) / LEADING;
                assertThat(Math.abs(steps - Math.round(steps))).as("line %d of page %d off the grid", i + 1,
                        page.number()).isLessThan(0.05);
            }
        }
        assertThat(printed.subList(0, attachment - 1)).anySatisfy(p -> assertThat(p.body()).hasSize(22));
    }

    @Test
    void setsTwentyEightCharactersOnAFullLine() {
        long full = printed.stream().flatMap(p -> p.body().stream())
                .filter(l -> Math.abs(l.left() - LEFT) < 1 && Math.abs(l.right() - RIGHT) < 1.5
                        && l.squashed().matches("[\\p{IsHan}，、。；：“”《》（）]+"))
                .peek(l -> assertThat(l.chars()).as(l.text()).isBetween(27, 28))
                .filter(l -> l.chars() == 28).count();
        assertThat(full).isGreaterThan(10);
    }

    @Test
    void numbersPagesInTheMarginOddRightEvenLeftWithoutTheBrowsersHeaderAndFooter() {
        for (PdfPages.Page page : printed) {
            PdfPages.Line number = page.pageNumber().orElseThrow(() -> new AssertionError("no page number on page "
                    + page.number()));
            assertThat(number.squashed()).isEqualTo("—" + page.number() + "—");
            if (page.number() % 2 == 1) {
                assertThat(number.right()).isCloseTo(RIGHT - 14, within(3f));
            } else {
                assertThat(number.left()).isCloseTo(LEFT + 14, within(3f));
            }
            // 7 mm under the text block
            assertThat(number.baseline()).isBetween((37 + 225 + 7) / 25.4f * 72, (37 + 225 + 14) / 25.4f * 72);
            for (PdfPages.Line line : page.lines()) {
                assertThat(line.text()).doesNotContain("file:").doesNotContain("school.html")
                        .doesNotMatch(".*\\d+/\\d+/\\d+.*");
            }
        }
        assertThat(printed.get(0).lines().get(0).squashed()).isEqualTo("临江市滨江实验中学2023年工会工作总结");
    }

    @Test
    void printsTheKeyFiguresAsAnAttachmentOnANewPage() {
        List<PdfPages.Line> lines = printed.get(attachmentPage(printed) - 1).body();
        assertThat(lines.get(0).left()).isCloseTo(LEFT, within(1f));
        assertThat(lines.get(1).squashed()).isEqualTo("2023年主要工作数据");
        // on the third line (a 2号 title sits a few points lower in its line than 3号 text)
        assertThat(lines.get(1).baseline() - lines.get(0).baseline()).isCloseTo(2 * LEADING, within(4f));
    }

    private static int attachmentPage(List<PdfPages.Page> pages) {
        return pages.stream().filter(p -> !p.body().isEmpty() && p.body().get(0).squashed().equals("附件"))
                .findFirst().orElseThrow(() -> new AssertionError("no page starts with 附件")).number();
    }
}
