package io.zongjie.cli;

import static io.zongjie.cli.MainTest.SAMPLES;
import static io.zongjie.cli.MainTest.zongjie;
import static org.assertj.core.api.Assertions.assertThat;

import io.zongjie.cli.MainTest.Run;
import io.zongjie.testing.PluginJar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an outsider can do without rebuilding zongjie: drop a plugin jar into a folder (the retirees sample, compiled
 * here from samples/retirees-plugin exactly as its own build would), survive broken jars, and reword one section.
 */
class ExtensionTest {

    @TempDir
    Path dir;

    Path plugins;

    /** The school sample plus a retirees section, which only the retirees plugin jar provides. */
    Path input;

    @BeforeEach
    void dropTheRetireesPluginIntoAFolder() throws Exception {
        plugins = dir.resolve("plugins");
        PluginJar.named("zongjie-retirees-1.0.0.jar").project(SAMPLES.resolve("retirees-plugin")).writeTo(plugins);
        input = Files.writeString(dir.resolve("school-retirees.yaml"), Files.readString(SAMPLES.resolve("school.yaml"))
                + """
                  - type: retirees
                    data:
                      visits:
                        - {occasion: 春节前夕, month: 1, persons: 41, amount: 12300}
                        - {occasion: 重阳节, month: 10, persons: 38, amount: 7600}
                      checkup: {persons: 36, provider: 临江市第二人民医院, cost: 14400}
                """);
    }

    @Test
    void aDroppedJarAddsItsSectionWithoutRebuildingZongjie() throws Exception {
        Path out = dir.resolve("r.txt");

        Run without = zongjie("validate", input.toString());
        assertThat(without.code()).isEqualTo(1);
        assertThat(without.err()).contains("unknown section type 'retirees'");

        Run run = zongjie("assemble", input.toString(), "-o", out.toString(), "--plugins", plugins.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        String text = Files.readString(out);
        assertThat(text).contains("三、真情关爱，扎实开展送温暖活动").contains("七、关心离退休人员，做好离退休服务工作")
                .contains("重阳节，走访慰问离退休教职工38人次，送去慰问金7600元")
                .containsPattern("全年(共走访慰问|累计慰问)离退休教职工79人次，发放慰问金1.99万元")
                .contains("组织36名离退休教职工到临江市第二人民医院进行健康体检");

        Run list = zongjie("plugins", "--plugins", plugins.toString());
        assertThat(list.code()).isZero();
        assertThat(list.out()).contains("retirees  「关心离退休人员，做好离退休服务工作」  ("
                + plugins.resolve("zongjie-retirees-1.0.0.jar") + ")").contains("welfare  「");
        String sha256 = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(plugins.resolve("zongjie-retirees-1.0.0.jar"))));
        assertThat(list.out()).contains("Plugin jars loaded from " + plugins + " (1; they run with your rights, like "
                + "any program):\n  " + plugins.resolve("zongjie-retirees-1.0.0.jar") + "  sha256:" + sha256
                + "  adds retirees\n");
    }

    @Test
    void brokenJarsAreWarnedAboutByNameAndTheOtherSectionsStillAssemble() throws Exception {
        Files.write(plugins.resolve("corrupt.jar"), new byte[] {1, 2, 3});
        PluginJar.named("not-a-plugin.jar").resource("readme.txt", "hello").writeTo(plugins);
        PluginJar.section("throws.jar", "org.example.bad", "bad", "",
                "if (true) throw new IllegalStateException(\"boom\");", "").writeTo(plugins);
        PluginJar.section("old.jar", "org.example.old", "old").spiVersion("2").writeTo(plugins);
        PluginJar.section("welfare-clash.jar", "org.example.clash", "welfare").writeTo(plugins);
        Path out = dir.resolve("r.html");

        Run run = zongjie("assemble", input.toString(), "-o", out.toString(), "--plugins", plugins.toString());

        assertThat(run.code()).as(run.err()).isZero();
        List<String> warnings = Arrays.stream(run.err().split("\n")).filter(l -> !l.isBlank()).toList();
        assertThat(warnings).hasSize(5).allSatisfy(w -> assertThat(w).startsWith("zongjie: warning: " + plugins));
        assertThat(run.err()).contains("corrupt.jar: cannot be read as a jar")
                .contains("not-a-plugin.jar: not a zongjie plugin")
                .contains("throws.jar: org.example.bad.Module failed to configure (IllegalStateException: boom)")
                .contains("old.jar: built for zongjie SPI version 2")
                .contains("welfare-clash.jar: section type 'welfare' of org.example.clash.Module is already "
                        + "provided by io.zongjie.plugins.welfare.WelfareModule");
        assertThat(Files.readString(out)).contains("三、真情关爱，扎实开展送温暖活动").contains("七、关心离退休人员");
    }

    @Test
    void aMissingPluginFolderIsAnEnvironmentError() {
        Run run = zongjie("plugins", "--plugins", dir.resolve("nope").toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("plugin folder").contains("nope");
    }

    @Test
    void anOverrideOfOneTemplateChangesOnlyThatSection() throws Exception {
        Path plain = dir.resolve("plain.txt");
        Path reworded = dir.resolve("reworded.txt");
        Path templates = Files.createDirectories(dir.resolve("tpl/welfare"));
        Files.writeString(templates.resolve("welfare.vm"),
                "<p>全年走访慰问${fmt.renci($totals.visitPersons)}，慰问金${fmt.money($totals.visitAmount)}。</p>\n");

        assertThat(zongjie("assemble", input.toString(), "-o", plain.toString(), "--plugins", plugins.toString())
                .code()).isZero();
        Run run = zongjie("assemble", input.toString(), "-o", reworded.toString(), "--plugins", plugins.toString(),
                "--templates", dir.resolve("tpl").toString());
        assertThat(run.code()).as(run.err()).isZero();

        String before = Files.readString(plain);
        String after = Files.readString(reworded);
        assertThat(after).contains("全年走访慰问229人次，慰问金7.01万元。").doesNotContain("节日慰问送温暖");
        // everything but the welfare section's body is the same, byte for byte: the retirees section and the frame
        String welfare = "三、真情关爱，扎实开展送温暖活动";
        String next = "四、丰富文体活动";
        assertThat(after.substring(0, after.indexOf(welfare))).isEqualTo(before.substring(0, before.indexOf(welfare)));
        assertThat(after.substring(after.indexOf(next))).isEqualTo(before.substring(before.indexOf(next)));
        assertThat(after.substring(after.indexOf(welfare), after.indexOf(next)))
                .isNotEqualTo(before.substring(before.indexOf(welfare), before.indexOf(next)));
    }

    @Test
    void pluginsListsASectionsTemplatesWithTheirVariablesAndWhereTheyResolveFrom() throws Exception {
        Run builtIn = zongjie("plugins", "--templates", "welfare");
        assertThat(builtIn.code()).as(builtIn.err()).isZero();
        assertThat(builtIn.out()).contains("Templates of welfare:")
                .contains("welfare.vm  from io/zongjie/plugins/welfare/welfare.vm in ")
                .contains("The welfare section (送温暖与职工福利).")
                .containsPattern("\\$data +WelfareData: visits\\[], subsidies\\[]")
                .containsPattern("\\$totals +WelfareTotals: visitPersons")
                .containsPattern("\\$headed +true when more than one part has data");

        Path override = Files.createDirectories(dir.resolve("tpl/retirees"));
        Files.writeString(override.resolve("retirees.vm"), "## Mine.\n## Variables:\n##   $data  the data\n<p>x</p>\n");
        Run retirees = zongjie("plugins", "--templates", "retirees", "--plugins", plugins.toString(), "--template-dir",
                dir.resolve("tpl").toString());
        assertThat(retirees.code()).as(retirees.err()).isZero();
        assertThat(retirees.out()).contains("retirees.vm  from " + override.resolve("retirees.vm")
                + " (overrides org/example/zongjie/retirees/retirees.vm)").contains("Mine.").containsPattern("\\$data +the data");

        Run frame = zongjie("plugins", "--templates", "frame");
        assertThat(frame.out()).contains("closing.vm  from io/zongjie/templates/frame/closing.vm")
                .contains("opening.vm  from io/zongjie/templates/frame/opening.vm")
                .containsPattern("\\$headlines +List<Figure>");

        Run unknown = zongjie("plugins", "--templates", "welfrae");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown section type 'welfrae'; did you mean 'welfare'?");
    }

    @Test
    void aBrokenSectionOverrideNamesTemplateLineAndColumn() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("tpl/retirees"));
        Files.writeString(templates.resolve("retirees.vm"), "<p>离退休</p>\n<p>  #if($data.checkup)</p>\n");

        Run run = zongjie("assemble", input.toString(), "-o", dir.resolve("r.html").toString(), "--plugins",
                plugins.toString(), "--templates", dir.resolve("tpl").toString());

        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).startsWith("zongjie: template error: " + templates.resolve("retirees.vm") + ":")
                .containsPattern("retirees\\.vm:\\d+:\\d+: ").doesNotContain("\tat ");
        assertThat(dir.resolve("r.html")).doesNotExist();
    }

    @Test
    void aBrokenFrameOverrideNamesTemplateLineAndColumn() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("tpl/frame"));
        Files.writeString(templates.resolve("closing.vm"), "<p>谢谢。</p>\n<p>${report.organization</p>\n");

        Run run = zongjie("validate", SAMPLES.resolve("school.yaml").toString(), "--templates",
                dir.resolve("tpl").toString());

        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).startsWith("zongjie: template error: " + templates.resolve("closing.vm") + ":2:")
                .containsPattern("closing\\.vm:2:\\d+: ");
    }

    @Test
    void theNewCommandsAndOptionsHaveHelp() {
        Run batch = zongjie("batch", "--help");
        assertThat(batch.code()).isZero();
        assertThat(batch.out()).contains("Usage: zongjie batch").contains("--jobs").contains("--plugins");
        Run schema = zongjie("schema", "--help");
        assertThat(schema.out()).contains("Usage: zongjie schema").contains("zongjie.schema.json");
        assertThat(zongjie("plugins", "--help").out()).contains("--templates=TYPE").contains("--template-dir");
        assertThat(zongjie("assemble", "--help").out()).contains("--plugins=DIR");
        assertThat(zongjie("validate", "--help").out()).contains("--plugins=DIR");
    }
}
