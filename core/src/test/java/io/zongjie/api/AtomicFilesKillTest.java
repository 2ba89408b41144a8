package io.zongjie.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a kill or Ctrl-C in the middle of writing leaves behind, and what {@code -o} writes through a symbolic
 * link: the old file intact, at most one recognisable temporary file (cleaned by the next write once stale), and
 * never a write into another folder than the one asked for.
 */
class AtomicFilesKillTest {

    @TempDir
    Path dir;

    @Test
    @Timeout(60)
    void aProcessKilledMidWriteLeavesTheOldFileByteForByte() throws Exception {
        Path target = dir.resolve("report.pdf");
        byte[] old = new byte[200_000];
        new Random(7).nextBytes(old);
        Files.write(target, old);

        Process child = startWriter(target);
        try {
            child.destroyForcibly(); // SIGKILL: nothing in the child runs any more
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }

        assertThat(Files.readAllBytes(target)).as("the old file, untouched").isEqualTo(old);
        List<Path> stray = temporaryFiles();
        assertThat(stray).as("at most the killed write's temporary file").hasSizeLessThanOrEqualTo(1);

        // The next successful write removes a stray once it is stale, and keeps young ones (a concurrent writer's).
        Path young = Files.createTempFile(dir, ".report.pdf.", ".tmp");
        for (Path p : stray) {
            Files.setLastModifiedTime(p, FileTime.from(Instant.now().minus(AtomicFiles.STALE_AFTER).minusSeconds(60)));
        }
        AtomicFiles.write(target, out -> out.write("新的".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(target)).isEqualTo("新的");
        assertThat(temporaryFiles()).containsExactly(young);
    }

    @Test
    @Timeout(60)
    @DisabledOnOs(OS.WINDOWS) // no SIGTERM there: destroy() is a hard kill
    void ctrlCOrAPlainKillLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path target = dir.resolve("report.pdf");
        Files.writeString(target, "旧的报告");
        Process child = startWriter(target);
        child.destroy(); // SIGTERM: shutdown hooks run, as on Ctrl-C (SIGINT)
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();

        assertThat(Files.readString(target)).isEqualTo("旧的报告");
        assertThat(temporaryFiles()).as("the shutdown hook removed the partial file").isEmpty();
    }

    private Process startWriter(Path target) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                SlowWriter.class.getName(), target.toString()).redirectErrorStream(true).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        String line;
        do {
            line = lines.readLine();
        } while (line != null && !line.equals("WRITING"));
        assertThat(line).as("the child started writing").isEqualTo("WRITING");
        assertThat(temporaryFiles()).as("the new bytes go to a temporary file").hasSize(1);
        return child;
    }

    @Test
    @DisabledOnOs(OS.WINDOWS) // symbolic links need privileges there
    void aSymbolicLinkAsTargetIsReplacedNotWrittenThrough() throws Exception {
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        Path precious = Files.writeString(elsewhere.resolve("precious.txt"), "不可覆盖");
        Path out = Files.createDirectories(dir.resolve("out"));
        Path link = Files.createSymbolicLink(out.resolve("report.txt"), precious);

        AtomicFiles.write(link, o -> o.write("报告".getBytes(StandardCharsets.UTF_8)));

        assertThat(Files.isSymbolicLink(link)).as("the link itself was replaced").isFalse();
        assertThat(Files.readString(link)).isEqualTo("报告");
        assertThat(Files.readString(precious)).as("the file elsewhere is untouched").isEqualTo("不可覆盖");
        try (Stream<Path> files = Files.list(elsewhere)) {
            assertThat(files).containsExactly(precious);
        }
    }

    private List<Path> temporaryFiles() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().matches("\\.report\\.pdf\\..*\\.tmp")).toList();
        }
    }
}
