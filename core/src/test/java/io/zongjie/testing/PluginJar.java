package io.zongjie.testing;

import io.zongjie.spi.PluginModule;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds a plugin jar in a test, from Java sources compiled on the spot with {@link JavaCompiler}: what a plugin
 * author's build would produce, so tests can drop real jars into a plugin folder without a separate build.
 *
 * <pre>{@code
 * Path jar = PluginJar.named("hello.jar")
 *         .source("org.example.HelloModule", "package org.example; public class HelloModule ...")
 *         .service("org.example.HelloModule")
 *         .resource("org/example/hello.vm", "<p>你好</p>")
 *         .writeTo(pluginFolder);
 * }</pre>
 *
 * <p>The jar's manifest states {@code Zongjie-SPI-Version: 1} unless {@link #spiVersion} says otherwise.
 */
public final class PluginJar {

    /** Classes whose jars (or class folders) plugin sources compile against. */
    private static final List<String> COMPILE_AGAINST = List.of("io.zongjie.spi.PluginModule",
            "com.google.inject.AbstractModule", "jakarta.inject.Inject", "jakarta.validation.constraints.NotNull",
            "com.fasterxml.jackson.annotation.JsonProperty");

    private final String fileName;
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final List<Path> sourceTrees = new ArrayList<>();
    private final Map<String, byte[]> resources = new LinkedHashMap<>();
    private final Set<String> services = new LinkedHashSet<>();
    private String spiVersion = String.valueOf(PluginModule.SPI_VERSION);

    private PluginJar(String fileName) {
        this.fileName = fileName;
    }

    /** Starts a jar with the given file name, such as {@code women.jar}. */
    public static PluginJar named(String fileName) {
        return new PluginJar(fileName);
    }

    /**
     * A complete little section plugin of type {@code type} in package {@code pkg}: its data is {@code count}, it
     * publishes one headline figure and writes 「TYPE活动开展N次。」 through its template {@code TYPE.vm}. The three
     * code snippets go into the module's constructor, its {@code configure()} and the section's constructor, to
     * make a plugin that fails there.
     */
    public static PluginJar section(String jarName, String pkg, String type, String moduleConstructor,
            String configure, String sectionConstructor) {
        return section(jarName, pkg, type, new Code().moduleConstructor(moduleConstructor).configure(configure)
                .sectionConstructor(sectionConstructor));
    }

    /**
     * Code to put into the places of a {@link #section} plugin, to make one that misbehaves there: each snippet runs
     * first in its place (a {@code return} in {@code dataType} or {@code render} is allowed, as {@code if (true)}).
     */
    public static final class Code {
        private String moduleStatic = "";
        private String moduleConstructor = "";
        private String configure = "";
        private String sectionConstructor = "";
        private String dataType = "";
        private String validate = "";
        private String render = "";

        /** In a static initialiser of the module class. */
        public Code moduleStatic(String code) {
            this.moduleStatic = code;
            return this;
        }

        /** In the module's constructor. */
        public Code moduleConstructor(String code) {
            this.moduleConstructor = code;
            return this;
        }

        /** In the module's {@code configure()}. */
        public Code configure(String code) {
            this.configure = code;
            return this;
        }

        /** In the section's constructor (run when the jar's injector starts). */
        public Code sectionConstructor(String code) {
            this.sectionConstructor = code;
            return this;
        }

        /** In the section's {@code dataType()}. */
        public Code dataType(String code) {
            this.dataType = code;
            return this;
        }

        /** In the section's {@code validate()}. */
        public Code validate(String code) {
            this.validate = code;
            return this;
        }

        /** In the section's {@code render()}. */
        public Code render(String code) {
            this.render = code;
            return this;
        }
    }

    /** A complete little section plugin of type {@code type}, with {@code code} in the places it names. */
    public static PluginJar section(String jarName, String pkg, String type, Code code) {
        return named(jarName)
                .source(pkg + ".Module", "package " + pkg + ";\n"
                        + "public class Module extends io.zongjie.spi.PluginModule {\n"
                        + "  static { " + code.moduleStatic + " }\n"
                        + "  public Module() { " + code.moduleConstructor + " }\n"
                        + "  @Override protected void configure() { " + code.configure
                        + " section(\"" + type + "\", Section.class); }\n"
                        + "}\n")
                .source(pkg + ".Section", "package " + pkg + ";\n"
                        + "import io.zongjie.document.Block;\nimport io.zongjie.spi.*;\nimport java.util.List;\n"
                        + "public class Section implements SectionPlugin<Section.Data> {\n"
                        + "  public record Data(@jakarta.validation.constraints.PositiveOrZero Integer count) { }\n"
                        + "  public Section() { " + code.sectionConstructor + " }\n"
                        + "  public String type() { return \"" + type + "\"; }\n"
                        + "  public String title() { return \"" + type + "工作\"; }\n"
                        + "  public String description() { return \"a test section\"; }\n"
                        + "  public Class<Data> dataType() { " + code.dataType + " return Data.class; }\n"
                        + "  @Override public void validate(Data d, Problems p) { " + code.validate + " }\n"
                        + "  public List<Block> render(Data d, SectionContext c) {\n"
                        + "    " + code.render + "\n"
                        + "    c.publish(Figure.headline(\"" + type + ".count\", \"开展" + type + "活动\", d.count(), \"次\"));\n"
                        + "    return c.template(\"" + type + ".vm\").with(\"data\", d).render();\n"
                        + "  }\n"
                        + "}\n")
                .resource(pkg.replace('.', '/') + "/" + type + ".vm", "## The " + type + " section.\n"
                        + "## Variables:\n##   $data   Data: count\n##   $report, $title, $fmt\n"
                        + "<p>" + type + "活动开展${fmt.count($data.count, '次')}。</p>\n")
                .service(pkg + ".Module");
    }

    /** A complete little section plugin of type {@code type}; see the other overload. */
    public static PluginJar section(String jarName, String pkg, String type) {
        return section(jarName, pkg, type, "", "", "");
    }

    /** Adds a Java source for the class {@code className} (fully qualified). */
    public PluginJar source(String className, String code) {
        sources.put(className, code);
        return this;
    }

    /**
     * Adds a Maven-style project's sources and resources: every {@code .java} file under
     * {@code project/src/main/java}, every file under {@code project/src/main/resources} (services files too).
     */
    public PluginJar project(Path project) {
        sourceTrees.add(project.resolve("src/main/java"));
        Path res = project.resolve("src/main/resources");
        if (Files.isDirectory(res)) {
            try (Stream<Path> files = Files.walk(res)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    resources.put(res.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return this;
    }

    /** Adds a resource, such as a template, at {@code path} inside the jar. */
    public PluginJar resource(String path, String text) {
        resources.put(path, text.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Lists {@code moduleClass} in {@code META-INF/services/io.zongjie.spi.PluginModule}. */
    public PluginJar service(String moduleClass) {
        services.add(moduleClass);
        return this;
    }

    /** The manifest's {@code Zongjie-SPI-Version}; {@code null} leaves the attribute out. */
    public PluginJar spiVersion(String version) {
        this.spiVersion = version;
        return this;
    }

    /** Compiles the sources and writes the jar into {@code folder}; returns the jar's path. */
    public Path writeTo(Path folder) throws IOException {
        Path work = Files.createTempDirectory("zongjie-plugin-jar");
        Path src = Files.createDirectories(work.resolve("src"));
        Path classes = Files.createDirectories(work.resolve("classes"));
        List<String> files = new ArrayList<>();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Path file = src.resolve(e.getKey().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue());
            files.add(file.toString());
        }
        for (Path tree : sourceTrees) {
            try (Stream<Path> walk = Files.walk(tree)) {
                walk.filter(p -> p.toString().endsWith(".java")).forEach(p -> files.add(p.toString()));
            }
        }
        if (!files.isEmpty()) {
            compile(files, classes);
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (spiVersion != null) {
            manifest.getMainAttributes().put(new Attributes.Name(PluginModule.SPI_VERSION_ATTRIBUTE), spiVersion);
        }
        Path jar = Files.createDirectories(folder).resolve(fileName);
        try (OutputStream os = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(os, manifest)) {
            try (Stream<Path> walk = Files.walk(classes)) {
                for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                    put(out, classes.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
                }
            }
            for (Map.Entry<String, byte[]> e : resources.entrySet()) {
                put(out, e.getKey(), e.getValue());
            }
            if (!services.isEmpty()) {
                put(out, "META-INF/services/" + PluginModule.class.getName(),
                        (String.join("\n", services) + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return jar;
    }

    private static void put(JarOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    private static void compile(List<String> files, Path classes) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("no Java compiler: run the tests on a JDK, not a JRE");
        }
        List<String> args = new ArrayList<>(List.of("--release", "17", "-encoding", "UTF-8", "-proc:none",
                "-classpath", classPath(), "-d", classes.toString()));
        args.addAll(files);
        java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
        int code = compiler.run(null, log, log, args.toArray(String[]::new));
        if (code != 0) {
            throw new IllegalStateException("the plugin's sources do not compile:\n"
                    + log.toString(StandardCharsets.UTF_8));
        }
    }

    /** The jars or class folders of the SPI and the libraries a plugin compiles against, from the running JVM. */
    private static String classPath() {
        Set<String> entries = new LinkedHashSet<>();
        for (String name : COMPILE_AGAINST) {
            try {
                Class<?> c = Class.forName(name, false, PluginJar.class.getClassLoader());
                entries.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (ClassNotFoundException | URISyntaxException e) {
                throw new IllegalStateException("cannot find " + name + " to compile a plugin against", e);
            }
        }
        return String.join(java.io.File.pathSeparator, entries);
    }
}
