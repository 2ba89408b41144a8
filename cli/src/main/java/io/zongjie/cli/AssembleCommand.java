package io.zongjie.cli;

import io.zongjie.api.ReportEngine;
import io.zongjie.document.Document;
import io.zongjie.model.ReportSpec;
import java.nio.file.Files;
import java.nio.file.Path;
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

    @Parameters(index = "0", paramLabel = "INPUT", description = "The report's data (.yaml, .yml or .json).")
    Path input;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT",
            description = "The file to write; replaced only once the new one is complete.")
    Path output;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "pdf, docx, html, md or txt; by default taken from OUT's extension.")
    String format;

    @Mixin
    EngineOptions engineOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        try (ReportEngine engine = engineOptions.build()) {
            return assemble(engine);
        }
    }

    private Integer assemble(ReportEngine engine) throws Exception {
        String chosen = format != null ? format.toLowerCase(java.util.Locale.ROOT)
                : engine.formatFor(output).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                        "cannot tell the format from '" + output.getFileName() + "'; add --format ("
                                + String.join(", ", engine.formats()) + ")"));
        if (!engine.formats().contains(chosen)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "unknown format '" + chosen
                    + "'; choose one of " + String.join(", ", engine.formats()));
        }
        if (Files.isDirectory(output)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "'" + output
                    + "' is a folder; give a file name such as " + output.resolve("report." + chosen));
        }
        ReportSpec report = engine.read(input);
        Document document = engine.assemble(report);
        engine.renderTo(document, chosen, output);
        spec.commandLine().getOut().println("wrote " + output + " (" + chosen + ", " + Files.size(output)
                + " bytes, " + document.headings().stream().filter(h -> h.level() == 1).count() + " sections)");
        return Main.OK;
    }
}
