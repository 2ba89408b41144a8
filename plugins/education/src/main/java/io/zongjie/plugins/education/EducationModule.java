package io.zongjie.plugins.education;

import io.zongjie.spi.PluginModule;

/** Registers the education section; listed in META-INF/services/io.zongjie.spi.PluginModule. */
public final class EducationModule extends PluginModule {
    @Override
    protected void configure() {
        section(EducationSection.class);
    }
}
