package io.zongjie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives {@code zongjie} in-process, as a user at a terminal would, checking output, messages and exit codes. */
class MainTest {

    static final Path SAMPLES = Path.of("..", "samples");

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run zongjie(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path input(String yaml) throws Exception {
        return Files.writeString(dir.resolve("report.yaml"), yaml);
    }

    private static final String GOOD_FRAME = """
            report:
              organization: 临江中学
              period: 2023年
              date: 2023-12-20
            """;

    @Test
    void assemblesTheSchoolSampleWithEverySectionNumberedAndWelfareTotals() throws Exception {
        Path out = dir.resolve("school.html");
        Run run = zongjie("assemble", SAMPLES.resolve("school.yaml").toString(), "-o", out.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("wrote " + out + " (html, ");
        String html = Files.readString(out);
        assertThat(html).contains("<h1>临江市滨江实验中学2023年工会工作总结</h1>")
                .containsSubsequence("<h2>一、加强师德建设，提升业务素质</h2>", "<h2>二、坚持民主管理，推进校务公开</h2>",
                        "<h2>三、真情关爱，扎实开展送温暖活动</h2>", "<h2>四、丰富文体活动，活跃教职工生活</h2>",
                        "<h2>五、加强自身建设，增强工会活力</h2>", "<h2>六、存在的不足与2024年工作打算</h2>")
                // 58 + 148 + 17 + 6 person-times, 29000 + 29600 + 8500 + 3000 yuan
                .contains("全年共走访慰问教职工229人次，发放慰问金7.01万元");
    }

    @Test
    void everyFormatComesFromTheExtensionOrTheOption() throws Exception {
        Path school = SAMPLES.resolve("school.yaml");
        for (String ext : new String[] {"md", "txt", "html"}) {
            Path out = dir.resolve("r." + ext);
            assertThat(zongjie("assemble", school.toString(), "-o", out.toString()).code()).isZero();
            assertThat(Files.readString(out)).contains("三、真情关爱，扎实开展送温暖活动");
        }
        Path noExt = dir.resolve("report");
        assertThat(zongjie("assemble", school.toString(), "-o", noExt.toString(), "--format", "md").code()).isZero();
        assertThat(Files.readString(noExt)).startsWith("# 临江市滨江实验中学");
    }

    @Test
    void writesAWordFileThatReadsBackWithEveryHeading() throws Exception {
        Path out = dir.resolve("school.docx");
        Run run = zongjie("assemble", SAMPLES.resolve("school.yaml").toString(), "-o", out.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("wrote " + out + " (docx, ");
        assertThat(run.err()).doesNotContain("log4j").doesNotContain("Log4j");
        try (org.apache.poi.xwpf.usermodel.XWPFDocument docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                Files.newInputStream(out))) {
            assertThat(docx.getParagraphs()).filteredOn(p -> "Heading1".equals(p.getStyle()))
                    .extracting(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText)
                    .containsExactly("一、加强师德建设，提升业务素质", "二、坚持民主管理，推进校务公开",
                            "三、真情关爱，扎实开展送温暖活动", "四、丰富文体活动，活跃教职工生活", "五、加强自身建设，增强工会活力",
                            "六、存在的不足与2024年工作打算");
        }
        // a report to the staff congress: its subtitle centred under the title, and no signature
        Path report = dir.resolve("report.docx");
        assertThat(zongjie("assemble", SAMPLES.resolve("congress-report.yaml").toString(), "-o", report.toString())
                .code()).isZero();
        try (org.apache.poi.xwpf.usermodel.XWPFDocument docx = new org.apache.poi.xwpf.usermodel.XWPFDocument(
                Files.newInputStream(report))) {
            assertThat(docx.getParagraphs()).filteredOn(p -> "Subtitle".equals(p.getStyle()))
                    .singleElement().extracting(org.apache.poi.xwpf.usermodel.XWPFParagraph::getText).asString()
                    .contains("——在临江市第五中学第七届二次教职工代表大会上").contains("工会主席　林晓燕");
            assertThat(docx.getParagraphs()).noneMatch(p -> "Signature".equals(p.getStyle()));
        }
        Path again = dir.resolve("again.docx");
        assertThat(zongjie("assemble", SAMPLES.resolve("school.yaml").toString(), "-o", again.toString(),
                "--format", "docx").code()).isZero();
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(out));
    }

    @Test
    void malformedFileExitsOneNamingThePositionAndWritesNothing() throws Exception {
        Path in = input(GOOD_FRAME + "sections:\n  - type: welfare\n    data: {visits: [\n");
        Path out = dir.resolve("r.html");

        Run run = zongjie("assemble", in.toString(), "-o", out.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith(in + ":7:").contains("is not valid YAML").contains("nothing was written")
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
    }

    @Test
    void unknownSectionTypeExitsOneListingTheKnownOnes() throws Exception {
        Path in = input(GOOD_FRAME + "sections:\n  - type: welfrae\n    data: {}\n");
        Path out = dir.resolve("r.html");

        Run run = zongjie("assemble", in.toString(), "-o", out.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains(in + ":6:5: sections[0].type: unknown section type 'welfrae'; "
                + "did you mean 'welfare'? (installed: ").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
    }

    @Test
    void negativeAmountExitsOneWithItsPathAndLeavesTheOldFile() throws Exception {
        Path in = input(GOOD_FRAME + """
                sections:
                  - type: welfare
                    data:
                      visits:
                        - occasion: 春节
                          persons: 10
                          amount: -300
                """);
        Path out = Files.writeString(dir.resolve("r.html"), "last year's report");

        Run run = zongjie("assemble", in.toString(), "-o", out.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains(in + ":11:11: sections[0].data.visits[0].amount: must be greater than or "
                + "equal to 0 (was -300)").contains("1 problem found; nothing was written.");
        assertThat(Files.readString(out)).isEqualTo("last year's report");
        assertThat(Files.list(dir)).hasSize(2);
    }

    @Test
    void validateSaysOkOrListsProblems() throws Exception {
        Run ok = zongjie("validate", SAMPLES.resolve("school.yaml").toString());
        assertThat(ok.code()).isZero();
        assertThat(ok.out()).contains("school.yaml: OK");

        Path bad = input(GOOD_FRAME.replace("2023-12-20", "去年") + "sections: []\n");
        Run run = zongjie("validate", bad.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("report.date: expected a date such as 2023-12-28 but found \"去年\"")
                .contains("sections: a report needs at least one section");
    }

    @Test
    void usageErrorsExitTwo() {
        Run missing = zongjie("assemble");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("Missing required").contains("zongjie assemble --help");

        assertThat(zongjie("frobnicate").code()).isEqualTo(2);
        assertThat(zongjie().code()).isEqualTo(2);
        Run noFormat = zongjie("assemble", SAMPLES.resolve("school.yaml").toString(), "-o", "report.xyz");
        assertThat(noFormat.code()).isEqualTo(2);
        assertThat(noFormat.err()).contains("cannot tell the format from 'report.xyz'");
    }

    @Test
    void missingInputExitsThree() {
        Run run = zongjie("assemble", dir.resolve("nope.yaml").toString(), "-o", dir.resolve("r.html").toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("nope.yaml: no such file");
    }

    @Test
    void helpAndVersionWorkEverywhere() {
        for (String[] args : new String[][] {{"--help"}, {"assemble", "--help"}, {"validate", "-h"},
                {"plugins", "--help"}, {"init", "--help"}}) {
            Run run = zongjie(args);
            assertThat(run.code()).isZero();
            assertThat(run.out()).contains("Usage: zongjie");
        }
        for (String[] args : new String[][] {{"--version"}, {"assemble", "--version"}, {"init", "-V"}}) {
            assertThat(zongjie(args).out()).startsWith("zongjie ");
        }
    }

    @Test
    void pluginsListsTheInstalledSectionTypes() {
        Run run = zongjie("plugins");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("welfare  「真情关爱，扎实开展送温暖活动」").contains("Formats: ").contains("html");
    }

    @Test
    void initWritesAnExampleThatAssemblesAndNeverOverwrites() throws Exception {
        Path file = dir.resolve("new.yaml");
        assertThat(zongjie("init", file.toString()).code()).isZero();
        assertThat(Files.readString(file)).contains("# zongjie report input").contains("type: welfare");
        assertThat(zongjie("validate", file.toString()).code()).isZero();
        // the example shows every built-in section, and assembles into a report numbered 一 to 七
        Path out = dir.resolve("example.txt");
        assertThat(zongjie("assemble", file.toString(), "-o", out.toString()).code()).isZero();
        assertThat(Files.readString(out)).containsSubsequence("一、加强师德建设", "二、坚持民主管理", "三、真情关爱",
                "四、丰富文体活动", "五、加强自身建设", "六、存在的不足与", "七、开设教职工子女暑期托管班")
                .contains("今年，工会把“暖心工程”作为为教职工办实事的头号工程。")
                .contains("春节前，校领导和工会委员分成四组，走访了每一位退休教师。");

        Run again = zongjie("init", file.toString());
        assertThat(again.code()).isEqualTo(3);
        assertThat(again.err()).contains("already exists; use --force");
    }

    @Test
    void aBrokenTemplateOverrideExitsThreeNamingTheTemplate() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("tpl/welfare"));
        Files.writeString(templates.resolve("welfare.vm"), "<p>一</p>\n<p>${data.vistis}</p>\n");
        Run run = zongjie("assemble", SAMPLES.resolve("school.yaml").toString(), "-o",
                dir.resolve("r.html").toString(), "--templates", dir.resolve("tpl").toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("template error").contains("welfare.vm:2:").doesNotContain("\tat ");
        assertThat(dir.resolve("r.html")).doesNotExist();
    }

    @Test
    void aRenderProfileChangesThePdfLayout() throws Exception {
        Path school = SAMPLES.resolve("school.yaml");
        Path standard = dir.resolve("standard.pdf");
        Path compact = dir.resolve("compact.pdf");
        Path profile = Files.writeString(dir.resolve("compact.yaml"), "bodySize: 12\nleading: 20\n");

        assertThat(zongjie("assemble", school.toString(), "-o", standard.toString()).code()).isZero();
        Run run = zongjie("assemble", school.toString(), "-o", compact.toString(), "--profile", profile.toString());

        assertThat(run.code()).as(run.err()).isZero();
        try (var a = org.apache.pdfbox.Loader.loadPDF(standard.toFile());
                var b = org.apache.pdfbox.Loader.loadPDF(compact.toFile())) {
            assertThat(b.getNumberOfPages()).isLessThan(a.getNumberOfPages());
        }
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "bodySise: 12\n");
        Run refused = zongjie("assemble", school.toString(), "-o", dir.resolve("x.pdf").toString(), "--profile",
                bad.toString());
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains(bad + ": bodySise: unknown setting 'bodySise'; did you mean 'bodySize'?");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void aFontThatWasAskedForMustExist() throws Exception {
        Path school = SAMPLES.resolve("school.yaml");
        Path out = dir.resolve("r.pdf");
        Run missing = zongjie("assemble", school.toString(), "-o", out.toString(), "--font", "/no/such/font.ttf");
        assertThat(missing.code()).isEqualTo(3);
        assertThat(missing.err()).contains("/no/such/font.ttf: no such file");

        Run notAFont = zongjie("assemble", school.toString(), "-o", out.toString(), "--font", "body=" + school);
        assertThat(notAFont.code()).isEqualTo(3);
        assertThat(notAFont.err()).contains("set for body cannot be used").doesNotContain("\tat ");

        Run badRole = zongjie("assemble", school.toString(), "-o", out.toString(), "--font", "bodyx=/x.ttf");
        assertThat(badRole.code()).isEqualTo(2);
        assertThat(badRole.err()).contains("unknown font role 'bodyx'");
        assertThat(out).doesNotExist();
    }
}
