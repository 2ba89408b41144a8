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
import io.zongjie.api.ZongjieException;
import io.zongjie.api.pdf.PdfProfile;
import io.zongjie.spi.PluginModule;
import io.zongjie.spi.Renderer;
import io.zongjie.spi.SectionPlugin;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds plugin modules, checks that no two claim one section type, and wires everything with Guice.
 */
final class PluginRegistry {

    private static final Key<Map<String, SectionPlugin<?>>> SECTIONS =
            Key.get(new TypeLiteral<Map<String, SectionPlugin<?>>>() { });
    private static final Key<Set<Renderer>> RENDERERS = Key.get(new TypeLiteral<Set<Renderer>>() { });

    final Map<String, SectionPlugin<?>> sections;
    final Map<String, String> origins;
    final Set<Renderer> renderers;

    PluginRegistry(List<Module> extraModules, ClassLoader loader, boolean discover, PdfProfile pdfProfile) {
        List<Module> modules = new ArrayList<>();
        modules.add(new CoreModule(pdfProfile));
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
        this.sections = Map.copyOf(injector.getInstance(SECTIONS));
        this.renderers = Set.copyOf(injector.getInstance(RENDERERS));
        this.origins = Map.copyOf(origin);
        for (Map.Entry<String, SectionPlugin<?>> e : sections.entrySet()) {
            if (!e.getKey().equals(e.getValue().type())) {
                throw new ZongjieException("plugin " + e.getValue().getClass().getName() + " is registered as '"
                        + e.getKey() + "' but says its type is '" + e.getValue().type() + "'");
            }
        }
    }

    /** The section types a module's elements register in the sections map. */
    private static List<String> claimedTypes(List<Element> elements) {
        List<String> types = new ArrayList<>();
        for (Element element : elements) {
            if (element instanceof Binding<?> binding && binding.getKey().equals(SECTIONS)) {
                binding.acceptTargetVisitor(new MapVisitor(elements, types));
            }
        }
        return types;
    }

    private static final class MapVisitor extends DefaultBindingTargetVisitor<Object, Void>
            implements MultibindingsTargetVisitor<Object, Void> {
        private final List<Element> elements;
        private final List<String> types;

        MapVisitor(List<Element> elements, List<String> types) {
            this.elements = elements;
            this.types = types;
        }

        @Override
        public Void visit(MapBinderBinding<?> mapBinding) {
            for (Map.Entry<?, Binding<?>> entry : mapBinding.getEntries(elements)) {
                types.add(String.valueOf(entry.getKey()));
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
