package io.zongjie.cli;

import io.zongjie.api.pdf.FontSource;
import io.zongjie.api.pdf.PdfProfile;
import io.zongjie.api.pdf.PdfProfiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The PDF's fonts and layout: {@code --font} and {@code --profile}, on the commands that make or check PDFs. */
final class FontOptions {

    @Option(names = "--font", paramLabel = "[ROLE=]FILE[,INDEX]",
            description = "A TrueType font for the PDF (.ttf, or .ttc with the face index), for every role or for "
                    + "one of title, heading1, heading2, body. Repeatable. Default: official faces "
                    + "(SimSun, SimHei, KaiTi, FangSong) or free ones (AR PL UMing, WenQuanYi Zen Hei, LXGW WenKai) "
                    + "found on the system.")
    List<String> fonts = new ArrayList<>();

    @Option(names = "--profile", paramLabel = "FILE",
            description = "A render profile (YAML or JSON) that changes the PDF layout of GB/T 9704-2012 and its "
                    + "fonts: bodySize, leading, marginTopMm, fonts: {body: FILE, ...}, fontDirectories: [DIR] ... "
                    + "(see docs/PDF.md). --font applies on top of it.")
    Path profile;

    /** The PDF profile: the --profile file (or the standard), then each --font; a font named must exist. */
    PdfProfile pdfProfile(CommandLine commandLine) {
        PdfProfile chosen;
        try {
            chosen = profile == null ? PdfProfile.standard() : PdfProfiles.read(profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String font : fonts) {
            try {
                chosen = chosen.withFontOption(font);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.ParameterException(commandLine, Main.of(commandLine).messages
                        .get("cli.badOption", "--font " + font, e.getMessage()));
            }
        }
        for (FontSource source : chosen.fonts().values()) {
            if (!Files.isRegularFile(source.file())) {
                throw new UncheckedIOException(new NoSuchFileException(source.file().toString(), null,
                        Main.of(commandLine).messages.get("cli.fontNotFound")));
            }
        }
        return chosen;
    }
}
