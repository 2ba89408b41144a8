package io.zongjie.plugins.publicity;

import static io.zongjie.testing.SectionHarness.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.zongjie.api.Problem;
import io.zongjie.api.ReportEngine;
import io.zongjie.model.ReportSpec;
import io.zongjie.model.SectionSpec;
import io.zongjie.spi.Figure;
import io.zongjie.testing.SectionHarness;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PublicitySectionTest {

    private static final SectionHarness harness = SectionHarness.of(new PublicityModule());

    @Test
    void everyTemplateCompiles() {
        harness.assertTemplatesCompile();
    }

    @Test
    void countsCountedAmongOthersMayNotExceedThemWithTheirPaths() {
        assertThat(harness.problems("publicity", data(
                "news", data("submitted", 20, "adopted", 21),
                "surveys", List.of(data("topic", "职工思想状况", "sent", 100, "returned", 90),
                        data("topic", "食堂满意度", "sent", 300, "returned", 301)),
                "research", data("reports", 1, "topics", List.of("甲", "乙")))))
                .containsExactlyInAnyOrder(
                        "sections[0].data.news.adopted: is 21 but only 20 items were sent up: items taken up are"
                                + " counted among those sent",
                        "sections[0].data.surveys[1].returned: is 301 but only 300 questionnaires were sent out:"
                                + " questionnaires returned are counted among those sent",
                        "sections[0].data.research.topics: names 2 topics but only 1 research reports were written:"
                                + " give one topic a report at most");
    }

    @Test
    void theCrossFieldRulesAreWordedInChinese() {
        ReportEngine zh = ReportEngine.builder().discoverPlugins(false)
                .addModule(new PublicityModule()).messages(Locale.CHINESE).build();
        List<Problem> problems = zh.validate(new ReportSpec(SectionHarness.companyMeta(), List.of(
                new SectionSpec("publicity", null, data(
                        "surveys", List.of(data("topic", "职工需求", "sent", 50, "returned", 60)))))));

        assertThat(problems).extracting(Problem::path).containsExactly("sections[0].data.surveys[0].returned");
        assertThat(problems.get(0).message()).contains("填写的是 60，但只发放了 50 份问卷：收回的问卷包含在发放的问卷之中");
    }

    @Test
    void missingAndNegativeCountsAreRefusedWithTheirPath() {
        assertThat(harness.problems("publicity", data("bulletins", List.of(data("name", "工会简报", "issues", -1)))))
                .containsExactly("sections[0].data.bulletins[0].issues: must be greater than or equal to 0 (was -1)");
        assertThat(harness.problems("publicity", data("surveys", List.of(data("topic", "职工需求", "sent", 10)))))
                .singleElement().asString().startsWith("sections[0].data.surveys[0].returned:");
    }

    @Test
    void emptyDataLeavesTheSectionOut() {
        assertThat(harness.section("publicity", data()).isEmpty()).isTrue();
        assertThat(harness.section("publicity", data(
                "bulletins", List.of(data("name", "工会简报", "issues", 0)),
                "news", data("submitted", 0),
                "surveys", List.of(data("topic", "职工需求", "sent", 0, "returned", 0)),
                "research", data("reports", 0))).isEmpty()).isTrue();
    }

    @Test
    void smallDataReadsAsOneParagraphTrueToItsInput() {
        SectionHarness.Section s = harness.section(SectionHarness.companyMeta(), "publicity",
                data("bulletins", List.of(data("name", "工会工作简报", "issues", 12))));

        assertThat(s.text()).contains("《工会工作简报》").contains("12期。")
                .doesNotContain("稿件").doesNotContain("问卷").doesNotContain("调研").doesNotContain("null");
        assertThat(s.headings()).hasSize(1);
        assertThat(s.figures()).containsOnlyKeys("编发简报").containsEntry("编发简报", "12期");
    }

    @Test
    void aSurveyAloneGivesItsReturnRate() {
        SectionHarness.Section s = harness.section(SectionHarness.companyMeta(), "publicity", data(
                "surveys", List.of(data("topic", "职工思想状况", "sent", 11031, "returned", 10259))));

        assertThat(s.text()).contains("围绕职工思想状况开展问卷调查，发放问卷11031份，收回10259份，回收率93%。")
                .doesNotContain("简报").doesNotContain("调研报告");
        assertThat(s.headings()).hasSize(1);
        assertThat(s.figures()).containsEntry("问卷回收率", "93%").containsEntry("发放调查问卷", "11031份");
    }

    @Test
    void largeDataGivesBothPartsTheirHeadingsMeasureWordsAndTotals() {
        SectionHarness.Section s = harness.section(SectionHarness.companyMeta(), "publicity", data(
                "bulletins", List.of(data("name", "工会工作简报", "issues", 24),
                        data("name", "《女工信息》", "issues", 6)),
                "news", data("submitted", 86, "adopted", 41),
                "articles", List.of(data("outlet", "工人日报", "level", "国家级", "count", 2),
                        data("outlet", "临江日报", "level", "市级", "count", 15),
                        data("outlet", "集团报", "count", 30),
                        data("outlet", "临江新闻网", "level", "市级", "count", 4)),
                "online", List.of(data("name", "“职工之家”微信公众号", "posts", 168),
                        data("name", "公司工会网站", "posts", 52)),
                "campaigns", List.of(data("name", "《工会法》宣传月活动", "participants", 860, "materials", 1200),
                        data("name", "送法进车间活动", "times", 6)),
                "surveys", List.of(data("topic", "职工思想状况", "sent", 1200, "returned", 1136),
                        data("topic", "职工食堂满意度", "sent", 600, "returned", 600)),
                "research", data("reports", 3, "topics", List.of("一线职工收入分配", "倒班职工休息休假", "青年职工成长成才"))));

        assertThat(s.headings()).hasSize(3);
        assertThat(s.text())
                .contains("《工会工作简报》24期、《女工信息》6期，共30期，向上级工会报送信息86条，被采用41条。")
                // a newspaper takes book-title marks, a website does not
                .contains("在各级媒体刊发宣传稿件51篇，其中国家级《工人日报》2篇、市级《临江日报》15篇、《集团报》30篇、市级临江新闻网4篇。")
                .contains("通过“职工之家”微信公众号发布工作动态168条，通过公司工会网站发布52条")
                .contains("还开展《工会法》宣传月活动，参与职工860人次，发放宣传资料1200份；开展送法进车间活动6次。")
                .contains("围绕职工思想状况开展问卷调查，发放问卷1200份，收回1136份，回收率94.7%；"
                        + "围绕职工食堂满意度开展问卷调查，发放问卷600份，全部收回。共发放问卷1800份，收回1736份，回收率96.4%。")
                .contains("形成调研报告3篇，内容涉及一线职工收入分配、倒班职工休息休假、青年职工成长成才等方面")
                .doesNotContain("null").doesNotContain("。。").doesNotContain("，。");
        assertThat(s.figures())
                .containsEntry("编发简报", "30期")
                .containsEntry("报送工会信息", "86条")
                .containsEntry("报送信息被采用", "41条")
                .containsEntry("在各级媒体刊发稿件", "51篇")
                .containsEntry("通过公众号和网站发布信息", "220条")
                .containsEntry("开展宣传活动", "7次")
                .containsEntry("发放调查问卷", "1800份")
                .containsEntry("收回调查问卷", "1736份")
                .containsEntry("问卷回收率", "96.4%")
                .containsEntry("形成调研报告", "3篇");
    }

    @Test
    void theReturnRateOfTwoUnitsIsRecomputedFromTheirQuestionnairesNotSummed() {
        Figure a = Figure.rate("publicity.surveys.rate", "问卷回收率", 90, 100);
        Figure b = Figure.rate("publicity.surveys.rate", "问卷回收率", 950, 1000);
        assertThat(a.plus(b).value()).isEqualByComparingTo("94.5");
        assertThat(a.plus(b).unit()).isEqualTo("%");
    }
}
