package io.zongjie.cli;

import static io.zongjie.cli.MainTest.SAMPLES;
import static io.zongjie.cli.MainTest.zongjie;
import static org.assertj.core.api.Assertions.assertThat;

import io.zongjie.cli.MainTest.Run;
import io.zongjie.testing.PluginJar;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plugin jar whose template does not parse, as its author first meets it: every command warns when the engine is
 * built, naming the jar, the template, its line and column, and skips that section; the rest keeps working.
 */
class BrokenTemplateTest {

    @TempDir
    static Path dir;

    static Path plugins;

    @BeforeAll
    static void dropAJarWithABrokenTemplate() throws Exception {
        plugins = dir.resolve("plugins");
        PluginJar.section("contest.jar", "org.example.contest", "contest")
                .resource("org/example/contest/contest.vm", "## The contest section.\n"
                        + "<p>开展技能竞赛#if($data.count)${data.count}场</p>\n")
                .writeTo(plugins);
    }

    private static String warning() {
        return "zongjie: warning: " + plugins.resolve("contest.jar") + "!org/example/contest/contest.vm:3:1: "
                + "does not parse";
    }

    @Test
    void pluginsWarnsAndDoesNotListTheSection() {
        Run run = zongjie("plugins", "--plugins", plugins.toString());

        assertThat(run.code()).isZero();
        assertThat(run.err()).startsWith(warning()).contains("; section 'contest' skipped");
        assertThat(run.out()).contains("welfare").doesNotContain("contest  「")
                .contains(plugins.resolve("contest.jar") + "  sha256:").contains("adds nothing (see the warnings)");
    }

    @Test
    void validateWarnsAndAReportThatUsesTheSectionIsRefusedSayingWhy() throws Exception {
        Path input = Files.writeString(dir.resolve("contest.yaml"), Files.readString(SAMPLES.resolve("school.yaml"))
                + """
                  - type: contest
                    data: {count: 3}
                """);

        Run run = zongjie("validate", input.toString(), "--plugins", plugins.toString());

        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).startsWith(warning())
                .contains("sections[6].type: section type 'contest' is installed but was skipped when the engine "
                        + "was built: " + plugins.resolve("contest.jar") + "!org/example/contest/contest.vm:3:1")
                .contains("1 problem found");
        Run school = zongjie("validate", SAMPLES.resolve("school.yaml").toString(), "--plugins", plugins.toString());
        assertThat(school.code()).isZero();
        assertThat(school.out()).contains("school.yaml: OK");
    }
}
