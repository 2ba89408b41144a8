package io.zongjie.cli;

import static io.zongjie.cli.MainTest.SAMPLES;
import static io.zongjie.cli.MainTest.zongjie;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.zongjie.cli.MainTest.Run;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a report may and may not go. OUT that is not a regular file is never replaced: a character device or a
 * named pipe is written to as a stream (and stays what it was), a block device or a socket is refused with exit 3,
 * {@code -o -} is standard output; and a run never writes over a file it reads (its input, profile, font, template
 * or plugin jar), however the two are spelt or linked: exit 2, and the file as it was.
 */
@DisabledOnOs(OS.WINDOWS)
class HostileOutputTest {

    private static final int S_IFMT = 0170000;
    private static final int S_IFCHR = 0020000;
    private static final int S_IFBLK = 0060000;
    private static final int S_IFIFO = 0010000;
    private static final int S_IFSOCK = 0140000;
    private static final Duration GUARD = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    Path school;

    @BeforeEach
    void copyTheSample() throws Exception {
        school = Files.copy(SAMPLES.resolve("school.yaml"), dir.resolve("school.yaml"));
    }

    private static int type(Path p) throws Exception {
        return ((Number) Files.getAttribute(p, "unix:mode", java.nio.file.LinkOption.NOFOLLOW_LINKS)).intValue()
                & S_IFMT;
    }

    /** Makes a device node as root would; skipped, saying why, where that is impossible. */
    private Path deviceNode(String name, char kind, int major, int minor) throws Exception {
        Assumptions.assumeTrue("root".equals(System.getProperty("user.name")),
                "making a device node (mknod) needs root; this test runs as " + System.getProperty("user.name"));
        Path node = dir.resolve(name);
        Process mknod = new ProcessBuilder("mknod", node.toString(), String.valueOf(kind), String.valueOf(major),
                String.valueOf(minor)).redirectErrorStream(true).start();
        String said = new String(mknod.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Assumptions.assumeTrue(mknod.waitFor(10, TimeUnit.SECONDS) && mknod.exitValue() == 0,
                "mknod is not allowed here (a container without CAP_MKNOD?): " + said.strip());
        return node;
    }

    private Path fifo(String name) throws Exception {
        Path fifo = dir.resolve(name);
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
        Assumptions.assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0,
                "mkfifo is not available");
        return fifo;
    }

    private List<String> leftovers() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp")).toList();
        }
    }

    // ---------------------------------------------------------------- class 1: OUT that is not a regular file

    @Test
    void aCharacterDeviceIsWrittenAsAStreamAndStaysADevice() throws Exception {
        Path node = deviceNode("null", 'c', 1, 3); // the same device as /dev/null

        Run run = zongjie("assemble", school.toString(), "-o", node.toString(), "--format", "txt");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(type(node)).as("still a character device").isEqualTo(S_IFCHR);
        assertThat(Files.getAttribute(node, "unix:rdev")).as("still device 1,3").isEqualTo(Files.getAttribute(
                Path.of("/dev/null"), "unix:rdev"));
        assertThat(leftovers()).isEmpty();
        // every format, and a failed run too: the node stays what it is
        for (String format : List.of("pdf", "html", "md")) {
            assertThat(zongjie("assemble", school.toString(), "-o", node.toString(), "--format", format).code())
                    .isZero();
        }
        Path bad = Files.writeString(dir.resolve("bad.yaml"), HostileInputTest.FRAME + "sections: []\n");
        assertThat(zongjie("assemble", bad.toString(), "-o", node.toString(), "--format", "txt").code()).isEqualTo(1);
        assertThat(type(node)).isEqualTo(S_IFCHR);
    }

    @Test
    void aLinkToADeviceIsWrittenThroughAndStaysALink() throws Exception {
        Path node = deviceNode("null", 'c', 1, 3);
        Path link = Files.createSymbolicLink(dir.resolve("report.txt"), node);

        Run run = zongjie("assemble", school.toString(), "-o", link.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(type(node)).isEqualTo(S_IFCHR);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aBlockDeviceIsRefusedWithExitThreeAndLeftAlone() throws Exception {
        // a made-up minor number: even a bug could not reach a real disk through it
        Path node = deviceNode("disk", 'b', 7, 250);

        Run run = zongjie("assemble", school.toString(), "-o", node.toString(), "--format", "txt");

        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).isEqualTo("zongjie: " + node + ": is a block device (a disk or a partition); zongjie "
                + "writes reports to files, character devices and pipes, never onto a disk" + System.lineSeparator());
        assertThat(type(node)).isEqualTo(S_IFBLK);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aSocketIsRefusedWithExitThreeAndLeftAlone() throws Exception {
        Path socket = dir.resolve("report.sock");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            server.bind(UnixDomainSocketAddress.of(socket));

            Run run = zongjie("assemble", school.toString(), "-o", socket.toString(), "--format", "txt");

            assertThat(run.code()).isEqualTo(3);
            assertThat(run.err()).contains(socket + ": is a socket, which cannot be written as a file");
            assertThat(type(socket)).isEqualTo(S_IFSOCK);
        }
    }

    @Test
    void aNamedPipeGetsTheWholeReportAndStaysAPipe() throws Exception {
        Path fifo = fifo("report.pipe");
        CompletableFuture<byte[]> reader = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return in.readAllBytes();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });

        Run run = assertTimeoutPreemptively(GUARD, () -> zongjie("assemble", school.toString(), "-o",
                fifo.toString(), "--format", "txt"));

        assertThat(run.code()).as(run.err()).isZero();
        String text = new String(reader.get(30, TimeUnit.SECONDS), StandardCharsets.UTF_8);
        assertThat(text).contains("临江市滨江实验中学2023年工会工作总结").contains("六、存在的不足与2024年工作打算");
        assertThat(type(fifo)).isEqualTo(S_IFIFO);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void aFailedRunSendsNothingDownAPipe() throws Exception {
        Path fifo = fifo("report.pipe");
        CompletableFuture<byte[]> reader = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return in.readAllBytes();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Path bad = Files.writeString(dir.resolve("bad.yaml"), HostileInputTest.FRAME + "sections: []\n");

        Run run = assertTimeoutPreemptively(GUARD, () -> zongjie("assemble", bad.toString(), "-o", fifo.toString(),
                "--format", "txt"));

        assertThat(run.code()).isEqualTo(1);
        try (OutputStream out = Files.newOutputStream(fifo, java.nio.file.StandardOpenOption.WRITE)) {
            out.write("only this".getBytes(StandardCharsets.UTF_8)); // the reader sees what we send, and nothing else
        }
        assertThat(new String(reader.get(30, TimeUnit.SECONDS), StandardCharsets.UTF_8)).isEqualTo("only this");
        assertThat(type(fifo)).isEqualTo(S_IFIFO);
    }

    @Test
    void devStdoutIsTheProcesssOwnOutputNotAFileToReplace() throws Exception {
        Assumptions.assumeTrue(Files.isSymbolicLink(Path.of("/dev/stdout")), "/dev/stdout is not a link here");
        Path target = Files.readSymbolicLink(Path.of("/dev/stdout"));

        HostilePluginJarTest.Child run = HostilePluginJarTest.zongjie(dir, "assemble", school.toString(), "-o",
                "/dev/stdout", "--format", "txt");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).as("the report, and no 'wrote' line in it").startsWith(
                "              临江市滨江实验中学2023年工会工作总结").doesNotContain("wrote ");
        assertThat(Files.isSymbolicLink(Path.of("/dev/stdout"))).isTrue();
        assertThat(Files.readSymbolicLink(Path.of("/dev/stdout"))).isEqualTo(target);
        try (Stream<Path> dev = Files.list(Path.of("/dev"))) {
            assertThat(dev.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".stdout."));
        }
    }

    @Test
    void dashWritesTheReportToStandardOutputAsBytes() throws Exception {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = Main.run(stdout, new PrintWriter(out, true), new PrintWriter(err, true), "assemble",
                school.toString(), "-o", "-", "--format", "pdf");

        assertThat(code).as(err.toString()).isZero();
        assertThat(new String(stdout.toByteArray(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        assertThat(SamplesTest.pdfText(stdout.toByteArray())).contains("临江市滨江实验中学2023年工会工作总结");
        assertThat(out.toString()).as("standard output carries the report alone").isEmpty();
        assertThat(dir.resolve("-")).doesNotExist();
        assertThat(Path.of("-")).doesNotExist();

        Run text = zongjie("assemble", school.toString(), "-o", "-", "--format", "md");
        assertThat(text.code()).isZero();
        assertThat(text.out()).startsWith("# 临江市滨江实验中学2023年工会工作总结");

        Run noFormat = zongjie("assemble", school.toString(), "-o", "-");
        assertThat(noFormat.code()).isEqualTo(2);
        assertThat(noFormat.err()).contains("-o - writes the report to standard output; add --format (");

        Run bad = zongjie("assemble", Files.writeString(dir.resolve("bad.yaml"), HostileInputTest.FRAME
                + "sections: []\n").toString(), "-o", "-", "--format", "txt");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.out()).as("nothing on standard output when the input is bad").isEmpty();

        Run batch = zongjie("batch", school.toString(), "-o", "-");
        assertThat(batch.code()).isEqualTo(2);
        assertThat(batch.err()).contains("-o - (standard output) is for assemble");
    }

    @Test
    void schemaAndInitPrintWithDashAndWriteToADeviceWithoutForce() throws Exception {
        Run schema = zongjie("schema", "-o", "-");
        assertThat(schema.code()).isZero();
        assertThat(schema.out()).startsWith("{");
        Run init = zongjie("init", "-");
        assertThat(init.code()).isZero();
        assertThat(init.out()).contains("report:").contains("sections:");
        Path node = deviceNode("null", 'c', 1, 3);
        assertThat(zongjie("init", node.toString()).code()).as("a device replaces nothing: no --force needed")
                .isZero();
        assertThat(type(node)).isEqualTo(S_IFCHR);
    }

    // ---------------------------------------------------------------- class 2: a report over its own input

    /** Runs a command that must be refused with exit 2 and leave {@code kept} as it was. */
    private void refused(Path kept, String fragment, String... args) throws Exception {
        byte[] before = Files.readAllBytes(kept);
        Run run = zongjie(args);
        assertThat(run.code()).as(String.join(" ", args) + "\n" + run.err()).isEqualTo(2);
        assertThat(run.err()).contains(fragment).contains("writing the report there would destroy it, so nothing "
                + "was written: choose another file").doesNotContain("\tat ");
        assertThat(Files.readAllBytes(kept)).as("the file the run reads is as it was").isEqualTo(before);
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void theInputItselfIsNeverTheOutputHoweverItIsSpelt() throws Exception {
        String in = school.toString();
        refused(school, "is the input " + in, "assemble", in, "-o", in, "--format", "txt");
        refused(school, "is the input", "assemble", in, "-o", dir.resolve(".").resolve("school.yaml").toString(),
                "--format", "txt");
        refused(school, "is the input", "assemble", in, "-o", dir.resolve("sub/../school.yaml").toString(),
                "--format", "txt");
        Files.createDirectories(dir.resolve("sub"));
        refused(school, "is the input", "assemble", in, "-o", dir.resolve("sub/../school.yaml").toString(),
                "--format", "txt");
        refused(school, "(the same file, through a link or another name)", "assemble", in, "-o",
                Files.createLink(dir.resolve("hard.yaml"), school).toString(), "--format", "txt");
        refused(school, "(the same file, through a link or another name)", "assemble", in, "-o",
                Files.createSymbolicLink(dir.resolve("soft.yaml"), school).toString(), "--format", "txt");
        Path viaLink = Files.createSymbolicLink(dir.resolve("input-link.yaml"), school);
        refused(school, "is the input " + viaLink, "assemble", viaLink.toString(), "-o", in, "--format", "txt");
        Path linkedFolder = Files.createSymbolicLink(dir.resolve("same-folder"), dir);
        refused(school, "is the input", "assemble", in, "-o", linkedFolder.resolve("school.yaml").toString(),
                "--format", "txt");
        Path json = Files.writeString(dir.resolve("r.json"), "{}");
        refused(json, "is the input", "assemble", json.toString(), "-o", json.toString(), "--format", "html");
    }

    @Test
    void theProfileAFontATemplateOrAPluginJarIsNeverTheOutput() throws Exception {
        String in = school.toString();
        Path profile = Files.writeString(dir.resolve("profile.yaml"), "bodySize: 12\n");
        refused(profile, "is the render profile " + profile, "assemble", in, "-o", profile.toString(), "--format",
                "txt", "--profile", profile.toString());
        Path font = Files.write(dir.resolve("font.ttf"), new byte[] {0, 1, 0, 0});
        refused(font, "is the font " + font, "assemble", in, "-o", font.toString(), "--format", "txt", "--font",
                "body=" + font);
        Path template = Files.writeString(Files.createDirectories(dir.resolve("tpl/welfare")).resolve("welfare.vm"),
                "<p>x</p>\n");
        refused(template, "is the template " + template, "assemble", in, "-o", template.toString(), "--format", "txt",
                "--templates", dir.resolve("tpl").toString());
        Path jar = Files.write(Files.createDirectories(dir.resolve("plugins")).resolve("women.jar"), new byte[] {1});
        refused(jar, "is the plugin jar " + jar, "assemble", in, "-o", jar.toString(), "--format", "txt",
                "--plugins", dir.resolve("plugins").toString());
    }

    @Test
    void batchNeverWritesOverOneOfItsInputs() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        // a report file named like its own output, in the output folder
        Path named = Files.copy(school, out.resolve("school.md"));
        refused(named, "is the input " + named, "batch", named.toString(), "-o", out.toString(), "--format", "md");
        // an output name that is a hard link to another input
        Path other = Files.copy(school, dir.resolve("other.yaml"));
        Files.createLink(out.resolve("school.html"), other);
        refused(other, "is the input " + other, "batch", school.toString(), other.toString(), "-o", out.toString(),
                "--format", "html");
        assertThat(Files.readString(out.resolve("school.html"))).isEqualTo(Files.readString(other));
    }

    @Test
    void aNewOrUnrelatedFileIsStillWritten() throws Exception {
        // the guard compares files, not names: a report beside its input, or over an older report, is fine
        Path old = Files.writeString(dir.resolve("school.txt"), "旧");
        Run run = zongjie("assemble", school.toString(), "-o", old.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(Files.readString(old)).contains("临江市滨江实验中学");
        List<String> args = new ArrayList<>(List.of("assemble", school.toString(), "-o",
                dir.resolve("school.yaml.txt").toString()));
        assertThat(zongjie(args.toArray(String[]::new)).code()).isZero();
    }
}
