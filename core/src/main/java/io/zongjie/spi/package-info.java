/**
 * The Section SPI: what a third party implements to add a section type to zongjie.
 *
 * <p>A plugin is a {@link io.zongjie.spi.SectionPlugin} (its type name, default heading, data class, checks and
 * rendering), registered by a {@link io.zongjie.spi.PluginModule} that {@link java.util.ServiceLoader} finds
 * through {@code META-INF/services/io.zongjie.spi.PluginModule}:
 *
 * <pre>{@code
 * public final class RetireesModule extends PluginModule {
 *     @Override protected void configure() {
 *         section(RetireesSection.class);
 *     }
 * }
 *
 * public final class RetireesSection implements SectionPlugin<RetireesData> {
 *     public String type() { return "retirees"; }
 *     public String title() { return "离退休工作"; }
 *     public String description() { return "离退休人员的走访慰问、活动与健康体检"; }
 *     public Class<RetireesData> dataType() { return RetireesData.class; }
 *     public List<Block> render(RetireesData data, SectionContext context) {
 *         context.publish(Figure.of("retirees.checkup", "组织离退休职工体检", data.checkups(), "人"));
 *         return context.template("retirees.vm").with("data", data).render();
 *     }
 * }
 * }</pre>
 *
 * <p>A plugin needs nothing outside this package, {@link io.zongjie.document} and {@link io.zongjie.model}.
 */
package io.zongjie.spi;
