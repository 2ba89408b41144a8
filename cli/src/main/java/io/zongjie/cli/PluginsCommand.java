package io.zongjie.cli;

import io.zongjie.api.ReportEngine;
import io.zongjie.api.SectionInfo;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code zongjie plugins}: the installed section types and output formats. */
@Command(name = "plugins", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Lists the installed section types with their default headings, and the output formats.")
final class PluginsCommand implements Callable<Integer> {

    @Mixin
    EngineOptions engineOptions;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        ReportEngine engine = engineOptions.build();
        PrintWriter out = spec.commandLine().getOut();
        out.println("Section types:");
        for (SectionInfo s : engine.sections()) {
            out.println("  " + s.type() + "  「" + s.title() + "」  (" + s.origin() + ")");
            out.println("      " + s.description());
        }
        out.println("Formats: " + String.join(", ", engine.formats()));
        return Main.OK;
    }
}
