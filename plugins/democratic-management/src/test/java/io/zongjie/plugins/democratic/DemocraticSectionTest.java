package io.zongjie.plugins.democratic;

import static io.zongjie.testing.SectionHarness.data;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.zongjie.api.InvalidReportException;
import io.zongjie.api.Problem;
import io.zongjie.document.Document;
import io.zongjie.document.Heading;
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

class DemocraticSectionTest {

    private static final SectionHarness harness = SectionHarness.of(new DemocraticModule());

    @Test
    void everyTemplateCompiles() {
        harness.assertTemplatesCompile();
    }

    private static Map<String, Object> proposals(int collected, int accepted, int implemented) {
        return data("collected", collected, "accepted", accepted, "implemented", implemented);
    }

    private List<Problem> problems(Map<String, Object> data) {
        return harness.engine().validate(new ReportSpec(SectionHarness.schoolMeta(),
                List.of(new SectionSpec("democratic-management", null, data))));
    }

    private Document assemble(ReportMeta meta, Map<String, Object> data) {
        return harness.assemble(meta, List.of(new SectionSpec("democratic-management", null, data)));
    }

    @Test
    void computesTheImplementationRateFromTheCounts() {
        Document doc = harness.assemble("democratic-management", data("proposals", proposals(36, 30, 27)));

        assertThat(SectionHarness.sectionText(doc))
                .contains("工会广泛征集代表提案，共收到提案36件，经审查立案30件。")
                .contains("至年末已落实27件，落实率90%，其余3件尚在办理之中。");
    }

    @Test
    void saysSoWhenEveryProposalWasAcceptedAndCarriedOut() {
        Document doc = harness.assemble("democratic-management", data("proposals", proposals(12, 12, 12)));

        assertThat(SectionHarness.sectionText(doc)).contains("共收到提案12件，经审查全部立案。立案提案已全部落实，落实率100%。")
                .doesNotContain("尚在办理");
    }

    @Test
    void citesTheProposalFiguresInTheOpeningParagraph() {
        Document doc = harness.assemble("democratic-management", data("proposals", proposals(36, 30, 27)));

        assertThat(doc.plainText()).contains("工会征集提案36件、落实提案27件");
    }

    @Test
    void citesTheCongressWhenThereAreNoProposals() {
        Document doc = harness.assemble("democratic-management", data("congresses",
                List.of(data("session", "第三届四次", "month", 3, "delegates", 48))));

        assertThat(doc.plainText()).contains("工会召开教代会1次");
        assertThat(SectionHarness.sectionText(doc)).contains("3月，工会组织召开了第三届四次教职工代表大会，48名代表出席会议。");
    }

    @Test
    void numbersSubHeadingsWhenSeveralPartsHaveData() {
        Document doc = harness.assemble("democratic-management", data(
                "congresses", List.of(data("session", "第三届四次", "reviewed", List.of("学校工作报告", "工会工作报告"))),
                "proposals", proposals(20, 15, 15),
                "disclosures", List.of(data("what", "绩效工资分配方案", "how", "公开栏"))));

        assertThat(doc.headings()).extracting(h -> h.number() + h.text()).containsExactly(
                "一、坚持民主管理，推进校务公开", "（一）开好教代会，保障教职工民主权利", "（二）抓好提案征集和落实",
                "（三）推进校务公开，接受教职工监督");
        assertThat(SectionHarness.sectionText(doc))
                .contains("会议听取并审议了学校工作报告和工会工作报告。")
                .contains("围绕教代会的召开，工会广泛征集代表提案")
                .contains("工会协同行政将绩效工资分配方案通过校务公开栏向全体教职工公开");
    }

    @Test
    void onePartHasNoSubHeadings() {
        Document doc = harness.assemble("democratic-management", data("proposals", proposals(5, 4, 2)));

        assertThat(doc.headings()).extracting(Heading::level).containsExactly(1);
    }

    @Test
    void describesOneCongressAndSeveralCongressesDifferently() {
        String one = SectionHarness.sectionText(harness.assemble("democratic-management", data("congresses",
                List.of(data("session", "第三届四次", "month", 3)))));
        String two = SectionHarness.sectionText(harness.assemble("democratic-management", data("congresses", List.of(
                data("session", "第三届四次", "month", 3, "adopted", List.of("教职工考勤制度", "绩效考核办法")),
                data("session", "第三届五次", "month", 9)))));

        assertThat(one).doesNotContain("全年共召开");
        assertThat(two).contains("全年共召开教代会2次。3月，工会组织召开了第三届四次教职工代表大会。"
                + "会议表决通过了《教职工考勤制度》《绩效考核办法》。9月，又召开了第三届五次教职工代表大会。");
    }

    @Test
    void groupsDisclosuresByChannel() {
        Document doc = harness.assemble("democratic-management", data("disclosures", List.of(
                data("what", "职称评审结果", "how", "公开栏"), data("what", "课后服务费收支", "how", "校园内网"),
                data("what", "评优名单", "how", "公开栏"), data("what", "年度预决算", "how", "教代会"))));

        assertThat(SectionHarness.sectionText(doc)).contains("通过校务公开栏公开了职称评审结果、评优名单；"
                + "通过校园内网公开了课后服务费收支；在教代会上通报了年度预决算，");
        assertThat(doc.plainText()).doesNotContain("一年来，工会"); // disclosures are not a headline figure
    }

    @Test
    void aCompanyHasAWorkersCongressAndChangwuOpenness() {
        Document doc = assemble(SectionHarness.companyMeta(), data(
                "congresses", List.of(data("session", "第一届二次")),
                "disclosures", List.of(data("what", "大宗物资采购情况", "how", "公开栏"))));

        assertThat(SectionHarness.sectionText(doc)).contains("召开了第一届二次职工代表大会")
                .contains("通过厂务公开栏");
        assertThat(doc.headings()).extracting(Heading::text).contains("推进厂务公开，接受职工监督");
    }

    @Test
    void aGovernmentOfficeHasZhengwuOpenness() {
        ReportMeta bureau = ReportMeta.builder("临江市水利局", "2023年", LocalDate.of(2023, 12, 28)).build();
        Document doc = assemble(bureau, data("disclosures", List.of(data("what", "公务接待费", "how", "公开栏"))));

        assertThat(SectionHarness.sectionText(doc)).contains("通过政务公开栏向全体干部职工公开");
    }

    @Test
    void anAssemblyOfAllStaffIsNotCalledACongressOfDelegates() {
        ReportMeta bureau = ReportMeta.builder("临江市水利局", "2023年", LocalDate.of(2023, 12, 28)).build();
        Document doc = assemble(bureau, data(
                "congresses", List.of(data("session", "2023年度", "body", "机关职工大会", "delegates", 61)),
                "proposals", proposals(9, 6, 6)));

        assertThat(SectionHarness.sectionText(doc))
                .contains("工会组织召开了2023年度机关职工大会，61名干部职工参加会议。")
                .contains("征集干部职工提案")
                .doesNotContain("代表");
        assertThat(doc.headings()).extracting(Heading::text).anyMatch(t -> t.contains("机关职工大会"));
    }

    @Test
    void anExplicitKindWinsOverTheGuess() {
        Document doc = harness.assemble("democratic-management", data("kind", "厂务",
                "congresses", List.of(data("session", "第二届一次"))));

        assertThat(SectionHarness.sectionText(doc)).contains("第二届一次职工代表大会");
    }

    @Test
    void emptyDataLeavesTheSectionOut() {
        Document doc = harness.assemble("democratic-management", Map.of());

        assertThat(doc.headings()).isEmpty();
    }

    @Test
    void rejectsANegativeCountWithItsFullPath() {
        assertThatThrownBy(() -> harness.assemble("democratic-management", data("proposals", proposals(10, 8, -1))))
                .isInstanceOfSatisfying(InvalidReportException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path, Problem::message)
                        .containsExactly(tuple("sections[0].data.proposals.implemented",
                                "must be greater than or equal to 0 (was -1)")));
    }

    @Test
    void implementedCannotExceedAcceptedNorAcceptedCollected() {
        assertThat(problems(data("proposals", proposals(10, 8, 9)))).extracting(Problem::path, Problem::message)
                .containsExactly(tuple("sections[0].data.proposals.implemented",
                        "is 9 but only 8 were accepted: implemented proposals are counted among those accepted"));
        assertThat(problems(data("proposals", proposals(10, 12, 4)))).extracting(Problem::path)
                .containsExactly("sections[0].data.proposals.accepted");
    }

    @Test
    void rejectsAnUnknownKind() {
        assertThat(problems(data("kind", "村务", "proposals", proposals(3, 3, 3))))
                .extracting(Problem::path, Problem::message)
                .containsExactly(tuple("sections[0].data.kind",
                        "must be 校务, 院务, 厂务, 政务, 园务, 所务 or 办事 (was \"村务\")"));
        assertThat(problems(data("kind", "院务", "proposals", proposals(3, 3, 3)))).isEmpty();
    }

    @Test
    void suggestsTheFieldMeantForAMisspeltOne() {
        List<Problem> problems = problems(data("proposals", data("collected", 3, "accepted", 3, "implemnted", 3)));

        assertThat(problems).extracting(Problem::path).contains("sections[0].data.proposals.implemnted");
        assertThat(problems).filteredOn(p -> p.path().endsWith("implemnted")).first()
                .extracting(Problem::message).asString().contains("did you mean 'implemented'?");
    }

    @ParameterizedTest
    @CsvSource({
            "school,     临江市城南小学,     教职工, 校务, 教代会",
            "enterprise, 临江材料研究所,     职工,   厂务, 职代会",
            "government, 临江市水利局,       职工,   政务, 机关职工大会"})
    void theSampleForEachKindOfUnionIsValid(String kind, String organization, String staffWord, String openness,
            String congress) throws IOException {
        Document doc = harness.engine().assemble(harness.readSections("sample-" + kind + ".yaml",
                ReportMeta.builder(organization, "2023年", LocalDate.of(2023, 12, 28)).build()));

        assertThat(doc.headings()).filteredOn(h -> h.level() == 2).hasSize(3);
        assertThat(SectionHarness.sectionText(doc)).contains(staffWord).contains(openness).contains(congress)
                .contains("落实率");
    }

    @Test
    void theHeadingNamesTheOpennessTheBodySpeaksOf() {
        io.zongjie.model.ReportMeta centre = io.zongjie.model.ReportMeta.builder("临江市青少年活动中心", "2023年",
                java.time.LocalDate.of(2023, 12, 28)).build();
        Document doc = harness.assemble(centre, List.of(new SectionSpec("democratic-management", null, data(
                "kind", "校务", "disclosures", List.of(data("what", "绩效工资分配方案", "how", "公开栏"),
                        data("what", "评优结果", "how", "公开栏"))))));
        assertThat(doc.headings().get(0).text()).isEqualTo("坚持民主管理，推进校务公开");
        assertThat(SectionHarness.sectionText(doc)).contains("校务公开栏").doesNotContain("厂务").doesNotContain("办事公开");
        io.zongjie.model.ReportMeta hospital = io.zongjie.model.ReportMeta.builder("临江市第一人民医院", "2023年",
                java.time.LocalDate.of(2023, 12, 28)).build();
        Document h = harness.assemble(hospital, List.of(new SectionSpec("democratic-management", null, data(
                "congresses", List.of(data("session", "第六届三次", "delegates", 168))))));
        assertThat(h.headings().get(0).text()).isEqualTo("坚持民主管理，推进院务公开");
        assertThat(SectionHarness.sectionText(h)).contains("第六届三次职工代表大会").doesNotContain("教职工");
    }

    @Test
    void aFederationReportsHowManyBaseUnitsHoldACongress() {
        io.zongjie.model.ReportMeta district = io.zongjie.model.ReportMeta.builder("临江区教育工会", "2023年",
                java.time.LocalDate.of(2023, 12, 28)).build();
        String text = SectionHarness.sectionText(harness.assemble(district, List.of(new SectionSpec(
                "democratic-management", null, data("coverage", data("units", 92, "congresses", 90, "disclosing", 92,
                        "certified", 18))))));
        assertThat(text).startsWith("一、指导民主管理，推进校务公开")
                .contains("全区92所学校中，90所按规定召开了教代会，占97.8%，全部推行了校务公开，其中18所通过了校务公开达标验收");
        assertThat(harness.problems("democratic-management", data("coverage", data("units", 5, "congresses", 6))))
                .containsExactly("sections[0].data.coverage.congresses: is 6 but there are only 5 units: count the "
                        + "units among them");
    }

    @Test
    void theSessionGoesBeforeTheCongressNotBeforeItsScope() {
        String text = SectionHarness.sectionText(harness.assemble("democratic-management", data("congresses", List.of(
                data("session", "第六届三次", "body", "全区教育系统教职工代表大会", "delegates", 236)))));
        assertThat(text).contains("全区教育系统第六届三次教职工代表大会").doesNotContain("第六届三次全区");
    }

    @Test
    void everyProblemItReportsHasItsEnglishAndItsChineseText() {
        io.zongjie.testing.Translations.assertComplete("io/zongjie/plugins/democratic/messages", DemocraticSection.class.getClassLoader());
        io.zongjie.testing.Translations.assertSourcesUseOnlyKnownKeys(java.nio.file.Path.of("src/main/java"),
                "problems\\.report\\([^;]*?, ", "io/zongjie/plugins/democratic/messages", DemocraticSection.class.getClassLoader());
    }
}
