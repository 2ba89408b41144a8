package org.example.zongjie.retirees;

import io.zongjie.spi.PluginModule;

/**
 * Registers the retirees section. Listed in {@code META-INF/services/io.zongjie.spi.PluginModule}, which is how the
 * engine finds it in a jar dropped into a plugin folder.
 */
public final class RetireesModule extends PluginModule {

    /** Called by ServiceLoader. */
    public RetireesModule() {
    }

    @Override
    protected void configure() {
        section(RetireesSection.class);   // the type is what RetireesSection.type() says
    }
}
