package io.zongjie.cli;

import io.zongjie.api.Limits;
import io.zongjie.api.ReportEngine;
import io.zongjie.api.ZongjieException;
import io.zongjie.api.pdf.FontSource;
import io.zongjie.api.pdf.PdfProfile;
import io.zongjie.model.Script;
import java.util.ArrayList;
import java.util.List;
import java.io.PrintWriter;
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

    @CommandLine.Mixin
    FontOptions fontOptions;

    @Option(names = "--plugins", paramLabel = "DIR",
            description = "A folder of plugin jars to load besides the built-in sections; a jar that cannot be "
                    + "used is skipped with a warning.")
    Path plugins;

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
        return build(pdfProfile(), null);
    }

    ReportEngine build(PdfProfile profile, Script script) {
        Main main = Main.of(mixee.commandLine());
        return build(main, main.engineBuilder().script(script), templates, plugins, profile, limits(),
                mixee.commandLine().getErr());
    }

    /** The files this run reads besides its inputs (profile, fonts, templates, plugin jars), for {@link OutputGuard}. */
    Map<Path, String> filesRead(PdfProfile chosen) {
        return OutputGuard.filesRead(fontOptions.profile, chosen.fonts().values().stream().map(FontSource::file)
                .toList(), templates, plugins);
    }

    /** Builds the engine and prints why plugins were skipped (a bad jar, a template that does not compile), as
     * warnings: the other plugins still work. */
    static ReportEngine build(Main main, ReportEngine.Builder builder, Path templates, Path plugins,
            PdfProfile profile, Limits limits, PrintWriter err) {
        ReportEngine engine = builder.templateDirectory(templates).pluginDirectory(plugins)
                .pdfProfile(profile).limits(limits).build();
        main.warn(err, engine.pluginProblems());
        return engine;
    }

    /** The PDF profile: the --profile file (or the standard), then each --font; a font named must exist. */
    PdfProfile pdfProfile() {
        return fontOptions.pdfProfile(mixee.commandLine());
    }

    Limits limits() {
        Limits chosen = Limits.defaults();
        for (Map.Entry<String, String> e : limits.entrySet()) {
            try {
                chosen = chosen.with(e.getKey(), e.getValue());
            } catch (IllegalArgumentException bad) {
                throw new CommandLine.ParameterException(mixee.commandLine(), Main.of(mixee.commandLine()).messages
                        .get("cli.badOption", "--limit " + e.getKey() + "=" + e.getValue(), bad.getMessage()));
            }
        }
        return chosen;
    }
}
