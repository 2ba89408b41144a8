package io.zongjie.cli;

import static io.zongjie.cli.MainTest.zongjie;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code zongjie init --kind K --variant V}: every example is valid as written and assembles. */
class InitTest {

    @TempDir
    Path dir;

    static Stream<Arguments> examples() {
        return InitCommand.KINDS.stream().flatMap(k -> InitCommand.VARIANTS.stream().map(v -> Arguments.of(k, v)));
    }

    @ParameterizedTest(name = "{0} as a {1}")
    @MethodSource("examples")
    void everyExampleIsValidAsWrittenAndAssembles(String kind, String variant) throws Exception {
        Path file = dir.resolve(kind + "-" + variant + ".yaml");
        MainTest.Run init = zongjie("init", file.toString(), "--kind", kind, "--variant", variant);
        assertThat(init.code()).as(init.err()).isZero();

        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).isEqualTo("# yaml-language-server: $schema=zongjie.schema.json");
        // the comments are Chinese
        assertThat(lines.stream().filter(l -> l.strip().startsWith("#")).filter(l -> l.codePoints()
                .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)).count())
                .isGreaterThan(15);
        assertThat(String.join("\n", lines)).contains("kind: " + kind).doesNotContain("#@");

        MainTest.Run validate = zongjie("validate", file.toString());
        assertThat(validate.code()).as(validate.err()).isZero();
        Path out = dir.resolve(kind + "-" + variant + ".txt");
        MainTest.Run assemble = zongjie("assemble", file.toString(), "-o", out.toString());
        assertThat(assemble.code()).as(assemble.err()).isZero();
        String text = Files.readString(out);
        String title = text.strip().lines().findFirst().orElseThrow().strip();
        assertThat(text).contains("一、", "二、");
        switch (variant) {
            case "report" -> assertThat(title).endsWith("工作报告");
            case "summary-and-plan" -> assertThat(title).contains("工作总结及2025年工作计划");
            default -> assertThat(title).endsWith("2024年" + (kind.equals("regional") || kind.equals("township") ? "" : "工会") + "工作总结");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kinds")
    void eachKindSpeaksItsOwnWords(String kind, String words) throws Exception {
        Path file = dir.resolve(kind + ".yaml");
        assertThat(zongjie("init", file.toString(), "--kind", kind).code()).isZero();
        Path out = dir.resolve(kind + ".txt");
        assertThat(zongjie("assemble", file.toString(), "-o", out.toString()).code()).isZero();
        assertThat(Files.readString(out)).contains(words);
    }

    static Stream<Arguments> kinds() {
        return Stream.of(Arguments.of("school", "教职工"), Arguments.of("hospital", "医务职工"),
                Arguments.of("enterprise", "厂务公开"), Arguments.of("government", "干部职工"),
                Arguments.of("regional", "基层工会"), Arguments.of("township", "镇"));
    }

    @org.junit.jupiter.api.Test
    void anUnknownKindOrVariantIsAUsageError() {
        MainTest.Run kind = zongjie("init", "-", "--kind", "factory");
        assertThat(kind.code()).isEqualTo(Main.USAGE);
        assertThat(kind.err()).contains("unknown kind of union 'factory'; choose one of school, hospital");
        MainTest.Run variant = zongjie("init", "-", "--variant", "plan");
        assertThat(variant.code()).isEqualTo(Main.USAGE);
        assertThat(variant.err()).contains("unknown kind of document 'plan'");
    }
}
