package io.zongjie.cli;

import io.zongjie.api.AtomicFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code zongjie init [FILE]}: writes a commented example input to start from. */
@Command(name = "init", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Writes a commented example report input to edit, with every field explained.")
final class InitCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "FILE", defaultValue = "report.yaml",
            description = "Where to write it (default: ${DEFAULT-VALUE}); '-' prints it.")
    Path file;

    @Option(names = "--force", description = "Replace FILE if it exists.")
    boolean force;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        boolean toStdout = file.toString().equals("-");
        // a device or a pipe is written as a stream and replaces nothing: only an existing file needs --force
        if (!toStdout && Files.isRegularFile(file) && !force) {
            spec.commandLine().getErr().println("zongjie: " + file + " already exists; use --force to replace it");
            return Main.ENVIRONMENT;
        }
        byte[] example;
        try (InputStream in = InitCommand.class.getResourceAsStream("init.yaml")) {
            if (in == null) {
                throw new IOException("the example input is missing from this build of zongjie");
            }
            example = in.readAllBytes();
        }
        if (toStdout) {
            spec.commandLine().getOut().print(new String(example, java.nio.charset.StandardCharsets.UTF_8));
            spec.commandLine().getOut().flush();
            return Main.OK;
        }
        AtomicFiles.write(file, out -> out.write(example));
        spec.commandLine().getOut().println("wrote " + file + "; edit it, then run: zongjie assemble " + file
                + " -o report.pdf");
        return Main.OK;
    }
}
