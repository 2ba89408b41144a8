package io.zongjie.api;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * What a report is assembled with besides its own input: the unit files it rolls up and last period's input it
 * compares its figures with (see docs/ROLLUP.md).
 *
 * <pre>{@code
 * ReportSpec spec = engine.read(Path.of("district.yaml"));
 * Document doc = engine.assemble(spec, AssembleOptions.of(Path.of("district.yaml"), spec)   // units: and previous:
 *         .withLog(System.err::println));
 * }</pre>
 *
 * @param units            the unit files, in the order to list them; empty for a report that rolls up nothing
 * @param allowFailedUnits whether a unit with problems is left out (and named in {@code log}) rather than failing
 * @param previous         last period's input, or {@code null}: its figures, computed as this report's are (its own
 *                         sections and, if it names {@code units:}, its units), give 「比上年增长…」 and the 上年 and
 *                         增减 columns
 * @param log              where to say what was left out and which units have no data for a section
 */
public record AssembleOptions(List<Path> units, boolean allowFailedUnits, Path previous, Consumer<String> log) {

    public AssembleOptions {
        units = units == null ? List.of() : List.copyOf(units);
        log = log == null ? line -> { } : log;
    }

    /** No units, no previous period, nothing logged: {@code assemble(spec, none())} is {@code assemble(spec)}. */
    public static AssembleOptions none() {
        return new AssembleOptions(List.of(), false, null, null);
    }

    /**
     * The options a report's input names: its {@code units:} (folders listed) and its {@code previous:}, both
     * relative to the folder of {@code input}, the file it was read from.
     *
     * @param input the input file the spec was read from
     * @param spec  the spec read from it
     * @return the options
     * @throws IOException if a units folder cannot be listed
     */
    public static AssembleOptions of(Path input, io.zongjie.model.ReportSpec spec) throws IOException {
        Path base = baseOf(input);
        List<Path> named = new ArrayList<>();
        for (String u : spec.units()) {
            named.add(base.resolve(u).normalize());
        }
        Path previous = spec.previous() == null ? null : base.resolve(spec.previous()).normalize();
        return new AssembleOptions(unitFiles(named), false, previous, null);
    }

    /**
     * The unit files of {@code named}: each folder's {@code .yaml}, {@code .yml} and {@code .json} files sorted by
     * name, each file as it is.
     *
     * @param named folders and files
     * @return the files, in order
     * @throws IOException if a folder cannot be listed
     */
    public static List<Path> unitFiles(List<Path> named) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : named) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> list = Files.list(p)) {
                    list.filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(ya?ml|json)"))
                            .filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }

    static Path baseOf(Path input) {
        Path parent = input.toAbsolutePath().getParent();
        return parent == null ? Path.of("").toAbsolutePath() : parent;
    }

    /**
     * These options with other units.
     *
     * @param files the unit files, in order
     * @return new options
     */
    public AssembleOptions withUnits(List<Path> files) {
        return new AssembleOptions(files, allowFailedUnits, previous, log);
    }

    /**
     * These options with units that have problems left out or not.
     *
     * @param allow whether a unit with problems is left out rather than failing the roll-up
     * @return new options
     */
    public AssembleOptions withAllowFailedUnits(boolean allow) {
        return new AssembleOptions(units, allow, previous, log);
    }

    /**
     * These options with another previous period's input.
     *
     * @param file last period's input, or {@code null} for none
     * @return new options
     */
    public AssembleOptions withPrevious(Path file) {
        return new AssembleOptions(units, allowFailedUnits, file, log);
    }

    /**
     * These options with another log.
     *
     * @param to where each line goes
     * @return new options
     */
    public AssembleOptions withLog(Consumer<String> to) {
        return new AssembleOptions(units, allowFailedUnits, previous, Objects.requireNonNull(to, "log"));
    }
}
