package io.zongjie.plugins.publicity;

import io.zongjie.spi.PluginModule;

/** Registers the publicity section; listed in META-INF/services/io.zongjie.spi.PluginModule. */
public final class PublicityModule extends PluginModule {
    @Override
    protected void configure() {
        section(PublicitySection.class);
    }
}
