package io.zongjie.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zongjie.api.InvalidReportException;
import io.zongjie.api.ReportEngine;
import io.zongjie.document.Document;
import io.zongjie.model.ReportSpec;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A roll-up as a reader checks it: the totals in the PDF equal the units' figures added up here. */
class RollUpTest {

    private static final ReportEngine ENGINE = ReportEngine.builder().build();

    private static Path unit(Path dir, String file, String name, int persons, int amount) throws Exception {
        Path p = dir.resolve(file);
        Files.writeString(p, """
                report:
                  organization: %s
                  period: 2023年
                  date: 2023-12-20
                sections:
                  - type: welfare
                    data:
                      visits:
                        - occasion: 春节
                          who: 困难教职工
                          persons: %d
                          amount: %d
                          month: 1
                """.formatted(name, persons, amount));
        return p;
    }

    /**
     * The Markdown of a district report whose own section is a text (it publishes no figure, so the sums are the
     * units' alone), with {@code frame} added to its {@code report:}, rolled up from {@code units}.
     */
    private static String rolledUpMarkdown(Path dir, String frame, List<Path> units) throws Exception {
        Path own = Files.writeString(dir.resolve("own.yaml"), """
                report:
                  organization: 临江区教育工会
                  period: 2023年
                  date: 2023-12-29
                %ssections:
                  - type: text
                    title: 加强基层工会建设
                    data:
                      paragraphs:
                        - 区教育工会全年指导各基层工会规范开展工作。
                """.formatted(frame));
        Document doc = ENGINE.assemble(ENGINE.read(own), units, false, line -> { });
        ByteArrayOutputStream md = new ByteArrayOutputStream();
        ENGINE.render(doc, "md", md);
        return md.toString(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** An amount in 元 as the number a 万元 column prints, worked out here, not by the engine's formatter. */
    private static String wan(int yuan) {
        return new java.math.BigDecimal(yuan).movePointLeft(4).stripTrailingZeros().toPlainString();
    }

    @Test
    void aColumnOfSmallAmountsStaysIn元(@TempDir Path dir) throws Exception {
        Path a = unit(dir, "a.yaml", "临江区第一小学", 3, 1200);
        Path b = unit(dir, "b.yaml", "临江区第二小学", 2, 850);
        // the district's own welfare (40000 元) would lift the column to 万元: here its own section is a text
        String text = rolledUpMarkdown(dir, "", List.of(a, b));
        assertThat(text).contains("发放慰问金（元）").contains("| 合计 | 5 | 2050 |").doesNotContain("万元）");
        // figures right-aligned, the 合计 row included
        assertThat(text).contains("| --- | --- | ---: | ---: |");
    }

    @Test
    void theTotalRowAndTheOpeningCarryTheSumsOfTheUnits(@TempDir Path dir) throws Exception {
        int[] persons = {37, 112, 58};
        int[] amounts = {18500, 56000, 29000};
        List<Path> units = new ArrayList<>();
        for (int i = 0; i < persons.length; i++) {
            units.add(unit(dir, "u" + i + ".yaml", "临江区第" + "一二三".charAt(i) + "小学", persons[i], amounts[i]));
        }
        int personSum = 0;
        int amountSum = 0;
        for (int i = 0; i < persons.length; i++) {
            personSum += persons[i];
            amountSum += amounts[i];
        }
        ReportSpec spec = ENGINE.read(Path.of("..", "samples", "district", "district.yaml"));
        List<String> log = new ArrayList<>();
        Document doc = ENGINE.assemble(spec, units, false, log::add);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        ENGINE.render(doc, "pdf", pdf);
        String text = SamplesTest.pdfText(pdf.toByteArray());
        // the district's own welfare section visits 40 persons with 40000 元, which the frame adds
        assertThat(text).contains("全区3个基层工会报送了2023年工作情况");
        assertThat(text).contains("走访慰问教职工" + (personSum + 40) + "人次");
        // money in the unit its total reads in the prose: 14.35万元 in the opening, a column 「（万元）」 of 万元
        assertThat(text).contains("发放慰问金（万元）");
        assertThat(text).contains("合计" + (personSum + 40) + wan(amountSum + 40000));
        assertThat(text).contains("临江区第二小学" + persons[1] + wan(amounts[1]));
        assertThat(text).contains("走访慰问教职工较多的有临江区第二小学（112人次）、临江区第三小学（58人次）、临江区第一小学（37人次）");
    }

    @Test
    void aRateIsRecomputedFromTheUnitsSummedPartsNeverAddedOrAveraged(@TempDir Path dir) throws Exception {
        // two base areas: 9 of 10 staff in the union, and 990 of 1000; the rates 90% and 99% would add to 189% and
        // average to 94.5%; the district's rate is (9 + 990) / (10 + 1000) = 98.9%
        int[][] counts = {{10, 9}, {1000, 990}};
        List<Path> units = new ArrayList<>();
        for (int i = 0; i < counts.length; i++) {
            Path p = dir.resolve("g" + i + ".yaml");
            Files.writeString(p, """
                    report:
                      organization: 临江区第%s片区教育工会
                      period: 2023年
                      date: 2023-12-20
                    sections:
                      - type: grassroots
                        data:
                          units:
                            - {kind: 中小学校, total: 4, unionized: 4, staff: %d, members: %d}
                    """.formatted("一二".charAt(i), counts[i][0], counts[i][1]));
            units.add(p);
        }
        java.math.BigDecimal expected = java.math.BigDecimal.valueOf(counts[0][1] + counts[1][1])
                .multiply(java.math.BigDecimal.valueOf(100))
                .divide(java.math.BigDecimal.valueOf(counts[0][0] + counts[1][0]), 1, java.math.RoundingMode.HALF_UP);
        String text = rolledUpMarkdown(dir, "  keyFigures: true\n  charts: false\n", units);
        assertThat(expected.toPlainString()).isEqualTo("98.9");
        assertThat(text).contains("| 入会率 | " + expected.toPlainString() + "% |")
                .doesNotContain("189").doesNotContain("94.5%");
        // the counts it is made of are summed: 999 members
        assertThat(text).contains("| 工会会员 | 999人 |");
    }

    @Test
    void aFailedUnitIsReportedWithItsOwnFileAndPathUnlessAllowed(@TempDir Path dir) throws Exception {
        Path good = unit(dir, "a.yaml", "临江区第一小学", 30, 9000);
        Path bad = unit(dir, "b.yaml", "临江区第二小学", 20, 6000);
        Files.writeString(bad, Files.readString(bad).replace("persons: 20", "persons: 二十个"));
        ReportSpec spec = ENGINE.read(Path.of("..", "samples", "district", "district.yaml"));
        assertThatThrownBy(() -> ENGINE.assemble(spec, List.of(good, bad), false, line -> { }))
                .isInstanceOfSatisfying(InvalidReportException.class, e -> {
                    assertThat(e.problems()).isNotEmpty();
                    assertThat(e.problems()).allSatisfy(p -> assertThat(p.source()).endsWith("b.yaml"));
                    assertThat(e.problems().get(0).path()).startsWith("sections[0].data.visits[0].persons");
                    assertThat(e.problems().get(0).line()).isEqualTo(11);
                });

        List<String> log = new ArrayList<>();
        Document doc = ENGINE.assemble(spec, List.of(good, bad), true, log::add);
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        ENGINE.render(doc, "pdf", pdf);
        String text = SamplesTest.pdfText(pdf.toByteArray());
        assertThat(log.get(0)).contains("left out").contains("b.yaml");
        assertThat(text).contains("全区1个基层工会").contains("临江区第一小学").doesNotContain("临江区第二小学");
        assertThat(text).contains("合计" + (30 + 40) + wan(9000 + 40000));
    }
}
