package io.zongjie.internal.engine;

import com.google.inject.Module;
import io.zongjie.api.Limits;
import io.zongjie.api.pdf.PdfProfile;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Everything an engine is built from; {@link io.zongjie.api.ReportEngine.Builder} fills it in.
 *
 * @param modules           Guice modules added by the host, installed after the discovered plugins
 * @param templateDirectory the template override folder, or {@code null} for none
 * @param locale            the output's locale (only {@code zh} is provided)
 * @param classLoader       where to look for plugins, and the parent of each plugin jar's class loader
 * @param discoverPlugins   whether to look for plugins with ServiceLoader
 * @param pluginDirectory   the folder of plugin jars, or {@code null} for none
 * @param pdfProfile        the PDF layout and fonts
 * @param limits            the bounds on input, templates and plugins
 */
public record EngineConfig(List<Module> modules, Path templateDirectory, Locale locale, ClassLoader classLoader,
        boolean discoverPlugins, Path pluginDirectory, PdfProfile pdfProfile, Limits limits) {

    public EngineConfig {
        modules = List.copyOf(modules);
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(classLoader, "classLoader");
        Objects.requireNonNull(pdfProfile, "pdfProfile");
        Objects.requireNonNull(limits, "limits");
    }
}
