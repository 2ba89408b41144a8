package io.zongjie.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What the launcher runs once per build of the jar, under {@code -XX:ArchiveClassesAtExit}, to make the class-data
 * archive every later command maps: the commands a user runs most, in one JVM, on the example {@code zongjie init}
 * writes: {@code init}, {@code validate}, and {@code assemble} to every format. So the archive holds the classes of
 * all of them, whichever command happens to be the first a user types (an archive made by {@code zongjie --version}
 * would hold almost nothing, and every later {@code assemble} would load its classes from the jar again).
 *
 * <p>It works in a temporary folder, deleted at the end, and prints nothing; its exit code is 0 whatever the commands
 * return, since an archive of what did run is still worth having.
 */
public final class StartupTraining {

    private StartupTraining() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("zongjie-training");
        try {
            Path input = dir.resolve("report.yaml");
            run("init", input.toString(), "--kind", "school");
            run("validate", input.toString());
            for (String format : List.of("pdf", "docx", "html", "md", "txt")) {
                run("assemble", input.toString(), "-f", format, "-o", dir.resolve("report." + format).toString());
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void run(String... args) {
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        Main.run(System.getenv(), new Main.TextStream(quiet), quiet, quiet, args);
    }
}
