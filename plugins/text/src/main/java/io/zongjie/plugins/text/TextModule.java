package io.zongjie.plugins.text;

import io.zongjie.spi.PluginModule;

/** Registers the text section; listed in META-INF/services/io.zongjie.spi.PluginModule. */
public final class TextModule extends PluginModule {
    @Override
    protected void configure() {
        section(TextSection.class);
    }
}
