package io.zongjie.plugins.labour;

import io.zongjie.spi.PluginModule;

/** Registers the labour-competitions section; listed in META-INF/services/io.zongjie.spi.PluginModule. */
public final class LabourModule extends PluginModule {
    @Override
    protected void configure() {
        section(LabourSection.class);
    }
}
