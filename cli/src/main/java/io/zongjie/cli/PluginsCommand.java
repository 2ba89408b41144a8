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

    @CommandLine.ParentCommand
    Main main;

    @Override
    public Integer call() {
        try (ReportEngine engine = EngineOptions.build(main, main.engineBuilder(), templateDirectory, plugins,
                io.zongjie.api.pdf.PdfProfile.standard(), io.zongjie.api.Limits.defaults(), spec.commandLine().getErr())) {
            return list(engine);
        }
    }

    private Integer list(ReportEngine engine) {
        PrintWriter out = spec.commandLine().getOut();
        io.zongjie.api.Messages m = main.messages;
        if (templatesOf != null) {
            return listTemplates(engine, out, m);
        }
        out.println(m.get("plugins.sections"));
        for (SectionInfo s : engine.sections()) {
            out.println("  " + s.type() + "  「" + s.title() + "」  (" + s.origin() + ")");
            out.println("      " + s.description());
        }
        out.println(m.get("plugins.formats", String.join(", ", engine.formats())));
        if (plugins != null) {
            // what runs: a user can compare each hash with the one the jar's author publishes
            out.println(m.get("plugins.jars", plugins, engine.pluginJars().size()));
            for (PluginJarInfo jar : engine.pluginJars()) {
                List<String> adds = new java.util.ArrayList<>(jar.sections());
                jar.formats().forEach(f -> adds.add(m.get("plugins.format", f)));
                // a jar whose sections were all skipped (their templates do not compile) loaded, but adds nothing
                out.println("  " + m.get("plugins.jar", jar.jar(), jar.sha256(), adds.isEmpty()
                        ? m.get("plugins.addsNothing") : String.join(", ", adds)));
            }
        }
        return Main.OK;
    }

    private int listTemplates(ReportEngine engine, PrintWriter out, io.zongjie.api.Messages m) {
        List<TemplateInfo> templates;
        try {
            templates = engine.templates(templatesOf);
        } catch (ZongjieException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        out.println(templateDirectory == null ? m.get("plugins.templates", templatesOf)
                : m.get("plugins.templatesIn", templatesOf, templateDirectory.resolve(templatesOf)));
        for (TemplateInfo t : templates) {
            out.println("  " + m.get("plugins.templateFrom", t.name(), t.source()));
            if (!t.summary().isEmpty()) {
                out.println("      " + t.summary());
            }
            if (t.variables().isEmpty()) {
                out.println("      " + m.get("plugins.noVariables"));
            }
            int width = t.variables().stream().mapToInt(v -> v.name().length()).max().orElse(0);
            for (TemplateInfo.Variable v : t.variables()) {
                List<String> lines = v.description().lines().toList();
                out.println("      " + pad(v.name(), width) + "  " + (lines.isEmpty() ? "" : lines.get(0)));
                lines.stream().skip(1).forEach(l -> out.println("      " + pad("", width) + "  " + l));
            }
        }
        out.println(m.get("plugins.copy", (templateDirectory == null ? "DIR" : templateDirectory) + "/" + templatesOf
                + "/"));
        return Main.OK;
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - s.length()));
    }
}
