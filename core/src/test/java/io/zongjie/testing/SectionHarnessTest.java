package io.zongjie.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.zongjie.document.Block;
import io.zongjie.document.Paragraph;
import io.zongjie.spi.Figure;
import io.zongjie.spi.PluginModule;
import io.zongjie.spi.SectionContext;
import io.zongjie.spi.SectionPlugin;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The plugin author's test kit behaves as the real engine does. */
class SectionHarnessTest {

    /** Publishes ten headline figures and one for the table only. */
    public static final class ManyFigures implements SectionPlugin<Map<String, Object>> {
        @Override
        public String type() {
            return "many";
        }

        @Override
        public String title() {
            return "多项工作";
        }

        @Override
        public String description() {
            return "publishes many figures";
        }

        @Override
        @SuppressWarnings("unchecked")
        public Class<Map<String, Object>> dataType() {
            return (Class<Map<String, Object>>) (Class<?>) Map.class;
        }

        @Override
        public List<Block> render(Map<String, Object> data, SectionContext context) {
            for (int i = 1; i <= 10; i++) {
                context.publish(Figure.headline("many." + i, "开展第" + i + "项活动", i, "次"));
            }
            context.publish(Figure.of("many.table", "只进附表", 99, "次"));
            return List.of(Paragraph.of("做了很多工作。"));
        }
    }

    /** Registers {@link ManyFigures} by class. */
    public static final class ManyModule extends PluginModule {
        @Override
        protected void configure() {
            section(ManyFigures.class);
        }
    }

    private static final SectionHarness harness = SectionHarness.of(new ManyModule());

    @Test
    void theOpeningCitesHeadlineFiguresOnlyAndAtMostSix() {
        SectionHarness.Section s = harness.section("many", Map.of());

        assertThat(s.opening()).contains("开展第1项活动1次").contains("开展第6项活动6次")
                .doesNotContain("开展第7项活动").doesNotContain("只进附表");
        assertThat(s.figures()).containsEntry("开展第10项活动", "10次").containsEntry("只进附表", "99次");
        harness.assertTemplatesCompile();
    }
}
