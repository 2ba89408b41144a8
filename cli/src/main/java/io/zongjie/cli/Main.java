package io.zongjie.cli;

import io.zongjie.api.InvalidReportException;
import io.zongjie.api.Problem;
import io.zongjie.api.TemplateException;
import io.zongjie.api.ZongjieException;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code zongjie} command. Exit codes: 0 done; 1 invalid input; 2 usage error; 3 I/O or environment error.
 */
@Command(name = "zongjie",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Assembles Chinese trade-union annual work reports (工会工作总结) from YAML or JSON.",
        subcommands = {AssembleCommand.class, ValidateCommand.class, PluginsCommand.class, InitCommand.class,
                BatchCommand.class, SchemaCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 done, 1 invalid input, 2 usage error, 3 I/O or environment error.",
                "Start with: zongjie init report.yaml && zongjie assemble report.yaml -o report.pdf"})
public final class Main implements Runnable {

    static final int OK = 0;
    static final int INVALID_INPUT = 1;
    static final int USAGE = 2;
    static final int ENVIRONMENT = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Standard output as bytes, for {@code -o -}: a PDF is not text. */
    final OutputStream stdout;

    Main(OutputStream stdout) {
        this.stdout = stdout;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "say what to do: assemble, batch, validate, plugins, schema or init");
    }

    public static void main(String[] args) {
        Logging.configure(args);
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        ExitGuard.install(err);
        ExitGuard.exit(run(System.out, out, err, args));
    }

    /**
     * Runs the command with the given streams and returns its exit code; never calls System.exit. A report written
     * to standard output ({@code -o -}) goes to {@code out} as UTF-8 text.
     */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return run(new TextStream(out), out, err, args);
    }

    /**
     * Runs the command and returns its exit code; never calls System.exit.
     *
     * @param stdout where a report written to standard output ({@code -o -}) goes, as bytes
     * @param out    messages for standard output
     * @param err    messages for standard error
     * @param args   the command line
     * @return the exit code
     */
    public static int run(OutputStream stdout, PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main(stdout));
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, arguments) -> {
            CommandLine failed = e.getCommandLine();
            failed.getErr().println("zongjie: " + e.getMessage());
            failed.getErr().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for usage.");
            return USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> report(e, commandLine.getErr()));
        int code;
        try {
            code = cli.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // the limits exist so that no input gets here; if one does, still no stack trace
            err.println("zongjie: internal error: " + e.getClass().getSimpleName() + "; please report it with the "
                    + "input that caused it");
            code = ENVIRONMENT;
        }
        out.flush();
        err.flush();
        return code;
    }

    /** Bytes for standard output, handed to a writer as UTF-8 text when flushed (what in-process callers see). */
    private static final class TextStream extends OutputStream {
        private final PrintWriter out;
        private final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();

        TextStream(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void write(int b) {
            bytes.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes.write(b, off, len);
        }

        @Override
        public void flush() {
            out.print(bytes.toString(StandardCharsets.UTF_8));
            out.flush();
            bytes.reset();
        }
    }

    /** Turns an exception into a message and an exit code: no stack traces for anything a user can cause. */
    static int report(Exception e, PrintWriter err) {
        if (e instanceof InvalidReportException invalid) {
            printProblems(invalid.problems(), err);
            return INVALID_INPUT;
        }
        if (e instanceof TemplateException t) {
            err.println("zongjie: template error: " + t.getMessage());
            return ENVIRONMENT;
        }
        if (e instanceof ZongjieException z) {
            err.println("zongjie: " + z.getMessage());
            return ENVIRONMENT;
        }
        if (e instanceof UncheckedIOException u) {
            return report(u.getCause(), err);
        }
        if (e instanceof NoSuchFileException n) {
            err.println("zongjie: " + n.getFile() + ": no such file");
            return ENVIRONMENT;
        }
        if (e instanceof AccessDeniedException a) {
            err.println("zongjie: " + a.getFile() + ": permission denied");
            return ENVIRONMENT;
        }
        if (e instanceof FileSystemException f) {
            err.println("zongjie: " + f.getFile() + ": " + (f.getReason() == null ? f.getMessage() : f.getReason()));
            return ENVIRONMENT;
        }
        if (e instanceof IOException io) {
            err.println("zongjie: " + io.getMessage());
            return ENVIRONMENT;
        }
        err.println("zongjie: internal error: " + e);
        err.println("  please report it with the input that caused it; run with --verbose for details");
        org.slf4j.LoggerFactory.getLogger(Main.class).debug("internal error", e);
        return ENVIRONMENT;
    }

    /** More problems than this are counted, not listed: a pasted spreadsheet can hold thousands. */
    static final int MAX_LISTED = 100;

    static void printProblems(java.util.List<Problem> problems, PrintWriter err) {
        for (Problem p : problems.subList(0, Math.min(problems.size(), MAX_LISTED))) {
            err.println(p);
        }
        if (problems.size() > MAX_LISTED) {
            err.println("... and " + (problems.size() - MAX_LISTED) + " more like them");
        }
        err.println(problems.size() == 1 ? "1 problem found; nothing was written."
                : problems.size() + " problems found; nothing was written.");
    }
}
