package io.zongjie.internal.template;

import io.zongjie.api.TemplateInfo;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lists the templates of one section or of the frame: the {@code .vm} files beside the owner's class (in its jar or
 * class folder) and those in the user's override folder, each with where it resolves from and the variables its
 * leading comment block lists. Looks up exactly as {@link Templates#get} does: the user folder first.
 */
public final class TemplateCatalog {

    private static final Logger LOG = LoggerFactory.getLogger(TemplateCatalog.class);
    private static final Pattern VARIABLES = Pattern.compile("^\\s*Variables\\s*:\\s*(.*)$");
    private static final Pattern ENTRY = Pattern.compile("^(\\$\\w+(?:\\s*,\\s*\\$\\w+)*)\\s*(.*)$");
    private static final Pattern NAME = Pattern.compile("\\$\\w+");

    private TemplateCatalog() {
    }

    /**
     * The templates of {@code folder} ({@code frame} or a section type).
     *
     * @param userDirectory the override folder, or {@code null}
     * @param folder        {@code frame} or the section type: the override sub-folder
     * @param owner         the class whose package holds the built-in templates (the plugin class, or the engine)
     * @param resourceBase  the resource folder of the built-in templates, such as {@code io/zongjie/plugins/welfare}
     * @return the templates, by name
     */
    public static List<TemplateInfo> list(Path userDirectory, String folder, Class<?> owner, String resourceBase) {
        Set<String> names = new TreeSet<>(resourceNames(owner, resourceBase));
        Path userFolder = userDirectory == null ? null : userDirectory.resolve(folder);
        if (userFolder != null && Files.isDirectory(userFolder)) {
            try (Stream<Path> files = Files.list(userFolder)) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".vm")).forEach(names::add);
            } catch (IOException e) {
                LOG.debug("cannot list {}", userFolder, e);
            }
        }
        List<TemplateInfo> out = new ArrayList<>();
        for (String name : names) {
            Optional<TemplateSource> user = userFolder == null ? Optional.empty()
                    : TemplateSource.file(userDirectory, Path.of(folder, name));
            String resource = resourceBase + "/" + name;
            Optional<TemplateSource> builtIn = TemplateSource.resource(owner.getClassLoader(), resource);
            TemplateSource effective = user.or(() -> builtIn).orElseThrow();
            String source = user.isPresent()
                    ? user.get().name() + (builtIn.isPresent() ? " (overrides " + resource + ")" : "")
                    : resource + " in " + location(owner);
            out.add(header(name, source, user.isPresent(), effective.text()));
        }
        return out;
    }

    /** Parses the leading {@code ##} block of a template's text. */
    static TemplateInfo header(String name, String source, boolean overridden, String text) {
        List<String> summary = new ArrayList<>();
        List<String[]> variables = new ArrayList<>();
        boolean inVariables = false;
        for (String raw : text.lines().toList()) {
            String line = raw.strip();
            if (!line.startsWith("##")) {
                break;
            }
            String body = line.substring(2);
            String content = body.strip();
            Matcher marker = VARIABLES.matcher(body);
            if (!inVariables && marker.matches()) {
                inVariables = true;
                String rest = marker.group(1).strip();
                if (!rest.isEmpty()) {
                    // "## Variables: the same as opening.vm ($report, $fmt ...)": one entry per name, sharing the note
                    Matcher names = NAME.matcher(rest);
                    String note = rest.replaceAll("\\s*\\(\\$[^)]*\\)", "").strip(); // the list is in the names
                    while (names.find()) {
                        variables.add(new String[] {names.group(), note});
                    }
                }
                continue;
            }
            if (inVariables && !content.isEmpty()) {
                Matcher entry = ENTRY.matcher(content);
                int indent = body.length() - body.stripLeading().length();
                if (entry.matches()) {
                    variables.add(new String[] {entry.group(1), entry.group(2).strip()});
                    continue;
                }
                if (indent > 1 && !variables.isEmpty()) { // a deeper line continues the entry above it
                    String[] last = variables.get(variables.size() - 1);
                    last[1] = (last[1] + "\n" + content).strip(); // kept as lines: they are laid out by hand
                    continue;
                }
                inVariables = false; // a line at the outer indentation ends the list
            }
            if (!content.isEmpty()) {
                summary.add(content);
            }
        }
        return new TemplateInfo(name, source, overridden, String.join(" ", summary),
                variables.stream().map(v -> new TemplateInfo.Variable(v[0], v[1])).toList());
    }

    /**
     * The built-in templates of an owner: the {@code .vm} files in {@code base} of the jar or class folder
     * {@code owner} was loaded from.
     *
     * @param owner the plugin class (or the engine's, for the frame)
     * @param base  the resource folder, such as {@code io/zongjie/plugins/welfare}
     * @return the file names, sorted
     */
    public static Set<String> resourceNames(Class<?> owner, String base) {
        Set<String> names = new TreeSet<>();
        Path location = codeLocation(owner);
        if (location == null) {
            return names;
        }
        if (Files.isDirectory(location)) {
            try (Stream<Path> files = Files.list(location.resolve(base))) {
                files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".vm")).forEach(names::add);
            } catch (IOException e) {
                LOG.debug("cannot list {}", location.resolve(base), e);
            }
        } else if (Files.isRegularFile(location)) {
            for (String entry : jarTemplates(location)) {
                if (entry.startsWith(base + "/") && entry.indexOf('/', base.length() + 1) < 0) {
                    names.add(entry.substring(base.length() + 1));
                }
            }
        }
        return names;
    }

    /**
     * How messages name a built-in template: {@code contest.jar!org/example/contest/contest.vm} inside a jar (the
     * jar as {@code jarName} gives it, or its file name), the file's path in a class folder.
     *
     * @param owner    the class whose code source holds the template
     * @param jarName  how messages name that jar, or {@code null} for its file name
     * @param resource the template's resource name
     * @return the name
     */
    public static String locate(Class<?> owner, String jarName, String resource) {
        Path path = codeLocation(owner);
        if (path == null) {
            return resource;
        }
        if (Files.isDirectory(path)) {
            return path.resolve(resource).toString();
        }
        return (jarName != null ? jarName : String.valueOf(path.getFileName())) + "!" + resource;
    }

    /** A jar's file, with the size and time that tell a rebuilt jar from the one listed. */
    private record JarKey(Path file, long size, long modified) {
    }

    private static final java.util.Map<JarKey, List<String>> JAR_TEMPLATES = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * Every {@code .vm} entry of a jar, read once per jar and build: the plugins of one jar (the runnable jar holds all
     * the built-in ones, among some 24,000 entries) each look for theirs in the same list.
     */
    private static List<String> jarTemplates(Path jar) {
        JarKey key;
        try {
            key = new JarKey(jar.toAbsolutePath(), Files.size(jar), Files.getLastModifiedTime(jar).toMillis());
        } catch (IOException e) {
            LOG.debug("cannot read {}", jar, e);
            return List.of();
        }
        JAR_TEMPLATES.keySet().removeIf(k -> k.file().equals(key.file()) && !k.equals(key)); // a rebuilt jar
        return JAR_TEMPLATES.computeIfAbsent(key, k -> {
            List<String> found = new ArrayList<>();
            try (JarFile file = new JarFile(jar.toFile())) {
                Enumeration<JarEntry> entries = file.entries();
                while (entries.hasMoreElements()) {
                    String entry = entries.nextElement().getName();
                    if (entry.endsWith(".vm")) {
                        found.add(entry);
                    }
                }
            } catch (IOException e) {
                LOG.debug("cannot list {}", jar, e);
            }
            return List.copyOf(found);
        });
    }

    private static Path codeLocation(Class<?> owner) {
        CodeSource source = owner.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return null;
        }
        try {
            return Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static String location(Class<?> owner) {
        Path path = codeLocation(owner);
        return path == null ? "the class path" : String.valueOf(path.getFileName());
    }
}
