package io.zongjie.cli;

import io.zongjie.api.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code zongjie init [FILE] [--kind KIND] [--variant VARIANT]}: writes a commented example input to start from, for
 * each kind of union and each kind of document, with Chinese comments and the editor's schema line.
 */
@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Writes a commented example report input to edit, with every field explained: for a school, a "
                + "hospital, an enterprise, a government office, a regional or a township union, as a summary, a "
                + "report to the congress or a summary with next year's plans.")
final class InitCommand implements Callable<Integer> {

    /** The kinds of union an example is written for, as {@code --kind} and the input's {@code kind} name them. */
    static final List<String> KINDS = List.of("school", "hospital", "enterprise", "government", "regional",
            "township");
    /** The kinds of document, as {@code --variant} and the input's {@code variant} name them. */
    static final List<String> VARIANTS = List.of("summary", "report", "summary-and-plan");

    @Parameters(descriptionKey = "file", index = "0", arity = "0..1", paramLabel = "FILE",
            defaultValue = "report.yaml",
            description = "Where to write it (default: ${DEFAULT-VALUE}); '-' prints it.")
    Path file;

    @Option(names = "--kind", paramLabel = "KIND", defaultValue = "school",
            description = "The kind of union: school, hospital, enterprise, government, regional (a district's or a "
                    + "system's union) or township (default: ${DEFAULT-VALUE}).")
    String kind;

    @Option(names = "--variant", paramLabel = "VARIANT", defaultValue = "summary",
            description = "The kind of document: summary (工作总结), report (工会工作报告 at the congress) or "
                    + "summary-and-plan (总结及下一年工作计划) (default: ${DEFAULT-VALUE}).")
    String variant;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    Main main;

    @Override
    public Integer call() throws IOException {
        if (!KINDS.contains(kind)) {
            throw new CommandLine.ParameterException(spec.commandLine(), main.messages.get("init.kind", kind,
                    String.join(", ", KINDS)));
        }
        if (!VARIANTS.contains(variant)) {
            throw new CommandLine.ParameterException(spec.commandLine(), main.messages.get("init.variant", variant,
                    String.join(", ", VARIANTS)));
        }
        boolean toStdout = file.toString().equals("-");
        // a device or a pipe is written as a stream and replaces nothing: only an existing file needs --force
        if (!toStdout && Files.isRegularFile(file) && !force) {
            spec.commandLine().getErr().println(main.messages.get("init.exists", file));
            return Main.ENVIRONMENT;
        }
        byte[] example = example(kind, variant).getBytes(StandardCharsets.UTF_8);
        if (toStdout) {
            spec.commandLine().getOut().print(new String(example, StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
            return Main.OK;
        }
        AtomicFiles.write(file, out -> out.write(example));
        spec.commandLine().getOut().println(main.messages.get("init.wrote", file));
        return Main.OK;
    }

    /**
     * The example for {@code kind} as a {@code variant}: the common header, then the kind's frame and sections, of
     * whose {@code #@summary}, {@code #@report} and {@code #@summary-and-plan} blocks only the variant's is kept.
     */
    static String example(String kind, String variant) throws IOException {
        StringBuilder out = new StringBuilder(resource("header.yaml"));
        String block = null;
        for (String line : resource(kind + ".yaml").split("\n", -1)) {
            String marker = line.strip();
            if (marker.startsWith("#@")) {
                block = marker.equals("#@end") ? null : marker.substring(2);
                continue;
            }
            if (block == null || block.equals(variant)) {
                out.append(line).append('\n');
            }
        }
        return out.toString().stripTrailing() + "\n";
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = InitCommand.class.getResourceAsStream("init/" + name)) {
            if (in == null) {
                throw new IOException("init/" + name + " is missing from this build of zongjie");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
