package io.zongjie.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void aFailedWriteLeavesTheOldFileAndNoTemporaryFile() throws Exception {
        Path target = Files.writeString(dir.resolve("report.pdf"), "old report");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half a new rep".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(Files.readString(target)).isEqualTo("old report");
        assertThat(Files.list(dir)).containsExactly(target);
    }

    @Test
    void aFailedFirstWriteLeavesNoFileAtAll() {
        Path target = dir.resolve("new.pdf");
        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            throw new IllegalStateException("renderer broke");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aCompleteWriteReplacesTheFile() throws Exception {
        Path target = Files.writeString(dir.resolve("r.txt"), "old");
        AtomicFiles.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertThat(Files.readString(target)).isEqualTo("new");
        assertThat(Files.list(dir)).containsExactly(target);
    }

    @Test
    void aFolderIsNotAFileName() {
        assertThatThrownBy(() -> AtomicFiles.write(dir, out -> { })).hasMessageContaining("is a folder");
    }

    @Test
    void missingFoldersAreCreated() throws Exception {
        Path target = dir.resolve("a/b/r.txt");
        AtomicFiles.write(target, out -> out.write('x'));
        assertThat(Files.readString(target)).isEqualTo("x");
    }

    @Test
    void aNewFileIsReadableByOthersAndAReplacedOneKeepsItsMode() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path fresh = dir.resolve("new.txt");
        AtomicFiles.write(fresh, out -> out.write('x'));
        // whatever the umask, a new report is not owner-only as a temporary file would be
        assertThat(Files.getPosixFilePermissions(fresh)).contains(java.nio.file.attribute.PosixFilePermission.OWNER_READ)
                .isNotEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));

        Path shared = Files.writeString(dir.resolve("shared.txt"), "old");
        Files.setPosixFilePermissions(shared, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
        AtomicFiles.write(shared, out -> out.write('y'));
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(shared)))
                .isEqualTo("rw-rw-r--");
    }

    @Test
    void aFileWhereTheFolderShouldBeIsNamed() throws Exception {
        Path file = Files.writeString(dir.resolve("ro"), "a file");
        assertThatThrownBy(() -> AtomicFiles.write(file.resolve("x.json"), out -> { }))
                .hasMessage(file + " is a file, not a folder; cannot write " + file.resolve("x.json") + " there");
    }
}
