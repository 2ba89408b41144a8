package io.zongjie.plugins.welfare;

import io.zongjie.spi.PluginModule;

/** Registers the welfare section; listed in META-INF/services/io.zongjie.spi.PluginModule. */
public final class WelfareModule extends PluginModule {
    @Override
    protected void configure() {
        section(WelfareSection.class);
    }
}
