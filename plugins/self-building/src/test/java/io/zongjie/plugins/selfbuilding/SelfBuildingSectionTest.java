package io.zongjie.plugins.selfbuilding;

import static io.zongjie.testing.SectionHarness.data;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.zongjie.api.InvalidReportException;
import io.zongjie.api.Problem;
import io.zongjie.document.Document;
import io.zongjie.model.ReportMeta;
import io.zongjie.document.Heading;
import io.zongjie.model.ReportSpec;
import io.zongjie.model.SectionSpec;
import io.zongjie.testing.SectionHarness;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SelfBuildingSectionTest {

    private static final SectionHarness harness = SectionHarness.of(new SelfBuildingModule());

    @Test
    void everyTemplateCompiles() {
        harness.assertTemplatesCompile();
    }

    private List<Problem> problems(Map<String, Object> data) {
        return harness.engine().validate(new ReportSpec(SectionHarness.schoolMeta(),
                List.of(new SectionSpec("self-building", null, data))));
    }

    @Test
    void computesTheMembershipRateFromTheSectionsOwnStaffCount() {
        Document doc = harness.assemble("self-building", data("membership",
                data("total", 146, "staff", 148, "newMembers", 6)));

        assertThat(SectionHarness.sectionText(doc))
                .containsPattern("全年(共)?(发展新|新吸收)会员6人")
                .containsPattern("年末(，)?(共有会员|会员人数达到|会员总数为)146人，占教职工总数的98.6%");
    }

    @Test
    void takesTheStaffCountFromTheReportWhenTheSectionHasNone() {
        // schoolMeta has 80 staff
        Document doc = harness.assemble("self-building", data("membership", data("total", 78)));

        assertThat(SectionHarness.sectionText(doc)).containsPattern("年末(，)?工会(共有会员|有会员|会员总数为)78人，占教职工总数的97.5%");
    }

    @Test
    void saysEveryoneJoinedWhenMembersEqualStaff() {
        Document doc = harness.assemble("self-building", data("membership", data("total", 80, "staff", 80)));

        assertThat(SectionHarness.sectionText(doc)).contains("全体教职工均已入会，入会率100%")
                .doesNotContain("占教职工总数");
    }

    @Test
    void printsIncomeSpendingAndTheBalance() {
        Document doc = harness.assemble("self-building", data("finance",
                data("income", 136500, "spending", 128320, "audited", true, "disclosed", true)));

        assertThat(SectionHarness.sectionText(doc))
                .containsPattern("全年(工会经费收入|共收入工会经费|工会经费总收入)13.65万元，(总)?支出12.83万余元，(收支相抵，)?结余8180元")
                .contains("审查结果和收支情况向全体会员作了公开");
    }

    @Test
    void printsTheFinanceIn10000YuanWhenEveryAmountReadsExactlyInIt() {
        Document doc = harness.assemble("self-building", data("finance", data("income", 200000, "spending", 180000)));

        assertThat(SectionHarness.sectionText(doc)).containsPattern("全年(工会经费收入|共收入工会经费|工会经费总收入)20万元，(总)?支出18万元，(收支相抵，)?结余2万元。");
    }

    @Test
    void saysHowAnOverspendWasCovered() {
        Document doc = harness.assemble("self-building", data("finance",
                data("income", 50000, "spending", 56000, "audited", false)));

        assertThat(SectionHarness.sectionText(doc))
                .containsPattern("收入(工会经费)?5万元，(总)?支出5.6万元，超支6000元。")
                .doesNotContain("往年结余")
                .contains("尚未对全年的经费收支进行审查");
    }

    @Test
    void numbersSubHeadingsWhenSeveralPartsHaveData() {
        Document doc = harness.assemble("self-building", data(
                "election", data("term", "第五届", "month", 5, "members", 7, "chair", "李文华"),
                "training", data("sessions", 2, "participants", 36),
                "honours", List.of(data("name", "模范教工之家", "level", "市级", "by", "临江市总工会", "year", 2023),
                        data("name", "先进基层工会"))));

        assertThat(doc.headings()).extracting(h -> h.number() + h.text()).containsExactly(
                "一、加强自身建设，增强工会活力", "（一）完成换届选举，健全组织机构", "（二）加强干部培训，提升履职能力",
                "（三）荣誉与表彰");
        assertThat(SectionHarness.sectionText(doc))
                .contains("5月，工会依照《中国工会章程》规定的程序完成换届选举，选举产生了由7名委员组成的第五届工会委员会，"
                        + "李文华当选为工会主席。")
                .contains("工会全年举办工会干部培训2期，累计培训36人次。")
                .contains("2023年，工会被临江市总工会评为市级“模范教工之家”；工会被评为“先进基层工会”。");
    }

    @Test
    void onePartHasNoSubHeadings() {
        Document doc = harness.assemble("self-building", data("rules", List.of("工会经费收支管理办法")));

        assertThat(doc.headings()).extracting(Heading::level).containsExactly(1);
        assertThat(SectionHarness.sectionText(doc)).contains("工会结合实际制定了《工会经费收支管理办法》")
                .doesNotContain("等1项");
    }

    @Test
    void countsSeveralRulesAndPrintsTheirTitlesWithoutCommas() {
        Document doc = harness.assemble("self-building", data("rules",
                List.of("工会委员会议事规则", "工会经费收支管理办法", "会员评家制度")));

        assertThat(SectionHarness.sectionText(doc))
                .contains("先后制定、修订了《工会委员会议事规则》《工会经费收支管理办法》《会员评家制度》等3项制度");
    }

    @Test
    void describesOneDutyAndSeveralDutiesDifferently() {
        String one = SectionHarness.sectionText(harness.assemble("self-building", data("duties",
                List.of(data("member", "王芳", "duty", "女工委员")))));
        String several = SectionHarness.sectionText(harness.assemble("self-building", data("duties", List.of(
                data("member", "王芳", "duty", "女工委员"), data("member", "陈强", "duty", "负责文体活动")))));

        assertThat(one).contains("工会委员会明确由王芳担任女工委员").doesNotContain("明确了委员分工");
        assertThat(several).contains("工会委员会进一步明确了委员分工：王芳担任女工委员，陈强负责文体活动，");
    }

    @Test
    void trainingAtHomeAndAbroadIsCountedTogetherAndCitedInTheOpening() {
        Document doc = harness.assemble("self-building", data(
                "training", data("sessions", 1, "participants", 24, "sentOut", 3),
                "membership", data("total", 78, "newMembers", 5)));

        assertThat(SectionHarness.sectionText(doc))
                .contains("工会举办了工会干部培训班，参训24人次；同时选派工会干部参加上级工会举办的培训3人次");
        assertThat(doc.plainText()).contains("工会发展新会员5人、培训工会干部27人次");
    }

    @Test
    void cardsForTheNewMembersAreSaidToBeForThem() {
        Document doc = harness.assemble("self-building", data("membership",
                data("total", 78, "newMembers", 4, "cards", 4)));

        assertThat(SectionHarness.sectionText(doc)).contains("工会为新入会的4名会员及时办理了会员证。");
    }

    @Test
    void aTaskIsPrintedAsItIsAndAnOfficeAfterDanren() {
        String text = SectionHarness.sectionText(harness.assemble("self-building", data("duties", List.of(
                data("member", "周雅琴", "duty", "主持工会全面工作"), data("member", "沈蕾", "duty", "女工委员")))));

        assertThat(text).contains("周雅琴主持工会全面工作，沈蕾担任女工委员");
    }

    @Test
    void zeroCountsAreNotPrintedAsZero() {
        Document doc = harness.assemble("self-building", data(
                "training", data("sessions", 2, "participants", 30, "sentOut", 0),
                "meetings", data("committee", 0),
                "membership", data("total", 78, "cards", 0, "records", 0)));

        String text = SectionHarness.sectionText(doc);
        assertThat(text).contains("累计培训30人次。通过学习培训").doesNotContain("同时")
                .doesNotContain("0名").doesNotContain("会议0次");
        assertThat(doc.headings()).extracting(Heading::text).doesNotContain("健全组织机构，规范日常运行");
    }

    @Test
    void meetingsAndTheirTopicsArePrinted() {
        Document doc = harness.assemble("self-building", data("meetings",
                data("committee", 12, "topics", List.of("慰问方案", "经费预算", "文体活动安排"))));

        assertThat(SectionHarness.sectionText(doc))
                .containsPattern("(全年召开工会委员会会议|工会委员会全年共召开会议)12次，(先后|集体)研究了慰问方案、经费预算、文体活动安排等事项");
    }

    @Test
    void enterpriseStaffAreCalledZhigong() {
        Document doc = harness.assemble(SectionHarness.companyMeta(), List.of(new SectionSpec("self-building", null,
                data("membership", data("total", 410, "newMembers", 23)))));

        // new members are counted, not said to be new hires: the input does not say so
        assertThat(SectionHarness.sectionText(doc)).containsPattern("全年(共)?(发展新|新吸收)会员23人").contains("占职工总数的97.6%")
                .doesNotContain("新入职").doesNotContain("教职工");
    }

    @Test
    void emptyDataLeavesTheSectionOut() {
        Document doc = harness.assemble("self-building", Map.of());

        assertThat(doc.headings()).isEmpty();
    }

    @Test
    void rejectsANegativeCountWithItsFullPath() {
        assertThatThrownBy(() -> harness.assemble("self-building", data("membership",
                data("total", 80, "newMembers", -2))))
                .isInstanceOfSatisfying(InvalidReportException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path, Problem::message)
                        .containsExactly(tuple("sections[0].data.membership.newMembers",
                                "must be greater than or equal to 0 (was -2)")));
    }

    @Test
    void membersCannotOutnumberStaffNorNewMembersTheTotal() {
        assertThat(problems(data("membership", data("total", 150, "staff", 148, "newMembers", 151))))
                .extracting(Problem::path).containsExactlyInAnyOrder(
                        "sections[0].data.membership.total", "sections[0].data.membership.newMembers");
    }

    @Test
    void trainingWithoutSessionsIsAProblem() {
        assertThat(problems(data("training", data("sessions", 0, "participants", 20))))
                .extracting(Problem::path).containsExactly("sections[0].data.training.participants");
    }

    @Test
    void anEmptyFinanceIsAProblem() {
        assertThat(problems(data("finance", data())))
                .extracting(Problem::path, Problem::message).containsExactly(tuple("sections[0].data.finance",
                        "is empty: give income, spending, audited or disclosed, or leave finance out"));
    }

    @Test
    void suggestsTheFieldMeantForAMisspeltOne() {
        List<Problem> problems = problems(data("membership", data("total", 80, "newMember", 3)));

        assertThat(problems).extracting(Problem::path).containsExactly("sections[0].data.membership.newMember");
        assertThat(problems.get(0).message()).contains("did you mean 'newMembers'?");
    }

    @ParameterizedTest
    @CsvSource({
            "school,     临江市滨江实验中学, 教职工",
            "enterprise, 临江热电有限公司,   职工",
            "government, 临江市水利局,       职工"})
    void theSampleForEachKindOfUnionIsValid(String kind, String organization, String staffWord) throws IOException {
        Document doc = harness.engine().assemble(harness.readSections("sample-" + kind + ".yaml",
                ReportMeta.builder(organization, "2023年", LocalDate.of(2023, 12, 28)).build()));

        assertThat(doc.headings()).filteredOn(h -> h.level() == 1).extracting(Heading::text)
                .containsExactly("加强自身建设，增强工会活力");
        assertThat(doc.headings()).filteredOn(h -> h.level() == 2).hasSizeGreaterThan(1);
        assertThat(SectionHarness.sectionText(doc)).contains(staffWord).doesNotContain("$");
    }

    /** The sample section, wrapped in a report frame for its kind of union. */

    @Test
    void honoursOfTheUnionAndItsPeopleAreListedHighestLevelFirst() {
        Document doc = harness.assemble("self-building", data("honours", List.of(
                data("name", "优秀工会干部", "level", "区", "winner", "周雅琴", "by", "区总工会", "year", 2023),
                data("name", "五一劳动奖章", "level", "自治区级", "winner", "贺立新", "year", 2023),
                data("name", "模范教工之家", "level", "市级", "by", "临江市教育工会", "year", 2023))));

        String text = SectionHarness.sectionText(doc);
        assertThat(text).contains("贺立新被评为自治区级“五一劳动奖章”")
                .contains("工会被临江市教育工会评为市级“模范教工之家”")
                .contains("周雅琴被区总工会评为区级“优秀工会干部”");
        assertThat(text.indexOf("自治区级")).isLessThan(text.indexOf("市级")).isLessThan(text.indexOf("区级“"));
        assertThat(text.split("2023年", -1)).hasSize(2); // the year once, for all three
        assertThat(harness.section("self-building", data("honours", List.of(data("name", "先进基层工会")))).figures())
                .containsEntry("获得各类荣誉", "1项");
    }

    @Test
    void theRegisterIsWhereMembersAreEnteredNotAManagementOfItsOwn() {
        String text = SectionHarness.sectionText(harness.assemble("self-building", data("membership", data(
                "total", 146, "records", 146, "registerName", "全国工会会员实名制管理系统"))));
        assertThat(text).contains("将146名会员的信息录入全国工会会员实名制管理系统").doesNotContain("纳入");
    }

    @Test
    void everyProblemItReportsHasItsEnglishAndItsChineseText() {
        io.zongjie.testing.Translations.assertComplete("io/zongjie/plugins/selfbuilding/messages", SelfBuildingSection.class.getClassLoader());
        io.zongjie.testing.Translations.assertSourcesUseOnlyKnownKeys(java.nio.file.Path.of("src/main/java"),
                "problems\\.report\\([^;]*?, ", "io/zongjie/plugins/selfbuilding/messages", SelfBuildingSection.class.getClassLoader());
    }
}
