package io.zongjie.spi;

import com.google.inject.AbstractModule;
import com.google.inject.Scopes;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.multibindings.Multibinder;

/**
 * The Guice module a plugin jar provides to register its sections (and, rarely, renderers).
 *
 * <pre>{@code
 * public final class RetireesModule extends PluginModule {
 *     @Override protected void configure() {
 *         section(RetireesSection.class);        // its type is what RetireesSection.type() says
 *     }
 * }
 * }</pre>
 *
 * <p>List the subclass in {@code META-INF/services/io.zongjie.spi.PluginModule} so that the engine finds it with
 * {@link java.util.ServiceLoader}. Sections are registered in Guice map bindings; two plugins of one type is a
 * start-up error that names both (for plugins on the class path) or skips the later jar (for a plugin folder).
 *
 * <p><b>SPI version.</b> The SPI carries a version, {@link #SPI_VERSION}. A plugin jar loaded from a plugin folder
 * must state the version it was built against in its manifest, as the attribute {@value #SPI_VERSION_ATTRIBUTE}
 * (the build writes it; see docs/PLUGINS.md). The engine reads it before loading any class from the jar and
 * skips a jar built for another version with a warning, because such a jar could otherwise fail half-way
 * through a report with a linkage error. The version changes only when a change to {@code io.zongjie.spi},
 * {@code io.zongjie.model} or {@code io.zongjie.document} breaks plugins compiled against the old one.
 */
public abstract class PluginModule extends AbstractModule {

    /** The version of the plugin SPI this engine implements. */
    public static final int SPI_VERSION = 1;

    /** The jar manifest attribute in which a plugin states the {@link #SPI_VERSION} it was built against. */
    public static final String SPI_VERSION_ATTRIBUTE = "Zongjie-SPI-Version";

    /** Creates the module; plugin modules need a public no-argument constructor for ServiceLoader. */
    protected PluginModule() {
    }

    /** The key of the map of all registered sections, by type. */
    public static final TypeLiteral<SectionPlugin<?>> SECTION_PLUGIN = new TypeLiteral<>() { };

    /** The key type of the map of the sections registered by class alone, through {@link #section(Class)}. */
    private static final TypeLiteral<Class<?>> SECTION_CLASS = new TypeLiteral<>() { };

    /**
     * Registers {@code plugin} as a section, of the type its {@link SectionPlugin#type()} returns.
     *
     * @param plugin the section class; Guice creates it once, as a singleton
     */
    protected final void section(Class<? extends SectionPlugin<?>> plugin) {
        MapBinder.newMapBinder(binder(), SECTION_CLASS, SECTION_PLUGIN).addBinding(plugin).to(plugin)
                .in(Scopes.SINGLETON);
    }

    /**
     * Registers {@code plugin} as the section of type {@code type}; it must return the same {@code type()}, or the
     * engine refuses it (a plugin from a plugin folder is skipped, the rest of its jar kept). Prefer
     * {@link #section(Class)}, which states the type once.
     *
     * @param type   the type name the input uses
     * @param plugin the section class; Guice creates it once, as a singleton
     */
    protected final void section(String type, Class<? extends SectionPlugin<?>> plugin) {
        sections().addBinding(type).to(plugin).in(Scopes.SINGLETON);
    }

    /**
     * Registers an extra output format.
     *
     * @param renderer the renderer class; Guice creates it once, as a singleton
     */
    protected final void renderer(Class<? extends Renderer> renderer) {
        Multibinder.newSetBinder(binder(), Renderer.class).addBinding().to(renderer).in(Scopes.SINGLETON);
    }

    private MapBinder<String, SectionPlugin<?>> sections() {
        return MapBinder.newMapBinder(binder(), TypeLiteral.get(String.class), SECTION_PLUGIN);
    }
}
