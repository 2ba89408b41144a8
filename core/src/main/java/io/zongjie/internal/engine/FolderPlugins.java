package io.zongjie.internal.engine;

import io.zongjie.api.ZongjieException;
import io.zongjie.spi.PluginModule;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the plugin jars of a folder, each in a class loader of its own, and instantiates their
 * {@link PluginModule}s. A jar that cannot be used is skipped with a problem naming it; the others are unaffected.
 *
 * <p>Each jar's loader is a child of the engine's loader, so the jar shares the SPI classes (and Guice, Jackson,
 * Bean Validation) with the engine, while its own classes stay out of every other plugin's sight.
 */
final class FolderPlugins {

    private static final Logger LOG = LoggerFactory.getLogger(FolderPlugins.class);
    static final String SERVICES = "META-INF/services/" + PluginModule.class.getName();

    /**
     * A usable plugin jar.
     *
     * @param name    the jar as messages name it: the folder as given, then the file name
     * @param loader  the jar's own class loader
     * @param modules the modules it lists in its services file, instantiated
     */
    record Jar(String name, URLClassLoader loader, List<PluginModule> modules) {
        void close() {
            try {
                loader.close();
            } catch (IOException e) {
                LOG.debug("could not close the class loader of {}", name, e);
            }
        }
    }

    private FolderPlugins() {
    }

    /** Every usable jar in {@code folder}, in file-name order; each unusable one adds a problem and is skipped. */
    static List<Jar> open(Path folder, ClassLoader parent, List<String> problems) {
        if (!Files.isDirectory(folder)) {
            throw new ZongjieException("plugin folder " + folder + " does not exist or is not a folder");
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".jar"))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new ZongjieException("cannot list the plugin folder " + folder + ": " + e.getMessage(), e);
        }
        List<Jar> jars = new ArrayList<>();
        for (Path file : files) {
            String name = file.toString();
            try {
                jars.add(open(file, name, parent));
            } catch (Skipped e) {
                problems.add(name + ": " + e.getMessage() + "; skipped");
                LOG.debug("plugin jar {} skipped", name, e);
            }
        }
        return jars;
    }

    private static Jar open(Path file, String name, ClassLoader parent) throws Skipped {
        // Check the jar before any of its classes is loaded: a jar that is not a plugin, or one built for another
        // SPI, is refused by its metadata rather than by a linkage error in the middle of a report.
        try (JarFile jar = new JarFile(file.toFile())) {
            if (jar.getEntry(SERVICES) == null) {
                throw new Skipped("not a zongjie plugin: it has no " + SERVICES);
            }
            checkSpiVersion(jar.getManifest());
        } catch (IOException | SecurityException e) {
            throw new Skipped("cannot be read as a jar (" + e.getMessage() + ")", e);
        }
        URLClassLoader loader;
        try {
            loader = new URLClassLoader("zongjie-plugin " + file.getFileName(), new URL[] {file.toUri().toURL()},
                    parent);
        } catch (MalformedURLException e) {
            throw new Skipped("cannot be loaded (" + e.getMessage() + ")", e);
        }
        List<PluginModule> modules = new ArrayList<>();
        try {
            // The services lookup also sees the parent's plugins (the built-ins); keep this jar's own only.
            Iterator<ServiceLoader.Provider<PluginModule>> providers =
                    ServiceLoader.load(PluginModule.class, loader).stream().iterator();
            while (providers.hasNext()) {
                ServiceLoader.Provider<PluginModule> provider = providers.next();
                if (provider.type().getClassLoader() == loader) {
                    modules.add(provider.get());
                }
            }
        } catch (ServiceConfigurationError | LinkageError | RuntimeException e) {
            close(loader);
            throw new Skipped("its plugin module could not be created (" + reason(e) + ")", e);
        }
        if (modules.isEmpty()) {
            close(loader);
            throw new Skipped("its " + SERVICES + " lists no plugin module of its own");
        }
        return new Jar(name, loader, List.copyOf(modules));
    }

    private static void checkSpiVersion(Manifest manifest) throws Skipped {
        String declared = manifest == null ? null
                : manifest.getMainAttributes().getValue(new Attributes.Name(PluginModule.SPI_VERSION_ATTRIBUTE));
        if (declared == null || declared.isBlank()) {
            throw new Skipped("its manifest declares no " + PluginModule.SPI_VERSION_ATTRIBUTE + " (this zongjie "
                    + "implements SPI version " + PluginModule.SPI_VERSION + "); rebuild it as docs/PLUGINS.md shows");
        }
        int version;
        try {
            version = Integer.parseInt(declared.strip());
        } catch (NumberFormatException e) {
            throw new Skipped(PluginModule.SPI_VERSION_ATTRIBUTE + " '" + declared + "' is not a whole number", e);
        }
        if (version != PluginModule.SPI_VERSION) {
            throw new Skipped("built for zongjie SPI version " + version + ", but this zongjie implements version "
                    + PluginModule.SPI_VERSION + "; use a build of the plugin made for this zongjie");
        }
    }

    /** The most telling message of a failure: ServiceLoader wraps the constructor's exception. */
    static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage();
        return root.getClass().getSimpleName() + (message == null ? "" : ": " + message.lines().findFirst()
                .orElse(""));
    }

    private static void close(URLClassLoader loader) {
        try {
            loader.close();
        } catch (IOException e) {
            LOG.debug("could not close {}", loader.getName(), e);
        }
    }

    /** Why one jar is skipped; never escapes this class. */
    private static final class Skipped extends Exception {
        private static final long serialVersionUID = 1L;

        Skipped(String message) {
            super(message, null, false, false);
        }

        Skipped(String message, Throwable cause) {
            super(message, cause, false, false);
        }
    }
}
