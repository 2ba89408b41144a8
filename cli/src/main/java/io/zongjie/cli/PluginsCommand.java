package io.zongjie.cli;

import io.zongjie.api.PluginJarInfo;
import io.zongjie.api.ReportEngine;
import io.zongjie.api.SectionInfo;
import io.zongjie.api.TemplateInfo;
import io.zongjie.api.ZongjieException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code zongjie plugins}: the installed section types and output formats; with {@code --templates TYPE}, a
 * section's templates, where each resolves from and the variables it receives.
 *
 * <p>Here {@code --templates} names a section type (that is what a user asks about), so the override folder is
 * given as {@code --template-dir}.
 */
@Command(name = "plugins", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Lists the installed section types with their default headings and origins, and the output "
                + "formats; or, with --templates TYPE, the templates of one section type (or 'frame').")
final class PluginsCommand implements Callable<Integer> {

    @Option(names = "--templates", paramLabel = "TYPE",
            description = "List the templates of section TYPE (or 'frame' for the opening and closing): where each "
                    + "resolves from, and the variables it receives.")
    String templatesOf;

    @Option(names = "--template-dir", paramLabel = "DIR",
            description = "A folder of template overrides to take into account (as --templates DIR elsewhere).")
    Path templateDirectory;

    @Option(names = "--plugins", paramLabel = "DIR", description = "A folder of plugin jars to load as well.")
    Path plugins;

    @Option(names = {"-v", "--verbose"}, description = "Log what the engine does, with details of errors.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        try (ReportEngine engine = EngineOptions.build(templateDirectory, plugins,
                io.zongjie.api.pdf.PdfProfile.standard(), io.zongjie.api.Limits.defaults(), spec.commandLine().getErr())) {
            return list(engine);
        }
    }

    private Integer list(ReportEngine engine) {
        PrintWriter out = spec.commandLine().getOut();
        if (templatesOf != null) {
            return listTemplates(engine, out);
        }
        out.println("Section types:");
        for (SectionInfo s : engine.sections()) {
            out.println("  " + s.type() + "  「" + s.title() + "」  (" + s.origin() + ")");
            out.println("      " + s.description());
        }
        out.println("Formats: " + String.join(", ", engine.formats()));
        if (plugins != null) {
            // what runs: a user can compare each hash with the one the jar's author publishes
            out.println("Plugin jars loaded from " + plugins + " (" + engine.pluginJars().size() + "; they run with "
                    + "your rights, like any program):");
            for (PluginJarInfo jar : engine.pluginJars()) {
                List<String> adds = new java.util.ArrayList<>(jar.sections());
                jar.formats().forEach(f -> adds.add("format " + f));
                // a jar whose sections were all skipped (their templates do not compile) loaded, but adds nothing
                out.println("  " + jar.jar() + "  sha256:" + jar.sha256() + "  adds "
                        + (adds.isEmpty() ? "nothing (see the warnings)" : String.join(", ", adds)));
            }
        }
        return Main.OK;
    }

    private int listTemplates(ReportEngine engine, PrintWriter out) {
        List<TemplateInfo> templates;
        try {
            templates = engine.templates(templatesOf);
        } catch (ZongjieException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        out.println("Templates of " + templatesOf + (templateDirectory == null ? ""
                : " (overrides are looked for in " + templateDirectory.resolve(templatesOf) + ")") + ":");
        for (TemplateInfo t : templates) {
            out.println("  " + t.name() + "  from " + t.source());
            if (!t.summary().isEmpty()) {
                out.println("      " + t.summary());
            }
            if (t.variables().isEmpty()) {
                out.println("      (its comment block lists no variables)");
            }
            int width = t.variables().stream().mapToInt(v -> v.name().length()).max().orElse(0);
            for (TemplateInfo.Variable v : t.variables()) {
                List<String> lines = v.description().lines().toList();
                out.println("      " + pad(v.name(), width) + "  " + (lines.isEmpty() ? "" : lines.get(0)));
                lines.stream().skip(1).forEach(l -> out.println("      " + pad("", width) + "  " + l));
            }
        }
        out.println("Copy a template to " + (templateDirectory == null ? "DIR" : templateDirectory) + "/"
                + templatesOf + "/ and edit it; pass the folder with --templates DIR (see docs/TEMPLATES.md).");
        return Main.OK;
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
