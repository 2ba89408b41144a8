package org.example.zongjie.women;

import static io.zongjie.testing.SectionHarness.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.zongjie.testing.SectionHarness;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The women section through the real engine, with zongjie's SectionHarness. */
class WomenSectionTest {

    private final SectionHarness harness = SectionHarness.of(new WomenModule());

    @Test
    void healthCareAloneIsOneParagraphWithoutSubHeadings() {
        SectionHarness.Section s = harness.section("women", data("health",
                data("screened", 96, "cost", 28800, "provider", "市妇幼保健院", "month", 5)));

        assertThat(s.headings()).containsExactly("一、关爱女职工，扎实做好女职工工作");
        assertThat(s.text()).contains("5月，组织96名女教职工到市妇幼保健院进行“两癌”筛查，支出筛查费用2.88万元");
        assertThat(s.figures()).containsEntry("组织女教职工两癌筛查", "96人").containsEntry("两癌筛查支出", "2.88万元");
        assertThat(s.opening()).contains("组织女教职工两癌筛查96人");
    }

    @Test
    void everyPartGetsANumberedSubHeadingAndTheActivitiesAreTotalled() {
        SectionHarness.Section s = harness.section(SectionHarness.companyMeta(), "women", data(
                "committee", "公司女职工委员会",
                "protection", data("contract", true, "covered", 96, "nursingRooms", 2),
                "health", data("screened", 90, "lectures", 2, "attendees", 150),
                "activities", List.of(
                        data("name", "三八妇女节插花活动", "month", 3, "participants", 80, "amount", 6400),
                        data("name", "女职工读书分享会", "participants", 45)),
                "honours", List.of("检修班组获评市级“巾帼文明岗”")));

        assertThat(s.headings()).containsExactly("一、关爱女职工，扎实做好女职工工作", "（一）依法维护女职工特殊权益",
                "（二）关爱女职工身心健康", "（三）丰富女职工文化生活");
        assertThat(s.text()).contains("公司女职工委员会立足女职工的特殊需求")
                .contains("把组织的关怀送到96名女职工身边")
                .contains("签订（续签）《女职工权益保护专项集体合同》，覆盖女职工96人")
                .contains("建设“爱心妈咪小屋”2间")
                .contains("举办女性健康知识讲座2场，150人次参加")
                .contains("全年共组织女职工活动2项，参加125人次，支出6400元")
                .contains("检修班组获评市级“巾帼文明岗”");
        assertThat(s.figures()).containsEntry("女职工参加活动", "125人次").containsEntry("女职工活动支出", "6400元");
    }

    @Test
    void emptyDataLeavesTheSectionOut() {
        assertThat(harness.section("women", data()).isEmpty()).isTrue();
        assertThat(harness.section("women", data("protection", data("contract", false))).isEmpty()).isTrue();
    }

    @Test
    void problemsComeWithTheirPaths() {
        assertThat(harness.problems("women", data("health", data("screened", -1))))
                .containsExactly("sections[0].data.health.screened: must be greater than or equal to 0 (was -1)");
        assertThat(harness.problems("women", data("protection", data("covered", 30))))
                .singleElement().asString().startsWith("sections[0].data.protection.covered: is 30 but no special");
        assertThat(harness.problems("women", data("healht", data("screened", 3))))
                .singleElement().asString().contains("did you mean 'health'?");
    }

    @Test
    void aTemplateOverrideRewordsTheSection(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("women"));
        Files.writeString(dir.resolve("women/women.vm"), "<p>筛查${fmt.people($data.health.screened)}。</p>\n");

        SectionHarness.Section s = harness.withTemplates(dir).section("women", data("health", data("screened", 7)));

        assertThat(s.text()).contains("筛查7人。").doesNotContain("两癌");
    }
}
