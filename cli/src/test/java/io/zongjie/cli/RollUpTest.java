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
        assertThat(text).contains("合计" + (personSum + 40) + (amountSum + 40000));
        assertThat(text).contains("临江区第二小学" + persons[1] + amounts[1]);
        assertThat(text).contains("走访慰问教职工较多的有临江区第二小学（112人次）、临江区第三小学（58人次）、临江区第一小学（37人次）");
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
        assertThat(text).contains("合计" + (30 + 40) + (9000 + 40000));
    }
}
