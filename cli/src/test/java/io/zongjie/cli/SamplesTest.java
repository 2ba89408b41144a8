package io.zongjie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zongjie.api.ReportEngine;
import io.zongjie.document.Document;
import io.zongjie.document.Heading;
import io.zongjie.model.ReportSpec;
import io.zongjie.model.SectionSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The three samples, as a user assembles them: every section present, numbered in order, nothing left blank. */
class SamplesTest {

    private static final ReportEngine ENGINE = ReportEngine.builder().build();
    private static final List<String> ORDER = List.of("education", "democratic-management", "welfare", "sports",
            "self-building", "shortcomings-plans");

    private static ReportSpec sample(String name) throws Exception {
        return ENGINE.read(Path.of("..", "samples", name + ".yaml"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"school", "enterprise", "government"})
    void everySampleHasEverySectionNumberedInOrder(String name) throws Exception {
        ReportSpec spec = sample(name);
        assertThat(spec.sections()).extracting(SectionSpec::type).containsExactlyElementsOf(ORDER);

        Document doc = ENGINE.assemble(spec);

        assertThat(doc.headings()).filteredOn(h -> h.level() == 1).extracting(Heading::number)
                .containsExactly("一、", "二、", "三、", "四、", "五、", "六、");
        assertThat(doc.plainText()).doesNotContain("null").doesNotContain("$").doesNotContain("#if");
    }

    @Test
    void aReportOfTwoSectionsIsNumberedWithoutGaps() throws Exception {
        ReportSpec full = sample("school");
        ReportSpec two = new ReportSpec(full.report(), List.of(full.sections().get(2), full.sections().get(3)));

        Document doc = ENGINE.assemble(two);

        assertThat(doc.headings()).filteredOn(h -> h.level() == 1).extracting(h -> h.number() + h.text())
                .containsExactly("一、真情关爱，扎实开展送温暖活动", "二、丰富文体活动，活跃教职工生活");
        assertThat(doc.plainText()).doesNotContain("提案").doesNotContain("三、");
    }

    @Test
    void aSectionWithNoDataIsLeftOutAndTheNumberingClosesUp() throws Exception {
        ReportSpec full = sample("enterprise");
        ReportSpec spec = new ReportSpec(full.report(), List.of(full.sections().get(0),
                new SectionSpec("welfare", null, Map.of()), full.sections().get(5)));

        Document doc = ENGINE.assemble(spec);

        assertThat(doc.headings()).filteredOn(h -> h.level() == 1).extracting(Heading::number)
                .containsExactly("一、", "二、");
        assertThat(doc.plainText()).doesNotContain("用心用情").doesNotContain("节日慰问");
    }
}
