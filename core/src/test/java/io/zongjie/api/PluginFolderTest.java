package io.zongjie.api;

import static io.zongjie.testing.SectionHarness.data;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zongjie.document.Document;
import io.zongjie.fixtures.EchoModule;
import io.zongjie.model.ReportSpec;
import io.zongjie.model.SectionSpec;
import io.zongjie.testing.PluginJar;
import io.zongjie.testing.SectionHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plugin jars dropped into a folder: the good ones add their sections, each bad one is skipped naming itself. */
class PluginFolderTest {

    @TempDir
    Path dir;

    static PluginJar plugin(String jarName, String pkg, String type) {
        return PluginJar.section(jarName, pkg, type, "", "", "");
    }

    static PluginJar plugin(String jarName, String pkg, String type, String moduleConstructor, String configure,
            String sectionConstructor) {
        return PluginJar.section(jarName, pkg, type, moduleConstructor, configure, sectionConstructor);
    }

    private static ReportSpec report(String... types) {
        return new ReportSpec(SectionHarness.schoolMeta(), java.util.Arrays.stream(types)
                .map(t -> new SectionSpec(t, null, t.equals("echo") ? data("text", "回声") : data("count", 3)))
                .toList());
    }

    @Test
    void aJarInTheFolderAddsItsSectionBesideTheBuiltIns() throws Exception {
        plugin("hello.jar", "org.example.hello", "hello").writeTo(dir);

        ReportEngine engine = ReportEngine.builder().discoverPlugins(false).addModule(new EchoModule())
                .pluginDirectory(dir).build();

        assertThat(engine.pluginProblems()).isEmpty();
        assertThat(engine.sections()).extracting(SectionInfo::type, SectionInfo::origin)
                .contains(org.assertj.core.groups.Tuple.tuple("hello", dir.resolve("hello.jar").toString()));
        Document doc = engine.assemble(report("echo", "hello"));
        assertThat(doc.plainText()).contains("一、").contains("二、hello工作").contains("hello活动开展3次。")
                .contains("回声");
        // the jar's template is found through the jar's own class loader, and listed with its variables
        assertThat(engine.templates("hello")).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("hello.vm");
            assertThat(t.source()).contains("org/example/hello/hello.vm").contains("hello.jar");
            assertThat(t.variables()).extracting(TemplateInfo.Variable::name)
                    .containsExactly("$data", "$report, $title, $fmt");
        });
    }

    @Test
    void everyBrokenJarIsSkippedNamingItselfAndTheOthersKeepWorking() throws Exception {
        plugin("good.jar", "org.example.good", "good").writeTo(dir);
        Files.write(dir.resolve("corrupt.jar"), new byte[] {'P', 'K', 3, 4, 0, 1, 2, 3, 'n', 'o', 't'});
        PluginJar.named("library.jar").resource("org/example/lib/readme.txt", "a library, not a plugin")
                .writeTo(dir);
        plugin("old-spi.jar", "org.example.old", "old").spiVersion("0").writeTo(dir);
        plugin("unversioned.jar", "org.example.unversioned", "unversioned").spiVersion(null).writeTo(dir);
        plugin("bad-configure.jar", "org.example.cfg", "cfg", "",
                "if (true) throw new IllegalStateException(\"configure exploded\");", "").writeTo(dir);
        plugin("bad-module.jar", "org.example.ctor", "ctor", "if (true) throw new RuntimeException(\"no module\");",
                "", "").writeTo(dir);
        plugin("bad-start.jar", "org.example.start", "start", "", "",
                "if (true) throw new IllegalStateException(\"section exploded\");").writeTo(dir);
        plugin("zz-duplicate.jar", "org.example.dup", "good").writeTo(dir);
        plugin("clash.jar", "org.example.clash", "echo").writeTo(dir);

        ReportEngine engine = ReportEngine.builder().discoverPlugins(false).addModule(new EchoModule())
                .pluginDirectory(dir).build();

        List<String> problems = engine.pluginProblems();
        assertThat(problems).hasSize(9).allSatisfy(p -> assertThat(p).startsWith(dir.toString()).endsWith("; skipped"));
        assertThat(problem(problems, "corrupt.jar")).contains("cannot be read as a jar");
        assertThat(problem(problems, "library.jar"))
                .contains("not a zongjie plugin: it has no META-INF/services/io.zongjie.spi.PluginModule");
        assertThat(problem(problems, "old-spi.jar")).contains("built for zongjie SPI version 0")
                .contains("implements version 1");
        assertThat(problem(problems, "unversioned.jar")).contains("declares no Zongjie-SPI-Version");
        assertThat(problem(problems, "bad-configure.jar")).contains("org.example.cfg.Module failed to configure")
                .contains("configure exploded");
        assertThat(problem(problems, "bad-module.jar")).contains("could not be created").contains("no module");
        assertThat(problem(problems, "bad-start.jar")).contains("failed to start").contains("section exploded");
        assertThat(problem(problems, "zz-duplicate.jar")).contains("section type 'good'")
                .contains("already provided by org.example.good.Module (" + dir.resolve("good.jar") + ")");
        assertThat(problem(problems, "clash.jar")).contains("section type 'echo'")
                .contains("already provided by io.zongjie.fixtures.EchoModule");

        assertThat(engine.sections()).extracting(SectionInfo::type).containsExactly("echo", "good");
        assertThat(engine.assemble(report("echo", "good")).plainText()).contains("good活动开展3次。");
    }

    @Test
    void anErrorOrAHangWhileAJarLoadsSkipsThatJarWithinTheDeadline() throws Exception {
        plugin("good.jar", "org.example.good", "good").writeTo(dir);
        PluginJar.section("overflow.jar", "org.example.overflow", "overflow", new PluginJar.Code()
                .configure("if (true) { configure(); }")).writeTo(dir);
        PluginJar.section("oom.jar", "org.example.oom", "oom", new PluginJar.Code()
                .configure("long[] huge = new long[Integer.MAX_VALUE];")).writeTo(dir);
        PluginJar.section("init-error.jar", "org.example.init", "init", new PluginJar.Code()
                .moduleStatic("if (true) throw new IllegalStateException(\"static boom\");")).writeTo(dir);
        // sleeps rather than spins, so the abandoned thread costs the test JVM nothing; it ignores interruption
        PluginJar.section("hang.jar", "org.example.hang", "hang", new PluginJar.Code()
                .configure("if (true) while (true) { try { Thread.sleep(50); } catch (InterruptedException e) { } }"))
                .writeTo(dir);
        PluginJar.section("hang-static.jar", "org.example.hangstatic", "hangstatic", new PluginJar.Code()
                .moduleStatic("if (true) while (true) { try { Thread.sleep(50); } catch (InterruptedException e) { } }"))
                .writeTo(dir);
        PluginJar.section("bad-datatype.jar", "org.example.dt", "dt", new PluginJar.Code()
                .dataType("if (true) throw new StackOverflowError();")).writeTo(dir);

        long start = System.nanoTime();
        ReportEngine engine = ReportEngine.builder().discoverPlugins(false).addModule(new EchoModule())
                .pluginDirectory(dir).limits(Limits.defaults().withSectionTimeout(java.time.Duration.ofMillis(700)))
                .build();
        long took = (System.nanoTime() - start) / 1_000_000;

        List<String> problems = engine.pluginProblems();
        assertThat(problems).hasSize(6).allSatisfy(p -> assertThat(p).startsWith(dir.toString()).endsWith("; skipped"));
        assertThat(problem(problems, "overflow.jar")).contains("failed to configure (StackOverflowError");
        assertThat(problem(problems, "oom.jar")).contains("failed to configure (OutOfMemoryError");
        assertThat(problem(problems, "init-error.jar")).contains("could not be created")
                .contains("IllegalStateException: static boom");
        assertThat(problem(problems, "hang.jar")).contains("did not finish loading within 700 ms");
        assertThat(problem(problems, "hang-static.jar")).contains("did not finish loading within 700 ms");
        assertThat(problem(problems, "bad-datatype.jar")).contains("failed to start (StackOverflowError");
        assertThat(took).as("two hangs of 700 ms, and the rest quickly").isLessThan(8_000);
        assertThat(engine.sections()).extracting(SectionInfo::type).containsExactly("echo", "good");
        assertThat(engine.assemble(report("echo", "good")).plainText()).contains("good活动开展3次。");
    }

    @Test
    void eachJarLoadedIsListedWithTheSha256OfItsBytes() throws Exception {
        Path jar = plugin("hello.jar", "org.example.hello", "hello").writeTo(dir);
        Files.write(dir.resolve("broken.jar"), new byte[] {1, 2, 3});

        ReportEngine engine = ReportEngine.builder().discoverPlugins(false).pluginDirectory(dir).build();

        String expected = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(jar)));
        assertThat(engine.pluginJars()).singleElement().satisfies(info -> {
            assertThat(info.jar()).isEqualTo(jar.toString());
            assertThat(info.sha256()).isEqualTo(expected).hasSize(64);
            assertThat(info.sections()).containsExactly("hello");
            assertThat(info.formats()).isEmpty();
        });
        assertThat(ReportEngine.builder().discoverPlugins(false).build().pluginJars()).isEmpty();
    }

    private static String problem(List<String> problems, String jar) {
        return problems.stream().filter(p -> p.contains(jar + ": ")).findFirst()
                .orElseThrow(() -> new AssertionError("no problem for " + jar + " in " + problems));
    }

    @Test
    void theBuildWritesTheSpiVersionTheEngineImplements() throws Exception {
        // plugins/pom.xml (and third-party builds on zongjie's parent) write this property into the manifest
        String pom = Files.readString(Path.of("..", "pom.xml"));
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<zongjie.spi.version>(\\d+)<").matcher(pom);
        assertThat(m.find()).isTrue();
        assertThat(Integer.parseInt(m.group(1))).isEqualTo(io.zongjie.spi.PluginModule.SPI_VERSION);
    }

    @Test
    void aMissingPluginFolderIsAStartUpError() {
        assertThatThrownBy(() -> ReportEngine.builder().pluginDirectory(dir.resolve("nope")).build())
                .isInstanceOf(ZongjieException.class).hasMessageContaining("plugin folder")
                .hasMessageContaining("nope");
    }
}
