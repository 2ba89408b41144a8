package io.zongjie.cli;

import static io.zongjie.cli.MainTest.SAMPLES;
import static io.zongjie.cli.MainTest.zongjie;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.zongjie.cli.MainTest.Run;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Year over year as a district office checks it: last year's totals and this year's, added up here from the sample's
 * files, and the change worked out here, against what the PDF says.
 */
class YearOverYearTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Path DISTRICT = SAMPLES.resolve("district");

    /** The welfare visits' persons in one input file, summed here. */
    private static int visitPersons(Path file) throws Exception {
        int sum = 0;
        for (JsonNode s : YAML.readTree(file.toFile()).get("sections")) {
            if (s.get("type").asText().equals("welfare")) {
                for (JsonNode v : s.get("data").path("visits")) {
                    sum += v.get("persons").asInt();
                }
            }
        }
        return sum;
    }

    /** The district's visits this year: its own and its units', summed here from the files. */
    private static int districtVisits() throws Exception {
        int sum = visitPersons(DISTRICT.resolve("district.yaml"));
        try (var list = Files.list(DISTRICT.resolve("units"))) {
            for (Path u : list.toList()) {
                sum += visitPersons(u);
            }
        }
        return sum;
    }

    /** A 2022 input of the district with one welfare visit, written as {@code visit} gives it. */
    private static Path lastYear(Path dir, String visit) throws Exception {
        return Files.writeString(dir.resolve("2022.yaml"), """
                report:
                  organization: 临江区教育工会
                  period: 2022年
                  date: 2022-12-28
                sections:
                  - type: welfare
                    data:
                      visits:
                        - %s
                """.formatted(visit));
    }

    private static String percent(int now, int before) {
        BigDecimal p = BigDecimal.valueOf(now - before).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(before), 1, RoundingMode.HALF_UP).abs().stripTrailingZeros();
        return (p.scale() < 0 ? p.setScale(0) : p).toPlainString() + "%";
    }

    @Test
    void theDistrictComparesItsSummedTotalsWithLastYearsInTheOpeningAndTheTable(@TempDir Path dir) throws Exception {
        int now = districtVisits();
        int before = visitPersons(DISTRICT.resolve("district-2022.yaml"));
        assertThat(now).isGreaterThan(before);

        Path pdf = dir.resolve("d.pdf");
        Run run = zongjie("assemble", DISTRICT.resolve("district.yaml").toString(), "-o", pdf.toString());
        assertThat(run.code()).as(run.err()).isZero();
        String text = SamplesTest.pdfText(Files.readAllBytes(pdf));
        assertThat(text).contains("走访慰问教职工" + now + "人次")
                .contains("走访慰问教职工人次比上年增长" + percent(now, before))
                .contains("组织教职工参加文体活动人次与上年持平");
        // the key-figure table: 项目, 2022年, 2023年, 增减
        assertThat(text).contains("项目2022年2023年增减")
                .contains("走访慰问教职工" + before + "人次" + now + "人次增长" + percent(now, before));
    }

    @Test
    void previousOnTheCommandLineWinsAndAFallIsSaid(@TempDir Path dir) throws Exception {
        Path last = lastYear(dir, "{occasion: 春节, who: 困难教职工, persons: 1600, amount: 500000, month: 1}");
        int now = districtVisits();
        Path out = dir.resolve("d.txt");
        Run run = zongjie("assemble", DISTRICT.resolve("district.yaml").toString(), "-o", out.toString(),
                "--previous", last.toString());
        assertThat(run.code()).as(run.err()).isZero();
        String text = Files.readString(out);
        assertThat(text).contains("走访慰问教职工人次比上年下降" + percent(now, 1600));
        // last year had no sports section: no comparison for it, and 「—」 in its row
        assertThat(text).doesNotContain("文体活动人次与上年持平").doesNotContain("文体活动人次比上年");
    }

    @Test
    void aPreviousFileWithProblemsIsReportedWithItsOwnFileAndNothingIsWritten(@TempDir Path dir) throws Exception {
        Path last = lastYear(dir, "{occasion: 春节, who: 困难教职工, persons: 很多, month: 1}");
        Path out = dir.resolve("d.pdf");
        Run run = zongjie("assemble", DISTRICT.resolve("district.yaml").toString(), "-o", out.toString(),
                "--previous", last.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains(last + ":9:").contains("sections[0].data.visits[0].persons")
                .doesNotContain("\tat ");
        assertThat(out).doesNotExist();

        Run missing = zongjie("assemble", DISTRICT.resolve("district.yaml").toString(), "-o", out.toString(),
                "--previous", dir.resolve("nope.yaml").toString());
        assertThat(missing.code()).isNotZero();
        assertThat(missing.err()).contains("nope.yaml").doesNotContain("\tat ");
        assertThat(out).doesNotExist();
    }
}
