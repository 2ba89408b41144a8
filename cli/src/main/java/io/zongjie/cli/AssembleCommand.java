package io.zongjie.cli;

import io.zongjie.api.AssembleOptions;
import io.zongjie.api.ReportEngine;
import io.zongjie.api.pdf.PdfProfile;
import io.zongjie.document.Document;
import io.zongjie.model.ReportSpec;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code zongjie assemble INPUT -o OUT [--format F]}. */
@Command(name = "assemble", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Assembles a report from a YAML or JSON file and writes it as PDF, Word (DOCX), HTML, Markdown or text.")
final class AssembleCommand implements Callable<Integer> {

    @Parameters(descriptionKey = "input", index = "0", paramLabel = "INPUT",
            description = "The report's data (.yaml, .yml or .json).")
    Path input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
            description = {"The file to write; replaced only once the new one is complete. '-' writes to standard "
                    + "output; a device or a pipe (/dev/null, a FIFO) is written to as a stream."})
    Path output;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "pdf, docx, html, md or txt; by default taken from OUT's extension.")
    String format;

    @Option(names = "--units", paramLabel = "DIR",
            description = "Roll up the unit files (.yaml, .yml, .json) of DIR; wins over the input's units:.")
    Path unitsDir;

    @Option(names = "--previous", paramLabel = "FILE",
            description = "Compare the figures with last period's input FILE (比上年增长…); wins over the input's previous:.")
    Path previous;

    @Option(names = "--allow-failed-units",
            description = "Leave out a unit with problems (named on standard error) instead of failing.")
    boolean allowFailedUnits;

    @Mixin
    EngineOptions engineOptions;

    @Mixin
    ScriptOption scriptOption;

    @CommandLine.ParentCommand
    Main main;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        boolean toStdout = output.toString().equals("-");
        if (!toStdout && Files.isDirectory(output)) {
            throw new CommandLine.ParameterException(spec.commandLine(), main.messages.get("assemble.isFolder", output,
                    output.resolve("report." + (format == null ? "pdf" : format.toLowerCase(java.util.Locale.ROOT)))));
        }
        PdfProfile profile = engineOptions.pdfProfile();
        if (!toStdout) {
            Map<Path, String> reads = new LinkedHashMap<>();
            reads.put(input, "guard.input");
            if (previous != null) {
                reads.put(previous, "guard.input");
            }
            reads.putAll(engineOptions.filesRead(profile));
            OutputGuard.check(spec.commandLine(), "-o", output, reads);
        }
        try (ReportEngine engine = engineOptions.build(profile, scriptOption.script)) {
            return assemble(engine, toStdout);
        }
    }

    /** The input's units: and previous:, relative to it; --units and --previous win over them. */
    private AssembleOptions options(ReportSpec report, java.util.function.Consumer<String> log)
            throws java.io.IOException {
        AssembleOptions options = AssembleOptions.of(input, report);
        if (unitsDir != null) {
            options = options.withUnits(AssembleOptions.unitFiles(List.of(unitsDir)));
        }
        if (previous != null) {
            options = options.withPrevious(previous);
        }
        return options.withAllowFailedUnits(allowFailedUnits).withLog(log);
    }

    private Integer assemble(ReportEngine engine, boolean toStdout) throws Exception {
        String chosen = format != null ? format.toLowerCase(java.util.Locale.ROOT)
                : engine.formatFor(output).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                        main.messages.get(toStdout ? "assemble.stdoutNeedsFormat" : "assemble.noFormat",
                                output.getFileName(), String.join(", ", engine.formats()))));
        if (!engine.formats().contains(chosen)) {
            throw new CommandLine.ParameterException(spec.commandLine(), main.messages.get("cli.unknownFormat", chosen,
                    String.join(", ", engine.formats())));
        }
        // What this machine lacks for the format (no embeddable font for a PDF), said once, before anything else the
        // command says. Finding it parses the PDF's fonts, a quarter of a second: done on a thread of its own while the
        // input is read and assembled, and waited for before the first line printed or the first byte rendered.
        java.io.PrintWriter err = spec.commandLine().getErr();
        EnvironmentWarnings warnings = new EnvironmentWarnings(() -> engine.environmentWarnings(chosen),
                found -> main.warn(err, found));
        ReportSpec report;
        Document document;
        try {
            report = engine.read(input);
            document = engine.assemble(report, options(report, warnings.before(err::println)));
        } catch (Exception | Error e) {
            warnings.print(); // an unusable font is said first, as it was found before reading
            throw e;
        }
        warnings.print();
        err.flush();
        long sections = document.meta().keywords().size();
        if (toStdout) {
            // made whole first: a failure sends nothing, and standard output carries the report alone
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
            engine.render(document, chosen, bytes);
            spec.commandLine().getOut().flush();
            bytes.writeTo(main.stdout);
            main.stdout.flush();
            return Main.OK;
        }
        engine.renderTo(document, chosen, output);
        // A device or pipe (/dev/stdout among them) was written as a stream: say nothing, as for -o -, since a
        // line on standard output could land in the very stream the report went to.
        if (Files.isRegularFile(output, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            spec.commandLine().getOut().println(main.messages.get("assemble.wrote", output, chosen, Files.size(output),
                    sections));
        }
        return Main.OK;
    }
}
