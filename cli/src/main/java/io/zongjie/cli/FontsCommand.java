package io.zongjie.cli;

import io.zongjie.api.Messages;
import io.zongjie.api.ReportEngine;
import io.zongjie.api.pdf.FontCheck;
import io.zongjie.api.pdf.PdfProfile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code zongjie fonts}: the face each role of the PDF would be set in on this machine, whether it is embedded and
 * GB/T 9704's, and the command or option that does better. Exits 0 when every role has an embeddable face, 3
 * otherwise, so that a script can check a machine before a batch.
 */
@Command(name = "fonts", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = {"Shows the font each part of the PDF would use on this machine (title, headings, body, page "
                + "numbers): its file, whether it is embedded, whether it is the face GB/T 9704 asks for, and how "
                + "to do better.", "Exits 0 when every part has an embeddable font, 3 otherwise."})
final class FontsCommand implements Callable<Integer> {

    @Mixin
    FontOptions fontOptions;

    @CommandLine.ParentCommand
    Main main;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PdfProfile profile = fontOptions.pdfProfile(spec.commandLine());
        FontCheck check;
        // the core alone: plugins play no part in the fonts
        try (ReportEngine engine = main.engineBuilder().discoverPlugins(false).pdfProfile(profile).build()) {
            check = engine.fontCheck();
        }
        Messages m = main.messages;
        PrintWriter out = spec.commandLine().getOut();
        out.println(m.get("fonts.searched", profile.fontDirectories().isEmpty() ? "—"
                : profile.fontDirectories().stream().map(Path::toString).collect(Collectors.joining(", "))));
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {m.get("fonts.column.role"), m.get("fonts.column.face"), m.get("fonts.column.embedded"),
                m.get("fonts.column.official"), m.get("fonts.column.file")});
        for (FontCheck.Role r : check.roles()) {
            String file = r.source() == null ? m.get("fonts.file.builtIn") : r.source().toString();
            if (r.name().equals("page-numbers")) {
                file = m.get("fonts.file.body");
            } else if (r.borrowed()) {
                file = file + " " + m.get("fonts.file.borrowed");
            }
            rows.add(new String[] {m.get("fonts.role." + r.name()), r.face(),
                    m.get(r.embedded() ? "fonts.yes" : "fonts.no"),
                    m.get(r.official() ? "fonts.official.yes" : "fonts.official.no", r.officialFace()), file});
        }
        Columns.print(out, rows);
        if (!check.advice().isEmpty()) {
            out.println(m.get("fonts.advice"));
            check.advice().forEach(a -> out.println("  " + a));
        }
        out.println(m.get(!check.allEmbedded() ? "fonts.verdict.notEmbedded"
                : check.allOfficial() ? "fonts.verdict.official" : "fonts.verdict.embedded"));
        return check.allEmbedded() ? Main.OK : Main.ENVIRONMENT;
    }
}
