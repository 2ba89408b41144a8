package io.zongjie.plugins.rights;

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

class RightsSectionTest {

    private static final SectionHarness harness = SectionHarness.of(new RightsModule());

    @Test
    void everyTemplateCompiles() {
        harness.assertTemplatesCompile();
    }

    @Test
    void countsCountedAmongOthersMayNotExceedThemWithTheirPaths() {
        assertThat(harness.problems("rights", data(
                "disputes", data("received", 10, "mediated", 11, "resolved", 12),
                "safety", data("inspections", 4, "found", 20, "fixed", 21),
                "appeals", data("received", 30, "handled", 31))))
                .containsExactlyInAnyOrder(
                        "sections[0].data.disputes.mediated: is 11 but only 10 disputes were received: disputes"
                                + " mediated are counted among those received",
                        "sections[0].data.disputes.resolved: is 12 but only 10 disputes were received: disputes"
                                + " resolved are counted among those received",
                        "sections[0].data.safety.fixed: is 21 but only 20 hazards were found: hazards fixed are"
                                + " counted among those found",
                        "sections[0].data.appeals.handled: is 31 but only 30 appeals were received: appeals handled"
                                + " are counted among those received");
    }

    @Test
    void theCrossFieldRulesAreWordedInChinese() {
        ReportEngine zh = ReportEngine.builder().discoverPlugins(false)
                .addModule(new RightsModule()).messages(Locale.CHINESE).build();
        List<Problem> problems = zh.validate(new ReportSpec(SectionHarness.companyMeta(), List.of(
                new SectionSpec("rights", null, data(
                        "disputes", data("received", 5, "mediated", 6, "resolved", 7),
                        "safety", data("found", 3, "fixed", 4),
                        "appeals", data("received", 8, "handled", 9))))));

        assertThat(problems).extracting(Problem::path).containsExactlyInAnyOrder(
                "sections[0].data.disputes.mediated", "sections[0].data.disputes.resolved",
                "sections[0].data.safety.fixed", "sections[0].data.appeals.handled");
        assertThat(problems).extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("填写的是 6，但只受理了 5 件劳动争议：调解的案件包含在受理的案件之中"))
                .anySatisfy(m -> assertThat(m).contains("填写的是 7，但只受理了 5 件劳动争议：调解成功的案件包含在受理的案件之中"))
                .anySatisfy(m -> assertThat(m).contains("填写的是 4，但只排查出 3 项隐患"))
                .anySatisfy(m -> assertThat(m).contains("填写的是 9，但只收到 8 件职工诉求"));
    }

    @Test
    void negativeCountsAndOverPreciseMoneyAreRefusedWithTheirPath() {
        assertThat(harness.problems("rights", data("legal", data("cases", -2))))
                .containsExactly("sections[0].data.legal.cases: must be greater than or equal to 0 (was -2)");
        assertThat(harness.problems("rights", data("migrant", data("amount", "12.345"))))
                .singleElement().asString().startsWith("sections[0].data.migrant.amount: is money in 元");
    }

    @Test
    void emptyDataLeavesTheSectionOut() {
        assertThat(harness.section("rights", data()).isEmpty()).isTrue();
        assertThat(harness.section("rights", data("disputes", data("received", 0),
                "appeals", data("received", 0), "legal", data("cases", 0))).isEmpty()).isTrue();
    }

    @Test
    void smallDataReadsAsOneParagraph() {
        SectionHarness.Section s = harness.section(SectionHarness.companyMeta(), "rights",
                data("disputes", data("received", 12, "mediated", 12, "resolved", 10)));

        assertThat(s.text()).contains("工会依法参与劳动争议处理，受理劳动争议12件，调解12件，调解成功10件，调解成功率83.3%。")
                .doesNotContain("集体合同").doesNotContain("挽回");
        assertThat(s.headings()).hasSize(1);
        assertThat(s.figures()).containsEntry("调解劳动争议", "12件").containsEntry("调解成功率", "83.3%");
    }

    @Test
    void largeDataGivesEachPartItsHeadingRateAndMoney() {
        SectionHarness.Section s = harness.section(SectionHarness.companyMeta(), "rights", data(
                "contract", data("renewed", true, "period", "2026—2028年", "coverage", 1860),
                "wage", data("period", "2026年度", "coverage", 1860),
                "women", data("renewed", true, "coverage", 412),
                "wageRounds", 3,
                "disputes", data("received", 15, "mediated", 14, "resolved", 12, "recovered", 386000),
                "legal", data("cases", 6, "sessions", 9, "participants", 1240),
                "migrant", data("cases", 4, "amount", 27800),
                "safety", data("inspections", 24, "found", 137, "fixed", 131),
                "appeals", data("received", 58, "handled", 58)));

        assertThat(s.headings()).hasSize(5);
        assertThat(s.text())
                .contains("工会与行政方续签集体合同（2026—2028年），覆盖职工1860人。同时签订工资专项集体合同（2026年度），"
                        + "覆盖职工1860人。工会还续签女职工权益保护专项集体合同，覆盖女职工412人。全年开展工资集体协商3次。")
                .contains("受理劳动争议15件，调解14件，调解成功12件，调解成功率80%，为职工挽回经济损失38.6万元。"
                        + "为职工提供法律援助6件；开展普法宣传9次，1240人次参加。帮助农民工追讨欠薪4件，追回工资2.78万元。")
                .contains("开展劳动保护监督检查24次，排查安全隐患137项，已整改131项。")
                .contains("工会收到职工诉求58件，已全部办结。");
        assertThat(s.figures()).containsEntry("调解成功率", "80%")
                .containsEntry("调解劳动争议", "14件")
                .containsEntry("为农民工追回工资", "2.78万元")
                .containsEntry("为职工挽回经济损失", "38.6万元")
                .containsEntry("集体合同覆盖职工", "1860人")
                .containsEntry("参加普法宣传", "1240人次")
                .containsEntry("整改安全隐患", "131项")
                .containsEntry("办结职工诉求", "58件");
    }

    @Test
    void aSpecialContractAloneHasItsOwnSubjectAndPartialCountsAreStated() {
        SectionHarness.Section s = harness.section(SectionHarness.companyMeta(), "rights", data(
                "women", data("coverage", 230),
                "safety", data("found", 12, "fixed", 12),
                "appeals", data("received", 40, "handled", 37)));

        assertThat(s.text()).contains("工会与行政方签订女职工权益保护专项集体合同，覆盖女职工230人。")
                .contains("排查安全隐患12项，已全部整改。")
                .contains("诉求40件，办结37件。")
                .doesNotContain("同时").doesNotContain("还签订").doesNotContain("检查0次");
        assertThat(s.headings()).hasSize(4);
        assertThat(s.figures()).doesNotContainKey("集体合同覆盖职工");
    }

    @Test
    void theSuccessRateOfTwoUnitsIsRecomputedNotSummed() {
        Figure a = Figure.rate("rights.disputes.success", "调解成功率", 1, 2);
        Figure b = Figure.rate("rights.disputes.success", "调解成功率", 98, 98);
        assertThat(a.plus(b).value()).isEqualByComparingTo("99");
    }
}
