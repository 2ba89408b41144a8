package io.zongjie.cli;

import io.zongjie.api.ReportEngine;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by the commands that build an engine. */
final class EngineOptions {

    @Option(names = "--templates", paramLabel = "DIR",
            description = "A folder of template overrides: DIR/<type>/<name>.vm for sections, DIR/frame/*.vm for "
                    + "the opening and closing.")
    Path templates;

    @Option(names = {"-v", "--verbose"}, description = "Log what the engine does, with details of errors.")
    boolean verbose;

    ReportEngine build() {
        return ReportEngine.builder().templateDirectory(templates).build();
    }
}
