package io.zongjie.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.inject.Module;
import io.zongjie.api.InvalidReportException;
import io.zongjie.api.Limits;
import io.zongjie.api.PluginFailureException;
import io.zongjie.api.Problem;
import io.zongjie.api.ReportEngine;
import io.zongjie.api.SectionInfo;
import io.zongjie.api.TemplateInfo;
import io.zongjie.api.ZongjieException;
import io.zongjie.api.pdf.PdfProfile;
import io.zongjie.document.Block;
import io.zongjie.document.Document;
import io.zongjie.document.DocumentMeta;
import io.zongjie.document.Heading;
import io.zongjie.document.ListBlock;
import io.zongjie.document.Paragraph;
import io.zongjie.document.Recipient;
import io.zongjie.document.Signature;
import io.zongjie.document.Table;
import io.zongjie.document.Title;
import io.zongjie.internal.input.InputReader;
import io.zongjie.internal.input.LocationIndex;
import io.zongjie.internal.input.Paths;
import io.zongjie.internal.input.RawProblem;
import io.zongjie.internal.io.AtomicFiles;
import io.zongjie.internal.template.TemplateCatalog;
import io.zongjie.internal.template.Templates;
import io.zongjie.model.ReportMeta;
import io.zongjie.model.ReportSpec;
import io.zongjie.model.SectionSpec;
import io.zongjie.model.Vocabulary;
import io.zongjie.spi.ChineseFormat;
import io.zongjie.spi.Figure;
import io.zongjie.spi.Phrasing;
import io.zongjie.spi.Renderer;
import io.zongjie.spi.SectionPlugin;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The engine behind {@link ReportEngine}: immutable once built, and safe to share across threads. */
public final class DefaultReportEngine implements ReportEngine {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultReportEngine.class);
    private static final String JAVA_SOURCE = "<input>";
    private static final String FRAME = "frame";
    private static final String FRAME_RESOURCES = "io/zongjie/templates/frame";
    /** A heading that starts with a number of its own: 「一、」, 「（二）」, 「3.」, 「第一部分」 … */
    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile(
            "^\\s*([一二三四五六七八九十]+\\s*[、．.]|[（(]\\s*[一二三四五六七八九十0-9]+\\s*[）)]|[0-9]+\\s*[、．.]|第[一二三四五六七八九十0-9]+[部分章节])");

    /** The most key figures the opening paragraph cites. */
    static final int MAX_HEADLINES = 8;

    private final PluginRegistry plugins;
    private final Map<String, Renderer> renderers;
    private final Templates templates;
    /**
     * Runs sections under a deadline. Daemon threads, created as needed and dropped when idle, so an engine
     * needs no closing; a plugin that ignores interruption keeps its thread, but not the caller's.
     */
    private static final ExecutorService SECTIONS = Executors.newCachedThreadPool(new ThreadFactory() {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "zongjie-section-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    });

    private final Limits limits;
    private final InputReader reader;
    private final Validator validator;
    private final ChineseFormat format = new ChineseFormat();
    private final ReportFrame frame;

    /**
     * An engine without a plugin folder.
     *
     * @param modules           modules added by the host
     * @param templateDirectory the override folder, or {@code null}
     * @param locale            the output's locale
     * @param loader            where to look for plugins
     * @param discover          whether to look for plugins with ServiceLoader
     */
    public DefaultReportEngine(List<Module> modules, Path templateDirectory, Locale locale, ClassLoader loader,
            boolean discover) {
        this(modules, templateDirectory, locale, loader, discover, null, PdfProfile.standard(), Limits.defaults());
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
     */
    public DefaultReportEngine(List<Module> modules, Path templateDirectory, Locale locale, ClassLoader loader,
            boolean discover, Path pluginDirectory, PdfProfile pdfProfile, Limits limits) {
        this.limits = limits;
        this.reader = new InputReader(limits);
        if (!locale.getLanguage().equals("zh")) {
            LOG.warn("locale {} is not provided; reports are written in Simplified Chinese", locale);
        }
        if (templateDirectory != null && !Files.isDirectory(templateDirectory)) {
            throw new ZongjieException("template folder " + templateDirectory + " does not exist or is not a folder");
        }
        this.plugins = new PluginRegistry(modules, loader, discover, pluginDirectory, pdfProfile);
        Map<String, Renderer> byFormat = new LinkedHashMap<>();
        plugins.renderers.stream().sorted(Comparator.comparing(Renderer::format)).forEach(r -> {
            Renderer previous = byFormat.putIfAbsent(r.format(), r);
            if (previous != null) {
                throw new ZongjieException("format '" + r.format() + "' is provided twice: by "
                        + previous.getClass().getName() + " and " + r.getClass().getName());
            }
        });
        this.renderers = Map.copyOf(byFormat);
        this.templates = new Templates(templateDirectory, limits, templatePackages(plugins.sections.values()));
        ValidatorFactory factory = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .defaultLocale(Locale.ROOT)
                .buildValidatorFactory();
        this.validator = factory.getValidator();
        warnAboutStrayOverrides(templateDirectory);
        // Compile the frame templates now, so a broken override fails at start-up rather than mid-batch.
        ReportFrame.TEMPLATES.forEach(this::frameTemplate);
        this.frame = new ReportFrame(templates, this::frameTemplate, format);
        LOG.debug("zongjie engine ready: sections {}, formats {}", plugins.sections.keySet(), renderers.keySet());
    }

    /** The packages whose classes templates may call methods on, besides zongjie's own: each plugin's. */
    private static Set<String> templatePackages(java.util.Collection<SectionPlugin<?>> sections) {
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
        try (java.util.stream.Stream<Path> entries = Files.list(templateDirectory)) {
            entries.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals(FRAME) && !plugins.sections.containsKey(name) && !name.startsWith("."))
                    .sorted()
                    .forEach(name -> LOG.warn("template folder {} matches no section type; templates in it are not "
                            + "used{} (section types: {})", templateDirectory.resolve(name),
                            Paths.didYouMean(name, plugins.sections.keySet()),
                            String.join(", ", new TreeSet<>(plugins.sections.keySet()))));
        } catch (IOException e) {
            LOG.debug("cannot list {}: {}", templateDirectory, e.toString());
        }
    }

    // ---------------------------------------------------------------- reading and validation

    @Override
    public ReportSpec read(Path file) throws IOException {
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
        return checked(reader.read(in, sourceName));
    }

    @Override
    public List<Problem> validate(Path file) throws IOException {
        return problemsOf(reader.read(file));
    }

    @Override
    public List<Problem> validate(ReportSpec spec) {
        List<Problem> problems = new ArrayList<>();
        bindSections(spec, JAVA_SOURCE, LocationIndex.NONE, problems);
        return sorted(problems);
    }

    private ReportSpec checked(InputReader.Parsed parsed) {
        List<Problem> problems = problemsOf(parsed);
        if (!problems.isEmpty()) {
            throw new InvalidReportException(problems);
        }
        return parsed.spec();
    }

    private List<Problem> problemsOf(InputReader.Parsed parsed) {
        List<Problem> problems = new ArrayList<>(parsed.problems());
        if (parsed.spec() != null) {
            bindSections(parsed.spec(), parsed.source(), parsed.locations(), problems);
        }
        return sorted(problems);
    }

    private static List<Problem> sorted(List<Problem> problems) {
        List<Problem> out = new ArrayList<>(new java.util.LinkedHashSet<>(problems));
        out.sort(Problem.IN_FILE_ORDER);
        return List.copyOf(out);
    }

    /** Validates the frame and binds every section's data, adding every problem found; returns the bound ones. */
    private List<BoundSection> bindSections(ReportSpec spec, String source, LocationIndex index,
            List<Problem> problems) {
        List<RawProblem> raw = new ArrayList<>();
        List<String> reported = problems.stream().map(Problem::path).toList();
        List<RawProblem> frame = new ArrayList<>();
        beanValidate(spec.report(), "report", frame);
        // a frame value that could not be read is reported once, not again as "must not be null"
        frame.stream().filter(c -> reported.stream().noneMatch(r -> Paths.isWithin(c.path(), r))).forEach(raw::add);
        FrameRules.check(spec, plugins.sections, reported, raw);
        List<BoundSection> bound = new ArrayList<>();
        if (spec.sections().isEmpty() && problems.stream().noneMatch(p -> Paths.isWithin(p.path(), "sections"))) {
            raw.add(new RawProblem("sections", "a report needs at least one section"));
        }
        for (int i = 0; i < spec.sections().size(); i++) {
            SectionSpec section = spec.sections().get(i);
            String path = "sections[" + i + "]";
            SectionPlugin<?> plugin = plugins.sections.get(section.type());
            if (plugin == null) {
                raw.add(new RawProblem(path + ".type", "unknown section type '" + section.type() + "'"
                        + Paths.didYouMean(section.type(), plugins.sections.keySet()) + " (installed: "
                        + String.join(", ", new TreeSet<>(plugins.sections.keySet())) + ")"));
                continue;
            }
            if (section.title() != null && NUMBERED.matcher(section.title()).find()) {
                raw.add(new RawProblem(path + ".title", "starts with a number (" + section.title().strip()
                        .split("[、．.）)]", 2)[0] + "…); leave numbering to zongjie, which numbers sections 一、二、…"));
            }
            int before = raw.size();
            beanValidate(section.text(), path, raw);
            SectionWords.check(plugin, spec.report(), section, path, raw);
            BoundSection b = bind(i, plugin, section, path + ".data", raw);
            if (raw.size() != before) {
                continue;
            }
            if (b != null) {
                bound.add(b);
            }
        }
        for (RawProblem p : raw) {
            problems.add(InputReader.locate(source, index, p));
        }
        return bound;
    }

    private <T> BoundSection bind(int i, SectionPlugin<T> plugin, SectionSpec section, String path,
            List<RawProblem> raw) {
        Object data = section.data();
        T value;
        int before = raw.size();
        if (plugin.dataType().isInstance(data)) {
            value = plugin.dataType().cast(data);
        } else {
            JsonNode tree = data == null ? reader.mapper().createObjectNode()
                    : data instanceof JsonNode n ? n : reader.mapper().valueToTree(data);
            if (!tree.isObject()) {
                raw.add(new RawProblem(path, "expected a mapping of the section's fields"));
                return null;
            }
            reader.checkTree(tree, path, raw); // a file's data passed these checks already; a Java map has not
            if (raw.size() != before) {
                return null;
            }
            value = reader.bindValue(tree, plugin.dataType(), path, raw);
        }
        if (value == null) {
            return null;
        }
        List<String> bindingProblems = raw.subList(before, raw.size()).stream().map(RawProblem::path).toList();
        List<RawProblem> constraints = new ArrayList<>();
        beanValidate(value, path, constraints);
        for (RawProblem c : constraints) {
            // a value that could not be bound is reported once, not again as "must not be null"
            if (bindingProblems.stream().noneMatch(b -> Paths.isWithin(c.path(), b))) {
                raw.add(c);
            }
        }
        if (raw.size() == before) {
            String who = "plugin '" + plugin.type() + "' (" + plugin.getClass().getName() + ")";
            List<RawProblem> found = underDeadline(plugin.type(), i, who, () -> {
                List<RawProblem> own = new ArrayList<>(); // not raw itself: an abandoned thread may still add
                try {
                    plugin.validate(value, (p, message) -> own.add(new RawProblem(Paths.join(path, p), message)));
                } catch (RuntimeException | StackOverflowError e) {
                    throw new PluginFailureException(plugin.type(), i, who + " failed while checking " + path
                            + ": " + e, e);
                }
                return own;
            });
            raw.addAll(found);
        }
        if (raw.size() != before) {
            return null;
        }
        return new BoundSection(i, plugin, section.title(), value, section.text());
    }

    private void beanValidate(Object value, String path, List<RawProblem> raw) {
        List<ConstraintViolation<Object>> violations = new ArrayList<>(validator.validate(value));
        violations.sort(Comparator.comparing(v -> v.getPropertyPath().toString()));
        for (ConstraintViolation<Object> v : violations) {
            Object invalid = v.getInvalidValue();
            String was = invalid == null || invalid instanceof Iterable || invalid instanceof Map
                    || invalid.getClass().isArray() || invalid.toString().length() > 40 ? ""
                    : " (was " + (invalid instanceof CharSequence ? "\"" + invalid + "\"" : invalid) + ")";
            // Bean Validation names list elements "<list element>"; the index before it is the path users know
            String property = v.getPropertyPath().toString().replaceAll("\\.?<[a-z ]+>", "");
            raw.add(new RawProblem(Paths.join(path, property), v.getMessage() + was));
        }
    }

    // ---------------------------------------------------------------- assembly

    @Override
    public Document assemble(ReportSpec spec) {
        List<Problem> problems = new ArrayList<>();
        List<BoundSection> sections = bindSections(spec, JAVA_SOURCE, LocationIndex.NONE, problems);
        if (!problems.isEmpty()) {
            throw new InvalidReportException(sorted(problems));
        }
        ReportMeta meta = spec.report();
        Vocabulary words = meta.vocabulary();
        Phrasing phrasing = Phrasing.of(meta);
        List<ReportFrame.Section> printed = new ArrayList<>();
        Map<String, Figure> figures = new LinkedHashMap<>();
        List<List<String>> headlineKeys = new ArrayList<>();
        for (BoundSection section : sections) {
            String title = section.title() != null && !section.title().isBlank() ? section.title()
                    : titleOf(section.plugin(), meta, section.data());
            Context context = new Context(meta, title, format, templates, section.plugin(), words, phrasing);
            List<Block> content = SectionWords.merge(render(section, context), section.text(),
                    section.plugin().parts(meta));
            if (content.isEmpty()) {
                LOG.info("section {} ({}) has nothing to say and is left out", section.index(),
                        section.plugin().type());
                continue;
            }
            printed.add(new ReportFrame.Section(section.plugin().type(), title, content));
            List<String> keys = new ArrayList<>();
            for (Figure f : context.figures) {
                figures.merge(f.key(), f, Figure::plus);
                if (f.headline() && !keys.contains(f.key())
                        && headlineKeys.stream().noneMatch(earlier -> earlier.contains(f.key()))) {
                    keys.add(f.key());
                }
            }
            headlineKeys.add(keys);
        }
        return frame.assemble(meta, printed, figures, headlineKeys);
    }

    @SuppressWarnings("unchecked")
    private static <T> String titleOf(SectionPlugin<T> plugin, ReportMeta meta, Object data) {
        return plugin.title(meta, (T) data);
    }

    /**
     * Renders one section through its plugin, under the section deadline, and checks what comes back: the
     * engine prints only body blocks, with sub-headings at levels 2 to 4. Any failure becomes a
     * {@link PluginFailureException} naming the section and the plugin; a template's own error stays a
     * {@link io.zongjie.api.TemplateException}, which names the template and line.
     */
    @SuppressWarnings("unchecked")
    private <T> List<Block> render(BoundSection section, Context context) {
        SectionPlugin<T> plugin = (SectionPlugin<T>) section.plugin();
        String who = "plugin '" + plugin.type() + "' (" + plugin.getClass().getName() + ")";
        List<Block> blocks = underDeadline(plugin.type(), section.index(), who,
                () -> renderNow(plugin, (T) section.data(), context, section.index(), who));
        return checkBlocks(blocks, plugin.type(), section.index(), who);
    }

    /**
     * Runs a plugin's work on a worker thread and waits at most the section timeout for it (in the caller's
     * thread when the timeout is zero). A plugin that overruns is interrupted and abandoned.
     */
    private <R> R underDeadline(String type, int index, String who, java.util.concurrent.Callable<R> work) {
        Duration timeout = limits.sectionTimeout();
        if (timeout.isZero()) {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new PluginFailureException(type, index, who + " failed: " + e, e);
            }
        }
        Future<R> task = SECTIONS.submit(work);
        try {
            // a little grace, so a template that runs out of time first says which line it was on
            long grace = Math.min(2_000, Math.max(200, timeout.toMillis() / 4));
            return task.get(timeout.toMillis() + grace, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            String within = timeout.toMillis() % 1000 == 0 ? timeout.toSeconds() + " s" : timeout.toMillis() + " ms";
            throw new PluginFailureException(type, index, who + " did not finish within " + within
                    + " and was abandoned; " + Limits.howToRaise("section-timeout",
                            Math.max(1, timeout.toSeconds()) * 3 + "s"), null);
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new PluginFailureException(type, index, "interrupted while waiting for " + who, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof ZongjieException z) {
                throw z;
            }
            throw new PluginFailureException(type, index, who + " failed: " + cause, cause);
        } catch (CancellationException e) {
            throw new PluginFailureException(type, index, who + " was cancelled", e);
        }
    }

    private static <T> List<Block> renderNow(SectionPlugin<T> plugin, T data, Context context, int index,
            String who) {
        try {
            return plugin.render(data, context);
        } catch (ZongjieException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new PluginFailureException(plugin.type(), index, who + " failed: " + e, e);
        }
    }

    private static List<Block> checkBlocks(List<Block> blocks, String type, int index, String who) {
        if (blocks == null) {
            throw new PluginFailureException(type, index, who + " returned no block list (null); "
                    + "return an empty list to leave the section out", null);
        }
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            String problem = null;
            if (b == null) {
                problem = "is null";
            } else if (b instanceof Heading h && (h.level() < 2 || h.level() > 4)) {
                problem = "is a level-" + h.level() + " heading; a section's sub-headings are levels 2 to 4 "
                        + "(the engine adds the section's own heading)";
            } else if (!(b instanceof Heading || b instanceof Paragraph || b instanceof ListBlock
                    || b instanceof Table)) {
                problem = "is a " + b.getClass().getSimpleName() + ", which only the report's frame may hold";
            }
            if (problem != null) {
                throw new PluginFailureException(type, index, who + " returned nonsense: block " + i + " "
                        + problem, null);
            }
        }
        return blocks;
    }

    private Templates.CompiledTemplate frameTemplate(String name) {
        return templates.get(FRAME, name, DefaultReportEngine.class.getClassLoader(), FRAME_RESOURCES);
    }

    // ---------------------------------------------------------------- rendering

    @Override
    public void render(Document document, String format, OutputStream out) throws IOException {
        renderer(format).render(document, out);
    }

    @Override
    public void renderTo(Document document, String format, Path target) throws IOException {
        Renderer renderer = renderer(format);
        AtomicFiles.write(target, out -> renderer.render(document, out));
    }

    private Renderer renderer(String format) {
        Renderer renderer = renderers.get(format);
        if (renderer == null) {
            throw new ZongjieException("unknown format '" + format + "'; available: "
                    + String.join(", ", new TreeSet<>(renderers.keySet())));
        }
        return renderer;
    }

    @Override
    public Set<String> formats() {
        return new TreeSet<>(renderers.keySet());
    }

    @Override
    public Optional<String> formatFor(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = name.substring(dot + 1);
        return renderers.values().stream().filter(r -> r.extensions().contains(ext)).map(Renderer::format)
                .findFirst();
    }

    @Override
    public List<String> pluginProblems() {
        return plugins.problems;
    }

    @Override
    public List<TemplateInfo> templates(String type) {
        if (FRAME.equals(type)) {
            return TemplateCatalog.list(templates.userDirectory().orElse(null), FRAME, DefaultReportEngine.class,
                    FRAME_RESOURCES);
        }
        SectionPlugin<?> plugin = plugins.sections.get(type);
        if (plugin == null) {
            throw new ZongjieException("unknown section type '" + type + "'"
                    + Paths.didYouMean(type, plugins.sections.keySet()) + "; installed: "
                    + String.join(", ", new TreeSet<>(plugins.sections.keySet())) + ", and " + FRAME
                    + " for the opening and closing");
        }
        Class<?> owner = plugin.getClass();
        return TemplateCatalog.list(templates.userDirectory().orElse(null), type, owner,
                owner.getPackageName().replace('.', '/'));
    }

    @Override
    public List<SectionInfo> sections() {
        return plugins.sections.values().stream()
                .map(p -> new SectionInfo(p.type(), p.title(), p.description(), p.dataType(),
                        plugins.origins.getOrDefault(p.type(), "built in")))
                .sorted(Comparator.comparing(SectionInfo::type))
                .toList();
    }
}
