package io.zongjie.cli;

import static io.zongjie.cli.MainTest.SAMPLES;
import static io.zongjie.cli.MainTest.zongjie;
import static org.assertj.core.api.Assertions.assertThat;

import io.zongjie.cli.MainTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code zongjie batch}: many reports, several threads, one engine; bad inputs are listed, not fatal. */
class BatchTest {

    @TempDir
    Path dir;

    Path inputs;
    Path out;
    String school;

    @BeforeEach
    void folders() throws Exception {
        inputs = Files.createDirectories(dir.resolve("in"));
        out = dir.resolve("out");
        school = Files.readString(SAMPLES.resolve("school.yaml"));
    }

    /** A copy of the school sample for another school, so each output differs. */
    private Path schoolNamed(String file, String organization) throws Exception {
        return Files.writeString(inputs.resolve(file), school.replace("临江市滨江实验中学", organization));
    }

    @Test
    void assemblesEveryInputInParallelExactlyAsAssembleDoesAndKeepsGoingPastBadOnes() throws Exception {
        for (int i = 1; i <= 8; i++) {
            schoolNamed("school-" + i + ".yaml", "临江市第" + i + "中学");
        }
        Files.writeString(inputs.resolve("negative.yaml"), school.replace("amount: 29000", "amount: -29000"));
        Files.writeString(inputs.resolve("broken.json"), "{\"report\": ");
        Files.writeString(inputs.resolve("notes.txt"), "not an input");

        Run run = zongjie("batch", inputs.toString(), "-o", out.toString(), "--format", "html", "-j", "4");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).contains("batch: 8 done, 2 failed, 10 in all (html in " + out + ", 4 threads)")
                .contains("failed: " + inputs.resolve("broken.json") + ", " + inputs.resolve("negative.yaml"));
        assertThat(run.err()).contains(inputs.resolve("negative.yaml") + ": failed")
                .contains("sections[2].data.visits[0].amount: must be greater than or equal to 0 (was -29000)")
                .contains(inputs.resolve("broken.json") + ": failed").doesNotContain("\tat ");
        try (Stream<Path> written = Files.list(out)) {
            assertThat(written.map(p -> p.getFileName().toString()).sorted()).containsExactly(
                    "school-1.html", "school-2.html", "school-3.html", "school-4.html", "school-5.html",
                    "school-6.html", "school-7.html", "school-8.html");
        }
        // the shared engine gives each thread's report exactly what a single run gives
        for (int i = 1; i <= 8; i++) {
            Path single = dir.resolve("single-" + i + ".html");
            assertThat(zongjie("assemble", inputs.resolve("school-" + i + ".yaml").toString(), "-o",
                    single.toString()).code()).isZero();
            assertThat(Files.readString(out.resolve("school-" + i + ".html")))
                    .contains("临江市第" + i + "中学").isEqualTo(Files.readString(single));
        }
    }

    @Test
    void takesFilesAsWellAsFoldersAndExitsZeroWhenAllAreDone() throws Exception {
        Path a = schoolNamed("a.yaml", "甲校");
        Path b = schoolNamed("b.yml", "乙校");

        Run run = zongjie("batch", a.toString(), b.toString(), "-o", out.toString(), "-f", "txt", "-j", "1");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("batch: 2 done, 0 failed, 2 in all (txt in " + out + ", 1 thread)");
        assertThat(Files.readString(out.resolve("a.txt"))).contains("甲校2023年工会工作总结");
        assertThat(Files.readString(out.resolve("b.txt"))).contains("乙校2023年工会工作总结");
    }

    @Test
    void writesWordFilesToo() throws Exception {
        Path a = schoolNamed("a.yaml", "甲校");
        Path b = schoolNamed("b.yml", "乙校");

        Run run = zongjie("batch", a.toString(), b.toString(), "-o", out.toString(), "-f", "docx", "-j", "2");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("batch: 2 done, 0 failed, 2 in all (docx in " + out + ", 2 threads)");
        try (org.apache.poi.xwpf.usermodel.XWPFDocument docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                Files.newInputStream(out.resolve("b.docx")))) {
            assertThat(docx.getParagraphs().get(0).getText()).isEqualTo("乙校2023年工会工作总结");
        }
    }

    @Test
    void aMissingInputFileIsOneFailureNotTheEndOfTheBatch() throws Exception {
        Path a = schoolNamed("a.yaml", "甲校");

        Run run = zongjie("batch", a.toString(), dir.resolve("nope.yaml").toString(), "-o", out.toString(),
                "-f", "md");

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("nope.yaml: failed").contains("nope.yaml: no such file");
        assertThat(out.resolve("a.md")).exists();
    }

    @Test
    void usageErrorsExitTwoBeforeAnythingIsWritten() throws Exception {
        schoolNamed("a.yaml", "甲校");
        Files.writeString(inputs.resolve("a.json"), "{}");

        Run clash = zongjie("batch", inputs.toString(), "-o", out.toString(), "-f", "html");
        assertThat(clash.code()).isEqualTo(2);
        assertThat(clash.err()).contains("would both be written to " + out.resolve("a.html"));
        assertThat(out).doesNotExist();

        assertThat(zongjie("batch", inputs.toString(), "-o", out.toString(), "-f", "html", "-j", "0").code())
                .isEqualTo(2);
        assertThat(zongjie("batch", inputs.toString(), "-o", out.toString(), "-f", "odt").err())
                .contains("unknown format 'odt'");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThat(zongjie("batch", empty.toString(), "-o", out.toString(), "-f", "html").err())
                .contains("no .yaml, .yml or .json files in " + empty);
    }
}
