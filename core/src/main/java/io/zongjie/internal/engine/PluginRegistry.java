package io.zongjie.internal.engine;

import com.google.inject.Binding;
import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Key;
import com.google.inject.Module;
import com.google.inject.Stage;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.MapBinderBinding;
import com.google.inject.multibindings.MultibindingsTargetVisitor;
import com.google.inject.spi.DefaultBindingTargetVisitor;
import com.google.inject.spi.Element;
import com.google.inject.spi.Elements;
import com.google.inject.spi.Message;
import io.zongjie.api.PluginJarInfo;
import io.zongjie.api.ReportEngine;
import io.zongjie.api.ZongjieException;
import io.zongjie.api.pdf.PdfProfile;
import io.zongjie.spi.PluginModule;
import io.zongjie.spi.Renderer;
import io.zongjie.spi.SectionPlugin;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds plugin modules, checks that no two claim one section type, and wires everything with Guice.
 *
 * <p>Plugins on the class path (and modules the host adds) are trusted: any failure among them stops the start-up.
 * Plugins from a plugin folder are not: each jar gets its own class loader and its own injector, so that a jar that
 * fails to configure or start, or that claims a type or format already taken, is skipped with a problem naming it
 * while every other plugin keeps working.
 */
final class PluginRegistry implements InstalledPlugins, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PluginRegistry.class);
    private static final Logger PROBLEMS = LoggerFactory.getLogger(ReportEngine.PLUGIN_PROBLEMS_LOGGER);
    private static final Key<Map<String, SectionPlugin<?>>> SECTIONS =
            Key.get(new TypeLiteral<Map<String, SectionPlugin<?>>>() { });
    /** The sections registered by class alone ({@code PluginModule.section(Class)}): their type is their type(). */
    private static final Key<Map<Class<?>, SectionPlugin<?>>> BY_CLASS =
            Key.get(new TypeLiteral<Map<Class<?>, SectionPlugin<?>>>() { });
    private static final Key<Set<Renderer>> RENDERERS = Key.get(new TypeLiteral<Set<Renderer>>() { });

    private final Map<String, SectionPlugin<?>> sections;
    private final Map<String, String> origins;
    private final Set<Renderer> renderers;
    /** Why folder plugins were skipped, one message per jar, each starting with the jar's name. */
    private final List<String> problems;
    /** The folder jars taken, whose class loaders {@link #close} closes. */
    private final List<FolderPlugins.Jar> loaded;
    /** What each folder jar taken adds, with its SHA-256, in file-name order. */
    private final List<PluginJarInfo> jars;

    /**
     * @param loadTimeout how long one folder jar may take to load (class initialisation, modules, injector)
     */
    PluginRegistry(List<Module> extraModules, ClassLoader loader, boolean discover, Path pluginDirectory,
            PdfProfile pdfProfile, java.util.Locale messages, Duration loadTimeout) {
        List<Module> modules = new ArrayList<>();
        modules.add(new CoreModule(pdfProfile, messages));
        if (discover) {
            try {
                for (PluginModule m : ServiceLoader.load(PluginModule.class, loader)) {
                    modules.add(m);
                }
            } catch (ServiceConfigurationError e) {
                throw new ZongjieException("a plugin could not be loaded: " + e.getMessage(), e);
            }
        }
        modules.addAll(extraModules);

        // Configure each module once, remembering which section types it claims, so that a clash can name both.
        List<Element> all = new ArrayList<>();
        Map<String, Module> claims = new LinkedHashMap<>();
        Map<Object, Module> classClaims = new LinkedHashMap<>();
        Map<String, String> origin = new LinkedHashMap<>();
        for (Module module : modules) {
            List<Element> elements;
            try {
                elements = Elements.getElements(Stage.PRODUCTION, module);
            } catch (RuntimeException e) {
                throw new ZongjieException("plugin module " + describe(module) + " failed to configure: " + e, e);
            }
            for (String type : claimedTypes(elements)) {
                Module previous = claims.putIfAbsent(type, module);
                if (previous != null) {
                    throw new ZongjieException("section type '" + type + "' is claimed by two plugins: "
                            + describe(previous) + " and " + describe(module)
                            + "; remove one of them or rename its type");
                }
                origin.put(type, originOf(module));
            }
            for (Object sectionClass : claimedKeys(elements, BY_CLASS)) {
                classClaims.put(sectionClass, module);
            }
            all.addAll(elements);
        }
        Injector injector;
        try {
            injector = Guice.createInjector(Stage.PRODUCTION, Elements.getModule(all));
        } catch (CreationException e) {
            throw new ZongjieException("plugins failed to start:\n" + e.getErrorMessages().stream()
                    .map(Message::getMessage).map(m -> "  " + m.lines().findFirst().orElse(m))
                    .collect(Collectors.joining("\n")), e);
        }
        Map<String, SectionPlugin<?>> sectionMap = new LinkedHashMap<>(injector.getInstance(SECTIONS));
        Set<Renderer> rendererSet = new LinkedHashSet<>(injector.getInstance(RENDERERS));
        for (Map.Entry<String, SectionPlugin<?>> e : sectionMap.entrySet()) {
            if (!e.getKey().equals(e.getValue().type())) {
                throw new ZongjieException("plugin " + e.getValue().getClass().getName() + " is registered as '"
                        + e.getKey() + "' but says its type is '" + e.getValue().type() + "'");
            }
        }
        for (Map.Entry<Class<?>, SectionPlugin<?>> e : injector.getInstance(BY_CLASS).entrySet()) {
            String type = e.getValue().type();
            Module module = classClaims.get(e.getKey());
            Module previous = claims.putIfAbsent(type, module);
            if (previous != null) {
                throw new ZongjieException("section type '" + type + "' is claimed by two plugins: "
                        + describe(previous) + " and " + describe(module) + "; remove one of them or rename its type");
            }
            sectionMap.put(type, e.getValue());
            origin.put(type, originOf(module));
        }
        io.zongjie.api.Messages words = io.zongjie.api.Messages.of(messages);
        List<String> skipped = new ArrayList<>();
        List<FolderPlugins.Jar> taken = new ArrayList<>();
        List<PluginJarInfo> infos = new ArrayList<>();
        if (pluginDirectory != null) {
            Map<String, String> claimedBy = new LinkedHashMap<>();
            claims.forEach((type, module) -> claimedBy.put(type, describe(module)));
            for (Path file : FolderPlugins.jarFiles(pluginDirectory)) {
                String name = file.toString();
                Map<String, String> claimedNow = Map.copyOf(claimedBy);
                Set<String> formatsNow = rendererSet.stream().map(Renderer::format)
                        .collect(Collectors.toUnmodifiableSet());
                try {
                    FolderJar jar = FolderPlugins.underDeadline(name, loadTimeout, () -> {
                        FolderPlugins.Jar opened = FolderPlugins.open(file, name, loader);
                        try {
                            return startFolderJar(opened, claimedNow, formatsNow, words);
                        } catch (SkippedJar | RuntimeException | Error e) {
                            opened.close();
                            throw e;
                        }
                    });
                    skipped.addAll(jar.refused());
                    if (jar.sections().isEmpty() && jar.renderers().isEmpty()) {
                        jar.jar().close(); // each of its sections was refused, with a problem of its own
                        continue;
                    }
                    claimedBy.putAll(jar.claims());
                    jar.claims().keySet().forEach(type -> origin.put(type, name));
                    sectionMap.putAll(jar.sections());
                    rendererSet.addAll(jar.renderers());
                    taken.add(jar.jar());
                    infos.add(new PluginJarInfo(name, jar.jar().sha256(), new TreeSet<>(jar.sections().keySet())
                            .stream().toList(), jar.renderers().stream().map(Renderer::format).sorted().toList()));
                    LOG.debug("plugin jar {} (sha256 {}) adds sections {} and formats {}", name, jar.jar().sha256(),
                            jar.sections().keySet(), jar.renderers().stream().map(Renderer::format).toList());
                } catch (SkippedJar e) {
                    skipped.add(words.format(io.zongjie.api.Message.of("jar.skipped", name, e.reason())));
                    LOG.debug("plugin jar {} skipped", name, e);
                }
            }
            skipped.sort(null); // by jar path, as the messages start with it
            skipped.forEach(PROBLEMS::warn);
        }
        this.sections = Map.copyOf(sectionMap);
        this.renderers = Set.copyOf(rendererSet);
        this.origins = Map.copyOf(origin);
        this.problems = List.copyOf(skipped);
        this.loaded = List.copyOf(taken);
        this.jars = List.copyOf(infos);
    }

    @Override
    public Map<String, SectionPlugin<?>> sections() {
        return sections;
    }

    @Override
    public Set<Renderer> renderers() {
        return renderers;
    }

    @Override
    public String origin(String type) {
        return origins.getOrDefault(type, "built in");
    }

    @Override
    public List<String> problems() {
        return problems;
    }

    /** Closes the class loaders of the folder jars; their plugins must not be called afterwards. */
    @Override
    public void close() {
        loaded.forEach(FolderPlugins.Jar::close);
    }

    /** {@return what each folder jar taken adds, with the SHA-256 of its bytes} */
    List<PluginJarInfo> jars() {
        return jars;
    }

    /**
     * A started folder jar: what it adds, not yet added, and the problems of the sections it registered that were
     * refused alone.
     */
    private record FolderJar(FolderPlugins.Jar jar, Map<String, SectionPlugin<?>> sections, Set<Renderer> renderers,
            Map<String, String> claims, List<String> refused) {
    }

    /**
     * Configures and starts one folder jar in an injector of its own and checks its types and formats against those
     * already installed; the caller adds them only if all is well: a jar that fails to configure or start, or claims
     * what is taken, is refused whole. A section registered under another type than its own is refused alone, with a
     * problem of its own; the jar's other sections are taken. Runs on the jar's loading thread, so everything here
     * that runs the jar's code is under the load deadline.
     */
    private static FolderJar startFolderJar(FolderPlugins.Jar jar, Map<String, String> claimedBy,
            Set<String> formats, io.zongjie.api.Messages words) throws SkippedJar {
        List<Element> elements = new ArrayList<>();
        Map<String, String> jarClaims = new LinkedHashMap<>();
        Map<Object, String> classClaims = new LinkedHashMap<>();
        List<String> refused = new ArrayList<>();
        for (PluginModule module : jar.modules()) {
            List<Element> own;
            try {
                own = Elements.getElements(Stage.PRODUCTION, module);
            } catch (RuntimeException | Error e) {
                throw new SkippedJar(io.zongjie.api.Message.of("jar.configure", module.getClass().getName(),
                        FolderPlugins.reason(e)));
            }
            // Guice records an exception thrown in configure() as an error message rather than throwing it.
            for (Element element : own) {
                if (element instanceof Message message) {
                    throw new SkippedJar(io.zongjie.api.Message.of("jar.configure", module.getClass().getName(),
                            message.getCause() != null ? FolderPlugins.reason(message.getCause())
                                    : message.getMessage().lines().findFirst().orElse("")));
                }
            }
            for (String type : claimedTypes(own)) {
                String previous = claimedBy.get(type);
                if (previous != null) {
                    throw new SkippedJar(io.zongjie.api.Message.of("jar.typeTaken", type, module.getClass().getName(),
                            previous));
                }
                jarClaims.put(type, module.getClass().getName() + " (" + jar.name() + ")");
            }
            for (Object sectionClass : claimedKeys(own, BY_CLASS)) {
                classClaims.put(sectionClass, module.getClass().getName());
            }
            elements.addAll(own);
        }
        Map<String, SectionPlugin<?>> own = new LinkedHashMap<>();
        Set<Renderer> ownRenderers;
        try {
            Injector injector = Guice.createInjector(Stage.PRODUCTION, Elements.getModule(elements));
            Map<String, SectionPlugin<?>> keyed = injector.getExistingBinding(SECTIONS) == null ? Map.of()
                    : injector.getInstance(SECTIONS);
            for (Map.Entry<String, SectionPlugin<?>> e : keyed.entrySet()) {
                String type = e.getValue().type();
                if (e.getKey().equals(type)) {
                    own.put(type, e.getValue());
                } else {
                    refused.add(words.format(io.zongjie.api.Message.of("jar.misregistered", jar.name(),
                            e.getValue().getClass().getName(), e.getKey(), type,
                            e.getValue().getClass().getSimpleName())));
                    jarClaims.remove(e.getKey());
                }
            }
            Map<Class<?>, SectionPlugin<?>> byClass = injector.getExistingBinding(BY_CLASS) == null ? Map.of()
                    : injector.getInstance(BY_CLASS);
            for (Map.Entry<Class<?>, SectionPlugin<?>> e : byClass.entrySet()) {
                String type = e.getValue().type();
                String module = classClaims.get(e.getKey());
                String previous = claimedBy.containsKey(type) ? claimedBy.get(type) : jarClaims.get(type);
                if (previous != null) {
                    throw new SkippedJar(io.zongjie.api.Message.of("jar.typeTaken", type, module, previous));
                }
                own.put(type, e.getValue());
                jarClaims.put(type, module + " (" + jar.name() + ")");
            }
            ownRenderers = injector.getExistingBinding(RENDERERS) == null ? Set.of() : injector.getInstance(RENDERERS);
            for (SectionPlugin<?> plugin : own.values()) {
                // asked here, under the load deadline, so that one that fails or hangs is found now
                if (plugin.dataType() == null || plugin.description() == null) {
                    throw new SkippedJar(io.zongjie.api.Message.of("jar.returnsNo", plugin.getClass().getName(),
                            plugin.dataType() == null ? "dataType()" : "description()"));
                }
            }
            for (Renderer r : ownRenderers) {
                r.format();
                r.extensions();
            }
        } catch (CreationException e) {
            throw new SkippedJar(io.zongjie.api.Message.of("jar.start", e.getErrorMessages().stream()
                    .map(m -> m.getCause() != null ? FolderPlugins.reason(m.getCause())
                            : m.getMessage().lines().findFirst().orElse(""))
                    .distinct().collect(Collectors.joining("; "))));
        } catch (RuntimeException | Error e) {
            throw new SkippedJar(io.zongjie.api.Message.of("jar.start", FolderPlugins.reason(e)));
        }
        Set<String> taken = new java.util.HashSet<>(formats);
        for (Renderer r : ownRenderers) {
            if (!taken.add(r.format())) {
                throw new SkippedJar(io.zongjie.api.Message.of("jar.formatTaken", r.format(), r.getClass().getName()));
            }
        }
        if (own.isEmpty() && ownRenderers.isEmpty() && refused.isEmpty()) {
            throw new SkippedJar(io.zongjie.api.Message.of("jar.empty"));
        }
        return new FolderJar(jar, own, ownRenderers, jarClaims, List.copyOf(refused));
    }

    /** The section types a module's elements register in the sections map. */
    private static List<String> claimedTypes(List<Element> elements) {
        return claimedKeys(elements, SECTIONS).stream().map(String::valueOf).toList();
    }

    /** The keys a module's elements put into the map binding {@code map}. */
    private static List<Object> claimedKeys(List<Element> elements, Key<?> map) {
        List<Object> keys = new ArrayList<>();
        for (Element element : elements) {
            if (element instanceof Binding<?> binding && binding.getKey().equals(map)) {
                binding.acceptTargetVisitor(new MapVisitor(elements, keys));
            }
        }
        return keys;
    }

    private static final class MapVisitor extends DefaultBindingTargetVisitor<Object, Void>
            implements MultibindingsTargetVisitor<Object, Void> {
        private final List<Element> elements;
        private final List<Object> keys;

        MapVisitor(List<Element> elements, List<Object> keys) {
            this.elements = elements;
            this.keys = keys;
        }

        @Override
        public Void visit(MapBinderBinding<?> mapBinding) {
            for (Map.Entry<?, Binding<?>> entry : mapBinding.getEntries(elements)) {
                keys.add(entry.getKey());
            }
            return null;
        }

        @Override
        public Void visit(com.google.inject.multibindings.MultibinderBinding<?> multibinding) {
            return null;
        }

        @Override
        public Void visit(com.google.inject.multibindings.OptionalBinderBinding<?> optionalbinding) {
            return null;
        }
    }

    static String describe(Module module) {
        return module.getClass().getName() + " (" + originOf(module) + ")";
    }

    /** The jar or class folder a module's class came from, by file name. */
    static String originOf(Module module) {
        CodeSource source = module.getClass().getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return "built in";
        }
        try {
            Path path = Path.of(source.getLocation().toURI());
            Path name = path.getFileName();
            return name == null ? path.toString() : name.toString();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return source.getLocation().toString();
        }
    }
}
