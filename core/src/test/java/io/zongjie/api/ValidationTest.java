package io.zongjie.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.zongjie.fixtures.EchoModule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user sees for a bad file: every problem, each with path, line and column. */
class ValidationTest {

    private final ReportEngine engine = ReportEngine.builder().discoverPlugins(false).addModule(new EchoModule())
            .build();

    @TempDir
    Path dir;

    private Path file(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content);
    }

    @Test
    void findsEveryProblemInOnePassWithPathLineAndColumn() throws Exception {
        Path input = file("report.yaml", """
                report:
                  organizaton: 临江中学
                  period: 2023年
                  date: 2023-13-45
                sections:
                  - type: echo
                    data:
                      text: 好
                      count: -5
                      txt: 多余
                  - type: welfar
                    data: {}
                  - type: echo
                    data:
                      text: 坏
                      count: many
                      items: 不是列表
                """);

        List<Problem> problems = engine.validate(input);

        assertThat(problems).extracting(Problem::path, Problem::line, Problem::column).containsExactly(
                tuple("report.organization", 1, 1),
                tuple("report.organizaton", 2, 3),
                tuple("report.date", 4, 3),
                tuple("sections[0].data.count", 9, 7),
                tuple("sections[0].data.txt", 10, 7),
                tuple("sections[1].type", 11, 5),
                tuple("sections[2].data.count", 16, 7),
                tuple("sections[2].data.items", 17, 7));
        assertThat(problems).extracting(Problem::message).containsExactly(
                "must not be blank",
                "unknown field 'organizaton'; did you mean 'organization'? (known fields: charts, date, evaluative, "
                        + "guidance, keyFigures, kind, leadership, meeting, membership, organization, period, "
                        + "recipient, salutation, script, seal, speaker, terms, title, union, variant)",
                "expected a date such as 2023-12-28 but found \"2023-13-45\"",
                "must be greater than or equal to 0 (was -5)",
                "unknown field 'txt'; did you mean 'text'? (known fields: count, items, parts, text)",
                "unknown section type 'welfar' (installed: echo)",
                "expected a whole number but found \"many\"",
                "expected a list but found text \"不是列表\"");
        assertThat(problems.get(0).toString()).isEqualTo(dir.resolve("report.yaml") + ":1:1: report.organization: must not be blank");
    }

    @Test
    void problemsInJsonCarryPositionsToo() throws Exception {
        Path input = file("r.json", "{\"report\": {\"organization\": \"某厂\", \"period\": \"2023年\", \"date\": \"2023-12-01\"},\n"
                + " \"sections\": [{\"type\": \"echo\", \"data\": {\"text\": \"x\", \"count\": 2.5}}]}");

        assertThat(engine.validate(input)).extracting(Problem::path, Problem::line, Problem::column, Problem::message)
                .containsExactly(tuple("sections[0].data.count", 2, 54, "expected a whole number but found a fraction (2.5)"));
    }

    @Test
    void malformedYamlIsOneProblemAtItsPosition() throws Exception {
        Path input = file("bad.yaml", "report:\n  organization: [临江\nsections: []\n");

        assertThatThrownBy(() -> engine.read(input)).isInstanceOfSatisfying(InvalidReportException.class, e -> {
            assertThat(e.problems()).hasSize(1);
            Problem p = e.problems().get(0);
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).startsWith("is not valid YAML:").doesNotContain("reader");
        });
    }

    @Test
    void duplicateKeysAreReported() throws Exception {
        Path input = file("dup.yaml", "report:\n  organization: 甲\n  organization: 乙\n  period: 2023年\n"
                + "  date: 2023-12-01\nsections:\n  - type: echo\n    data: {text: x}\n");
        assertThat(engine.validate(input)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(3);
            assertThat(p.message()).contains("Duplicate field 'organization'");
        });
    }

    @Test
    void emptyFileAndBadEncodingSayWhatToDo() throws Exception {
        assertThat(engine.validate(file("empty.yaml", "  \n"))).extracting(Problem::message)
                .containsExactly("the file is empty; `zongjie init` writes an example");
        Path gbk = Files.write(dir.resolve("gbk.yaml"), "report:\n  organization: 临江中学\n".getBytes("GBK"));
        assertThat(engine.validate(gbk)).extracting(Problem::message).singleElement().asString()
                .startsWith("the file is not UTF-8 text (bad bytes near offset 24)");
    }

    @Test
    void aByteOrderMarkIsAccepted() throws Exception {
        byte[] body = ("report:\n  organization: 临江中学\n  period: 2023年\n  date: 2023-12-01\n"
                + "sections:\n  - type: echo\n    data: {text: 你好}\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Path input = Files.write(dir.resolve("bom.yaml"), withBom);

        assertThat(engine.validate(input)).isEmpty();
        assertThat(engine.read(input).report().organization()).isEqualTo("临江中学");
    }

    @Test
    void theShapeOfTheInputIsChecked() throws Exception {
        Path input = file("shape.yaml", "reprot: {}\nsections:\n  - echo\n  - type: echo\n    titel: x\n    data: [1]\n");
        assertThat(engine.validate(input)).extracting(Problem::path, Problem::message).containsExactly(
                tuple("report", "missing: the report's frame (organization, period, date, ...)"),
                tuple("reprot", "unknown field 'reprot'; did you mean 'report'? (the input has 'report' and 'sections')"),
                tuple("sections[0]", "expected a section (a mapping with 'type' and 'data') but found text \"echo\""),
                tuple("sections[1].titel", "unknown field 'titel'; did you mean 'title'? (a section has 'type', 'title', 'data', and the paragraphs of your own in 'before', 'after', 'parts' and 'subsections')"),
                tuple("sections[1].data", "expected a mapping of the section's fields but found a list"));
    }

    @Test
    void pathsNameTheFieldNotItsContents() throws Exception {
        Path input = file("lists.yaml", """
                report: {organization: 某厂, period: 2023年, date: 2023-12-01}
                sections:
                  - type: echo
                    data:
                      text: x
                      itmes: [甲, 乙]
                      parts:
                        - heading: 一
                          children: [好, "  "]
                        - null
                """);
        assertThat(engine.validate(input)).extracting(Problem::path).containsExactly(
                "sections[0].data.itmes", "sections[0].data.parts[1]");
    }

    @Test
    void anEmptyDataLineIsAnEmptySection() throws Exception {
        Path input = file("empty-data.yaml", "report: {organization: 某厂, period: 2023年, date: 2023-12-01}\n"
                + "sections:\n  - type: echo\n    data:\n");
        assertThat(engine.validate(input)).extracting(Problem::path).containsExactly("sections[0].data.text");
    }

    @Test
    void aFullWidthColonAfterAKeyIsNamed() throws Exception {
        Path input = file("colon.yaml", "report:\n  organization： 临江热电有限公司\n  period: 2023年\n");
        assertThat(engine.validate(input)).singleElement().satisfies(p -> {
            assertThat(p.line()).isEqualTo(2);
            assertThat(p.message()).isEqualTo("'organization' is followed by a full-width colon 「：」; YAML needs an "
                    + "ASCII colon and a space: 'organization: '");
        });
    }

    @Test
    void aReportBuiltInJavaKeepsToTheSameLimitsAndYears() {
        io.zongjie.model.ReportMeta ancient = io.zongjie.model.ReportMeta.builder("某厂", "0年",
                java.time.LocalDate.of(0, 12, 26)).build();
        List<io.zongjie.model.SectionSpec> many = java.util.stream.IntStream.range(0, 101)
                .mapToObj(i -> new io.zongjie.model.SectionSpec("echo", null, java.util.Map.of("text", "x")))
                .toList();
        assertThat(engine.validate(new io.zongjie.model.ReportSpec(ancient, many)))
                .extracting(Problem::path, Problem::message).containsExactly(
                        tuple("report.date", "the year 0 is not a year of a report (1949–2100); check the date"),
                        tuple("report.period", "「0年」 names the year 0, which is not a year of a report (1949–2100); "
                                + "write the year the report covers, such as 2023年"),
                        tuple("sections", "the report has 101 sections, over the 100-section limit; raise it with "
                                + "--limit sections=101 (Limits.withMaxSections in Java)"));

        io.zongjie.model.ReportMeta fine = io.zongjie.model.ReportMeta.builder("某厂", "2022—2023学年",
                java.time.LocalDate.of(2023, 7, 1)).build();
        List<Object> items = java.util.Collections.nCopies(10_001, "甲");
        assertThat(engine.validate(new io.zongjie.model.ReportSpec(fine, List.of(new io.zongjie.model.SectionSpec(
                "echo", null, java.util.Map.of("text", "x", "items", items)))))).singleElement()
                .satisfies(p -> assertThat(p.path() + ": " + p.message()).isEqualTo("sections[0].data.items: the "
                        + "list has 10001 items, over the 10000-item limit for one list; raise it with --limit "
                        + "list-items=10001 (Limits.withMaxListItems in Java)"));
    }

    @Test
    void fullWidthDigitsAreTheSameNumbersAndDates() throws Exception {
        Path input = file("wide.yaml", """
                report:
                  organization: 临江中学
                  period: ２０２３年
                  date: ２０２３－１２－２６
                sections:
                  - type: echo
                    data:
                      text: 好
                      count: １２
                """);
        assertThat(engine.validate(input)).isEmpty();
        io.zongjie.model.ReportSpec spec = engine.read(input);
        assertThat(spec.report().date()).isEqualTo(java.time.LocalDate.of(2023, 12, 26));
        assertThat(engine.assemble(spec).plainText()).contains("２０２３年").contains("2023年12月26日");
    }
}
