package io.zongjie.cli;

import io.zongjie.api.ReportEngine;
import io.zongjie.api.ZongjieException;
import io.zongjie.api.pdf.PdfProfile;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Path;
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

    @Option(names = {"-v", "--verbose"}, description = "Log what the engine does, with details of errors.")
    boolean verbose;

    ReportEngine build() {
        PdfProfile profile = PdfProfile.standard();
        for (String font : fonts) {
            try {
                profile = profile.withFontOption(font);
            } catch (IllegalArgumentException e) {
                throw new ZongjieException("--font " + font + ": " + e.getMessage());
            }
        }
        return ReportEngine.builder().templateDirectory(templates).pdfProfile(profile).build();
    }
}
