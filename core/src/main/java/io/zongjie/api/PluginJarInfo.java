package io.zongjie.api;

import java.util.List;

/**
 * A plugin jar the engine loaded from its {@linkplain ReportEngine.Builder#pluginDirectory plugin folder}, as
 * {@code zongjie plugins} lists it: so that a user can check which code runs (compare the SHA-256 with the one the
 * jar's author publishes).
 *
 * @param jar      the jar's path, as messages name it (the folder as given, then the file name)
 * @param sha256   the SHA-256 of the jar's bytes when it was opened, in lower-case hexadecimal
 * @param sections the section types it adds, sorted
 * @param formats  the output formats it adds, sorted
 */
public record PluginJarInfo(String jar, String sha256, List<String> sections, List<String> formats) {

    public PluginJarInfo {
        sections = List.copyOf(sections);
        formats = List.copyOf(formats);
    }
}
