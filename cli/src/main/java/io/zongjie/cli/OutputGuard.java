package io.zongjie.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * Refuses to write a report over a file the same run reads (its input, the render profile, a font, a template, a
 * plugin jar): {@code assemble self.yaml -o self.yaml} would leave the user with the report and without the only
 * copy of its data.
 *
 * <p>"The same file" is decided by {@link Files#isSameFile}, which follows links on both sides and compares the
 * files' keys (device and inode on Unix), so hard links, symbolic links and {@code ./} spellings are all caught.
 * Only an OUT that is (or leads to) a regular file can clash: a device or a pipe is written as a stream, which
 * replaces nothing.
 */
final class OutputGuard {

    /** No run reads more template files than this; a larger folder is looked at this far. */
    private static final int MAX_TEMPLATE_FILES = 10_000;

    private OutputGuard() {
    }

    /**
     * The files a run reads besides its inputs, each with how a message names it.
     *
     * @param profile   the --profile file, or null
     * @param fonts     the font files of the profile and --font
     * @param templates the --templates folder, or null
     * @param plugins   the --plugins folder, or null
     * @return file to description, such as 「the render profile」
     */
    static Map<Path, String> filesRead(Path profile, List<Path> fonts, Path templates, Path plugins) {
        Map<Path, String> reads = new LinkedHashMap<>();
        if (profile != null) {
            reads.put(profile, "the render profile");
        }
        fonts.forEach(f -> reads.putIfAbsent(f, "the font"));
        if (templates != null && Files.isDirectory(templates)) {
            try (Stream<Path> files = Files.walk(templates, 3)) {
                files.filter(Files::isRegularFile).limit(MAX_TEMPLATE_FILES)
                        .forEach(f -> reads.putIfAbsent(f, "the template"));
            } catch (IOException | java.io.UncheckedIOException e) {
                // unreadable parts of the folder cannot be overwritten through it either
            }
        }
        if (plugins != null && Files.isDirectory(plugins)) {
            try (Stream<Path> files = Files.list(plugins)) {
                files.filter(Files::isRegularFile).forEach(f -> reads.putIfAbsent(f, "the plugin jar"));
            } catch (IOException | java.io.UncheckedIOException e) {
                // as above
            }
        }
        return reads;
    }

    /**
     * Throws a usage error (exit 2) if {@code out} is one of {@code reads}.
     *
     * @param option how the output was given, such as 「-o」
     * @param out    the file to be written
     * @param reads  the files the run reads, with their descriptions
     */
    static void check(CommandLine cli, String option, Path given, Map<Path, String> reads) {
        // where the write goes: AtomicFiles normalises the path, so 「missing/../r.yaml」 is r.yaml
        Path out = given.toAbsolutePath().normalize();
        if (!Files.isRegularFile(out)) {
            return; // nothing there yet (nothing to destroy), or a device or pipe (written as a stream)
        }
        for (Map.Entry<Path, String> read : reads.entrySet()) {
            if (isSame(out, read.getKey())) {
                boolean spelledAlike = out.equals(read.getKey().toAbsolutePath().normalize());
                throw new CommandLine.ParameterException(cli, option + " " + given + " is " + read.getValue() + " "
                        + read.getKey() + (spelledAlike ? "" : " (the same file, through a link or another name)")
                        + " of this run; writing the report there would destroy it, so nothing was written: "
                        + "choose another file");
            }
        }
    }

    private static boolean isSame(Path a, Path b) {
        try {
            return Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException | SecurityException e) {
            return false;
        }
    }
}
