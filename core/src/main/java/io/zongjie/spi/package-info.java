/**
 * The Section SPI: what a third party implements to add a section type to zongjie.
 *
 * <p>A plugin is a {@link io.zongjie.spi.SectionPlugin} (its type name, default heading, data class, checks and
 * rendering), registered by a {@link io.zongjie.spi.PluginModule} that {@link java.util.ServiceLoader} finds
 * through {@code META-INF/services/io.zongjie.spi.PluginModule}:
 *
 * <pre>{@code
 * public final class WomenModule extends PluginModule {
 *     @Override protected void configure() {
 *         section("women", WomenSection.class);
 *     }
 * }
 *
 * public final class WomenSection implements SectionPlugin<WomenData> {
 *     public String type() { return "women"; }
 *     public String title() { return "女职工工作"; }
 *     public String description() { return "女职工活动、特殊保护与健康关爱"; }
 *     public Class<WomenData> dataType() { return WomenData.class; }
 *     public List<Block> render(WomenData data, SectionContext context) {
 *         context.publish(Figure.of("women.checkups", "组织女职工专项体检", data.checkups(), "人"));
 *         return context.template("women.vm").with("data", data).render();
 *     }
 * }
 * }</pre>
 *
 * <p>A plugin needs nothing outside this package, {@link io.zongjie.document} and {@link io.zongjie.model}.
 */
package io.zongjie.spi;
