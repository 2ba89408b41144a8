package io.zongjie.spi;

import com.google.inject.AbstractModule;
import com.google.inject.Scopes;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.multibindings.Multibinder;

/**
 * The Guice module a plugin jar provides to register its sections (and, rarely, renderers).
 *
 * <p>List the subclass in {@code META-INF/services/io.zongjie.spi.PluginModule} so that the engine finds it with
 * {@link java.util.ServiceLoader}. Sections are registered in a {@link MapBinder} keyed by type; two modules
 * registering one type is a start-up error that names both.
 */
public abstract class PluginModule extends AbstractModule {

    /** The key of the map of all registered sections, by type. */
    public static final TypeLiteral<SectionPlugin<?>> SECTION_PLUGIN = new TypeLiteral<>() { };

    /** Registers {@code plugin} as the section of type {@code type}; it must return the same {@code type()}. */
    protected final void section(String type, Class<? extends SectionPlugin<?>> plugin) {
        sections().addBinding(type).to(plugin).in(Scopes.SINGLETON);
    }

    /** Registers an extra output format. */
    protected final void renderer(Class<? extends Renderer> renderer) {
        Multibinder.newSetBinder(binder(), Renderer.class).addBinding().to(renderer).in(Scopes.SINGLETON);
    }

    private MapBinder<String, SectionPlugin<?>> sections() {
        return MapBinder.newMapBinder(binder(), TypeLiteral.get(String.class), SECTION_PLUGIN);
    }
}
