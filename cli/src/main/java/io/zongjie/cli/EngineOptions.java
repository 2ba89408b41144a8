package io.zongjie.cli;

import io.zongjie.api.Limits;
import io.zongjie.api.ReportEngine;
import io.zongjie.api.ZongjieException;
import io.zongjie.api.pdf.FontSource;
import io.zongjie.api.pdf.PdfProfile;
import io.zongjie.api.pdf.PdfProfiles;
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

    @Option(names = "--font", paramLabel = "[ROLE=]FILE[,INDEX]",
            description = "A TrueType font for the PDF (.ttf, or .ttc with the face index), for every role or for "
                    + "one of title, heading1, heading2, body. Repeatable. Default: official faces "
                    + "(SimSun, SimHei, KaiTi, FangSong) or free ones (AR PL UMing, WenQuanYi Zen Hei, LXGW WenKai) "
                    + "found on the system.")
    List<String> fonts = new ArrayList<>();

    @Option(names = "--profile", paramLabel = "FILE",
            description = "A render profile (YAML or JSON) that changes the PDF layout of GB/T 9704-2012 and its "
                    + "fonts: bodySize, leading, marginTopMm, fonts: {body: FILE, ...} ... (see docs/PDF.md). "
                    + "--font applies on top of it.")
    Path profile;
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
        return build(pdfProfile());
    }

    ReportEngine build(PdfProfile profile) {
        return build(templates, plugins, profile, limits(), mixee.commandLine().getErr());
    }

    /** The files this run reads besides its inputs (profile, fonts, templates, plugin jars), for {@link OutputGuard}. */
    Map<Path, String> filesRead(PdfProfile chosen) {
        return OutputGuard.filesRead(profile, chosen.fonts().values().stream().map(FontSource::file).toList(),
                templates, plugins);
    }

    /** Builds the engine and prints why plugins were skipped (a bad jar, a template that does not compile), as
     * warnings: the other plugins still work. */
    static ReportEngine build(Path templates, Path plugins, PdfProfile profile, Limits limits, PrintWriter err) {
        ReportEngine engine = ReportEngine.builder().templateDirectory(templates).pluginDirectory(plugins)
                .pdfProfile(profile).limits(limits).build();
        for (String problem : engine.pluginProblems()) {
            err.println("zongjie: warning: " + problem);
        }
        return engine;
    }

    /** The PDF profile: the --profile file (or the standard), then each --font; a font named must exist. */
    PdfProfile pdfProfile() {
        PdfProfile chosen;
        try {
            chosen = profile == null ? PdfProfile.standard() : PdfProfiles.read(profile);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        for (String font : fonts) {
            try {
                chosen = chosen.withFontOption(font);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(mixee.commandLine(), "--font " + font + ": " + e.getMessage());
            }
        }
        for (FontSource source : chosen.fonts().values()) {
            if (!java.nio.file.Files.isRegularFile(source.file())) {
                throw new java.io.UncheckedIOException(new java.nio.file.NoSuchFileException(
                        source.file().toString(), null, "font file not found"));
            }
        }
        return chosen;
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
