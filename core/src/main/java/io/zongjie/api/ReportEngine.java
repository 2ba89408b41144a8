package io.zongjie.api;

import com.google.inject.Module;
import io.zongjie.document.Document;
import io.zongjie.internal.engine.DefaultReportEngine;
import io.zongjie.model.ReportSpec;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
 * plugins, parsing templates) is the expensive part.
 */
public interface ReportEngine {

    /** Starts a builder with the defaults: plugins found on the class path, the built-in templates. */
    static Builder builder() {
        return new Builder();
    }

    /**
     * Reads and validates a YAML ({@code .yaml}, {@code .yml}) or JSON ({@code .json}) report file.
     *
     * @throws InvalidReportException listing every problem, each with path, line and column
     * @throws IOException            if the file cannot be read
     */
    ReportSpec read(Path file) throws IOException;

    /**
     * Reads and validates a report from a stream; {@code sourceName} names it in messages and its extension
     * chooses YAML or JSON (JSON is also recognised by a leading 「{」).
     */
    ReportSpec read(InputStream in, String sourceName) throws IOException;

    /** Checks a report file and returns every problem found; an empty list means it will assemble. */
    List<Problem> validate(Path file) throws IOException;

    /** Checks a report built in Java and returns every problem found, with paths. */
    List<Problem> validate(ReportSpec spec);

    /**
     * Assembles a report into a document: validates it, renders each section through its plugin, numbers the
     * headings and adds the frame (title, opening, closing, signature).
     *
     * @throws InvalidReportException if the spec has problems; nothing is rendered then
     */
    Document assemble(ReportSpec spec);

    /** Writes {@code document} in {@code format} ({@code pdf}, {@code html}, {@code md}, {@code txt}, …). */
    void render(Document document, String format, OutputStream out) throws IOException;

    /**
     * Writes {@code document} to {@code target} atomically: into a temporary file beside it, then moved into
     * place. If anything fails, no partial file is left and an existing {@code target} is untouched.
     */
    void renderTo(Document document, String format, Path target) throws IOException;

    /** The output formats available. */
    Set<String> formats();

    /** The format a file name's extension selects, such as {@code "pdf"} for {@code report.pdf}. */
    Optional<String> formatFor(Path file);

    /** The installed section types, sorted by type. */
    List<SectionInfo> sections();

    /** Configures and builds a {@link ReportEngine}. */
    final class Builder {
        private final List<Module> modules = new ArrayList<>();
        private Path templateDirectory;
        private Locale locale = Locale.SIMPLIFIED_CHINESE;
        private ClassLoader classLoader;
        private boolean discoverPlugins = true;
        private Limits limits = Limits.defaults();

        private Builder() {
        }

        /** Adds a Guice module, such as a {@code PluginModule} that is not registered with ServiceLoader. */
        public Builder addModule(Module module) {
            modules.add(Objects.requireNonNull(module, "module"));
            return this;
        }

        /**
         * A folder of template overrides, searched before the built-in templates: {@code <dir>/<type>/<name>.vm}
         * for sections, {@code <dir>/frame/<name>.vm} for the report frame.
         */
        public Builder templateDirectory(Path directory) {
            this.templateDirectory = directory;
            return this;
        }

        /** The locale of the output (only {@code zh-CN} is provided today). */
        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /** The class loader in which to look for plugins; default the thread's context class loader. */
        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = classLoader;
            return this;
        }

        /** Whether to find plugins with ServiceLoader (default true); with false only added modules count. */
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
         * Builds the engine.
         *
         * @throws ZongjieException if plugins conflict (two claim one type), a plugin fails to start, or a
         *                          template does not parse; the message names the plugin or template
         */
        public ReportEngine build() {
            ClassLoader loader = classLoader != null ? classLoader
                    : Optional.ofNullable(Thread.currentThread().getContextClassLoader())
                            .orElse(ReportEngine.class.getClassLoader());
            return new DefaultReportEngine(List.copyOf(modules), templateDirectory, locale, loader, discoverPlugins,
                    limits);
        }
    }
}
