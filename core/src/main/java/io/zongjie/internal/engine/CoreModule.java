package io.zongjie.internal.engine;

import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.MapBinder;
import io.zongjie.internal.render.HtmlRenderer;
import io.zongjie.internal.render.MarkdownRenderer;
import io.zongjie.internal.render.TextRenderer;
import io.zongjie.spi.PluginModule;

/** The engine's own bindings: the (possibly empty) map of sections and the built-in renderers. */
final class CoreModule extends PluginModule {
    @Override
    protected void configure() {
        MapBinder.newMapBinder(binder(), TypeLiteral.get(String.class), SECTION_PLUGIN);
        renderer(HtmlRenderer.class);
        renderer(MarkdownRenderer.class);
        renderer(TextRenderer.class);
    }
}
