package io.zongjie.cli;

import io.zongjie.api.ReportEngine;
import io.zongjie.api.AtomicFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code zongjie schema [-o FILE]}: the JSON Schema of the input, for editors and other tools. */
@Command(name = "schema", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Prints the JSON Schema (draft 2020-12) of a report input, covering the data of every "
                + "installed section type (with --plugins, those in the folder too).",
                "Write it beside your inputs with -o zongjie.schema.json: the first line of `zongjie init`'s example "
                + "points YAML editors at that file, for completion and checking as you type."})
final class SchemaCommand implements Callable<Integer> {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the schema to FILE instead of "
            + "printing it ('-' prints it too).")
    Path output;

    @Mixin
    EngineOptions engineOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    Main main;

    @Override
    public Integer call() throws Exception {
        try (ReportEngine engine = engineOptions.build()) {
            return schema(engine);
        }
    }

    private Integer schema(ReportEngine engine) throws Exception {
        String schema = InputSchema.text(engine);
        if (output == null || output.toString().equals("-")) {
            spec.commandLine().getOut().print(schema);
            spec.commandLine().getOut().flush();
        } else {
            byte[] bytes = schema.getBytes(StandardCharsets.UTF_8);
            AtomicFiles.write(output, out -> out.write(bytes));
            spec.commandLine().getOut().println(main.messages.get("schema.wrote", output, engine.sections().size()));
        }
        return Main.OK;
    }
}
