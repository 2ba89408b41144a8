package io.zongjie.cli;

import io.zongjie.api.ReportEngine;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Options shared by the commands that build an engine. */
final class EngineOptions {

    @Option(names = "--templates", paramLabel = "DIR",
            description = "A folder of template overrides: DIR/<type>/<name>.vm for sections, DIR/frame/*.vm for "
                    + "the opening and closing.")
    Path templates;

    @Option(names = "--plugins", paramLabel = "DIR",
            description = "A folder of plugin jars to load besides the built-in sections; a jar that cannot be "
                    + "used is skipped with a warning.")
    Path plugins;

    @Option(names = {"-v", "--verbose"}, description = "Log what the engine does, with details of errors.")
    boolean verbose;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec mixee;

    ReportEngine build() {
        return build(templates, plugins, mixee.commandLine().getErr());
    }

    /** Builds the engine and prints why plugin jars were skipped, as warnings: the other plugins still work. */
    static ReportEngine build(Path templates, Path plugins, PrintWriter err) {
        ReportEngine engine = ReportEngine.builder().templateDirectory(templates).pluginDirectory(plugins).build();
        for (String problem : engine.pluginProblems()) {
            err.println("zongjie: warning: " + problem);
        }
        return engine;
    }
}
