package io.zongjie.plugins.sports;

import io.zongjie.spi.PluginModule;

/** Registers the sports section; listed in META-INF/services/io.zongjie.spi.PluginModule. */
public final class SportsModule extends PluginModule {
    @Override
    protected void configure() {
        section(SportsSection.class);
    }
}
