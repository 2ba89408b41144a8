package org.example.zongjie.women;

import io.zongjie.spi.PluginModule;

/**
 * Registers the women section. Listed in {@code META-INF/services/io.zongjie.spi.PluginModule}, which is how the
 * engine finds it in a jar dropped into a plugin folder.
 */
public final class WomenModule extends PluginModule {

    /** Called by ServiceLoader. */
    public WomenModule() {
    }

    @Override
    protected void configure() {
        section("women", WomenSection.class);
    }
}
