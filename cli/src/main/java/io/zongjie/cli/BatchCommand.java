package io.zongjie.cli;

import io.zongjie.api.InvalidReportException;
import io.zongjie.api.Problem;
import io.zongjie.api.ReportEngine;
import io.zongjie.api.pdf.PdfProfile;
import io.zongjie.document.Document;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code zongjie batch DIR_OR_FILES... -o OUTDIR [--format F] [-j N]}: many reports in parallel with one engine.
 *
 * <p>The engine is built once and shared by every thread (it is immutable and thread-safe); each input is read,
 * assembled and written to {@code OUTDIR/<input basename>.<format>} atomically, so a failed report leaves no file.
 * A bad input never stops the others: every failure is collected and listed at the end.
 */
@Command(name = "batch", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Assembles many reports in parallel: every .yaml, .yml and .json file of the given folders, "
                + "and the given files, into OUTDIR/<name>.<format>.",
                "Keeps going past a bad input and ends with a summary; exits 1 if any report failed."})
final class BatchCommand implements Callable<Integer> {

    /** Problems listed for each failed input in the summary; the rest are counted. */
    static final int PROBLEMS_SHOWN = 3;

    @Parameters(descriptionKey = "inputs", arity = "1..*", paramLabel = "DIR_OR_FILE",
            description = "Folders (their .yaml, .yml and .json files, not sub-folders) and report files.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUTDIR",
            description = "The folder to write into (created if missing).")
    Path outputDirectory;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "pdf",
            description = "pdf, docx, html, md or txt (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Reports assembled at once (default: the number of processors).")
    Integer jobs;

    @Mixin
    EngineOptions engineOptions;

    @Mixin
    ScriptOption scriptOption;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    Main main;

    /** The outcome of one input: {@code null} reasons means it was written. */
    record Outcome(Path input, Path output, List<String> reasons) {
        boolean ok() {
            return reasons == null;
        }
    }

    @Override
    public Integer call() throws Exception {
        int threads = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (threads < 1) {
            throw usage(main.messages.get("batch.jobs", threads));
        }
        if (outputDirectory.toString().equals("-")) {
            throw usage(main.messages.get("batch.stdout"));
        }
        if (Files.exists(outputDirectory) && !Files.isDirectory(outputDirectory)) {
            throw usage(main.messages.get("batch.notAFolder", outputDirectory));
        }
        PdfProfile profile = engineOptions.pdfProfile();
        try (ReportEngine engine = engineOptions.build(profile, scriptOption.script)) {
            return batch(engine, profile, threads);
        }
    }

    private Integer batch(ReportEngine engine, PdfProfile profile, int threads) throws Exception {
        String chosen = format.toLowerCase(Locale.ROOT);
        if (!engine.formats().contains(chosen)) {
            throw usage(main.messages.get("cli.unknownFormat", chosen, String.join(", ", engine.formats())));
        }
        List<Path> files = inputFiles();
        Map<Path, Path> targets = targets(files, chosen);
        Map<Path, String> reads = new LinkedHashMap<>();
        files.forEach(f -> reads.put(f, "guard.input"));
        reads.putAll(engineOptions.filesRead(profile));
        for (Path target : targets.values()) {
            OutputGuard.check(spec.commandLine(), "-o " + outputDirectory + ":", target, reads);
        }
        Files.createDirectories(outputDirectory);
        // what this machine lacks for the format, once for the whole batch, before the first report
        main.warn(spec.commandLine().getErr(), engine.environmentWarnings(chosen));

        List<Outcome> outcomes = run(engine, chosen, targets, threads);

        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long done = outcomes.stream().filter(Outcome::ok).count();
        List<Outcome> failed = outcomes.stream().filter(o -> !o.ok()).toList();
        for (Outcome o : failed) {
            err.println(main.messages.get("batch.inputFailed", o.input()));
            o.reasons().forEach(r -> err.println("  " + r));
        }
        out.println(main.messages.get(threads == 1 ? "batch.summary.oneThread" : "batch.summary", done,
                failed.size(), outcomes.size(), chosen, outputDirectory, threads));
        if (!failed.isEmpty()) {
            out.println(main.messages.get("batch.failed", String.join(", ", failed.stream()
                    .map(o -> o.input().toString()).toList())));
        }
        return failed.isEmpty() ? Main.OK : Main.INVALID_INPUT;
    }

    private List<Outcome> run(ReportEngine engine, String chosen, Map<Path, Path> targets, int threads)
            throws InterruptedException {
        AtomicInteger counter = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "zongjie-batch-" + counter.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        // A progress bar only on a terminal: piped or captured output gets the summary alone.
        ProgressBar progress = System.console() == null ? null
                : new ProgressBarBuilder().setTaskName("zongjie").setInitialMax(targets.size()).build();
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Map.Entry<Path, Path> e : targets.entrySet()) {
                futures.add(pool.submit(() -> {
                    Outcome outcome = one(engine, chosen, e.getKey(), e.getValue(), main.messages);
                    if (progress != null) {
                        progress.step();
                    }
                    return outcome;
                }));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                try {
                    outcomes.add(f.get());
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a batch task failed unexpectedly", e.getCause());
                }
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
            if (progress != null) {
                progress.close();
            }
        }
    }

    /** One report, start to end; every failure becomes reasons to list, never an exception. */
    private static Outcome one(ReportEngine engine, String chosen, Path input, Path output,
            io.zongjie.api.Messages messages) {
        try {
            Document document = engine.assemble(engine.read(input));
            engine.renderTo(document, chosen, output);
            return new Outcome(input, output, null);
        } catch (InvalidReportException e) {
            List<Problem> problems = e.problems();
            List<String> reasons = new ArrayList<>();
            io.zongjie.api.Messages words = io.zongjie.api.Messages.of(messages.locale());
            problems.stream().limit(PROBLEMS_SHOWN).forEach(p -> reasons.add(words.describe(p)));
            if (problems.size() > PROBLEMS_SHOWN) {
                reasons.add(messages.get("batch.more", problems.size() - PROBLEMS_SHOWN, input));
            }
            return new Outcome(input, output, reasons);
        } catch (Exception e) {
            // the same wording as a single `zongjie assemble` would use
            StringWriter message = new StringWriter();
            Main.report(e, new PrintWriter(message, true), messages);
            return new Outcome(input, output, message.toString().lines()
                    .map(l -> l.startsWith("zongjie: ") ? l.substring("zongjie: ".length())
                            : l.startsWith("zongjie：") ? l.substring("zongjie：".length()) : l).toList());
        }
    }

    /** The folders' report files (sorted by name) and the files given, in order, without repeats. */
    private List<Path> inputFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> list = Files.list(input)) {
                    List<Path> found = list.filter(Files::isRegularFile).filter(BatchCommand::isReport).sorted()
                            .toList();
                    if (found.isEmpty()) {
                        throw usage(main.messages.get("batch.noFiles", input));
                    }
                    files.addAll(found);
                }
            } else {
                files.add(input); // a missing file is reported as that input's failure
            }
        }
        return files.stream().distinct().toList();
    }

    private static boolean isReport(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    /** OUTDIR/<basename>.<format> for each input; two inputs with one basename would overwrite each other. */
    private Map<Path, Path> targets(List<Path> files, String chosen) {
        Map<Path, Path> targets = new LinkedHashMap<>();
        Map<Path, Path> claimed = new LinkedHashMap<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            int dot = name.lastIndexOf('.');
            Path target = outputDirectory.resolve((dot > 0 ? name.substring(0, dot) : name) + "." + chosen);
            Path previous = claimed.putIfAbsent(target, file);
            if (previous != null) {
                throw usage(main.messages.get("batch.clash", previous, file, target));
            }
            targets.put(file, target);
        }
        return targets;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
