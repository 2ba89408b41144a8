package org.example.host;

import static org.assertj.core.api.Assertions.assertThat;

import io.zongjie.api.Problem;
import io.zongjie.model.ReportSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportServiceTest {

    @TempDir
    Path dir;

    @Test
    void oneEngineRendersManyReportsFromSeveralThreads() throws Exception {
        List<Path> written = new ReportService().renderMany(dir, 12, 4);

        assertThat(written).hasSize(12);
        for (int n = 1; n <= 12; n++) {
            String html = Files.readString(dir.resolve("union-" + n + ".html"));
            assertThat(html).contains("临江市第" + n + "机械厂2024年工会工作总结")
                    .contains("走访慰问职工" + (10 * n) + "人次");
        }
    }

    @Test
    void invalidFactsComeBackAsProblemsAndNothingIsWritten() throws Exception {
        ReportSpec bad = ReportService.yearOf("临江市机械厂", -1, 100);
        Path target = dir.resolve("bad.html");

        List<Problem> problems = new ReportService().write(bad, "html", target);

        assertThat(problems).extracting(Problem::path).containsExactly("sections[0].data.visits[0].persons");
        assertThat(target).doesNotExist();
    }
}
