package io.zongjie.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.inject.AbstractModule;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.MapBinder;
import io.zongjie.api.ValidateOnceTest.Counting;
import io.zongjie.spi.PluginModule;
import io.zongjie.spi.SectionPlugin;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * README's 「every problem in a file is reported at once」, and exactly where it stops: a section's own
 * {@code validate} runs only on data that bound and passed its annotations, and a syntax error ends the reading.
 */
class EveryProblemAtOnceTest {

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

    private Path write(String yaml) throws Exception {
        Path file = dir.resolve("report.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void everySectionIsCheckedButASectionsOwnChecksWaitForItsFieldsToPass() throws Exception {
        Path file = write("""
                report:
                  organization: 临江市实验小学
                  period: 2023年
                  date: 2023-13-45
                sections:
                  - type: first
                    data:
                      text: ""
                  - type: second
                    data:
                      text: 坏
                  - type: thrid
                """);

        assertThat(engine.validate(file)).extracting(p -> p.line() + ": " + p.path() + ": " + p.message())
                .containsExactly(
                        "4: report.date: expected a date such as 2023-12-28 but found \"2023-13-45\"",
                        "8: sections[0].data.text: must not be blank (was \"\")",
                        "11: sections[1].data.text: must not be 坏",
                        "12: sections[2].type: unknown section type 'thrid' (installed: first, second)");
        assertThat(first.validations).as("first's validate, on data that failed its annotations").hasValue(0);
        assertThat(second.validations).hasValue(1);
    }

    @Test
    void aSyntaxErrorEndsTheReadingWithThatOneProblem() throws Exception {
        Path file = write("""
                report:
                  organization: 临江市实验小学
                  period: [2023年
                sections:
                  - type: first
                    data: {text: ""}
                """);

        assertThat(engine.validate(file)).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(4));
        assertThat(first.validations).hasValue(0);
    }
}
