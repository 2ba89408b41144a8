package io.zongjie.api;

import static io.zongjie.testing.SectionHarness.data;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.zongjie.fixtures.EchoModule;
import io.zongjie.fixtures.HostileModule;
import io.zongjie.model.ReportMeta;
import io.zongjie.model.ReportSpec;
import io.zongjie.model.SectionSpec;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * A plugin that throws, hangs or returns nonsense fails only the report it is in, with a
 * {@link PluginFailureException} naming the section and the plugin, and leaves the engine working.
 */
class PluginFailureTest {

    static final ReportEngine ENGINE = ReportEngine.builder().discoverPlugins(false).addModule(new EchoModule())
            .addModule(new HostileModule()).limits(Limits.defaults().withSectionTimeout(Duration.ofSeconds(1)))
            .build();

    static ReportSpec spec(String mode) {
        return new ReportSpec(ReportMeta.builder("某厂", "2023年", LocalDate.of(2023, 12, 1)).build(), List.of(
                new SectionSpec("echo", null, data("text", "第一节")),
                new SectionSpec("echo", null, data("text", "第二节")),
                new SectionSpec("hostile", null, Map.of("mode", mode))));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "throw            | failed: java.lang.IllegalStateException: render blew up",
            "stack-overflow   | failed: java.lang.StackOverflowError",
            "sleep            | did not finish within 1 s and was abandoned; raise it with --limit section-timeout=3s",
            "spin             | did not finish within 1 s",
            "null             | returned no block list (null)",
            "null-block       | returned nonsense: block 0 is null",
            "level-1-heading  | returned nonsense: block 0 is a level-1 heading",
            "title-block      | returned nonsense: block 0 is a Title, which only the report's frame may hold",
            "negative-figure  | figure hostile.money is negative: -5",
            "throw-in-validate| failed while checking sections[2].data: java.lang.IllegalStateException",
            "spin-in-validate | did not finish within 1 s"})
    void aMisbehavingPluginFailsTheReportNamingSectionAndPlugin(String mode, String message) {
        assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                assertThatThrownBy(() -> ENGINE.assemble(spec(mode)))
                        .isInstanceOfSatisfying(PluginFailureException.class, e -> {
                            assertThat(e.type()).isEqualTo("hostile");
                            assertThat(e.sectionIndex()).isEqualTo(2);
                            assertThat(e.getMessage()).startsWith("sections[2] (hostile): ")
                                    .contains("plugin 'hostile' (io.zongjie.fixtures.HostileSection)")
                                    .contains(message);
                        }));
        // the engine is not harmed: the next report assembles
        assertThat(ENGINE.assemble(spec("fine")).plainText()).contains("正常的一段。");
    }

    @Test
    void withoutATimeoutSectionsRunInTheCallersThread() {
        ReportEngine inline = ReportEngine.builder().discoverPlugins(false).addModule(new HostileModule())
                .limits(Limits.defaults().withSectionTimeout(Duration.ZERO)).build();
        ReportSpec spec = new ReportSpec(ReportMeta.builder("某厂", "2023年", LocalDate.of(2023, 12, 1)).build(),
                List.of(new SectionSpec("hostile", null, Map.of("mode", "throw"))));
        assertThatThrownBy(() -> inline.assemble(spec)).isInstanceOf(PluginFailureException.class)
                .hasMessageStartingWith("sections[0] (hostile): ");
    }

    @Test
    void absurdValuesFromJavaAreRefusedWithTheirPathNotPrintedOut() {
        ReportSpec spec = new ReportSpec(ReportMeta.builder("某厂", "2023年", LocalDate.of(2023, 12, 1)).build(),
                List.of(new SectionSpec("echo", null, Map.of("text", "x",
                        "items", List.of(new java.math.BigDecimal("1e999999999"), "a\u202Eb", Double.NaN)))));
        assertThat(ENGINE.validate(spec)).extracting(Problem::path, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("sections[0].data.items[0]",
                        "the number 1E+999999999 has 1000000000 digits written out, over the 50-digit limit; "
                                + "the limit cannot be raised so far (number-length is at most 1000)"),
                org.assertj.core.groups.Tuple.tuple("sections[0].data.items[1]", "the text contains the invisible "
                        + "bidirectional control U+202E (RIGHT-TO-LEFT OVERRIDE) at character 2, which makes text "
                        + "display differently from what it says; remove it"),
                org.assertj.core.groups.Tuple.tuple("sections[0].data.items[2]",
                        "expected a number but found NaN (infinity and not-a-number are not figures)"));
    }
}
