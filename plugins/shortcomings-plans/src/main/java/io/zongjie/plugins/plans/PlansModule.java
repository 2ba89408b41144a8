package io.zongjie.plugins.plans;

import io.zongjie.spi.PluginModule;

/** Registers the shortcomings-plans section; listed in META-INF/services/io.zongjie.spi.PluginModule. */
public final class PlansModule extends PluginModule {
    @Override
    protected void configure() {
        section(PlansSection.class);
    }
}
