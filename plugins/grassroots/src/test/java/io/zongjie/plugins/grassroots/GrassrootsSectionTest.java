package io.zongjie.plugins.grassroots;

import static io.zongjie.testing.SectionHarness.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.zongjie.api.ReportEngine;
import io.zongjie.model.ReportSpec;
import io.zongjie.model.SectionSpec;
import io.zongjie.testing.SectionHarness;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GrassrootsSectionTest {

    private static final SectionHarness harness = SectionHarness.of(new GrassrootsModule());

    private static Map<String, Object> units(String kind, int total, int unionized, Integer staff, Integer members) {
        return data("kind", kind, "total", total, "unionized", unionized, "staff", staff, "members", members);
    }

    @Test
    void everyTemplateCompiles() {
        harness.assertTemplatesCompile();
    }

    @Test
    void everyMessageIsInBothLanguages() {
        io.zongjie.testing.Translations.assertComplete("io/zongjie/plugins/grassroots/messages",
                GrassrootsSection.class.getClassLoader());
    }

    @Test
    void refusesRatesAbove100PercentWithTheirPaths() {
        List<String> problems = harness.problems("grassroots", data(
                "units", List.of(units("中小学校", 120, 125, 3000, 2990), units("幼儿园", 5, 5, 100, 120)),
                "congress", data("units", 125, "established", 126)));

        assertThat(problems).anyMatch(p -> p.startsWith("sections[0].data.units[0].unionized: is 125")
                        && p.contains("only 120 units"))
                .anyMatch(p -> p.startsWith("sections[0].data.units[1].members: is 120") && p.contains("100 staff"))
                .anyMatch(p -> p.startsWith("sections[0].data.congress.established: is 126"))
                .hasSize(3);
    }

    @Test
    void wordsTheProblemsInChinese() {
        ReportEngine engine = ReportEngine.builder().discoverPlugins(false).addModule(new GrassrootsModule())
                .messages(Locale.SIMPLIFIED_CHINESE).build();
        List<String> problems = engine.validate(new ReportSpec(SectionHarness.schoolMeta(), List.of(new SectionSpec(
                "grassroots", null, data("units", List.of(units("企业", 10, 11, 50, 60)))))))
                .stream().map(p -> p.path() + ": " + p.message()).toList();

        assertThat(problems).anyMatch(p -> p.contains("units[0].unionized") && p.contains("单位总数只有 10 家"))
                .anyMatch(p -> p.contains("units[0].members") && p.contains("入会率不能超过100%"));
    }

    @Test
    void membersWithoutStaffAreRefused() {
        assertThat(harness.problems("grassroots", data("units", List.of(units("企业", 10, 8, null, 60)))))
                .anyMatch(p -> p.startsWith("sections[0].data.units[0].members: is given but staff is not"));
    }

    @Test
    void aSmallAreaReadsAsOneSentence() {
        SectionHarness.Section s = harness.section("grassroots", data(
                "units", List.of(units("中小学校", 12, 12, 640, 640))));

        assertThat(s.text()).contains("辖区12所学校全部建立了工会组织，建会率100%；有教职工640人，其中工会会员640人，入会率100%。")
                .doesNotContain("其中，中小学校");
    }

    @Test
    void schoolsAreCountedIn所AndOtherUnitsIn家() {
        SectionHarness.Section s = harness.section(SectionHarness.companyMeta(), "grassroots", data(
                "units", List.of(units("企业", 38, 34, 6254, 6024), units("村（社区）", 12, 12, 96, 96),
                        units("中心小学", 3, 3, 120, 120)),
                "visited", 27));

        assertThat(s.text()).contains("辖区53家基层单位中，已建立工会组织49家")
                .contains("企业38家，已建会34家").contains("中心小学3所，已建会3所").contains("走访27家单位");
    }

    @Test
    void homesAreToldByLevelHighestFirstAndTheAssessmentWithItsGrades() {
        SectionHarness.Section s = harness.section("grassroots", data(
                "homes", List.of(data("name", "模范教工之家", "level", "市级", "count", 5),
                        data("name", "模范职工之家", "level", "全国", "count", 1),
                        data("name", "模范教工之家", "level", "省级", "count", 2)),
                "assessment", data("items", List.of("组织建设", "民主管理", "经费管理"), "units", 92,
                        "excellent", 30, "good", 48, "passed", 12, "failed", 2)));

        assertThat(s.text())
                .contains("共有8个基层工会获评各级“教工之家”，其中国家级“模范职工之家”1个、省级“模范教工之家”2个、"
                        + "市级“模范教工之家”5个。")
                .contains("工会对92个基层工会开展全年目标考核，考核内容涵盖组织建设、民主管理、经费管理等方面。"
                        + "考核结果：优秀30个、良好48个、合格12个、不合格2个。");
        assertThat(s.figures()).containsEntry("获评“教工之家”", "8个").containsEntry("参加目标考核的基层工会", "92个");
    }

    @Test
    void moreGradesThanUnionsAssessedAndAHomeGivenTwiceAreRefused() {
        assertThat(harness.problems("grassroots", data(
                "assessment", data("units", 10, "excellent", 6, "good", 6),
                "homes", List.of(data("name", "模范职工之家", "level", "市级", "count", 1),
                        data("name", "模范职工之家", "level", "市级", "count", 2)))))
                .containsExactlyInAnyOrder(
                        "sections[0].data.assessment.units: rates 12 base unions but only 10 were assessed: "
                                + "the ratings are among those assessed",
                        "sections[0].data.homes[1]: gives 市级 模范职工之家 a second time: give each name and level once, "
                                + "with its count");
    }

    @Test
    void aLargeAreaComputesItsRatesFromTheSummedCounts() {
        SectionHarness.Section s = harness.section("grassroots", data(
                "units", List.of(units("中小学校", 118, 118, 5210, 5198), units("幼儿园", 12, 7, 400, 210)),
                "congress", data("units", 125, "established", 121),
                "cadres", data("appointed", 36, "trained", 412),
                "visited", 86));

        assertThat(s.text())
                .contains("辖区130所学校中，已建立工会组织125所，建会率96.2%；有教职工5610人，其中工会会员5408人，入会率96.4%。")
                .contains("其中，中小学校118所，已建会118所、会员5198人；幼儿园12所，已建会7所、会员210人。")
                .contains("应建教代会的125所学校中，已建制121所，建制率96.8%。")
                .contains("全年新任基层工会干部36人，培训基层工会干部412人次。")
                .doesNotContain("举办培训，培训")
                .contains("走访86所学校");
        // the rate is recomputed from 5408 of 5610, not the two kinds' rates (99.8% and 52.5%) added or averaged
        assertThat(s.figures()).containsEntry("入会率", "96.4%").containsEntry("建会率", "96.2%")
                .containsEntry("培训基层工会干部", "412人次");
    }

    @Test
    void nothingToSayLeavesTheSectionOut() {
        assertThat(harness.section("grassroots", data("units", List.of())).isEmpty()).isTrue();
    }
}
