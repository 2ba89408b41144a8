package io.zongjie.cli;

import static io.zongjie.cli.MainTest.SAMPLES;
import static io.zongjie.cli.MainTest.zongjieIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What zongjie says, in Chinese and in English: the language from the locale variables (read as text, whatever
 * locales the C library has) or --lang, and each kind of error a user meets, in both.
 */
class LanguageTest {

    private static final Map<String, String> CHINESE = Map.of("LANG", "zh_CN.UTF-8");
    private static final Map<String, String> ENGLISH = Map.of("LANG", "en_US.UTF-8");

    @TempDir
    Path dir;

    private Path negativeAmount() throws Exception {
        return Files.writeString(dir.resolve("report.yaml"), """
                report:
                  organization: 临江中学
                  period: 2023年
                  date: 2023-12-20
                sections:
                  - type: welfare
                    data:
                      visits:
                        - {occasion: 春节, persons: 1, amount: -300}
                """);
    }

    @Test
    void theLocaleChoosesTheLanguageAndLangOverridesIt() throws Exception {
        String in = negativeAmount().toString();
        assertThat(zongjieIn(CHINESE, "validate", in).err()).contains("不能为负数");
        assertThat(zongjieIn(ENGLISH, "validate", in).err()).contains("must be greater than or equal to 0");
        // LC_ALL over LC_MESSAGES over LANG, as the C library reads them; C and POSIX are English
        assertThat(zongjieIn(Map.of("LC_ALL", "zh_TW.UTF-8", "LANG", "en_US.UTF-8"), "validate", in).err())
                .contains("不能为负数");
        assertThat(zongjieIn(Map.of("LC_MESSAGES", "zh_CN.GB18030", "LANG", "C.UTF-8"), "validate", in).err())
                .contains("不能为负数");
        assertThat(zongjieIn(Map.of("LC_ALL", "C", "LANG", "zh_CN.UTF-8"), "validate", in).err())
                .contains("must be");
        assertThat(zongjieIn(Map.of("LANG", ""), "validate", in).err()).contains("must be");
        assertThat(zongjieIn(CHINESE, "validate", in, "--lang", "en").err()).contains("must be");
        assertThat(zongjieIn(ENGLISH, "--lang=zh", "validate", in).err()).contains("不能为负数");
    }

    @Test
    void anUnknownLanguageIsAUsageErrorSaidInBoth() {
        MainTest.Run run = zongjieIn(CHINESE, "validate", "x.yaml", "--lang", "fr");
        assertThat(run.code()).isEqualTo(Main.USAGE);
        assertThat(run.err()).contains("--lang fr: expected zh or en").contains("--lang fr：应为 zh 或 en");
    }

    @Test
    void invalidInputInChineseNamesLineColumnPathTheFieldsChineseNameAndTheValue() throws Exception {
        Path in = negativeAmount();
        MainTest.Run zh = zongjieIn(CHINESE, "assemble", in.toString(), "-o", dir.resolve("r.txt").toString());
        assertThat(zh.code()).isEqualTo(Main.INVALID_INPUT);
        assertThat(zh.err()).isEqualTo(in + " 第9行第38列：sections[0].data.visits[0].amount（慰问金额）不能为负数（填写的是 -300）\n"
                + "发现 1 个问题；未生成任何文件。\n");

        MainTest.Run en = zongjieIn(ENGLISH, "assemble", in.toString(), "-o", dir.resolve("r.txt").toString());
        assertThat(en.code()).isEqualTo(Main.INVALID_INPUT);
        assertThat(en.err()).isEqualTo(in + ":9:38: sections[0].data.visits[0].amount: must be greater than or "
                + "equal to 0 (was -300)\n1 problem found; nothing was written.\n");
    }

    @Test
    void aPluginsOwnProblemAndAnUnknownFieldInBoth() throws Exception {
        Path in = Files.writeString(dir.resolve("report.yaml"), """
                report:
                  organizaton: 临江中学
                  period: 2023年
                  date: 2023-12-20
                sections:
                  - type: welfare
                    data:
                      visits:
                        - {occasion: 春节, persons: 0, amount: 300}
                """);
        assertThat(zongjieIn(CHINESE, "validate", in.toString()).err())
                .contains("第2行第3列：report.organizaton 未知字段“organizaton”；是不是“organization”？（可用字段：")
                .contains("report.organization（单位名称）不能为空")
                .contains("sections[0].data.visits[0].persons（慰问人次）填写的是 0，但慰问金额为 300 元：请写明慰问了多少人次")
                .contains("发现 3 个问题；未生成任何文件。");
        assertThat(zongjieIn(ENGLISH, "validate", in.toString()).err())
                .contains("report.yaml:2:3: report.organizaton: unknown field 'organizaton'; did you mean "
                        + "'organization'?")
                .contains("sections[0].data.visits[0].persons: is 0 but amount is 300 元: say how many person-times "
                        + "the money went to")
                .contains("3 problems found; nothing was written.");
    }

    @Test
    void aUsageErrorInBoth() {
        String school = SAMPLES.resolve("school.yaml").toString();
        MainTest.Run zh = zongjieIn(CHINESE, "assemble", school, "-o", dir.resolve("r.xyz").toString());
        assertThat(zh.code()).isEqualTo(Main.USAGE);
        assertThat(zh.err()).startsWith("zongjie: 无法从“r.xyz”判断格式；请加上 --format（")
                .contains("用法请看“zongjie assemble --help”。");
        MainTest.Run en = zongjieIn(ENGLISH, "assemble", school, "-o", dir.resolve("r.xyz").toString());
        assertThat(en.err()).startsWith("zongjie: cannot tell the format from 'r.xyz'; add --format (")
                .contains("Try 'zongjie assemble --help' for usage.");

        MainTest.Run missing = zongjieIn(CHINESE, "assemble", school);
        assertThat(missing.code()).isEqualTo(Main.USAGE);
        assertThat(missing.err()).startsWith("zongjie: 缺少 --output OUT");
        MainTest.Run unknown = zongjieIn(CHINESE, "assemble", school, "-o", "x.pdf", "--colour");
        assertThat(unknown.err()).startsWith("zongjie: 无法识别的选项或参数：--colour");
        assertThat(zongjieIn(ENGLISH, "assemble", school, "-o", "x.pdf", "--colour").err())
                .startsWith("zongjie: Unknown option: '--colour'");
    }

    @Test
    void aMissingFileAndAnEnvironmentErrorInBoth() {
        String missing = dir.resolve("none.yaml").toString();
        MainTest.Run zh = zongjieIn(CHINESE, "assemble", missing, "-o", dir.resolve("r.txt").toString());
        assertThat(zh.code()).isEqualTo(Main.ENVIRONMENT);
        assertThat(zh.err()).isEqualTo("zongjie：" + missing + "：文件不存在\n");
        assertThat(zongjieIn(ENGLISH, "assemble", missing, "-o", dir.resolve("r.txt").toString()).err())
                .isEqualTo("zongjie: " + missing + ": no such file\n");

        String school = SAMPLES.resolve("school.yaml").toString();
        String folder = dir.resolve("no-templates").toString();
        MainTest.Run env = zongjieIn(CHINESE, "assemble", school, "-o", dir.resolve("r.txt").toString(),
                "--templates", folder);
        assertThat(env.code()).isEqualTo(Main.ENVIRONMENT);
        assertThat(env.err()).isEqualTo("zongjie：模板文件夹 " + folder + " 不存在，或不是文件夹\n");
        assertThat(zongjieIn(ENGLISH, "assemble", school, "-o", dir.resolve("r.txt").toString(), "--templates",
                folder).err()).isEqualTo("zongjie: template folder " + folder + " does not exist or is not a folder\n");
    }

    @Test
    void aBrokenTemplateInBoth() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("t/welfare"));
        Files.writeString(templates.resolve("welfare.vm"), "<p>#if(</p>\n");
        String school = SAMPLES.resolve("school.yaml").toString();
        MainTest.Run zh = zongjieIn(CHINESE, "assemble", school, "-o", dir.resolve("r.txt").toString(),
                "--templates", dir.resolve("t").toString());
        assertThat(zh.code()).isEqualTo(Main.ENVIRONMENT);
        assertThat(zh.err()).startsWith("zongjie：模板错误：").contains("welfare.vm");
        MainTest.Run en = zongjieIn(ENGLISH, "assemble", school, "-o", dir.resolve("r.txt").toString(),
                "--templates", dir.resolve("t").toString());
        assertThat(en.err()).startsWith("zongjie: template error: ").contains("welfare.vm");
    }

    @Test
    void everyBuiltInSectionNamesItsFieldsInChinese() throws Exception {
        Path in = Files.writeString(dir.resolve("fields.yaml"), HostileInputTest.FRAME + """
                sections:
                  - type: education
                    data:
                      trainings:
                        - {name: 班主任培训, participants: -2}
                  - type: democratic-management
                    data:
                      proposals: {collected: 10, accepted: -1, implemented: 0}
                  - type: self-building
                    data:
                      finance: {income: -5}
                  - type: shortcomings-plans
                    data:
                      plans:
                        - {lead: 这是一个超过二十个字的小标题用来检查长度限制是否起作用了吗, text: 做好工作}
                """);
        String err = zongjieIn(CHINESE, "validate", in.toString()).err();
        assertThat(err).contains("sections[0].data.trainings[0].participants（参加人次）")
                .contains("sections[1].data.proposals.accepted（立案数）")
                .contains("sections[2].data.finance.income（经费收入）")
                .contains("sections[3].data.plans[0].lead（小标题）");
    }

    @Test
    void aTemplatesReasonAndPlaceAreWordedInChineseToo() throws Exception {
        Path templates = Files.createDirectories(dir.resolve("t/welfare"));
        Files.writeString(templates.resolve("welfare.vm"), "<p>ok</p>\n#include(\"/etc/passwd\")\n");
        String school = SAMPLES.resolve("school.yaml").toString();
        MainTest.Run zh = zongjieIn(CHINESE, "assemble", school, "-o", dir.resolve("r.txt").toString(),
                "--templates", dir.resolve("t").toString());
        assertThat(zh.code()).isEqualTo(Main.ENVIRONMENT);
        assertThat(zh.err()).contains("welfare.vm 第2行第1列：zongjie 模板中不允许使用 #include：模板不能读取文件");
        MainTest.Run en = zongjieIn(ENGLISH, "assemble", school, "-o", dir.resolve("r.txt").toString(),
                "--templates", dir.resolve("t").toString());
        assertThat(en.err()).contains("welfare.vm:2:1: #include is not allowed in zongjie templates");
        assertThat(Files.exists(dir.resolve("r.txt"))).isFalse();
    }

    @Test
    void aSkippedPluginJarAndAFailingPluginInBoth() throws Exception {
        Path plugins = Files.createDirectories(dir.resolve("plugins"));
        Files.writeString(plugins.resolve("notes.jar"), "not a jar at all");
        io.zongjie.testing.PluginJar.section("boom.jar", "org.example.boom", "boom",
                new io.zongjie.testing.PluginJar.Code().render("if (d.count() >= 0) { throw new IllegalStateException(\"boom\"); }"))
                .writeTo(plugins);
        Path in = Files.writeString(dir.resolve("boom.yaml"), HostileInputTest.FRAME
                + "sections:\n  - type: boom\n    data: {count: 3}\n");
        Path out = dir.resolve("boom.txt");

        MainTest.Run zh = zongjieIn(CHINESE, "assemble", in.toString(), "-o", out.toString(), "--plugins",
                plugins.toString());
        assertThat(zh.code()).isEqualTo(Main.ENVIRONMENT);
        assertThat(zh.err()).contains(plugins.resolve("notes.jar") + "：无法作为 jar 读取（")
                .contains("）；已跳过")
                .contains("zongjie：sections[0]（boom）：插件“boom”（org.example.boom.Section）出错："
                        + "java.lang.IllegalStateException: boom");
        MainTest.Run en = zongjieIn(ENGLISH, "assemble", in.toString(), "-o", out.toString(), "--plugins",
                plugins.toString());
        assertThat(en.err()).contains(plugins.resolve("notes.jar") + ": cannot be read as a jar (")
                .contains("); skipped")
                .contains("zongjie: sections[0] (boom): plugin 'boom' (org.example.boom.Section) failed: "
                        + "java.lang.IllegalStateException: boom");
        assertThat(Files.exists(out)).isFalse();
    }

    @Test
    void whatARunSaysWhenAllIsWellAndTheBatchSummaryInBoth() throws Exception {
        Path out = dir.resolve("school.txt");
        assertThat(zongjieIn(CHINESE, "assemble", SAMPLES.resolve("school.yaml").toString(), "-o", out.toString())
                .out()).startsWith("已生成 " + out + "（txt，").endsWith("字节，6 个部分）\n");
        assertThat(zongjieIn(CHINESE, "validate", SAMPLES.resolve("school.yaml").toString()).out())
                .endsWith("school.yaml：没有问题\n");

        Path inputs = Files.createDirectory(dir.resolve("in"));
        Files.copy(SAMPLES.resolve("school.yaml"), inputs.resolve("a.yaml"));
        Files.writeString(inputs.resolve("b.yaml"), Files.readString(negativeAmount()));
        MainTest.Run zh = zongjieIn(CHINESE, "batch", inputs.toString(), "-o", dir.resolve("out").toString(),
                "-f", "txt", "-j", "1");
        assertThat(zh.code()).isEqualTo(Main.INVALID_INPUT);
        assertThat(zh.err()).contains("b.yaml：失败", "（慰问金额）不能为负数（填写的是 -300）");
        assertThat(zh.out()).contains("batch：完成 1 份，失败 1 份，共 2 份（txt，输出到 " + dir.resolve("out")
                + "，1 个线程）").contains("失败：" + inputs.resolve("b.yaml"));
        MainTest.Run en = zongjieIn(ENGLISH, "batch", inputs.toString(), "-o", dir.resolve("out").toString(),
                "-f", "txt", "-j", "1");
        assertThat(en.out()).contains("batch: 1 done, 1 failed, 2 in all (txt in " + dir.resolve("out")
                + ", 1 thread)");
    }

    @Test
    void helpInChinese() {
        MainTest.Run zh = zongjieIn(CHINESE, "assemble", "--help");
        assertThat(zh.code()).isZero();
        assertThat(zh.out()).startsWith("用法： zongjie assemble").contains("根据 YAML 或 JSON 文件生成一份报告")
                .contains("报告数据（.yaml、.yml 或 .json）。").contains("显示本帮助并退出。")
                .contains("报告的文字：hans（简体）");
        assertThat(zongjieIn(CHINESE, "--help").out()).contains("退出码：0 完成，1 输入有误");
        assertThat(zongjieIn(ENGLISH, "assemble", "--help").out()).startsWith("Usage: zongjie assemble")
                .contains("The report's data (.yaml, .yml or .json).");
    }
}
