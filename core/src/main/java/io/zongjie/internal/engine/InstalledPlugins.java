package io.zongjie.internal.engine;

import io.zongjie.spi.Renderer;
import io.zongjie.spi.SectionPlugin;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the engine's stages may know of the installed plugins: read-only, and fixed once the engine is built. */
interface InstalledPlugins {

    /** {@return the section plugins by type} */
    Map<String, SectionPlugin<?>> sections();

    /** {@return every renderer, the built-in ones and those of plugins} */
    Set<Renderer> renderers();

    /**
     * Where a section type comes from, for {@code zongjie plugins}.
     *
     * @param type an installed section type
     * @return the jar or class folder of its module, or {@code "built in"}
     */
    String origin(String type);

    /**
     * {@return why plugins were skipped: a folder jar (one message per jar), or a single section (refused at
     * start-up, or a template that does not compile); each message starts with the jar's name}
     */
    List<String> problems();

    /**
     * Why a section type that was installed is not available, for the message of a report that asks for it.
     *
     * @param type a section type
     * @return the problem that made the engine skip it, or empty if it was never installed (or is available)
     */
    default Optional<String> unavailable(String type) {
        return Optional.empty();
    }
}
