package io.zongjie.internal.engine;

import com.google.inject.Module;
import io.zongjie.api.AssembleOptions;
import io.zongjie.api.InvalidReportException;
import io.zongjie.api.Limits;
import io.zongjie.api.Messages;
import io.zongjie.api.Problem;
import io.zongjie.api.ReportEngine;
import io.zongjie.api.SectionInfo;
import io.zongjie.api.TemplateInfo;
import io.zongjie.api.ZongjieException;
import io.zongjie.api.pdf.PdfProfile;
import io.zongjie.document.Document;
import io.zongjie.internal.input.DataPaths;
import io.zongjie.internal.input.InputReader;
import io.zongjie.internal.input.LocationIndex;
import io.zongjie.internal.input.RawProblem;
import io.zongjie.internal.template.TemplateCatalog;
import io.zongjie.internal.template.Templates;
import io.zongjie.api.pdf.FontCheck;
import io.zongjie.internal.pdf.PdfRenderer;
import io.zongjie.internal.script.Hanzi;
import io.zongjie.internal.script.InputText;
import io.zongjie.internal.script.ScriptConverter;
import io.zongjie.model.ReportMeta;
import io.zongjie.model.ReportSpec;
import io.zongjie.model.Script;
import io.zongjie.spi.ChineseFormat;
import io.zongjie.spi.Figure;
import io.zongjie.spi.SectionPlugin;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine behind {@link ReportEngine}: a façade over its stages, immutable once built and safe to share across
 * threads. A report flows through
 * <ol>
 *   <li>{@link InputReader} — a file into a {@link ReportSpec}, with every problem of syntax and shape;</li>
 *   <li>{@link SectionBinder} — the frame checked, each section's data bound to its plugin's class and
 *       validated;</li>
 *   <li>{@link SectionRunner} — each section rendered by its plugin under the section deadline, its blocks
 *       checked;</li>
 *   <li>{@link FrameAssembler} — the sections numbered and put into the frame: title, opening, closing,
 *       signature, key figures;</li>
 *   <li>{@link OutputDispatcher} — the document written by the renderer of the format asked for.</li>
 * </ol>
 */
public final class DefaultReportEngine implements ReportEngine {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultReportEngine.class);
    private static final String JAVA_SOURCE = "<input>";

    /** What was installed; it holds the plugin folder's class loaders, which {@link #close} releases. */
    private final PluginRegistry registry;
    /** What can run: the installed plugins less those whose templates do not compile. */
    private final InstalledPlugins plugins;
    private final Templates templates;
    private final InputReader reader;
    private final SectionBinder binder;
    private final SectionRunner runner;
    private final FrameAssembler assembler;
    private final OutputDispatcher output;
    private final ValidatedReports validated = new ValidatedReports();
    private final Locale messages;
    private final Script script;
    private final java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * An engine without a plugin folder.
     *
     * @param modules           modules added by the host
     * @param templateDirectory the override folder, or {@code null}
     * @param locale            the output's locale
     * @param loader            where to look for plugins
     * @param discover          whether to look for plugins with ServiceLoader
     * @deprecated build an {@link EngineConfig}, or use {@link ReportEngine#builder()}
     */
    @Deprecated(since = "0.1.0")
    public DefaultReportEngine(List<Module> modules, Path templateDirectory, Locale locale, ClassLoader loader,
            boolean discover) {
        this(new EngineConfig(modules, templateDirectory, locale, loader, discover, null, PdfProfile.standard(),
                Limits.defaults()));
    }

    /**
     * An engine that also loads the plugin jars of {@code pluginDirectory}.
     *
     * @param modules           modules added by the host
     * @param templateDirectory the override folder, or {@code null}
     * @param locale            the output's locale
     * @param loader            where to look for plugins, and the parent of each plugin jar's class loader
     * @param discover          whether to look for plugins with ServiceLoader
     * @param pluginDirectory   the folder of plugin jars, or {@code null}
     * @param pdfProfile        the PDF layout and fonts
     * @param limits            the bounds on input, templates and plugins
     * @deprecated build an {@link EngineConfig}, or use {@link ReportEngine#builder()}
     */
    @Deprecated(since = "0.1.0")
    public DefaultReportEngine(List<Module> modules, Path templateDirectory, Locale locale, ClassLoader loader,
            boolean discover, Path pluginDirectory, PdfProfile pdfProfile, Limits limits) {
        this(new EngineConfig(modules, templateDirectory, locale, loader, discover, pluginDirectory, pdfProfile,
                limits));
    }

    /**
     * Builds the engine: finds and starts the plugins, compiles their templates and the frame's.
     *
     * @param config what to build it from
     * @throws ZongjieException if plugins on the class path conflict or fail to start, a folder does not exist,
     *                          two renderers claim one format, or a frame template does not parse
     */
    public DefaultReportEngine(EngineConfig config) {
        if (!config.locale().getLanguage().equals("zh")) {
            LOG.warn("locale {} is not provided; reports are written in Simplified Chinese", config.locale());
        }
        this.messages = config.messages();
        this.script = config.script();
        Path templateDirectory = config.templateDirectory();
        if (templateDirectory != null && !Files.isDirectory(templateDirectory)) {
            throw new ZongjieException(io.zongjie.api.Message.of("engine.noTemplateFolder",
                    templateDirectory.toString()));
        }
        this.reader = new InputReader(config.limits());
        // a folder jar gets the section deadline to load; with none for sections, still a bounded one
        Duration loadTimeout = config.limits().sectionTimeout().isZero() ? Limits.defaults().sectionTimeout()
                : config.limits().sectionTimeout();
        this.registry = new PluginRegistry(config.modules(), config.classLoader(), config.discoverPlugins(),
                config.pluginDirectory(), config.pdfProfile(), config.messages(), loadTimeout);
        SectionBinder validation = null;
        try {
            this.output = new OutputDispatcher(registry.renderers());
            this.templates = new Templates(templateDirectory, config.limits(),
                    templatePackages(registry.sections().values()));
            this.plugins = TemplateCheck.compileAll(registry, templates, Messages.of(config.messages()));
            ChineseFormat format = new ChineseFormat();
            this.runner = new SectionRunner(config.limits(), templates, format);
            validation = new SectionBinder(plugins, reader, runner, config.messages());
            warnAboutStrayOverrides(templateDirectory);
            this.assembler = new FrameAssembler(templates, format);
        } catch (RuntimeException | Error e) {
            // an engine that fails to build holds nothing open
            if (validation != null) {
                validation.close();
            }
            registry.close();
            throw e;
        }
        this.binder = validation;
        LOG.debug("zongjie engine ready: sections {}, formats {}", plugins.sections().keySet(), output.formats());
    }

    /** The packages whose classes templates may call methods on, besides zongjie's own: each plugin's. */
    private static Set<String> templatePackages(Collection<SectionPlugin<?>> sections) {
        Set<String> packages = new TreeSet<>();
        for (SectionPlugin<?> p : sections) {
            packages.add(p.getClass().getPackageName());
            if (p.dataType() != null) {
                packages.add(p.dataType().getPackageName());
            }
        }
        // A plugin's own packages only: one whose data type is a Map or a JsonNode must not open the JDK or a
        // shared library to every template.
        packages.removeIf(DefaultReportEngine::isPlatformPackage);
        return packages;
    }

    private static boolean isPlatformPackage(String name) {
        return name.isEmpty() || name.equals("io.zongjie") || name.startsWith("io.zongjie.internal")
                || name.matches("(java|javax|jdk|sun|com\\.sun|jakarta|org\\.apache|org\\.slf4j|com\\.google|"
                        + "com\\.fasterxml|org\\.hibernate|com\\.lowagie|picocli)(\\..*)?");
    }

    /** A folder in the override directory that names no section type is most likely a typo: say so. */
    private void warnAboutStrayOverrides(Path templateDirectory) {
        if (templateDirectory == null) {
            return;
        }
        Set<String> types = plugins.sections().keySet();
        try (Stream<Path> entries = Files.list(templateDirectory)) {
            entries.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals(FrameAssembler.FRAME) && !types.contains(name)
                            && !name.startsWith("."))
                    .sorted()
                    .forEach(name -> LOG.warn("template folder {} matches no section type; templates in it are not "
                            + "used{} (section types: {})", templateDirectory.resolve(name),
                            DataPaths.didYouMean(name, types), String.join(", ", new TreeSet<>(types))));
        } catch (IOException e) {
            LOG.debug("cannot list {}: {}", templateDirectory, e.toString());
        }
    }

    // ---------------------------------------------------------------- reading and validation

    @Override
    public ReportSpec read(Path file) throws IOException {
        ensureOpen();
        InputReader.Parsed parsed;
        try {
            parsed = reader.read(file);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "no such file");
        }
        return checked(parsed);
    }

    @Override
    public ReportSpec read(InputStream in, String sourceName) throws IOException {
        ensureOpen();
        return checked(reader.read(in, sourceName));
    }

    @Override
    public List<Problem> validate(Path file) throws IOException {
        ensureOpen();
        return problemsOf(reader.read(file));
    }

    @Override
    public List<Problem> validate(ReportSpec spec) {
        ensureOpen();
        List<Problem> problems = new ArrayList<>();
        binder.bind(spec, JAVA_SOURCE, LocationIndex.NONE, problems);
        return sorted(problems, spec);
    }

    /** The spec read, valid: remembered with its bound sections, so that assembling it does not validate again. */
    private ReportSpec checked(InputReader.Parsed parsed) {
        List<Problem> problems = new ArrayList<>(parsed.problems());
        List<BoundSection> sections = parsed.spec() == null ? List.of()
                : binder.bind(parsed.spec(), parsed.source(), parsed.locations(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidReportException(sorted(problems, parsed.spec()));
        }
        validated.remember(parsed.spec(), sections, parsed.source(), parsed.locations());
        return parsed.spec();
    }

    private List<Problem> problemsOf(InputReader.Parsed parsed) {
        List<Problem> problems = new ArrayList<>(parsed.problems());
        if (parsed.spec() != null) {
            binder.bind(parsed.spec(), parsed.source(), parsed.locations(), problems);
        }
        return sorted(problems, parsed.spec());
    }

    /**
     * The problems in file order, each once, worded in the engine's message language with the field's Chinese name
     * where the plugin (or the frame) gives one.
     */
    private List<Problem> sorted(List<Problem> problems, ReportSpec spec) {
        List<Problem> out = new ArrayList<>(new LinkedHashSet<>(problems));
        out.sort(Problem.IN_FILE_ORDER);
        Messages words = Messages.of(messages);
        return out.stream().map(p -> p.in(words, label(p.path(), spec))).toList();
    }

    /** The Chinese name of the field at {@code path}: a frame field's, or a section's data field's. */
    private String label(String path, ReportSpec spec) {
        if (path.startsWith("report.")) {
            return FieldLabels.of(ReportMeta.class, path.substring("report.".length())).orElse(null);
        }
        java.util.regex.Matcher m = SECTION_DATA.matcher(path);
        if (m.lookingAt() && spec != null && spec.sections() != null) {
            int index = Integer.parseInt(m.group(1));
            if (index < spec.sections().size() && spec.sections().get(index) != null) {
                SectionPlugin<?> plugin = plugins.sections().get(spec.sections().get(index).type());
                if (plugin != null) {
                    return FieldLabels.of(plugin.dataType(), path.substring(m.end())).orElse(null);
                }
            }
        }
        return null;
    }

    private static final java.util.regex.Pattern SECTION_DATA = java.util.regex.Pattern.compile(
            "sections\\[(\\d+)]\\.data\\.?");

    // ---------------------------------------------------------------- assembly

    /**
     * {@inheritDoc}
     *
     * <p>A report that this engine's {@code read} returned was validated then and is not validated again (unless
     * a section's data tree was changed since); any other report is validated first.
     */
    @Override
    public Document assemble(ReportSpec spec) {
        ensureOpen();
        List<BoundSection> sections = boundSections(spec);
        try {
            Document document = assembler.assemble(spec.report(), runner.run(spec.report(), sections));
            return inItsScript(spec, document);
        } catch (InputTooLarge e) {
            throw tooLarge(spec, e);
        }
    }

    @Override
    public Document assemble(ReportSpec spec, AssembleOptions options) throws IOException {
        ensureOpen();
        if (options.units().isEmpty() && options.previous() == null) {
            return assemble(spec);
        }
        List<BoundSection> sections = boundSections(spec);
        List<FrameAssembler.Unit> units = units(options.units(), options.allowFailedUnits(), options.log());
        FrameAssembler.Previous previous = options.previous() == null ? null : previous(options.previous());
        try {
            Document document = assembler.assemble(spec.report(), runner.run(spec.report(), sections), units,
                    previous, options.log());
            return inItsScript(spec, document);
        } catch (InputTooLarge e) {
            throw tooLarge(spec, e);
        }
    }

    /**
     * The document in the report's script: as it is for Simplified, which most reports are (without collecting the
     * input's phrases, which only a conversion needs), else converted with the input's own text kept.
     */
    private Document inItsScript(ReportSpec spec, Document document) {
        Script script = scriptOf(spec.report());
        return script.traditional() ? new ScriptConverter(script, InputText.of(spec)).convert(document) : document;
    }

    /** The report's sections, bound: from {@code read} when it read this spec, else bound (and checked) now. */
    private List<BoundSection> boundSections(ReportSpec spec) {
        return validated.sections(spec).orElseGet(() -> {
            List<Problem> problems = new ArrayList<>();
            List<BoundSection> bound = binder.bind(spec, JAVA_SOURCE, LocationIndex.NONE, problems);
            if (!problems.isEmpty()) {
                throw new InvalidReportException(sorted(problems, spec));
            }
            return bound;
        });
    }

    private InvalidReportException tooLarge(ReportSpec spec, InputTooLarge e) {
        return new InvalidReportException(sorted(List.of(validated.locate(spec, JAVA_SOURCE,
                new RawProblem(e.path(), e.getMessage()))), spec));
    }

    /** One input file read, bound and run for its figures alone: its spec, or its problems with its own file. */
    private record Figures(ReportSpec spec, List<SectionRunner.Rendered> rendered, List<Problem> problems) {
    }

    private Figures figuresOf(Path file, String what) throws IOException {
        InputReader.Parsed parsed;
        try {
            parsed = reader.read(file);
        } catch (NoSuchFileException e) {
            throw new NoSuchFileException(file.toString(), null, "no such " + what);
        }
        List<Problem> problems = new ArrayList<>(parsed.problems());
        List<BoundSection> bound = parsed.spec() == null ? List.of()
                : binder.bind(parsed.spec(), parsed.source(), parsed.locations(), problems);
        List<SectionRunner.Rendered> rendered = List.of();
        if (problems.isEmpty()) {
            try {
                rendered = runner.run(parsed.spec().report(), bound);
            } catch (InputTooLarge e) {
                problems.add(parsed.locations().problem(parsed.source(), new RawProblem(e.path(), e.getMessage())));
            }
        }
        return new Figures(parsed.spec(), rendered, problems.isEmpty() ? List.of() : sorted(problems, parsed.spec()));
    }

    /** The units of a roll-up, each read and validated as an ordinary input; only its figures are kept. */
    private List<FrameAssembler.Unit> units(List<Path> unitFiles, boolean allowFailedUnits,
            java.util.function.Consumer<String> log) throws IOException {
        List<FrameAssembler.Unit> units = new ArrayList<>();
        List<Problem> failures = new ArrayList<>();
        for (Path file : unitFiles) {
            Figures read = figuresOf(file, "unit file");
            if (!read.problems().isEmpty()) {
                failures.addAll(read.problems());
                if (allowFailedUnits) {
                    log.accept("unit left out of the roll-up: " + file + " (" + read.problems().size() + " problem"
                            + (read.problems().size() == 1 ? "" : "s") + ")");
                    for (Problem p : read.problems()) {
                        log.accept("  " + p);
                    }
                }
                continue;
            }
            // only the unit's figures are kept, never its document
            units.add(FrameAssembler.Unit.of(read.spec().report().organization(), file.toString(), read.rendered()));
        }
        if (!failures.isEmpty() && !allowFailedUnits) {
            throw new InvalidReportException(failures);
        }
        return units;
    }

    /**
     * Last period's figures, computed as this report's are: its own sections' and, when it names {@code units:}, its
     * units' summed (a unit with problems fails it: last period's totals would be wrong). Its own
     * {@code previous:} is not followed.
     */
    private FrameAssembler.Previous previous(Path file) throws IOException {
        Figures read = figuresOf(file, "previous file");
        if (!read.problems().isEmpty()) {
            throw new InvalidReportException(read.problems());
        }
        List<FrameAssembler.Unit> units = units(AssembleOptions.of(file, read.spec()).units(), false, line -> { });
        return new FrameAssembler.Previous(read.spec().report().vocabulary().period(),
                FrameAssembler.totals(read.rendered(), units));
    }

    /**
     * The script a report is written in: the engine's, else the report's own {@code script}, else the one its
     * names are written in (a union named 「地區教育工會」 writes in Traditional).
     */
    Script scriptOf(ReportMeta meta) {
        if (script != null) {
            return script;
        }
        if (meta.script() != null) {
            return meta.script();
        }
        return Hanzi.scriptOf(meta.organization(), meta.union(), meta.recipient(), meta.title());
    }

    // ---------------------------------------------------------------- rendering

    @Override
    public List<String> environmentWarnings(String format) {
        ensureOpen();
        return output.renderer(format).environmentWarnings(messages);
    }

    @Override
    public FontCheck fontCheck() {
        ensureOpen();
        if (output.renderer("pdf") instanceof PdfRenderer pdf) {
            return pdf.fontCheck(messages);
        }
        throw new ZongjieException("the pdf format is not zongjie's own here; its fonts cannot be checked");
    }

    @Override
    public void render(Document document, String format, OutputStream out) throws IOException {
        ensureOpen();
        output.render(document, format, out);
    }

    @Override
    public void renderTo(Document document, String format, Path target) throws IOException {
        ensureOpen();
        output.renderTo(document, format, target);
    }

    @Override
    public Set<String> formats() {
        return output.formats();
    }

    @Override
    public Optional<String> formatFor(Path file) {
        return output.formatFor(file);
    }

    // ---------------------------------------------------------------- the host's view

    @Override
    public long abandonedSections() {
        return runner.abandoned();
    }

    @Override
    public int abandonedSectionsRunning() {
        return runner.abandonedRunning();
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                binder.close();
            } finally {
                registry.close();
            }
            LOG.debug("zongjie engine closed");
        }
    }

    private void ensureOpen() {
        if (closed.get()) {
            throw new IllegalStateException("this zongjie engine is closed; build a new one");
        }
    }

    // ---------------------------------------------------------------- what is installed

    @Override
    public List<String> pluginProblems() {
        return plugins.problems();
    }

    @Override
    public List<io.zongjie.api.PluginJarInfo> pluginJars() {
        // a section skipped at start-up (its template does not compile) is not one the jar adds
        return registry.jars().stream().map(j -> new io.zongjie.api.PluginJarInfo(j.jar(), j.sha256(),
                j.sections().stream().filter(plugins.sections()::containsKey).toList(), j.formats())).toList();
    }

    @Override
    public List<TemplateInfo> templates(String type) {
        ensureOpen();
        if (FrameAssembler.FRAME.equals(type)) {
            return TemplateCatalog.list(templates.userDirectory().orElse(null), FrameAssembler.FRAME,
                    FrameAssembler.class, FrameAssembler.FRAME_RESOURCES);
        }
        Set<String> types = plugins.sections().keySet();
        SectionPlugin<?> plugin = plugins.sections().get(type);
        if (plugin == null) {
            throw new ZongjieException(io.zongjie.api.Message.of("engine.unknownTemplatesType", type,
                    DataPaths.suggest(type, types), String.join(", ", new TreeSet<>(types)), FrameAssembler.FRAME));
        }
        Class<?> owner = plugin.getClass();
        return TemplateCatalog.list(templates.userDirectory().orElse(null), type, owner,
                owner.getPackageName().replace('.', '/'));
    }

    @Override
    public List<SectionInfo> sections() {
        return plugins.sections().values().stream()
                .map(p -> new SectionInfo(p.type(), p.title(), p.description(), p.dataType(),
                        plugins.origin(p.type())))
                .sorted(Comparator.comparing(SectionInfo::type))
                .toList();
    }
}
