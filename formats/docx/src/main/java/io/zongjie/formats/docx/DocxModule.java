package io.zongjie.formats.docx;

import io.zongjie.spi.PluginModule;

/**
 * Registers the {@code docx} format: listed in {@code META-INF/services/io.zongjie.spi.PluginModule}, so the engine
 * finds it on the class path (the zongjie command carries it) or in a plugin folder, like any third-party format.
 */
public final class DocxModule extends PluginModule {

    @Override
    protected void configure() {
        renderer(DocxRenderer.class);
    }
}
