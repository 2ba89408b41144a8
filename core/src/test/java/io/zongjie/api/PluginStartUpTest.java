package io.zongjie.api;

import static io.zongjie.testing.SectionHarness.data;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zongjie.fixtures.EchoModule;
import io.zongjie.fixtures.broken.BrokenTemplateModule;
import io.zongjie.model.ReportSpec;
import io.zongjie.model.SectionSpec;
import io.zongjie.testing.PluginJar;
import io.zongjie.testing.SectionHarness;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a plugin author meets when the engine is built: every template is compiled then, a section is registered by
 * its class alone, and a bad section is skipped without its jar.
 */
class PluginStartUpTest {

    @TempDir
    Path dir;

    private static ReportSpec report(String... types) {
        return new ReportSpec(SectionHarness.schoolMeta(), java.util.Arrays.stream(types)
                .map(t -> new SectionSpec(t, null, t.equals("echo") ? data("text", "回声") : data("count", 3)))
                .toList());
    }

    /** A plugin jar of one section registered by class alone, whose template is {@code template}. */
    private static PluginJar sectionByClass(String jarName, String pkg, String type, String template) {
        return PluginJar.section(jarName, pkg, type)
                .source(pkg + ".Module", "package " + pkg + ";\n"
                        + "public class Module extends io.zongjie.spi.PluginModule {\n"
                        + "  @Override protected void configure() { section(Section.class); }\n"
                        + "}\n")
                .resource(pkg.replace('.', '/') + "/" + type + ".vm", template);
    }

    @Test
    void aFolderPluginWhoseTemplateDoesNotParseIsSkippedWhenTheEngineIsBuiltNamingJarTemplateLineAndColumn()
            throws Exception {
        sectionByClass("contest.jar", "org.example.contest", "contest",
                "## The contest section.\n<p>比赛#if($data.count)共${data.count}场</p>\n").writeTo(dir);
        PluginJar.section("good.jar", "org.example.good", "good").writeTo(dir);

        ReportEngine engine = ReportEngine.builder().discoverPlugins(false).addModule(new EchoModule())
                .pluginDirectory(dir).build();

        assertThat(engine.pluginProblems()).singleElement().asString()
                .startsWith(dir.resolve("contest.jar") + "!org/example/contest/contest.vm:3:1: does not parse")
                .endsWith("; section 'contest' skipped");
        assertThat(engine.sections()).extracting(SectionInfo::type).containsExactly("echo", "good");
        assertThat(engine.assemble(report("echo", "good")).plainText()).contains("good活动开展3次。");
        // a report that asks for it says why it is not there, rather than that it does not exist
        assertThat(engine.validate(report("contest"))).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("sections[0].type");
            assertThat(p.message()).startsWith("section type 'contest' is installed but was skipped when the engine "
                    + "was built: " + dir.resolve("contest.jar") + "!org/example/contest/contest.vm:3:1");
        });
    }

    @Test
    void markupOutsideTheFragmentVocabularyIsFoundWhenTheEngineIsBuiltToo() throws Exception {
        sectionByClass("div.jar", "org.example.div", "div", "## The div section.\n<p>好</p>\n  <div>坏</div>\n")
                .writeTo(dir);

        ReportEngine engine = ReportEngine.builder().discoverPlugins(false).pluginDirectory(dir).build();

        assertThat(engine.pluginProblems()).singleElement().asString()
                .startsWith(dir.resolve("div.jar") + "!org/example/div/div.vm:3:3: ")
                .contains("<div> is not in the fragment vocabulary");
    }

    @Test
    void aClassPathPluginWhoseTemplateDoesNotParseIsSkippedAndTheHarnessSaysWhy() {
        SectionHarness harness = SectionHarness.of(new EchoModule(), new BrokenTemplateModule());

        assertThat(harness.engine().pluginProblems()).singleElement().asString()
                .matches(".*/io/zongjie/fixtures/broken/broken\\.vm:3:1: does not parse.*; section 'broken' skipped");
        assertThat(harness.engine().sections()).extracting(SectionInfo::type).containsExactly("echo");
        assertThatThrownBy(harness::assertTemplatesCompile).isInstanceOf(AssertionError.class)
                .hasMessageContaining("templates that do not compile")
                .hasMessageContaining("broken.vm:3:1: does not parse");
        SectionHarness.of(new EchoModule()).assertTemplatesCompile();
    }

    @Test
    void aSectionRegisteredByClassAloneTakesItsTypeFromThePlugin() throws Exception {
        sectionByClass("hello.jar", "org.example.hello", "hello",
                "## The hello section.\n<p>hello活动开展${fmt.count($data.count, '次')}。</p>\n").writeTo(dir);

        ReportEngine engine = ReportEngine.builder().discoverPlugins(false).addModule(new EchoModule())
                .pluginDirectory(dir).build();

        assertThat(engine.pluginProblems()).isEmpty();
        assertThat(engine.sections()).extracting(SectionInfo::type, SectionInfo::origin)
                .contains(org.assertj.core.groups.Tuple.tuple("hello", dir.resolve("hello.jar").toString()));
        assertThat(engine.assemble(report("hello")).plainText()).contains("hello活动开展3次。");
    }

    @Test
    void aTypeRegisteredByClassThatIsAlreadyTakenIsAStartUpErrorOnTheClassPathNamingBoth() {
        PluginModuleByClass byClass = new PluginModuleByClass();
        assertThatThrownBy(() -> ReportEngine.builder().discoverPlugins(false).addModule(new EchoModule())
                .addModule(byClass).build())
                .isInstanceOf(ZongjieException.class)
                .hasMessageContaining("section type 'echo' is claimed by two plugins")
                .hasMessageContaining("io.zongjie.fixtures.EchoModule")
                .hasMessageContaining(PluginModuleByClass.class.getName());
    }

    @Test
    void aTypeRegisteredByClassThatIsAlreadyTakenSkipsTheFolderJar() throws Exception {
        sectionByClass("echo2.jar", "org.example.echo2", "echo", "## echo again\n<p>又一个</p>\n").writeTo(dir);

        ReportEngine engine = ReportEngine.builder().discoverPlugins(false).addModule(new EchoModule())
                .pluginDirectory(dir).build();

        assertThat(engine.pluginProblems()).singleElement().asString()
                .startsWith(dir.resolve("echo2.jar") + ": section type 'echo' of org.example.echo2.Module is already "
                        + "provided by io.zongjie.fixtures.EchoModule")
                .endsWith("; skipped");
    }

    @Test
    void aSectionRegisteredUnderAnotherTypeIsSkippedAloneAndTheRestOfItsJarWorks() throws Exception {
        PluginJar.section("two.jar", "org.example.two", "first")
                .source("org.example.two.Module", "package org.example.two;\n"
                        + "public class Module extends io.zongjie.spi.PluginModule {\n"
                        + "  @Override protected void configure() {\n"
                        + "    section(\"first\", Section.class);\n"
                        + "    section(\"second\", Section.class);\n" // Section says its type is "first"
                        + "  }\n"
                        + "}\n")
                .writeTo(dir);

        ReportEngine engine = ReportEngine.builder().discoverPlugins(false).pluginDirectory(dir).build();

        assertThat(engine.pluginProblems()).singleElement().asString()
                .isEqualTo(dir.resolve("two.jar") + ": section org.example.two.Section is registered as 'second' but "
                        + "says its type is 'first' (register it with section(Section.class), which takes the type "
                        + "from the plugin); skipped");
        assertThat(engine.sections()).extracting(SectionInfo::type).containsExactly("first");
        assertThat(engine.assemble(report("first")).plainText()).contains("first活动开展3次。");
    }

    @Test
    void aJarWhoseOnlySectionIsRegisteredUnderAnotherTypeAddsNothingAndSaysSoOnce() throws Exception {
        PluginJar.section("wrong.jar", "org.example.wrong", "right")
                .source("org.example.wrong.Module", "package org.example.wrong;\n"
                        + "public class Module extends io.zongjie.spi.PluginModule {\n"
                        + "  @Override protected void configure() { section(\"wrong\", Section.class); }\n"
                        + "}\n")
                .writeTo(dir);

        ReportEngine engine = ReportEngine.builder().discoverPlugins(false).pluginDirectory(dir).build();

        assertThat(engine.pluginProblems()).singleElement().asString()
                .contains("is registered as 'wrong' but says its type is 'right'");
        assertThat(engine.sections()).isEmpty();
    }

    /** Registers the echo section a second time, by class alone. */
    static final class PluginModuleByClass extends io.zongjie.spi.PluginModule {
        @Override
        protected void configure() {
            section(io.zongjie.fixtures.EchoSection.class);
        }
    }
}
