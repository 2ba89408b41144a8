package io.zongjie.internal.engine;

import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.MapBinder;
import com.google.inject.multibindings.Multibinder;
import io.zongjie.api.pdf.PdfProfile;
import io.zongjie.internal.pdf.PdfRenderer;
import io.zongjie.internal.render.HtmlRenderer;
import io.zongjie.internal.render.MarkdownRenderer;
import io.zongjie.internal.render.TextRenderer;
import io.zongjie.spi.PluginModule;
import io.zongjie.spi.Renderer;

/** The engine's own bindings: the (possibly empty) maps of sections and the built-in renderers. */
final class CoreModule extends PluginModule {

    private final PdfProfile pdfProfile;
    private final java.util.Locale messages;

    CoreModule(PdfProfile pdfProfile, java.util.Locale messages) {
        this.pdfProfile = pdfProfile;
        this.messages = messages;
    }

    @Override
    protected void configure() {
        MapBinder.newMapBinder(binder(), TypeLiteral.get(String.class), SECTION_PLUGIN);
        MapBinder.newMapBinder(binder(), new TypeLiteral<Class<?>>() { }, SECTION_PLUGIN);
        renderer(HtmlRenderer.class);
        renderer(MarkdownRenderer.class);
        renderer(TextRenderer.class);
        Multibinder.newSetBinder(binder(), Renderer.class).addBinding().toInstance(new PdfRenderer(pdfProfile, messages));
    }
}
