package io.zongjie.internal.engine;

import io.zongjie.spi.Renderer;
import io.zongjie.spi.SectionPlugin;
import java.util.List;
import java.util.Map;
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

    /** {@return why folder plugins were skipped, one message per jar, each starting with the jar's name} */
    List<String> problems();
}
