package io.zongjie.plugins.women;

import io.zongjie.spi.PluginModule;

/** Registers the female-staff section; listed in META-INF/services/io.zongjie.spi.PluginModule. */
public final class WomenModule extends PluginModule {
    @Override
    protected void configure() {
        section(WomenSection.class);
    }
}
