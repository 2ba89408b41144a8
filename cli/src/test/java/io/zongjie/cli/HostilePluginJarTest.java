package io.zongjie.cli;

import static io.zongjie.cli.MainTest.SAMPLES;
import static org.assertj.core.api.Assertions.assertThat;

import io.zongjie.testing.PluginJar;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plugin jars that try to decide the run: {@code System.exit} in a static initialiser, in {@code configure()}, in the
 * section's constructor, in {@code validate()} and in {@code render()}, an endless loop, and {@code Error}s while
 * loading. Real jars built here, run by the real {@code zongjie} in a JVM of its own (an exit would end the test's
 * JVM), each asserting what a user sees: the exit code, one line naming the jar, the report written when it does not
 * use the jar, and nothing written (the old file byte for byte, no temporary file) when it does.
 */
@DisabledOnOs(OS.WINDOWS)
class HostilePluginJarTest {

    private static final Pattern TRACE = Pattern.compile("(?m)^\\s+at [\\w.$]+\\(");
    /** An endless loop that burns a core, as a careless or hostile configure() would. */
    private static final String SPIN = "if (true) for (long i = 0; ; i++) { if (i == Long.MIN_VALUE) break; }";

    @TempDir
    Path dir;

    Path plugins;

    @BeforeEach
    void folders() throws IOException {
        plugins = Files.createDirectories(dir.resolve("plugins"));
    }

    record Child(int code, String out, String err) {
    }

    /** Runs {@code zongjie} as a user would: its own JVM, with the test's class path (zongjie and its plugins). */
    static Child zongjie(Path workDir, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Xmx256m", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(workDir.toFile())
                .redirectOutput(workDir.resolve("child.out").toFile())
                .redirectError(workDir.resolve("child.err").toFile()).start();
        try {
            assertThat(p.waitFor(90, TimeUnit.SECONDS)).as("zongjie ended").isTrue();
        } finally {
            p.destroyForcibly();
        }
        return new Child(p.exitValue(), Files.readString(workDir.resolve("child.out"), StandardCharsets.UTF_8),
                Files.readString(workDir.resolve("child.err"), StandardCharsets.UTF_8));
    }

    private static PluginJar section(String jar, String type, PluginJar.Code code) {
        return PluginJar.section(jar, "org.example." + type, type, code);
    }

    @Test
    @Timeout(120)
    void aJarThatExitsHangsOrFailsWhileLoadingIsSkippedAndTheReportIsStillWritten() throws Exception {
        PluginJar.named("zongjie-retirees-1.0.0.jar").project(SAMPLES.resolve("retirees-plugin")).writeTo(plugins);
        section("exit-static.jar", "exitstatic", new PluginJar.Code().moduleStatic("System.exit(0);"))
                .writeTo(plugins);
        section("exit-configure.jar", "exitconfigure", new PluginJar.Code().configure("System.exit(0);"))
                .writeTo(plugins);
        section("exit-constructor.jar", "exitctor", new PluginJar.Code().sectionConstructor("System.exit(7);"))
                .writeTo(plugins);
        section("spin-configure.jar", "spin", new PluginJar.Code().configure(SPIN)).writeTo(plugins);
        section("overflow-configure.jar", "overflow", new PluginJar.Code().configure("if (true) { configure(); }"))
                .writeTo(plugins);
        section("oom-configure.jar", "oom", new PluginJar.Code()
                .configure("long[] all = new long[Integer.MAX_VALUE];")).writeTo(plugins);
        // these two load well and exit only in validate() or render(), which a report without them never calls
        section("exit-validate.jar", "exitv", new PluginJar.Code().validate("System.exit(0);")).writeTo(plugins);
        section("exit-render.jar", "exitr", new PluginJar.Code().render("System.exit(0);")).writeTo(plugins);
        Path input = Files.writeString(dir.resolve("school-retirees.yaml"), Files.readString(SAMPLES.resolve(
                "school.yaml")) + """
                  - type: retirees
                    data:
                      checkup: {persons: 36}
                """);

        Child run = zongjie(dir, "assemble", input.toString(), "-o", "report.txt", "--plugins", plugins.toString(),
                "--limit", "section-timeout=2s");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(Files.readString(dir.resolve("report.txt"))).contains("三、真情关爱，扎实开展送温暖活动")
                .contains("七、关心离退休人员");
        assertThat(run.out()).startsWith("wrote report.txt (txt, ");
        List<String> warnings = run.err().lines().toList();
        assertThat(warnings).hasSize(6).allSatisfy(w -> assertThat(w).startsWith("zongjie: warning: " + plugins)
                .endsWith("; skipped"));
        assertThat(run.err())
                .contains("exit-static.jar: called System.exit while loading (in org.example.exitstatic.Module.<clinit>)")
                .contains("exit-configure.jar: called System.exit while loading (in "
                        + "org.example.exitconfigure.Module.configure)")
                .contains("exit-constructor.jar: called System.exit while loading (in "
                        + "org.example.exitctor.Section.<init>)")
                .contains("spin-configure.jar: did not finish loading within 2 s")
                .contains("overflow-configure.jar: org.example.overflow.Module failed to configure (StackOverflowError")
                .contains("oom-configure.jar: org.example.oom.Module failed to configure (OutOfMemoryError");
        assertThat(TRACE.matcher(run.err()).find()).isFalse();
    }

    @Test
    @Timeout(120)
    void anExitInValidateOrRenderFailsThatReportWithExitThreeAndWritesNothing() throws Exception {
        section("exit-validate.jar", "exitv", new PluginJar.Code().validate("System.exit(0);")).writeTo(plugins);
        section("exit-render.jar", "exitr", new PluginJar.Code().render("System.exit(0);")).writeTo(plugins);

        // (a report that does not use these jars is written: the first test of this class has them in its folder)
        for (String type : List.of("exitv", "exitr")) {
            Path input = Files.writeString(dir.resolve(type + ".yaml"), HostileInputTest.FRAME
                    + "sections:\n  - type: " + type + "\n    data: {count: 3}\n");
            Path out = Files.writeString(dir.resolve(type + ".txt"), "上一份报告");

            Child run = zongjie(dir, "assemble", input.toString(), "-o", out.toString(), "--plugins",
                    plugins.toString());

            String where = type.equals("exitv") ? "validate" : "render";
            assertThat(run.code()).as(run.err()).isEqualTo(3);
            assertThat(run.err()).isEqualTo("zongjie: sections[0] (" + type + "): plugin '" + type
                    + "' (org.example." + type + ".Section) called System.exit (in org.example." + type + ".Section."
                    + where + "); a plugin may not end the program, so the run is stopped and nothing is written\n");
            assertThat(Files.readString(out)).isEqualTo("上一份报告");
            assertThat(leftovers()).isEmpty();
        }
    }

    @Test
    @Timeout(120)
    void anExitFromARendererInTheCommandsOwnThreadIsReportedAndItsPartialFileRemoved() throws Exception {
        PluginJar.named("boom-format.jar")
                .source("org.example.boom.Module", """
                        package org.example.boom;
                        public class Module extends io.zongjie.spi.PluginModule {
                          @Override protected void configure() { renderer(Boom.class); }
                        }
                        """)
                .source("org.example.boom.Boom", """
                        package org.example.boom;
                        public class Boom implements io.zongjie.spi.Renderer {
                          public String format() { return "boom"; }
                          public java.util.List<String> extensions() { return java.util.List.of("boom"); }
                          public String description() { return "a format that ends the program"; }
                          public void render(io.zongjie.document.Document d, java.io.OutputStream out)
                              throws java.io.IOException {
                            out.write(new byte[200_000]);
                            out.flush();
                            System.exit(0);
                          }
                        }
                        """)
                .service("org.example.boom.Module").writeTo(plugins);
        Path out = Files.writeString(dir.resolve("school.boom"), "旧的");

        Child run = zongjie(dir, "assemble", SAMPLES.resolve("school.yaml").toAbsolutePath().toString(), "-o",
                out.toString(), "--plugins", plugins.toString());

        assertThat(run.code()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).isEqualTo("zongjie: " + plugins.resolve("boom-format.jar")
                + " (org.example.boom.Boom.render) called System.exit during the run; a plugin may not end the "
                + "program, so the run is stopped and nothing is written\n");
        assertThat(Files.readString(out)).isEqualTo("旧的");
        assertThat(leftovers()).as("the partial file was removed").isEmpty();
    }

    @Test
    @Timeout(120)
    void anExitFromAThreadAPluginStartsNeverEndsInASilentSuccess() throws Exception {
        section("exit-later.jar", "later", new PluginJar.Code().render(
                "new Thread(() -> System.exit(0)).start(); try { Thread.sleep(1500); } catch (Exception e) { }"))
                .writeTo(plugins);
        Path input = Files.writeString(dir.resolve("later.yaml"), HostileInputTest.FRAME
                + "sections:\n  - type: later\n    data: {count: 3}\n");

        Child run = zongjie(dir, "assemble", input.toString(), "-o", "later.txt", "--plugins", plugins.toString());

        assertThat(run.code()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).contains("zongjie: " + plugins.resolve("exit-later.jar")
                + " (org.example.later.Section.lambda$render$0) called System.exit while the command ran; a plugin "
                + "may not end the program, so the command fails");
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }
}
