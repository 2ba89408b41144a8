package io.zongjie.plugins.selfbuilding;

import io.zongjie.spi.PluginModule;

/** Registers the self-building section; listed in META-INF/services/io.zongjie.spi.PluginModule. */
public final class SelfBuildingModule extends PluginModule {
    @Override
    protected void configure() {
        section(SelfBuildingSection.class);
    }
}
