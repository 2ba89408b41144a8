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
import java.util.Locale;
import java.util.Map;
import io.zongjie.api.Messages;
import io.zongjie.api.ReportEngine;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code zongjie} command. Exit codes: 0 done; 1 invalid input; 2 usage error; 3 I/O or environment error.
 */
@Command(name = "zongjie",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Assembles Chinese trade-union annual work reports (工会工作总结) from YAML or JSON.",
        subcommands = {AssembleCommand.class, ValidateCommand.class, PluginsCommand.class, FontsCommand.class, InitCommand.class,
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

    /** The language of messages and help: --lang, else the locale's. */
    final Locale language;

    /** The CLI's own messages, in {@link #language}. */
    final Messages messages;

    @Option(names = "--lang", paramLabel = "zh|en", scope = CommandLine.ScopeType.INHERIT,
            description = "The language of messages and help: zh (简体中文) or en. Default: the locale's (LC_ALL, "
                    + "LC_MESSAGES, LANG), else English.")
    String lang;

    Main(OutputStream stdout, Locale language) {
        this.stdout = stdout;
        this.language = language;
        this.messages = Messages.of(MESSAGES, language, Main.class.getClassLoader());
    }

    /** The CLI's message bundle. */
    static final String MESSAGES = "io.zongjie.cli.messages";

    /** The {@code zongjie} command a (sub)command line belongs to. */
    static Main of(CommandLine commandLine) {
        return (Main) commandLine.getCommandSpec().root().userObject();
    }

    /** The engine builder every command starts from: messages in the user's language. */
    ReportEngine.Builder engineBuilder() {
        return ReportEngine.builder().messages(language);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), messages.get("cli.noCommand"));
    }

    public static void main(String[] args) {
        Logging.configure(args);
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        Locale language;
        try {
            language = UserLanguage.of(UserLanguage.option(args), System.getenv());
        } catch (IllegalArgumentException e) {
            language = Locale.ENGLISH; // run() says what is wrong with --lang
        }
        ExitGuard.install(err, Messages.of(MESSAGES, language, Main.class.getClassLoader()));
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
        return run(System.getenv(), stdout, out, err, args);
    }

    /**
     * Runs the command in an environment (whose LC_ALL, LC_MESSAGES and LANG choose the language) and returns its
     * exit code; never calls System.exit.
     */
    static int run(Map<String, String> env, OutputStream stdout, PrintWriter out, PrintWriter err, String... args) {
        Locale language;
        try {
            language = UserLanguage.of(UserLanguage.option(args), env);
        } catch (IllegalArgumentException e) {
            err.println(Messages.of(MESSAGES, Locale.ENGLISH, Main.class.getClassLoader()).get("cli.badLang",
                    e.getMessage()) + " / " + Messages.of(MESSAGES, Locale.CHINESE, Main.class.getClassLoader())
                    .get("cli.badLang", e.getMessage()));
            err.flush();
            return USAGE;
        }
        Main main = new Main(stdout, language);
        CommandLine cli = new CommandLine(main);
        if (main.messages.chinese()) {
            // the help in Chinese; what the bundle lacks stays as the annotations write it, in English
            cli.setResourceBundle(java.util.ResourceBundle.getBundle(HELP, language, Main.class.getClassLoader()));
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, arguments) -> {
            CommandLine failed = e.getCommandLine();
            failed.getErr().println("zongjie: " + main.usageMessage(e));
            failed.getErr().println(main.messages.get("cli.tryHelp", failed.getCommandSpec().qualifiedName()));
            return USAGE;
        });
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> main.report(e, commandLine.getErr()));
        int code;
        try {
            code = cli.execute(args);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // the limits exist so that no input gets here; if one does, still no stack trace
            err.println(Messages.of(MESSAGES, language, Main.class.getClassLoader()).get("cli.internalErrorOf",
                    e.getClass().getSimpleName()));
            code = ENVIRONMENT;
        }
        out.flush();
        err.flush();
        return code;
    }

    /** Bytes for standard output, handed to a writer as UTF-8 text when flushed (what in-process callers see). */
    static final class TextStream extends OutputStream {
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

    /** The CLI's help texts in Chinese, for picocli. */
    static final String HELP = "io.zongjie.cli.help";

    /** A usage error in the user's language: picocli's own words for the common ones, ours for the rest. */
    String usageMessage(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.MissingParameterException missing && messages.chinese()) {
            return messages.get("cli.missing", String.join(", ", missing.getMissing().stream()
                    .map(a -> a instanceof CommandLine.Model.OptionSpec o ? o.longestName() + " " + o.paramLabel()
                            : a.paramLabel()).toList()));
        }
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && messages.chinese()) {
            return messages.get("cli.unmatched", String.join(" ", unmatched.getUnmatched()));
        }
        if (e instanceof CommandLine.OverwrittenOptionException || e.getCause() instanceof IllegalArgumentException
                || e.getClass() != CommandLine.ParameterException.class) {
            // picocli's own wording (a value that does not convert and the like); the value is named in it
            return messages.chinese() ? messages.get("cli.picocli", e.getMessage()) : e.getMessage();
        }
        return e.getMessage();
    }

    /** Turns an exception into a message and an exit code: no stack traces for anything a user can cause. */
    int report(Exception e, PrintWriter err) {
        return report(e, err, messages);
    }

    /** {@link #report(Exception, PrintWriter)} in the language of {@code m}. */
    static int report(Exception e, PrintWriter err, Messages m) {
        if (e instanceof InvalidReportException invalid) {
            printProblems(invalid.problems(), err, m);
            return INVALID_INPUT;
        }
        Messages engine = Messages.of(m.locale());
        if (e instanceof TemplateException t) {
            err.println(m.get("cli.templateError", t.message(engine)));
            return ENVIRONMENT;
        }
        if (e instanceof ZongjieException z) {
            err.println(m.get("cli.error", z.message(engine)));
            return ENVIRONMENT;
        }
        if (e instanceof UncheckedIOException u) {
            return report(u.getCause(), err, m);
        }
        if (e instanceof NoSuchFileException n) {
            err.println(m.get("cli.noSuchFile", n.getFile()));
            return ENVIRONMENT;
        }
        if (e instanceof AccessDeniedException a) {
            err.println(m.get("cli.permissionDenied", a.getFile()));
            return ENVIRONMENT;
        }
        if (e instanceof FileSystemException f) {
            err.println(m.get("cli.fileError", f.getFile(), f.getReason() == null ? f.getMessage() : f.getReason()));
            return ENVIRONMENT;
        }
        if (e instanceof IOException io) {
            err.println(m.get("cli.error", io.getMessage()));
            return ENVIRONMENT;
        }
        err.println(m.get("cli.internalError", e.toString()));
        err.println(m.get("cli.internalErrorHint"));
        org.slf4j.LoggerFactory.getLogger(Main.class).debug("internal error", e);
        return ENVIRONMENT;
    }

    /** Prints each warning as 「zongjie: warning: …」 (「zongjie：警告：…」). */
    void warn(PrintWriter err, java.util.List<String> warnings) {
        for (String warning : warnings) {
            err.println(messages.get("cli.warning", warning));
        }
    }

    /** More problems than this are counted, not listed: a pasted spreadsheet can hold thousands. */
    static final int MAX_LISTED = 100;

    static void printProblems(java.util.List<Problem> problems, PrintWriter err, Messages m) {
        Messages words = Messages.of(m.locale());
        for (Problem p : problems.subList(0, Math.min(problems.size(), MAX_LISTED))) {
            err.println(words.describe(p));
        }
        if (problems.size() > MAX_LISTED) {
            err.println(m.get("cli.moreProblems", problems.size() - MAX_LISTED));
        }
        err.println(problems.size() == 1 ? m.get("cli.oneProblem") : m.get("cli.problems", problems.size()));
    }
}
