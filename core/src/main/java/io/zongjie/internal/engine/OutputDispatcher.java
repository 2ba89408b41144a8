package io.zongjie.internal.engine;

import io.zongjie.api.ZongjieException;
import io.zongjie.document.Document;
import io.zongjie.api.AtomicFiles;
import io.zongjie.spi.Renderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The engine's last stage: hands a document to the renderer of the format asked for, into a stream or atomically
 * into a file. Two renderers of one format fail the engine's start-up.
 */
final class OutputDispatcher {

    private final Map<String, Renderer> renderers;

    OutputDispatcher(Set<Renderer> installed) {
        Map<String, Renderer> byFormat = new LinkedHashMap<>();
        installed.stream().sorted(Comparator.comparing(Renderer::format)).forEach(r -> {
            Renderer previous = byFormat.putIfAbsent(r.format(), r);
            if (previous != null) {
                throw new ZongjieException("format '" + r.format() + "' is provided twice: by "
                        + previous.getClass().getName() + " and " + r.getClass().getName());
            }
        });
        this.renderers = java.util.Collections.unmodifiableMap(byFormat); // by format: formatFor is deterministic
    }

    void render(Document document, String format, OutputStream out) throws IOException {
        renderer(format).render(document, out);
    }

    void renderTo(Document document, String format, Path target) throws IOException {
        Renderer renderer = renderer(format);
        AtomicFiles.write(target, out -> renderer.render(document, out));
    }

    Renderer renderer(String format) {
        Renderer renderer = renderers.get(format);
        if (renderer == null) {
            throw new ZongjieException(io.zongjie.api.Message.of("engine.unknownFormat", format,
                    String.join(", ", new TreeSet<>(renderers.keySet()))));
        }
        return renderer;
    }

    Set<String> formats() {
        return new TreeSet<>(renderers.keySet());
    }

    Optional<String> formatFor(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String ext = name.substring(dot + 1);
        return renderers.values().stream().filter(r -> r.extensions().contains(ext)).map(Renderer::format)
                .findFirst();
    }
}
