package io.zongjie.plugins.labour;

import static io.zongjie.testing.SectionHarness.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.zongjie.testing.SectionHarness;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabourSectionTest {

    private static final SectionHarness harness = SectionHarness.of(new LabourModule());

    private static Map<String, Object> suggestions(int collected, int adopted, int implemented) {
        return data("collected", collected, "adopted", adopted, "implemented", implemented);
    }

    @Test
    void everyTemplateCompiles() {
        harness.assertTemplatesCompile();
    }

    @Test
    void adoptedMayNotExceedCollectedNorImplementedAdopted() {
        assertThat(harness.problems("labour-competitions", data("suggestions", suggestions(10, 12, 13))))
                .containsExactly(
                        "sections[0].data.suggestions.adopted: is 12 but only 10 were collected: adopted proposals"
                                + " are counted among those collected",
                        "sections[0].data.suggestions.implemented: is 13 but only 12 were adopted: implemented"
                                + " proposals are counted among those adopted");
    }

    @Test
    void winnersMayNotExceedParticipants() {
        assertThat(harness.problems("labour-competitions", data("contests", List.of(
                data("name", "电工技能比武"),
                data("name", "焊工技能比武", "participants", 20, "winners", 21)))))
                .containsExactly("sections[0].data.contests[1].winners: is 21 but only 20 took part: winners are"
                        + " counted among the participants");
    }

    @Test
    void theCrossFieldRulesAreWordedInChineseWithTheFieldsChineseName() {
        io.zongjie.api.ReportEngine zh = io.zongjie.api.ReportEngine.builder().discoverPlugins(false)
                .addModule(new LabourModule()).messages(java.util.Locale.CHINESE).build();
        List<io.zongjie.api.Problem> problems = zh.validate(new io.zongjie.model.ReportSpec(
                SectionHarness.companyMeta(), List.of(new io.zongjie.model.SectionSpec("labour-competitions", null,
                        data("suggestions", suggestions(10, 12, 12),
                                "contests", List.of(data("name", "焊工技能比武", "participants", 5, "winners", 6)))))));

        assertThat(problems).extracting(io.zongjie.api.Problem::path).containsExactlyInAnyOrder(
                "sections[0].data.contests[0].winners", "sections[0].data.suggestions.adopted");
        assertThat(problems).extracting(io.zongjie.api.Problem::message).anySatisfy(m ->
                assertThat(m).contains("填写的是 12，但只征集了 10 条：采纳的建议包含在征集的建议之中"))
                .anySatisfy(m -> assertThat(m).contains("填写的是 6，但只有 5 人次参赛"));
    }

    @Test
    void negativeCountsAreRefusedWithTheirPath() {
        assertThat(harness.problems("labour-competitions", data("suggestions", data("collected", -3))))
                .containsExactly("sections[0].data.suggestions.collected: must be greater than or equal to 0 (was -3)");
    }

    @Test
    void emptyDataLeavesTheSectionOut() {
        assertThat(harness.section("labour-competitions", data()).isEmpty()).isTrue();
        assertThat(harness.section("labour-competitions", data("suggestions", suggestions(0, 0, 0))).isEmpty())
                .isTrue();
    }

    @Test
    void smallDataReadsAsOneParagraph() {
        SectionHarness.Section s = harness.section(SectionHarness.companyMeta(), "labour-competitions",
                data("contests", List.of(data("name", "电工技能比武", "participants", 36, "winners", 6))));

        assertThat(s.text()).contains("举办电工技能比武，36人次参赛，6人获奖。").doesNotContain("合理化建议");
        assertThat(s.headings()).hasSize(1);
        assertThat(s.figures()).containsEntry("开展和参加劳动竞赛、技能比武", "1场")
                .containsEntry("参赛职工", "36人次");
    }

    @Test
    void largeDataGivesEachPartItsHeadingRateAndMoney() {
        SectionHarness.Section s = harness.section(SectionHarness.companyMeta(), "labour-competitions", data(
                "contests", List.of(
                        data("name", "职工职业技能大赛", "level", "自治区级", "entered", true, "participants", 12,
                                "winners", 3, "awards", List.of("二等奖1个", "三等奖2个")),
                        data("name", "电工技能比武", "level", "公司级", "participants", 86, "winners", 9)),
                "suggestions", data("collected", 2183, "adopted", 1560, "implemented", 1204,
                        "saved", 3265000, "created", 8420),
                "innovations", List.of(
                        data("name", "皮带机自动纠偏装置", "kind", "小革新", "benefit", 120000,
                                "award", "自治区职工技术创新成果二等奖"),
                        data("name", "阀门快速检修工具", "kind", "小发明")),
                "safety", List.of(data("name", "“安康杯”竞赛", "teams", 48, "result", "“安康杯”竞赛优胜企业",
                        "level", "市级")),
                "honours", List.of(
                        data("name", "劳动模范", "level", "市级", "recipient", "张伟"),
                        data("name", "五一劳动奖章", "level", "自治区级", "recipient", "李强"),
                        data("name", "工人先锋号", "level", "自治区级", "recipient", "检修车间电气班"))));

        assertThat(s.headings()).hasSize(5);
        assertThat(s.text())
                .contains("组织职工参加自治区级职工职业技能大赛，参赛12人次，3人获奖，获得二等奖1个和三等奖2个。")
                .contains("共征集合理化建议2183条，采纳1560条，采纳率71.5%，已实施1204条，节约资金326.5万元，创造效益8420元。")
                .contains("形成技术革新和“五小”成果2项，创造效益12万元。")
                .contains("48个班组参赛")
                .contains("获得各级劳模和先进荣誉3项：检修车间电气班获得自治区级工人先锋号称号；李强获得自治区级五一劳动奖章；张伟获得市级劳动模范。");
        assertThat(s.figures()).containsEntry("征集合理化建议", "2183条")
                .containsEntry("合理化建议采纳率", "71.5%")
                .containsEntry("参赛职工", "98人次")
                .containsEntry("开展和参加劳动竞赛、技能比武", "2场");
    }

    @Test
    void theAdoptionRateOfTwoUnitsIsRecomputedNotSummed() {
        io.zongjie.spi.Figure a = io.zongjie.spi.Figure.rate("labour.suggestions.adoption", "合理化建议采纳率", 9, 10);
        io.zongjie.spi.Figure b = io.zongjie.spi.Figure.rate("labour.suggestions.adoption", "合理化建议采纳率", 990,
                1000);
        assertThat(a.plus(b).value()).isEqualByComparingTo("98.9");
    }
}
