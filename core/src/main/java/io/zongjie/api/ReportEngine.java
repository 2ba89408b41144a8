package io.zongjie.api;

import com.google.inject.Module;
import io.zongjie.api.pdf.FontCheck;
import io.zongjie.api.pdf.PdfProfile;
import io.zongjie.document.Document;
import io.zongjie.internal.engine.DefaultReportEngine;
import io.zongjie.internal.engine.EngineConfig;
import io.zongjie.model.ReportSpec;
import io.zongjie.model.Script;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The engine: reads report inputs, assembles them into {@link Document}s and renders those in any format.
 *
 * <p>Build one with {@link #builder()} and share it: it is immutable and thread-safe, and building it (finding
 * plugins, parsing templates) is the expensive part. {@linkplain #close() Close} it when the host no longer needs
 * it (a long-running host that builds engines again, for instance to reload a plugin folder): that releases the
 * plugin jars' class loaders and the validator.
 */
public interface ReportEngine extends AutoCloseable {

    /**
     * The SLF4J logger on which the engine warns, as it is built, about each plugin it skipped (one message per
     * {@link #pluginProblems()} entry). A host that shows {@code pluginProblems()} itself, as the {@code zongjie}
     * command does, may turn this logger down.
     */
    String PLUGIN_PROBLEMS_LOGGER = "io.zongjie.pluginProblems";

    /** {@return a builder with the defaults: plugins found on the class path, the built-in templates} */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Reads and validates a YAML ({@code .yaml}, {@code .yml}) or JSON ({@code .json}) report file.
     *
     * <p>The report returned carries its validated sections: {@link #assemble} on it does not bind and validate
     * it a second time (a report built from its parts, or whose section data was changed since, is validated
     * again).
     *
     * @param file the report file
     * @return the report, valid
     * @throws InvalidReportException listing every problem, each with path, line and column
     * @throws IOException            if the file cannot be read
     */
    ReportSpec read(Path file) throws IOException;

    /**
     * Reads and validates a report from a stream; {@code sourceName} names it in messages and its extension
     * chooses YAML or JSON (JSON is also recognised by a leading 「{」).
     *
     * @param in         the file's bytes, UTF-8; not closed
     * @param sourceName the name messages give the input, such as {@code report.yaml}
     * @return the report, valid
     * @throws InvalidReportException listing every problem
     * @throws IOException            if the stream cannot be read
     */
    ReportSpec read(InputStream in, String sourceName) throws IOException;

    /**
     * Checks a report file and returns every problem found; an empty list means it will assemble.
     *
     * @param file the report file
     * @return every problem, in file order
     * @throws IOException if the file cannot be read
     */
    List<Problem> validate(Path file) throws IOException;

    /**
     * Checks a report built in Java and returns every problem found, with paths.
     *
     * @param spec the report
     * @return every problem; empty if it will assemble
     */
    List<Problem> validate(ReportSpec spec);

    /**
     * Assembles a report into a document: validates it, renders each section through its plugin, numbers the
     * headings and adds the frame (title, opening, closing, signature). A report this engine's {@code read}
     * returned was validated then and is not validated again.
     *
     * @param spec the report
     * @return the document, ready to render in any format
     * @throws InvalidReportException if the spec has problems; nothing is rendered then
     */
    Document assemble(ReportSpec spec);

    /**
     * Assembles a roll-up: the report {@code spec} with the figures of each unit file summed into its frame (see
     * docs/ROLLUP.md). Each unit is read and validated as an ordinary input; only its figures are kept.
     *
     * @param spec             the regional report
     * @param units            the unit files, in the order to list them
     * @param allowFailedUnits whether a unit with problems is left out (and named in {@code log}) rather than
     *                         failing the roll-up
     * @param log              where to say what was left out and which units have no data for a section
     * @return the document
     * @throws InvalidReportException if the report or (unless allowed) a unit has problems, each with its own file
     * @throws IOException            if a unit file cannot be read
     */
    default Document assemble(ReportSpec spec, List<Path> units, boolean allowFailedUnits,
            java.util.function.Consumer<String> log) throws IOException {
        return assemble(spec, new AssembleOptions(units, allowFailedUnits, null, log));
    }

    /**
     * Assembles a report with what it is assembled with besides its input: the units it rolls up and last period's
     * input it compares its figures with (「比上年增长12.5%」; see docs/ROLLUP.md). {@link AssembleOptions#of} gives
     * the options the input names ({@code units:}, {@code previous:}).
     *
     * @param spec    the report
     * @param options its units and previous period
     * @return the document
     * @throws InvalidReportException if the report, the previous period's input or (unless allowed) a unit has
     *                                problems, each with its own file
     * @throws IOException            if a unit or the previous file cannot be read
     */
    default Document assemble(ReportSpec spec, AssembleOptions options) throws IOException {
        if (options.units().isEmpty() && options.previous() == null) {
            return assemble(spec);
        }
        throw new UnsupportedOperationException("this engine does not roll up units or compare periods");
    }

    /**
     * Writes {@code document} in {@code format} ({@code pdf}, {@code html}, {@code md}, {@code txt}, …).
     *
     * @param document the assembled report
     * @param format   one of {@link #formats()}
     * @param out      where to write; not closed
     * @throws IOException if writing fails
     */
    void render(Document document, String format, OutputStream out) throws IOException;

    /**
     * Renders {@code document} in {@code format} into memory: for a host that sends the bytes on (an HTTP response,
     * a message, a database) rather than writing a file.
     *
     * <pre>{@code
     * byte[] pdf = engine.render(document, "pdf");
     * }</pre>
     *
     * @param document the assembled report
     * @param format   one of {@link #formats()}
     * @return the document's bytes in that format
     * @throws UncheckedIOException if the renderer cannot read what it needs, such as a font file of the PDF profile
     *                              (nothing is written anywhere, so no other I/O can fail)
     * @throws ZongjieException     if no renderer provides {@code format}
     */
    default byte[] render(Document document, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        try {
            render(document, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the report as " + format + ": " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /**
     * Writes {@code document} to {@code target} atomically: into a temporary file beside it, then moved into
     * place. If anything fails, no partial file is left and an existing {@code target} is untouched.
     *
     * @param document the assembled report
     * @param format   one of {@link #formats()}
     * @param target   the file to write or replace
     * @throws IOException if writing fails
     */
    void renderTo(Document document, String format, Path target) throws IOException;

    /** {@return the output formats available} */
    Set<String> formats();

    /**
     * The format a file name's extension selects, such as {@code "pdf"} for {@code report.pdf}.
     *
     * @param file a file name
     * @return the format, or empty if no renderer claims the extension
     */
    Optional<String> formatFor(Path file);

    /**
     * What this machine lacks for {@code format}, as warnings in the engine's {@linkplain Builder#messages message
     * language}: for {@code pdf}, that no font can be embedded, or which roles are not in GB/T 9704's faces, each with
     * the command or option that does better. Call it before a batch (the CLI does, before reading any input): the
     * renderer then does not repeat them in its log.
     *
     * @param format one of {@link #formats()}
     * @return the warnings; empty when the format has all it needs
     * @throws ZongjieException if the format is unknown, or a font named in the PDF profile cannot be used
     */
    default List<String> environmentWarnings(String format) {
        return List.of();
    }

    /**
     * The face each role of the PDF would be set in on this machine (title, headings, body, page numbers), whether
     * it is embedded and official, and how to do better: what {@code zongjie fonts} prints.
     *
     * @return the check, in the engine's message language
     * @throws ZongjieException if a font named in the PDF profile cannot be used
     */
    default FontCheck fontCheck() {
        throw new UnsupportedOperationException("this engine cannot check fonts");
    }

    /** {@return the installed section types, sorted by type} */
    List<SectionInfo> sections();

    /**
     * Why plugin jars of the {@linkplain Builder#pluginDirectory plugin folder} were skipped: one message per jar,
     * each starting with the jar's path and saying why (not a plugin, unreadable, another SPI version, failed to
     * configure or start, a type already provided). Empty when every jar loaded, or when there is no folder.
     *
     * @return one message per skipped jar, sorted by the jar's path
     */
    List<String> pluginProblems();

    /**
     * The plugin jars loaded from the {@linkplain Builder#pluginDirectory plugin folder}, each with the SHA-256 of
     * its bytes and what it adds, so that a user can check which code runs. A folder jar runs with the rights of
     * the program that loads it, like any library: see docs/PLUGINS.md.
     *
     * @return the jars loaded, in file-name order; empty without a folder
     */
    List<PluginJarInfo> pluginJars();

    /**
     * The templates of a section type, or of the report frame with {@code "frame"}: each with where it resolves
     * from (the template folder first) and the variables its comment block lists.
     *
     * @param type a section type, or {@code "frame"}
     * @return its templates, by name
     * @throws ZongjieException if no such section type is installed
     */
    List<TemplateInfo> templates(String type);

    /**
     * How many times a section's plugin (its {@code render} or {@code validate}) was abandoned at the
     * {@linkplain Limits#sectionTimeout() section deadline} since this engine was built. Each such report failed
     * with a {@link PluginFailureException}; the plugin's thread was interrupted, but a plugin that ignores
     * interruption keeps running on it. A section still rendering when an earlier section of its report failed is
     * interrupted at once, and counted here only if it runs on past its own deadline. See
     * {@link #abandonedSectionsRunning()}.
     *
     * @return the number of plugin calls abandoned so far
     */
    default long abandonedSections() {
        return 0;
    }

    /**
     * How many of the {@linkplain #abandonedSections() abandoned} plugin calls have not returned yet: each holds a
     * daemon thread (and whatever the plugin holds) until it does. A number that keeps growing means a plugin
     * that loops without end; a host should remove it, or build a new engine and restart in time.
     *
     * @return the number of abandoned plugin calls still running
     */
    default int abandonedSectionsRunning() {
        return 0;
    }

    /**
     * Releases what the engine holds open: the class loaders of the plugin folder's jars and the Bean Validation
     * factory. Calling it again does nothing. The engine cannot be used afterwards (its methods throw
     * {@link IllegalStateException}); documents it assembled stay valid, and built-in formats can still be
     * rendered by another engine.
     */
    @Override
    default void close() {
    }

    /** Configures and builds a {@link ReportEngine}. */
    final class Builder {
        private final List<Module> modules = new ArrayList<>();
        private Path templateDirectory;
        private Locale locale = Locale.SIMPLIFIED_CHINESE;
        private ClassLoader classLoader;
        private boolean discoverPlugins = true;
        private PdfProfile pdfProfile = PdfProfile.standard();
        private Path pluginDirectory;
        private Limits limits = Limits.defaults();
        private Locale messages = Locale.ENGLISH;
        private Script script;

        private Builder() {
        }

        /**
         * The language of what the engine says: its problems' messages, its exceptions and its warnings, in
         * Simplified Chinese for any {@code zh} locale and in English otherwise (the default). Problems keep their
         * {@linkplain Problem#code() code} and arguments in every language, for a host that words them itself.
         *
         * @param language the language, such as {@link Locale#SIMPLIFIED_CHINESE}
         * @return this builder
         */
        public Builder messages(Locale language) {
            this.messages = Objects.requireNonNull(language, "language");
            return this;
        }

        /**
         * The script of every report this engine assembles, over each report's own {@code script} field; by
         * default ({@code null}) each report's field decides, else the script its names are written in.
         *
         * @param script the script, or {@code null} for each report's own
         * @return this builder
         */
        public Builder script(Script script) {
            this.script = script;
            return this;
        }

        /**
         * Adds a Guice module, such as a {@code PluginModule} that is not registered with ServiceLoader.
         *
         * @param module the module
         * @return this builder
         */
        public Builder addModule(Module module) {
            modules.add(Objects.requireNonNull(module, "module"));
            return this;
        }

        /**
         * A folder of template overrides, searched before the built-in templates: {@code <dir>/<type>/<name>.vm}
         * for sections, {@code <dir>/frame/<name>.vm} for the report frame.
         *
         * @param directory the folder, or {@code null} for none
         * @return this builder
         */
        public Builder templateDirectory(Path directory) {
            this.templateDirectory = directory;
            return this;
        }

        /**
         * The locale of the output (only {@code zh-CN} is provided today).
         *
         * @param locale the locale
         * @return this builder
         */
        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /**
         * The class loader in which to look for plugins; default the thread's context class loader.
         *
         * @param classLoader the loader, or {@code null} for the default
         * @return this builder
         */
        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = classLoader;
            return this;
        }

        /**
         * Whether to find plugins with ServiceLoader (default true); with false only added modules count.
         *
         * @param discover whether to look on the class path
         * @return this builder
         */
        public Builder discoverPlugins(boolean discover) {
            this.discoverPlugins = discover;
            return this;
        }

        /** The bounds on inputs, templates and plugins; default {@link Limits#defaults()}. */
        public Builder limits(Limits limits) {
            this.limits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * The PDF layout and fonts (default {@link PdfProfile#standard()}: GB/T 9704-2012, fonts found on the
         * system).
         *
         * @param profile the layout and fonts
         * @return this builder
         */
        public Builder pdfProfile(PdfProfile profile) {
            this.pdfProfile = Objects.requireNonNull(profile, "profile");
            return this;
        }

        /**
         * A folder of plugin jars to load besides the plugins on the class path. Each jar gets a class loader of its
         * own (a child of the engine's, so it shares the SPI) and its {@code PluginModule}s are found with
         * ServiceLoader. A jar that is not a plugin, cannot be read, was built for another SPI version (see
         * {@link io.zongjie.spi.PluginModule#SPI_VERSION}), fails to configure or start, or claims a section type
         * already installed is skipped; {@link ReportEngine#pluginProblems()} says which and why.
         *
         * @param directory the folder, or {@code null} for none
         * @return this builder
         */
        public Builder pluginDirectory(Path directory) {
            this.pluginDirectory = directory;
            return this;
        }

        /**
         * Builds the engine.
         *
         * @return the engine, immutable and thread-safe
         * @throws ZongjieException if plugins on the class path conflict (two claim one type), one of them fails to
         *                          start, the plugin folder does not exist, or a template does not parse; the
         *                          message names the plugin, folder or template
         */
        public ReportEngine build() {
            ClassLoader loader = classLoader != null ? classLoader
                    : Optional.ofNullable(Thread.currentThread().getContextClassLoader())
                            .orElse(ReportEngine.class.getClassLoader());
            return new DefaultReportEngine(new EngineConfig(modules, templateDirectory, locale, loader,
                    discoverPlugins, pluginDirectory, pdfProfile, limits, messages, script));
        }
    }
}
