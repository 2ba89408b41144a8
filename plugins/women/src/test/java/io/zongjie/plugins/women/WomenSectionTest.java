package io.zongjie.plugins.women;

import static io.zongjie.testing.SectionHarness.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.zongjie.api.Problem;
import io.zongjie.api.ReportEngine;
import io.zongjie.model.ReportSpec;
import io.zongjie.model.SectionSpec;
import io.zongjie.testing.SectionHarness;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WomenSectionTest {

    private static final SectionHarness harness = SectionHarness.of(new WomenModule());

    private static final String TYPE = "female-staff";

    @Test
    void everyTemplateCompiles() {
        harness.assertTemplatesCompile();
    }

    @Test
    void screenedMayNotExceedTheWomenStaff() {
        assertThat(harness.problems(TYPE, data("women", 80, "screening", 96)))
                .containsExactly("sections[0].data.screening: is 96 but there are only 80 women staff: those"
                        + " screened are counted among the women staff");
        assertThat(harness.problems(TYPE, data("women", 96, "screening", 96))).isEmpty();
    }

    @Test
    void withoutItsOwnCountTheScreeningIsCheckedAgainstTheReportsMembership() {
        // schoolMeta's membership gives 52 women staff
        assertThat(harness.problems(TYPE, data("screening", 60)))
                .containsExactly("sections[0].data.screening: is 60 but the report's membership"
                        + " (report.membership.women) gives only 52 women staff: those screened are counted among them");
        assertThat(harness.problems(TYPE, data("screening", 52))).isEmpty();
        ReportEngine zh = ReportEngine.builder().discoverPlugins(false).addModule(new WomenModule())
                .messages(Locale.CHINESE).build();
        assertThat(zh.validate(new ReportSpec(SectionHarness.companyMeta(),
                List.of(new SectionSpec(TYPE, null, data("screening", 97))))))
                .singleElement().satisfies(p -> {
                    assertThat(p.path()).isEqualTo("sections[0].data.screening");
                    assertThat(p.message()).contains("填写的是 97，但报告的会员情况（report.membership.women）中女职工只有 96 人");
                });
    }

    @Test
    void theCrossFieldRuleIsWordedInChineseWithItsPath() {
        ReportEngine zh = ReportEngine.builder().discoverPlugins(false).addModule(new WomenModule())
                .messages(Locale.CHINESE).build();
        List<Problem> problems = zh.validate(new ReportSpec(SectionHarness.companyMeta(),
                List.of(new SectionSpec(TYPE, null, data("women", 80, "screening", 96)))));

        assertThat(problems).extracting(Problem::path).containsExactly("sections[0].data.screening");
        assertThat(problems).extracting(Problem::message).singleElement().satisfies(m ->
                assertThat(m).contains("填写的是 96，但女职工只有 80 人：参加筛查的人数包含在女职工人数之中"));
    }

    @Test
    void negativeCountsAndNamelessActivitiesAreRefusedWithTheirPath() {
        assertThat(harness.problems(TYPE, data("screening", -3)))
                .containsExactly("sections[0].data.screening: must be greater than or equal to 0 (was -3)");
        assertThat(harness.problems(TYPE, data("activities", List.of(data("participants", 30)))))
                .singleElement().satisfies(p -> assertThat(p).startsWith("sections[0].data.activities[0].name: "));
    }

    @Test
    void emptyDataLeavesTheSectionOut() {
        assertThat(harness.section(TYPE, data()).isEmpty()).isTrue();
        assertThat(harness.section(TYPE, data("screening", 0, "rooms", data("count", 0),
                "committee", data("established", false))).isEmpty()).isTrue();
    }

    @Test
    void smallDataReadsAsOneParagraphWithTheHeadlineAsAVerbPhrase() {
        SectionHarness.Section s = harness.section(SectionHarness.companyMeta(), TYPE, data("screening", 96));

        assertThat(s.text()).contains("为女职工开展“两癌”筛查，共筛查96人。").doesNotContain("三八").doesNotContain("母婴室");
        assertThat(s.headings()).hasSize(1);
        assertThat(s.figures()).containsEntry("组织女职工“两癌”筛查", "96人");
    }

    @Test
    void aSchoolSaysWomenTeachingStaff() {
        SectionHarness.Section s = harness.section(SectionHarness.schoolMeta(), TYPE, data("screening", 52,
                "activities", List.of(data("name", "“巾帼心向党”主题读书会", "participants", 40, "gift", "节日慰问品"))));

        assertThat(s.text()).contains("女教职工").contains("为女教职工发放节日慰问品")
                .doesNotContain("为女职工").doesNotContain("全体");
        assertThat(s.headings().get(0)).isEqualTo("一、关心关爱女教职工，发挥“半边天”作用");
        assertThat(s.figures()).containsEntry("组织女教职工“两癌”筛查", "52人")
                .containsEntry("参加三八节活动的女教职工", "40人次");
    }

    @Test
    void largeDataGivesEachPartItsHeadingAndFigures() {
        Map<String, Object> input = data(
                "women", 320,
                "committee", data("renewed", true, "members", 9),
                "screening", 286,
                "contract", data("renewed", true),
                "activities", List.of(
                        data("name", "“巾帼心向党”主题读书会", "participants", 120),
                        data("name", "趣味健身活动", "participants", 210, "gift", "节日慰问品")),
                "rooms", data("count", 2, "recognition", "示范母婴室", "level", "市级"),
                "honours", List.of(
                        data("name", "巾帼建功标兵", "level", "市级", "recipient", "王丽"),
                        data("name", "巾帼文明岗", "level", "自治区级", "recipient", "门诊护理组")),
                "family", List.of(data("name", "“书香家庭”亲子阅读活动", "participants", 60)));
        SectionHarness.Section s = harness.section(SectionHarness.companyMeta(), TYPE, input);

        assertThat(s.headings()).hasSize(4);
        assertThat(s.text())
                .contains("工会完成女职工委员会换届，委员9人。")
                .contains("续签女职工权益保护专项集体合同。")
                .contains("建成母婴室（爱心妈咪小屋）2个，获评市级示范母婴室。")
                .contains("“三八”国际妇女节期间，工会开展活动2场。")
                .contains("趣味健身活动，210人次参加，为女职工发放节日慰问品。")
                .contains("工会举办“书香家庭”亲子阅读活动，60人次参加。")
                .contains("获得巾帼建功荣誉2项：门诊护理组获得自治区级巾帼文明岗称号；王丽获得市级巾帼建功标兵称号。");
        assertThat(s.figures()).containsEntry("组织女职工“两癌”筛查", "286人")
                .containsEntry("开展三八节活动", "2场")
                .containsEntry("参加三八节活动的女职工", "330人次")
                .containsEntry("建成母婴室", "2个")
                .containsEntry("获得巾帼建功荣誉", "2项")
                .containsEntry("开展亲子家庭活动", "1场");
    }
}
