package io.zongjie.plugins.democratic;

import io.zongjie.spi.PluginModule;

/** Registers the democratic-management section; listed in META-INF/services/io.zongjie.spi.PluginModule. */
public final class DemocraticModule extends PluginModule {
    @Override
    protected void configure() {
        section(DemocraticSection.class);
    }
}
