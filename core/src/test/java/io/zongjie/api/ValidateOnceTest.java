package io.zongjie.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.inject.AbstractModule;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.MapBinder;
import io.zongjie.document.Block;
import io.zongjie.document.Document;
import io.zongjie.document.Paragraph;
import io.zongjie.model.ReportSpec;
import io.zongjie.spi.PluginModule;
import io.zongjie.spi.Problems;
import io.zongjie.spi.SectionContext;
import io.zongjie.spi.SectionPlugin;
import jakarta.validation.constraints.NotBlank;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code assemble(read(file))}, as the CLI and batch call it, binds and validates each section once. */
class ValidateOnceTest {

    /** The data of the counting sections: one line of text, which must not be 「坏」. */
    public record Line(@NotBlank String text) {
    }

    /** A section that counts the calls of its {@code validate}. */
    public static final class Counting implements SectionPlugin<Line> {
        private final String type;
        final AtomicInteger validations = new AtomicInteger();

        Counting(String type) {
            this.type = type;
        }

        @Override
        public String type() {
            return type;
        }

        @Override
        public String title() {
            return "计数" + type;
        }

        @Override
        public String description() {
            return "counts its validations";
        }

        @Override
        public Class<Line> dataType() {
            return Line.class;
        }

        @Override
        public void validate(Line data, Problems problems) {
            validations.incrementAndGet();
            if (data.text().equals("坏")) {
                problems.add("text", "must not be 坏");
            }
        }

        @Override
        public List<Block> render(Line data, SectionContext context) {
            return List.of(Paragraph.of(data.text()));
        }
    }

    private final Counting first = new Counting("first");
    private final Counting second = new Counting("second");
    private final ReportEngine engine = ReportEngine.builder().discoverPlugins(false).addModule(new AbstractModule() {
        @Override
        protected void configure() {
            MapBinder<String, SectionPlugin<?>> sections = MapBinder.newMapBinder(binder(),
                    TypeLiteral.get(String.class), PluginModule.SECTION_PLUGIN);
            sections.addBinding("first").toInstance(first);
            sections.addBinding("second").toInstance(second);
        }
    }).build();

    @TempDir
    Path dir;

    private Path report(String secondText) throws Exception {
        Path file = dir.resolve("report.yaml");
        Files.writeString(file, """
                report:
                  organization: 临江市实验小学
                  period: 2023年
                  date: 2023-12-28
                sections:
                  - type: first
                    data:
                      text: 第一节
                  - type: second
                    data:
                      text: %s
                """.formatted(secondText), StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void assemblingWhatReadReturnedValidatesEachSectionOnce() throws Exception {
        Document document = engine.assemble(engine.read(report("第二节")));

        assertThat(first.validations).hasValue(1);
        assertThat(second.validations).hasValue(1);
        assertThat(document.plainText()).contains("第一节", "第二节");
    }

    @Test
    void aReportBuiltInJavaIsStillValidated() throws Exception {
        ReportSpec read = engine.read(report("第二节"));
        ReportSpec rebuilt = new ReportSpec(read.report(), read.sections());

        engine.assemble(rebuilt);

        assertThat(first.validations).hasValue(2); // once reading, once assembling the new report
        assertThat(second.validations).hasValue(2);
    }

    @Test
    void aTreeChangedAfterReadingIsValidatedAgainAndRefused() throws Exception {
        ReportSpec read = engine.read(report("第二节"));
        ((ObjectNode) read.sections().get(1).data()).put("text", "坏");

        assertThatThrownBy(() -> engine.assemble(read)).isInstanceOfSatisfying(InvalidReportException.class,
                e -> assertThat(e.problems()).extracting(Problem::path, Problem::message)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("sections[1].data.text",
                                "must not be 坏")));
        assertThat(second.validations).hasValue(2);
    }

    @Test
    void anInvalidFileIsRefusedByReadWithEveryProblem() throws Exception {
        Path file = report("坏");

        assertThatThrownBy(() -> engine.read(file)).isInstanceOfSatisfying(InvalidReportException.class,
                e -> assertThat(e.problems()).singleElement().satisfies(p -> {
                    assertThat(p.path()).isEqualTo("sections[1].data.text");
                    assertThat(p.line()).isEqualTo(11);
                }));
        assertThat(second.validations).hasValue(1);
    }
}
