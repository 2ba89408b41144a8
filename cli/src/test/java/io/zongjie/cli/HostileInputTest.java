package io.zongjie.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile-input corpus: every file in {@code src/test/resources/hostile/} (with its expectation in
 * {@code expected.tsv}) and the cases generated below — wrong encodings, huge and deep inputs, long numbers — is
 * fed to {@code zongjie assemble}. Each must exit 1 within a bounded time, with a message naming the path of the
 * bad value (and its line and column where it has one), without a stack trace, and without writing anything.
 */
class HostileInputTest {

    static final Path CORPUS = Path.of("src", "test", "resources", "hostile");
    static final Duration GUARD = Duration.ofSeconds(20); // only against hangs: each case takes well under 1 s

    static final String FRAME = "report:\n  organization: 临江中学\n  period: 2023年\n  date: 2023-12-20\n";
    static final String SECTION = "sections:\n  - type: welfare\n    data:\n";

    @TempDir
    static Path tmp;

    /**
     * One case: the input's bytes, its file name, extra options, the path the message must name ("" for the
     * whole file), a fragment of the message, and whether it must carry a line and column.
     */
    record Case(String name, Generator bytes, List<String> options, String path, String fragment,
            boolean positioned) {
    }

    /** Writes a case's input; large ones are written in pieces, never held as one array. */
    @FunctionalInterface
    interface Generator {
        void writeTo(OutputStream out) throws IOException;
    }

    @TestFactory
    Stream<DynamicTest> corpusFiles() throws IOException {
        List<String> lines = Files.readAllLines(CORPUS.resolve("expected.tsv"), StandardCharsets.UTF_8);
        List<Case> cases = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            byte[] bytes = Files.readAllBytes(CORPUS.resolve(f[0]));
            boolean positioned = !f[1].isEmpty() || f[2].startsWith("is not valid") || f[2].contains("more than one");
            cases.add(new Case(f[0], out -> out.write(bytes), List.of(), f[1], f[2], positioned));
        }
        try (Stream<Path> files = Files.list(CORPUS)) {
            List<String> listed = cases.stream().map(Case::name).toList();
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("expected.tsv")))
                    .as("every corpus file has its expectation in expected.tsv").allMatch(listed::contains);
        }
        assertThat(cases).hasSizeGreaterThanOrEqualTo(60);
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    @TestFactory
    Stream<DynamicTest> generatedCases() {
        List<Case> cases = new ArrayList<>();
        String good = FRAME + SECTION + "      visits:\n        - {occasion: 春节, persons: 1, amount: 1}\n";

        // encodings
        cases.add(new Case("invalid-utf8.yaml", out -> {
            out.write(FRAME.getBytes(StandardCharsets.UTF_8));
            out.write(new byte[] {'x', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'});
        }, List.of(), "", "not UTF-8 text (bad bytes near offset", true));
        cases.add(new Case("gbk.yaml", out -> out.write(good.getBytes(Charset.forName("GBK"))), List.of(), "",
                "not UTF-8", false));
        cases.add(new Case("utf16-bom.yaml", out -> out.write(good.getBytes(StandardCharsets.UTF_16)), List.of(),
                "", "not UTF-8", false));
        cases.add(new Case("latin1.yaml", out -> out.write((FRAME + "x: café\n").getBytes(StandardCharsets.ISO_8859_1)),
                List.of(), "", "not UTF-8", false));
        cases.add(new Case("random-bytes.yaml", out -> {
            byte[] noise = new byte[4096];
            new Random(42).nextBytes(noise);
            out.write(noise);
        }, List.of(), "", "not UTF-8", false));
        cases.add(new Case("png-header.json", out -> out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10,
                0, 0, 0, 13}), List.of(), "", "not UTF-8", false));
        cases.add(new Case("bom-then-bad-persons.yaml", out -> {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            out.write((FRAME + SECTION + "      visits:\n        - {occasion: 春节, persons: -1, amount: 1}\n")
                    .getBytes(StandardCharsets.UTF_8));
        }, List.of(), "sections[0].data.visits[0].persons", "greater than or equal to 0", true));
        cases.add(new Case("crlf-bad-amount.yaml", out -> out.write((FRAME + SECTION
                + "      visits:\n        - {occasion: 春节, persons: 1, amount: -5}\n").replace("\n", "\r\n")
                .getBytes(StandardCharsets.UTF_8)), List.of(), "sections[0].data.visits[0].amount",
                "greater than or equal to 0", true));

        // sizes
        cases.add(new Case("fifty-megabytes.yaml", out -> {
            out.write((FRAME + SECTION + "      womenCare:\n").getBytes(StandardCharsets.UTF_8));
            byte[] line = "        - 组织女教职工开展插花沙龙活动，增进交流。\n".getBytes(StandardCharsets.UTF_8);
            for (long n = 0; n < (50L << 20) / line.length + 1; n++) {
                out.write(line);
            }
        }, List.of(), "", "the file is 51 MB, over the 10 MB input limit; raise it with --limit input-size=51MB",
                false));
        cases.add(new Case("eleven-megabytes.json", out -> {
            out.write("{\"pad\": \"".getBytes(StandardCharsets.UTF_8));
            out.write("x".repeat(11 << 20).getBytes(StandardCharsets.UTF_8));
            out.write("\"}".getBytes(StandardCharsets.UTF_8));
        }, List.of(), "", "over the 10 MB input limit", false));
        cases.add(new Case("sample-over-a-tiny-limit.yaml", out -> out.write(
                Files.readAllBytes(MainTest.SAMPLES.resolve("school.yaml"))), List.of("--limit", "input-size=1KB"),
                "", "over the 1 KB input limit; raise it with --limit input-size=", false));
        cases.add(new Case("ten-megabyte-string.yaml", out -> {
            out.write((FRAME + SECTION + "      womenCare:\n        - ").getBytes(StandardCharsets.UTF_8));
            out.write("慰".repeat(10_000_000 / 3).getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }, List.of("--limit", "input-size=20MB"), "sections[0].data.womenCare[0]",
                "over the 100000-character limit; the limit cannot be raised so far (string-length is at most "
                        + "1000000)", true));
        cases.add(new Case("ten-megabyte-string.json", out -> {
            out.write("{\"report\": {\"organization\": \"".getBytes(StandardCharsets.UTF_8));
            out.write("x".repeat(10 << 20).getBytes(StandardCharsets.UTF_8));
            out.write("\"}}".getBytes(StandardCharsets.UTF_8));
        }, List.of("--limit", "input-size=20MB"), "report.organization", "100000-character limit", true));
        cases.add(new Case("long-string.yaml", out -> out.write((FRAME + SECTION
                + "      visits:\n        - {occasion: " + "长".repeat(100_001) + ", persons: 1, amount: 1}\n")
                .getBytes(StandardCharsets.UTF_8)), List.of(), "sections[0].data.visits[0].occasion",
                "100001 characters long", true));
        cases.add(new Case("long-field-name.yaml", out -> out.write((FRAME + SECTION + "      " + "k".repeat(200_000)
                + ": 1\n").getBytes(StandardCharsets.UTF_8)), List.of(), "sections[0].data",
                "100000-character limit", true));

        // nesting
        cases.add(new Case("deep-flow.yaml", out -> out.write((FRAME + SECTION + "      visits: " + "[".repeat(10_000)
                + "]".repeat(10_000) + "\n").getBytes(StandardCharsets.UTF_8)), List.of(),
                "sections[0].data.visits[0][0]", "nested more than 64 levels deep, over the depth limit; "
                + "raise it with --limit depth=128", true));
        cases.add(new Case("deep.json", out -> out.write(("{\"report\": " + "{\"a\":".repeat(10_000) + "1"
                + "}".repeat(10_000) + "}").getBytes(StandardCharsets.UTF_8)), List.of(), "report.a.a.a",
                "nested more than 64 levels deep", true));
        cases.add(new Case("deep-block.yaml", out -> {
            StringBuilder y = new StringBuilder(FRAME).append("sections:\n");
            for (int i = 0; i < 1000; i++) {
                y.append("  ".repeat(i + 1)).append("k").append(i).append(":\n");
            }
            y.append("  ".repeat(1001)).append("end\n");
            out.write(y.toString().getBytes(StandardCharsets.UTF_8));
        }, List.of(), "sections.k0.k1.k2", "nested more than 64 levels deep", true));
        cases.add(new Case("sample-with-depth-3.yaml", out -> out.write(
                Files.readAllBytes(MainTest.SAMPLES.resolve("school.yaml"))), List.of("--limit", "depth=3"),
                "sections[0].data", "nested more than 3 levels deep", true));

        // numbers
        cases.add(new Case("ten-thousand-digits.yaml", out -> out.write((FRAME + SECTION
                + "      visits:\n        - {occasion: 春节, persons: 1, amount: " + "9".repeat(10_000) + "}\n")
                .getBytes(StandardCharsets.UTF_8)), List.of(), "sections[0].data.visits[0].amount",
                "over the 50-digit limit", true));
        cases.add(new Case("ten-thousand-digits.json", out -> out.write(("{\"report\": {\"organization\": \"a\", "
                + "\"period\": \"b\", \"date\": \"2023-12-20\", \"membership\": {\"staff\": " + "7".repeat(10_000)
                + "}}, \"sections\": [{\"type\": \"welfare\"}]}").getBytes(StandardCharsets.UTF_8)), List.of(),
                "report.membership.staff", "50-digit limit", true));
        cases.add(new Case("ten-thousand-decimals.yaml", out -> out.write((FRAME + SECTION
                + "      visits:\n        - {occasion: 春节, persons: 1, amount: 0." + "3".repeat(10_000) + "}\n")
                .getBytes(StandardCharsets.UTF_8)), List.of(), "sections[0].data.visits[0].amount",
                "50-digit limit", true));

        // volume: a spreadsheet pasted wrong gives many problems, all found, the list kept readable
        cases.add(new Case("twenty-thousand-bad-visits.yaml", out -> {
            out.write((FRAME + SECTION + "      visits:\n").getBytes(StandardCharsets.UTF_8));
            byte[] line = "        - {occasion: 春节, persons: -1, amount: 1}\n".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 20_000; i++) {
                out.write(line);
            }
        }, List.of("--limit", "list-items=20000"), "sections[0].data.visits[0].persons", "greater than or equal to 0",
                true));

        // issue 9: inputs too large for a limit are input problems (exit 1) naming the path that made them so
        cases.add(new Case("hundred-thousand-sections.json", out -> {
            out.write("{\"report\": {\"organization\": \"临江中学\", \"period\": \"2023年\", \"date\": \"2023-12-20\"}, \"sections\": ["
                    .getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 100_000; i++) {
                out.write(((i == 0 ? "" : ",") + "{\"type\": \"welfare\"}").getBytes(StandardCharsets.UTF_8));
            }
            out.write("]}".getBytes(StandardCharsets.UTF_8));
        }, List.of(), "sections", "the report has 100000 sections, over the 100-section limit; the limit cannot be "
                + "raised so far (sections is at most 99999)", true));
        cases.add(new Case("a-hundred-and-one-sections.yaml", out -> {
            out.write((FRAME + "sections:\n").getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 101; i++) {
                out.write("  - type: welfare\n".getBytes(StandardCharsets.UTF_8));
            }
        }, List.of(), "sections", "the report has 101 sections, over the 100-section limit; raise it with --limit "
                + "sections=101", true));
        cases.add(new Case("120000-visits-on-one-line.yaml", out -> {
            out.write((FRAME + SECTION + "      visits: [").getBytes(StandardCharsets.UTF_8));
            byte[] visit = "{occasion: 春节, persons: 1, amount: 1},".getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 120_000; i++) {
                out.write(visit);
            }
            out.write("]\n".getBytes(StandardCharsets.UTF_8));
        }, List.of(), "sections[0].data.visits", "the list has 120000 items, over the 10000-item limit for one list; "
                + "raise it with --limit list-items=120000", true));
        cases.add(new Case("four-million-numbers-sixty-deep.json", out -> {
            out.write(("{\"report\": {\"organization\": \"a\", \"period\": \"2023年\", \"date\": \"2023-12-20\"}, "
                    + "\"sections\": [{\"type\": \"welfare\", \"data\": {\"x\": " + "[".repeat(60))
                    .getBytes(StandardCharsets.UTF_8));
            byte[] one = "1,".repeat(1000).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < 4000; i++) {
                out.write(one);
            }
            out.write(("1" + "]".repeat(60) + "}}]}").getBytes(StandardCharsets.UTF_8));
        }, List.of(), "sections[0].data.x[0][0][0]", "the list has 4000001 items, over the 10000-item limit", true));
        cases.add(new Case("more-visits-than-the-template-may-loop.yaml", out -> {
            out.write((FRAME + SECTION + "      visits:\n").getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 2000; i++) {
                out.write("        - {occasion: 春节, persons: 1, amount: 1}\n".getBytes(StandardCharsets.UTF_8));
            }
        }, List.of("--limit", "template-loops=1000"), "sections[0].data.visits", "the list has 2000 items, more than "
                + "the section's template io/zongjie/plugins/welfare/welfare.vm can go through within the "
                + "template-loops limit", true));
        cases.add(new Case("a-hundred-thousand-deep.json", out -> out.write(("{\"report\": " + "[".repeat(100_000)
                + "]".repeat(100_000) + "}").getBytes(StandardCharsets.UTF_8)), List.of("--limit", "depth=1000"),
                "report[0][0][0]", "nested more than 1000 levels deep, over the depth limit; the limit cannot be "
                + "raised so far (depth is at most 1000)", true));
        cases.add(new Case("three-hundred-thousand-deep.yaml", out -> out.write((FRAME + SECTION + "      visits: "
                + "[".repeat(300_000) + "]".repeat(300_000) + "\n").getBytes(StandardCharsets.UTF_8)),
                List.of("--limit", "depth=1000"), "sections[0].data.visits[0][0]", "levels): nested more than "
                + "1000 levels deep", true));
        cases.add(new Case("427-bytes-over-a-one-byte-limit.yaml", out -> out.write(Arrays.copyOf(
                Files.readAllBytes(MainTest.SAMPLES.resolve("school.yaml")), 427)), List.of("--limit", "input-size=1"),
                "", "the file is 427 bytes, over the 1 bytes input limit; raise it with --limit input-size=1KB", false));

        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    @Test
    void aLimitRaisedBeyondWhatStaysSafeIsAUsageError() {
        MainTest.Run run = MainTest.zongjie("validate", MainTest.SAMPLES.resolve("school.yaml").toString(), "--limit",
                "depth=100000");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--limit depth=100000: depth can be at most 1000 (deeper nesting cannot be "
                + "read safely), not 100000");
    }

    private static final Pattern TRACE = Pattern.compile("(?m)^\\s+at [\\w.$]+\\(|Exception\\b|Error\\b");

    static void check(Case c) throws Exception {
        Path dir = Files.createTempDirectory(tmp, "case");
        Path input = dir.resolve(c.name());
        try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(input), 1 << 16)) {
            c.bytes().writeTo(out);
        }
        Path output = dir.resolve("out.html");
        List<String> args = new ArrayList<>(List.of("assemble", input.toString(), "-o", output.toString()));
        args.addAll(c.options());
        MainTest.Run run = assertTimeoutPreemptively(GUARD, () -> MainTest.zongjie(args.toArray(String[]::new)));

        assertThat(run.code()).as(run.err()).isEqualTo(1);
        String problem = run.err().lines().filter(l -> l.contains(c.fragment())).findFirst().orElse("");
        assertThat(problem).as("the problem in:\n" + run.err()).startsWith(input.toString()).contains(c.fragment());
        if (!c.path().isEmpty()) {
            assertThat(problem).contains(": " + c.path());
        }
        if (c.positioned()) {
            assertThat(problem).as("line and column").matches(Pattern.quote(input.toString()) + ":\\d+:\\d+: .*");
        }
        assertThat(run.err()).contains("nothing was written");
        assertThat(TRACE.matcher(run.err()).find()).as("no stack trace in:\n" + run.err()).isFalse();
        assertThat(run.err().lines().count()).as("the list of problems stays readable").isLessThan(130);
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly(c.name());
        }
        Files.delete(input);
    }

    @Test
    void markupAndTemplateCodeInDataComeOutLiterally() throws Exception {
        Path input = Path.of("src", "test", "resources", "valid", "markup-in-data.yaml");
        Path html = tmp.resolve("markup.html");
        Path txt = tmp.resolve("markup.txt");
        Path md = tmp.resolve("markup.md");
        for (Path out : List.of(html, txt, md)) {
            MainTest.Run run = MainTest.zongjie("assemble", input.toString(), "-o", out.toString());
            assertThat(run.code()).as(run.err()).isZero();
        }
        String h = Files.readString(html);
        assertThat(h).doesNotContain("<script").doesNotContain("<img").doesNotContain("<![CDATA[")
                .contains("&lt;script&gt;alert(&#39;xss&#39;)&lt;/script&gt;春节")
                .contains("&lt;img src=x onerror=alert(1)&gt;中学")
                .contains("#set($x = 1)$x.getClass().forName(")
                .contains("&amp;amp;#foreach($i in [1..9])x#end");
        String t = Files.readString(txt);
        assertThat(t).contains("<script>alert('xss')</script>春节")
                .contains("#set($x = 1)$x.getClass().forName('java.lang.Runtime')")
                .contains("${report.organization}&amp;#foreach($i in [1..9])x#end")
                .contains("#include('/etc/passwd') $fmt.getClass() ## not a comment")
                .contains("</h2><script>alert('title')</script>")
                .doesNotContain("java.lang.Runtime@");
        String m = Files.readString(md);
        assertThat(m).doesNotContain("<script>").contains("\\<script\\>");
        Path pdf = tmp.resolve("markup.pdf");
        MainTest.Run run = MainTest.zongjie("assemble", input.toString(), "-o", pdf.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(SamplesTest.pdfText(Files.readAllBytes(pdf)))
                .contains("<script>alert('xss')</script>春节")
                .contains("#set($x=1)$x.getClass().forName('java.lang.Runtime')")
                .doesNotContain("java.lang.Runtime@");
    }

    @Test
    void entitiesInDataAreShownAsTypedInEveryFormat() throws Exception {
        Path input = Files.writeString(tmp.resolve("entities.yaml"), FRAME + SECTION
                + "      visits:\n        - {occasion: \"A&lt;B&amp;C\", persons: 1, amount: 1}\n");
        for (String format : List.of("md", "html", "txt")) {
            Path out = tmp.resolve("entities." + format);
            MainTest.Run run = MainTest.zongjie("assemble", input.toString(), "-o", out.toString());
            assertThat(run.code()).as(run.err()).isZero();
            String text = Files.readString(out);
            switch (format) {
                case "md" -> assertThat(text).contains("A\\&lt;B\\&amp;C").doesNotContain("A&lt;B");
                case "html" -> assertThat(text).contains("A&amp;lt;B&amp;amp;C");
                default -> assertThat(text).contains("A&lt;B&amp;C");
            }
        }
    }

    @Test
    void outputThroughASymbolicLinkReplacesTheLinkAndLeavesItsTargetAlone() throws Exception {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Path precious = Files.writeString(elsewhere.resolve("precious.html"), "不可覆盖");
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path link = Files.createSymbolicLink(out.resolve("report.html"), precious);

        MainTest.Run run = MainTest.zongjie("assemble", MainTest.SAMPLES.resolve("school.yaml").toString(), "-o",
                link.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isFalse();
        assertThat(Files.readString(link)).contains("<h1>");
        assertThat(Files.readString(precious)).isEqualTo("不可覆盖");
    }

    @Test
    void aFailingPluginIsOneLineNamingSectionAndPluginNoStackTrace() {
        StringWriter err = new StringWriter();
        int code = Main.report(new io.zongjie.api.PluginFailureException("welfare", 2,
                "plugin 'welfare' (org.acme.Welfare) failed: java.lang.NullPointerException", new NullPointerException()),
                new PrintWriter(err, true));
        assertThat(code).isEqualTo(3);
        assertThat(err.toString()).isEqualTo("zongjie: sections[2] (welfare): plugin 'welfare' (org.acme.Welfare) "
                + "failed: java.lang.NullPointerException" + System.lineSeparator());
    }

    @Test
    void aBadLimitIsAUsageError() {
        MainTest.Run run = MainTest.zongjie("validate", MainTest.SAMPLES.resolve("school.yaml").toString(), "--limit",
                "depht=3");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("--limit depht=3: unknown limit 'depht'; the limits are input-size, depth");
    }

    @Test
    @org.junit.jupiter.api.condition.EnabledOnOs(org.junit.jupiter.api.condition.OS.LINUX)
    void aFileThatNeverEndsIsReadOnlyUpToTheLimit() {
        // /dev/zero reports a size of 0 and never ends: the bounded read, not the size check, stops it
        MainTest.Run run = assertTimeoutPreemptively(GUARD, () -> MainTest.zongjie("validate", "/dev/zero",
                "--limit", "input-size=1MB"));
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith("/dev/zero: the input is over the 1 MB input limit; raise it with --limit "
                + "input-size=");
    }
}
