package io.zongjie.plugins.grassroots;

import io.zongjie.spi.PluginModule;

/** Registers the grassroots section; listed in META-INF/services/io.zongjie.spi.PluginModule. */
public final class GrassrootsModule extends PluginModule {
    @Override
    protected void configure() {
        section(GrassrootsSection.class);
    }
}
