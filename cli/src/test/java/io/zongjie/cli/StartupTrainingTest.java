package io.zongjie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The launcher's training run for the class-data archive: it runs the commands and leaves nothing behind. */
class StartupTrainingTest {

    private static long trainingFolders() throws Exception {
        try (Stream<Path> tmp = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return tmp.filter(p -> p.getFileName().toString().startsWith("zongjie-training")).count();
        }
    }

    @Test
    void runsTheCommandsInATemporaryFolderThatItRemoves() throws Exception {
        long before = trainingFolders();

        StartupTraining.main(new String[0]);

        assertThat(trainingFolders()).isEqualTo(before);
    }
}
