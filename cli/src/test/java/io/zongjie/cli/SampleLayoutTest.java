package io.zongjie.cli;

import static io.zongjie.cli.MainTest.SAMPLES;
import static io.zongjie.cli.MainTest.zongjie;
import static org.assertj.core.api.Assertions.assertThat;

import io.zongjie.cli.MainTest.Run;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every sample's PDF, read back with PDFBox, against a stored expectation of its layout: the number of pages and, for
 * every line of text on every page, where it starts (x and baseline, to a tenth of a point), its face and size, and
 * its text. An optimisation of the PDF writer (compression, font subsets, start-up work) must leave all of it as it
 * was; a change to the prose or the layout changes it on purpose, and then the expectations are written again:
 *
 * <pre>mvn -o -q -pl cli test-compile surefire:test -Dtest=SampleLayoutTest -Dzongjie.layout.update=true</pre>
 *
 * and the difference is read in {@code git diff cli/src/test/resources/layout} before it is committed.
 */
class SampleLayoutTest {

    private static final Path EXPECTED = Path.of("src", "test", "resources", "layout");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"school", "enterprise", "government", "hospital", "district-education", "township",
            "congress-report", "school-year", "half-year", "summary-plan", "district/district"})
    void theSamplePdfHasTheStoredPagesLinesAndPositions(String name) throws Exception {
        Path pdf = dir.resolve("out.pdf");
        Run run = zongjie("assemble", SAMPLES.resolve(name + ".yaml").toString(), "-o", pdf.toString());
        assertThat(run.code()).as(run.err()).isZero();

        String layout = layout(pdf);
        Path expected = EXPECTED.resolve(name.replace('/', '-') + ".txt");
        if (Boolean.getBoolean("zongjie.layout.update")) {
            Files.writeString(expected, layout, StandardCharsets.UTF_8);
        }
        assertThat(expected).as("stored layout (write it with -Dzongjie.layout.update=true)").exists();
        List<String> want = Files.readAllLines(expected, StandardCharsets.UTF_8);
        List<String> got = layout.lines().toList();
        assertThat(got.get(0)).as("page count").isEqualTo(want.get(0));
        for (int i = 1; i < Math.min(want.size(), got.size()); i++) {
            assertThat(got.get(i)).as("line %d of %s", i + 1, expected).isEqualTo(want.get(i));
        }
        assertThat(got).as("number of text lines").hasSameSizeAs(want);
    }

    @org.junit.jupiter.api.Test
    void theSchoolSamplePdfStaysWithinItsSize() throws Exception {
        Path pdf = dir.resolve("school.pdf");
        Run run = zongjie("assemble", SAMPLES.resolve("school.yaml").toString(), "-o", pdf.toString());
        assertThat(run.code()).as(run.err()).isZero();
        // issue 15: 265 KB, with the fonts' subsets renumbered to compact glyph IDs (309,137 bytes before)
        assertThat(Files.size(pdf)).isLessThanOrEqualTo(265 * 1024);
    }

    /** {@code pages N}, then one line per text line: {@code page x baseline face size text}. */
    static String layout(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            List<String> lines = new ArrayList<>();
            lines.add("pages " + doc.getNumberOfPages());
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    if (text.isBlank() || positions.isEmpty()) {
                        return;
                    }
                    TextPosition first = positions.get(0);
                    String face = first.getFont().getName();
                    face = face == null ? "?" : face.substring(face.indexOf('+') + 1);
                    lines.add(String.format(Locale.ROOT, "%d %.1f %.1f %s %.1f %s", getCurrentPageNo(),
                            first.getXDirAdj(), first.getYDirAdj(), face, first.getFontSizeInPt(), text.strip()));
                }
            };
            stripper.setSortByPosition(true);
            stripper.writeText(doc, new StringWriter());
            return String.join("\n", lines) + "\n";
        }
    }
}
