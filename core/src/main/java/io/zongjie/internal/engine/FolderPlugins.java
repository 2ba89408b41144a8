package io.zongjie.internal.engine;

import io.zongjie.api.Message;
import io.zongjie.api.PluginExitCall;
import io.zongjie.api.ZongjieException;
import io.zongjie.spi.PluginModule;
import java.io.IOException;
import java.io.InputStream;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
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
 *
 * <p>Everything that runs a jar's code while it loads (class initialisation, module creation, {@code configure()},
 * the injector that creates its sections) runs through {@link #underDeadline} on a daemon thread of its own: a jar
 * that throws anything (an {@code Error} too), loops, or calls {@code System.exit} there is skipped, and the
 * caller goes on.
 */
final class FolderPlugins {

    private static final Logger LOG = LoggerFactory.getLogger(FolderPlugins.class);
    static final String SERVICES = "META-INF/services/" + PluginModule.class.getName();
    private static final AtomicInteger THREADS = new AtomicInteger();

    /**
     * A usable plugin jar.
     *
     * @param name    the jar as messages name it: the folder as given, then the file name
     * @param sha256  the SHA-256 of its bytes when it was opened
     * @param loader  the jar's own class loader
     * @param modules the modules it lists in its services file, instantiated
     */
    record Jar(String name, String sha256, URLClassLoader loader, List<PluginModule> modules) {
        void close() {
            try {
                loader.close();
            } catch (IOException e) {
                LOG.debug("could not close the class loader of {}", name, e);
            }
        }
    }

    /** Work on a jar that may fail with a reason to skip it. */
    @FunctionalInterface
    interface Load<T> {
        T run() throws SkippedJar;
    }

    private FolderPlugins() {
    }

    /** The {@code *.jar} files in {@code folder}, in file-name order. */
    static List<Path> jarFiles(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new ZongjieException(Message.of("engine.noPluginFolder", folder.toString()));
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".jar"))
                    .filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new ZongjieException("cannot list the plugin folder " + folder + ": " + e.getMessage(), e);
        }
    }

    /**
     * Runs one jar's loading on a daemon thread of its own and waits at most {@code timeout} for it. Anything it
     * throws, a deadline passed, or a call to {@code System.exit} becomes a {@link SkippedJar}; a thread that does
     * not end is abandoned (Java cannot stop it) but no longer holds the caller.
     */
    static <T> T underDeadline(String name, Duration timeout, Load<T> work) throws SkippedJar {
        FutureTask<T> task = new FutureTask<>(work::run);
        Thread thread = new Thread(task, PluginExitCall.LOAD_THREAD_PREFIX + THREADS.incrementAndGet());
        thread.setDaemon(true);
        thread.start();
        try {
            return PluginExit.await(task, () -> thread, timeout.toNanos());
        } catch (PluginExit.ExitCalled e) {
            throw new SkippedJar(Message.of("jar.exit", e.caller().frame()));
        } catch (TimeoutException e) {
            thread.interrupt();
            throw new SkippedJar(Message.of("jar.timeout", Durations.describe(timeout)));
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SkippedJar skipped) {
                throw skipped;
            }
            throw new SkippedJar(Message.of("jar.failedToLoad", reason(cause)), cause);
        } catch (InterruptedException e) {
            thread.interrupt();
            Thread.currentThread().interrupt();
            throw new SkippedJar(Message.of("jar.interrupted"));
        }
    }

    /** Opens one jar: checks its metadata, hashes it, gives it a class loader and instantiates its modules. */
    static Jar open(Path file, String name, ClassLoader parent) throws SkippedJar {
        // Check the jar before any of its classes is loaded: a jar that is not a plugin, or one built for another
        // SPI, is refused by its metadata rather than by a linkage error in the middle of a report.
        try (JarFile jar = new JarFile(file.toFile())) {
            if (jar.getEntry(SERVICES) == null) {
                throw new SkippedJar(Message.of("jar.notPlugin", SERVICES));
            }
            checkSpiVersion(jar.getManifest());
        } catch (IOException | SecurityException e) {
            throw new SkippedJar(Message.of("jar.notJar", String.valueOf(e.getMessage())), e);
        }
        String sha256 = sha256(file);
        URLClassLoader loader;
        try {
            loader = new URLClassLoader(PluginExitCall.LOADER_PREFIX + name, new URL[] {file.toUri().toURL()}, parent);
            loader.findResource(SERVICES); // opens the jar now, so the bytes just hashed are the ones that run
        } catch (MalformedURLException e) {
            throw new SkippedJar(Message.of("jar.cannotLoad", String.valueOf(e.getMessage())), e);
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
        } catch (RuntimeException | Error e) { // ServiceConfigurationError too
            close(loader);
            throw new SkippedJar(Message.of("jar.moduleNotCreated", reason(e)), e);
        }
        if (modules.isEmpty()) {
            close(loader);
            throw new SkippedJar(Message.of("jar.noModule", SERVICES));
        }
        return new Jar(name, sha256, loader, List.copyOf(modules));
    }

    private static String sha256(Path file) throws SkippedJar {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new SkippedJar(Message.of("jar.unreadable", String.valueOf(e.getMessage())), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private static void checkSpiVersion(Manifest manifest) throws SkippedJar {
        String declared = manifest == null ? null
                : manifest.getMainAttributes().getValue(new Attributes.Name(PluginModule.SPI_VERSION_ATTRIBUTE));
        if (declared == null || declared.isBlank()) {
            throw new SkippedJar(Message.of("jar.noSpiVersion", PluginModule.SPI_VERSION_ATTRIBUTE,
                    PluginModule.SPI_VERSION));
        }
        int version;
        try {
            version = Integer.parseInt(declared.strip());
        } catch (NumberFormatException e) {
            throw new SkippedJar(Message.of("jar.spiNotNumber", PluginModule.SPI_VERSION_ATTRIBUTE, declared), e);
        }
        if (version != PluginModule.SPI_VERSION) {
            throw new SkippedJar(Message.of("jar.otherSpi", version, PluginModule.SPI_VERSION));
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
}
