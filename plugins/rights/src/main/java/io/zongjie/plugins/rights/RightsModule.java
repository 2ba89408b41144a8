package io.zongjie.plugins.rights;

import io.zongjie.spi.PluginModule;

/** Registers the rights section; listed in META-INF/services/io.zongjie.spi.PluginModule. */
public final class RightsModule extends PluginModule {
    @Override
    protected void configure() {
        section(RightsSection.class);
    }
}
