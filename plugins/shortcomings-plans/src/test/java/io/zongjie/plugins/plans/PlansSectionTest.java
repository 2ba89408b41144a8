package io.zongjie.plugins.plans;

import static io.zongjie.testing.SectionHarness.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.zongjie.api.Problem;
import io.zongjie.document.Block;
import io.zongjie.document.Document;
import io.zongjie.document.Heading;
import io.zongjie.document.Inline;
import io.zongjie.document.ListBlock;
import io.zongjie.document.Signature;
import io.zongjie.model.ReportMeta;
import io.zongjie.model.ReportSpec;
import io.zongjie.model.SectionSpec;
import io.zongjie.testing.SectionHarness;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlansSectionTest {

    private static final SectionHarness harness = SectionHarness.of(new PlansModule(), new OtherSectionModule());

    @Test
    void everyTemplateCompiles() {
        harness.assertTemplatesCompile();
    }

    private static final List<String> SHORTCOMINGS = List.of("文体活动形式比较单一。", "青年教职工参与不多；");

    private List<Problem> problems(Map<String, Object> data) {
        return harness.engine().validate(new ReportSpec(SectionHarness.schoolMeta(),
                List.of(new SectionSpec("shortcomings-plans", null, data))));
    }

    private Document assemble(String period, Map<String, Object> data) {
        ReportMeta meta = ReportMeta.builder("临江市实验小学", period, LocalDate.of(2023, 12, 28)).build();
        return harness.assemble(meta, List.of(new SectionSpec("shortcomings-plans", null, data)));
    }

    private static List<ListBlock> lists(Document doc) {
        return doc.blocks().stream().filter(b -> b instanceof ListBlock).map(b -> (ListBlock) b).toList();
    }

    /** The paragraph just before the signature. */
    private static String closing(Document doc) {
        List<Block> blocks = doc.blocks();
        for (int i = 1; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Signature) {
                return blocks.get(i - 1).plainText();
            }
        }
        throw new AssertionError("no signature");
    }

    @Test
    void numbersShortcomingsAndPlansAsOrderedListsInTheirOrder() {
        Document doc = harness.assemble("shortcomings-plans", data(
                "shortcomings", SHORTCOMINGS,
                "plans", List.of("丰富活动形式", "多听青年教职工的意见", "办好教工之家")));

        List<ListBlock> lists = lists(doc);
        assertThat(lists).hasSize(2).allMatch(ListBlock::ordered);
        assertThat(lists.get(0).itemTexts()).containsExactly("文体活动形式比较单一；", "青年教职工参与不多。");
        assertThat(lists.get(1).itemTexts()).containsExactly("丰富活动形式。", "多听青年教职工的意见。", "办好教工之家。");
    }

    @Test
    void joinsTheTwoListsWithTheTransitionSentences() {
        Document doc = harness.assemble("shortcomings-plans", data(
                "shortcomings", SHORTCOMINGS, "plans", List.of("丰富活动形式", "多听青年教职工的意见", "办好教工之家")));

        String text = SectionHarness.sectionText(doc);
        assertThat(text).contains("与上级工会的要求和广大教职工的期盼相比还有一定差距，主要表现在：")
                .contains("针对以上不足，2024年工会将重点做好以下几方面工作：");
        assertThat(text.indexOf("主要表现在")).isLessThan(text.indexOf("针对以上不足"));
    }

    @Test
    void headsBothPartsWhenBothHaveItems() {
        Document doc = harness.assemble("shortcomings-plans", data(
                "shortcomings", SHORTCOMINGS, "plans", List.of("丰富活动形式", "办好教工之家")));

        assertThat(doc.headings()).extracting(h -> h.number() + h.text()).containsExactly(
                "一、存在的不足与2024年工作打算", "（一）存在的不足", "（二）2024年工作打算");
        assertThat(SectionHarness.sectionText(doc)).contains("重点做好以下两方面工作：");
    }

    @Test
    void printsAPlansLeadInBold() {
        Document doc = harness.assemble("shortcomings-plans", data("plans", List.of(
                data("lead", "抓好教代会提案落实", "text", "建立提案办理台账"), "办好教工之家")));

        List<Inline> first = lists(doc).get(0).items().get(0);
        assertThat(first.get(0)).isEqualTo(new Inline.Strong("抓好教代会提案落实。"));
        assertThat(Inline.plainText(first)).isEqualTo("抓好教代会提案落实。建立提案办理台账。");
    }

    @Test
    void plansAloneOpenWithALookAheadInsteadOfTheTurn() {
        Document doc = harness.assemble("shortcomings-plans", data("plans", List.of("丰富活动形式", "办好教工之家")));

        assertThat(SectionHarness.sectionText(doc))
                .contains("展望2024年，工会将继续围绕学校中心工作，立足教职工所需，重点做好以下两方面工作：")
                .doesNotContain("针对以上不足").doesNotContain("主要表现在");
        assertThat(doc.headings()).extracting(Heading::level).containsExactly(1);
    }

    @Test
    void shortcomingsAloneEndWithAPromiseToImprove() {
        Document doc = harness.assemble("shortcomings-plans", data("shortcomings", SHORTCOMINGS));

        assertThat(SectionHarness.sectionText(doc)).contains("主要表现在：")
                .contains("对于这些问题，工会将认真分析原因，在今后的工作中切实加以改进。")
                .doesNotContain("针对以上不足");
    }

    @Test
    void oneShortcomingAndOnePlanAreWrittenAsSentencesNotLists() {
        Document doc = harness.assemble("shortcomings-plans", data(
                "shortcomings", List.of("文体活动形式比较单一。"),
                "plans", List.of(data("lead", "丰富活动形式", "text", "每学期组织一次全员参与的活动"))));

        assertThat(lists(doc)).isEmpty();
        assertThat(SectionHarness.sectionText(doc))
                .contains("工会工作还存在不足，主要是文体活动形式比较单一。")
                .contains("针对以上不足，2024年工会将着力丰富活动形式，每学期组织一次全员参与的活动。");
    }

    @Test
    void readsNextYearFromThePeriod() {
        assertThat(PlansView.nextYear("2023年")).isEqualTo("2024年");
        assertThat(PlansView.nextYear("2023年度")).isEqualTo("2024年");
        assertThat(PlansView.nextYear("2022—2023学年")).isEqualTo("新学年");
        assertThat(PlansView.nextYear("2023学年度")).isEqualTo("新学年");
        assertThat(PlansView.nextYear("2023—2024学年第一学期")).isEqualTo("下学期");
        assertThat(PlansView.nextYear("2023年上半年")).isEqualTo("下半年");
        assertThat(PlansView.nextYear("2023年下半年")).isEqualTo("2024年");
        assertThat(PlansView.nextYear("年度工作")).isNull();
    }

    @Test
    void aHalfYearPlansTheSecondHalf() {
        Document doc = assemble("2023年上半年", data("shortcomings", SHORTCOMINGS, "plans", List.of("丰富活动形式", "办好教工之家")));

        assertThat(SectionHarness.sectionText(doc)).contains("针对以上不足，下半年，工会将重点做好以下两方面工作：")
                .contains("（二）下半年工作打算").startsWith("一、存在的不足与下半年工作打算")
                .doesNotContain("一年来").doesNotContain("新的一年");
    }

    @Test
    void aSemesterPlansTheNextSemesterAndASchoolYearTheNewSchoolYear() {
        assertThat(SectionHarness.sectionText(assemble("2023—2024学年第一学期", data("plans", List.of("丰富活动形式")))))
                .startsWith("一、下学期工作打算");
        assertThat(SectionHarness.sectionText(assemble("2023学年度", data("shortcomings", SHORTCOMINGS,
                "plans", List.of("丰富活动形式", "办好教工之家"))))).contains("（二）新学年工作打算")
                .doesNotContain("一年来的").doesNotContain("2024年");
    }

    @Test
    void anExplicitNextYearWins() {
        Document doc = harness.assemble("shortcomings-plans", data("nextYear", "新学期", "plans", List.of("丰富活动形式", "办好教工之家")));

        assertThat(SectionHarness.sectionText(doc)).contains("展望新学期，工会将");
    }

    @Test
    void escapesMarkupInTheDataOnce() {
        Document doc = harness.assemble("shortcomings-plans", data("nextYear", "新学期<A&B>",
                "shortcomings", List.of("活动少"), "plans", List.of("办好R&D沙龙", "办好教工之家")));

        assertThat(SectionHarness.sectionText(doc)).contains("针对以上不足，新学期<A&B>，工会将重点做好以下两方面工作：")
                .contains("办好R&D沙龙。");
    }

    @Test
    void changesTheReportsClosingParagraph() {
        SectionSpec note = new SectionSpec("note", null, data("text", "工会组织了春季运动会。"));
        Document with = harness.assemble(SectionHarness.schoolMeta(), List.of(note,
                new SectionSpec("shortcomings-plans", null, data("plans", List.of("丰富活动形式")))));
        Document without = harness.assemble(SectionHarness.schoolMeta(), List.of(note));

        assertThat(closing(with)).contains("工会将").doesNotContain("我们深感").doesNotContain("差距");
        assertThat(closing(without)).doesNotContain("打算");
    }

    @Test
    void publishesNoFigures() {
        Document doc = harness.assemble("shortcomings-plans", data("plans", List.of("丰富活动形式")));

        assertThat(doc.plainText()).doesNotContain("一年来，工会");
    }

    @Test
    void emptyDataLeavesTheSectionOut() {
        Document doc = harness.assemble("shortcomings-plans", data("shortcomings", List.of(), "plans", List.of()));

        assertThat(doc.headings()).isEmpty();
    }

    @Test
    void aPlanMustNotRepeatTheSubject() {
        assertThat(problems(data("plans", List.of("丰富活动形式", "工会将办好教工之家"))))
                .extracting(Problem::path).containsExactly("sections[0].data.plans[1].text");
    }

    @Test
    void rejectsBlankItemsAndLongLeadsWithTheirPaths() {
        List<Problem> problems = problems(data("shortcomings", List.of("活动少", " "),
                "plans", List.of(data("lead", "抓好教代会提案的征集、立案、办理、督办和反馈工作", "text", "建立台账"))));

        assertThat(problems).hasSize(2);
        assertThat(problems).filteredOn(p -> p.path().equals("sections[0].data.plans[0].lead"))
                .extracting(Problem::message).containsExactly("is a short phrase of at most 20 characters "
                        + "(was \"抓好教代会提案的征集、立案、办理、督办和反馈工作\")");
        // core currently prints this path as "sections[0].data.shortcomings[1].<list element>"
        assertThat(problems).filteredOn(p -> p.path().startsWith("sections[0].data.shortcomings[1]"))
                .extracting(Problem::message).containsExactly("must not be blank (was \" \")");
    }

    @Test
    void suggestsTheFieldMeantForAMisspeltOne() {
        List<Problem> problems = problems(data("plans", List.of("丰富活动形式"), "nextyear", "2024年"));

        assertThat(problems).extracting(Problem::path).containsExactly("sections[0].data.nextyear");
        assertThat(problems.get(0).message()).contains("did you mean 'nextYear'?");
    }

    @ParameterizedTest
    @CsvSource({
            "school,     临江市滨江实验中学, 针对以上不足，2024年工会将重点做好以下几方面工作：",
            "enterprise, 临江热电有限公司,   针对以上不足，2024年工会将重点做好以下几方面工作：",
            "government, 临江市水利局,       展望2024年，工会将继续围绕机关中心工作"})
    void theSampleForEachKindOfUnionIsValid(String kind, String organization, String transition) throws IOException {
        Document doc = harness.engine().assemble(harness.readSections("sample-" + kind + ".yaml",
                ReportMeta.builder(organization, "2023年", LocalDate.of(2023, 12, 28)).build()));

        assertThat(SectionHarness.sectionText(doc)).contains(transition);
        assertThat(lists(doc)).isNotEmpty();
    }

    @Test
    void everyProblemItReportsHasItsEnglishAndItsChineseText() {
        io.zongjie.testing.Translations.assertComplete("io/zongjie/plugins/plans/messages", PlansSection.class.getClassLoader());
        io.zongjie.testing.Translations.assertSourcesUseOnlyKnownKeys(java.nio.file.Path.of("src/main/java"),
                "problems\\.report\\([^;]*?, ", "io/zongjie/plugins/plans/messages", PlansSection.class.getClassLoader());
    }
}
