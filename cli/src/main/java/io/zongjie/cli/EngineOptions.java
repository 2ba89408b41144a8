package io.zongjie.cli;

import io.zongjie.api.Limits;
import io.zongjie.api.ReportEngine;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options shared by the commands that build an engine. */
final class EngineOptions {

    @Option(names = "--templates", paramLabel = "DIR",
            description = "A folder of template overrides: DIR/<type>/<name>.vm for sections, DIR/frame/*.vm for "
                    + "the opening and closing.")
    Path templates;

    @Option(names = "--limit", paramLabel = "NAME=VALUE", mapFallbackValue = "",
            description = "Raise or lower a limit (repeatable): input-size=10MB, depth=64, string-length=100000, "
                    + "number-length=50, template-loops=100000, macro-depth=20, section-timeout=10s "
                    + "(the defaults).")
    Map<String, String> limits = new LinkedHashMap<>();

    @Option(names = {"-v", "--verbose"}, description = "Log what the engine does, with details of errors.")
    boolean verbose;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec mixee;

    ReportEngine build() {
        return ReportEngine.builder().templateDirectory(templates).limits(limits()).build();
    }

    Limits limits() {
        Limits chosen = Limits.defaults();
        for (Map.Entry<String, String> e : limits.entrySet()) {
            try {
                chosen = chosen.with(e.getKey(), e.getValue());
            } catch (IllegalArgumentException bad) {
                throw new CommandLine.ParameterException(mixee.commandLine(), "--limit " + e.getKey() + "="
                        + e.getValue() + ": " + bad.getMessage());
            }
        }
        return chosen;
    }
}
