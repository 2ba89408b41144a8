package io.zongjie.plugins.education;

import static io.zongjie.testing.SectionHarness.data;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.zongjie.api.InvalidReportException;
import io.zongjie.api.Problem;
import io.zongjie.document.Document;
import io.zongjie.document.Heading;
import io.zongjie.document.Table;
import io.zongjie.model.ReportSpec;
import io.zongjie.model.SectionSpec;
import io.zongjie.testing.SectionHarness;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EducationSectionTest {

    private static final SectionHarness harness = SectionHarness.of(new EducationModule());

    @Test
    void everyTemplateCompiles() {
        harness.assertTemplatesCompile();
    }

    private static Map<String, Object> training(String name, int participants) {
        return data("name", name, "participants", participants);
    }

    private static Map<String, Object> award(String winner, String name, String level) {
        return data("winner", winner, "name", name, "level", level);
    }

    private List<Problem> problems(Map<String, Object> data) {
        return harness.engine().validate(new ReportSpec(SectionHarness.schoolMeta(),
                List.of(new SectionSpec("education", null, data))));
    }

    @Test
    void totalsTrainingPersonTimesAndCitesThemInTheOpening() {
        Document doc = harness.assemble("education", data("trainings", List.of(
                data("name", "新课标专题培训", "organiser", "区教师进修学校", "hours", 24, "participants", 86),
                data("name", "班主任能力提升培训", "days", 2, "participants", 32),
                training("心理健康教育培训", 60))));

        String text = SectionHarness.sectionText(doc);
        assertThat(text).contains("培训3期，参训178人次")
                .contains("区教师进修学校举办的新课标专题培训（24学时）参训86人次")
                .contains("班主任能力提升培训（2天）参训32人次")
                .contains("心理健康教育培训参训60人次。");
        assertThat(doc.plainText()).contains("工会组织教职工参加培训178人次");
    }

    @Test
    void oneTrainingIsToldAsOneEventWithoutTotalsOrSubHeadings() {
        Document doc = harness.assemble("education", data("trainings", List.of(
                data("name", "信息技术应用能力培训", "days", 3, "participants", 45, "month", 8))));

        assertThat(SectionHarness.sectionText(doc))
                .contains("8月，工会配合学校组织教职工参加了信息技术应用能力培训，为期3天，参训45人次。")
                .doesNotContain("各类培训");
        assertThat(doc.headings()).extracting(Heading::level).containsExactly(1);
    }

    @Test
    void manyTrainingsAreListedInATableWithTheirTotal() {
        List<Object> courses = new ArrayList<>();
        for (int i = 1; i <= EducationSection.TRAINING_TABLE_FROM; i++) {
            courses.add(training("专题培训" + i, 10 * i));
        }
        Document doc = harness.assemble("education", data("trainings", courses));

        assertThat(SectionHarness.sectionText(doc)).contains("参训150人次").contains("各期培训情况见下表")
                .doesNotContain("其中，");
        Table table = doc.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).findFirst()
                .orElseThrow();
        assertThat(table.rows()).hasSize(6);
        assertThat(table.rows().get(5)).containsExactly("合计", "—", "—", "150");
    }

    @Test
    void numbersSubHeadingsWhenSeveralPartsHaveData() {
        Document doc = harness.assemble("education", data(
                "study", data("sessions", 12, "topics", List.of("《教师法》", "《新时代中小学教师职业行为十项准则》")),
                "trainings", List.of(training("新课标专题培训", 86)),
                "mentoring", data("pairs", 14, "name", "青蓝工程"),
                "awards", List.of(award("李老师", "优质课评比一等奖", "市级"))));

        assertThat(doc.headings()).extracting(h -> h.number() + h.text()).containsExactly(
                "一、加强师德建设，提升业务素质", "（一）加强政治学习，提高思想认识", "（二）开展业务培训，提升专业素养",
                "（三）结对帮扶促成长，示范引领强教研", "（四）潜心教研，收获丰硕成果");
        assertThat(SectionHarness.sectionText(doc))
                .contains("集中学习12次，先后学习了《教师法》和《新时代中小学教师职业行为十项准则》等内容")
                .contains("深入实施“青蓝工程”，全年结成师徒对子14对")
                .contains("李老师获市级优质课评比一等奖，为学校赢得了荣誉。");
        assertThat(doc.plainText()).contains("工会组织教职工参加培训86人次、结成师徒对子14对");
    }

    @Test
    void groupsAwardsByLevelHighestFirst() {
        Document doc = harness.assemble("education", data("awards", List.of(
                award("王老师", "优秀论文一等奖", "市级"),
                data("winner", "初三语文备课组", "team", true, "name", "优秀教研组称号", "level", "市级"),
                award("张老师", "基本功大赛二等奖", "省级"),
                award("赵老师", "优秀班主任称号", "区级"),
                award("刘老师", "课堂教学评比一等奖", "省级"))));

        assertThat(SectionHarness.sectionText(doc))
                .contains("全年教职工共获各级奖项5项（集体奖项1项、个人奖项4项），其中省级奖项2项、市级奖项2项、区级奖项1项。")
                .contains("张老师获省级基本功大赛二等奖；刘老师获省级课堂教学评比一等奖；王老师获市级优秀论文一等奖；"
                        + "初三语文备课组获市级优秀教研组称号；赵老师获区级优秀班主任称号。");
    }

    @Test
    void anAwardWhoseNameSaysItsLevelIsNotGivenTheLevelTwice() {
        Document doc = harness.assemble("education", data("awards", List.of(
                award("周敏老师", "全省中小学青年教师教学竞赛一等奖", "省级"),
                award("刘老师", "实验教学说课比赛一等奖", "自治区级"),
                award("陈老师", "临江市优秀班主任", "市级"))));

        assertThat(SectionHarness.sectionText(doc)).contains("周敏老师获全省中小学青年教师教学竞赛一等奖")
                .contains("刘老师获自治区级实验教学说课比赛一等奖").contains("陈老师获临江市优秀班主任")
                .doesNotContain("省级全省").doesNotContain("市级临江市")
                .contains("其中省级奖项1项、自治区级奖项1项、市级奖项1项");
    }

    @Test
    void awardsOfOneLevelAreNotSplitByLevel() {
        Document doc = harness.assemble("education", data("awards", List.of(
                award("王老师", "优秀论文一等奖", "县级"), award("陈老师", "优秀辅导员", "县级"))));

        assertThat(SectionHarness.sectionText(doc)).contains("全年教职工共获县级奖项2项。")
                .doesNotContain("各级").doesNotContain("其中");
    }

    @Test
    void companiesReadAsSkillTraining() {
        Document doc = harness.assemble(SectionHarness.companyMeta(), List.of(new SectionSpec("education",
                "加强职工教育，提升岗位技能", data(
                        "ethics", List.of(data("name", "“诚信守规”职业道德讲座", "participants", 120)),
                        "competitions", List.of(data("name", "电工技能比武", "entrants", 36),
                                data("name", "锅炉运行值班员技能竞赛", "entrants", 24))))));

        String text = SectionHarness.sectionText(doc);
        assertThat(text).startsWith("一、加强职工教育，提升岗位技能")
                .contains("（一）加强职业道德建设").contains("（二）以赛促学，技能比武结硕果")
                .contains("工会组织开展了“诚信守规”职业道德讲座，120名职工参加")
                .contains("工会先后组织职工参加了电工技能比武和锅炉运行值班员技能竞赛，累计参赛60人次")
                .doesNotContain("教职工").doesNotContain("师德");
    }

    @Test
    void severalEthicsActivitiesAreCountedAndNamed() {
        Document doc = harness.assemble("education", data("ethics", List.of(
                data("name", "师德师风专题讲座", "participants", 80),
                data("name", "“最美教师”评选", "participants", 78),
                data("name", "师德承诺签名活动"))));

        assertThat(SectionHarness.sectionText(doc)).contains(
                "在师德师风建设方面，工会先后组织开展了师德师风专题讲座、“最美教师”评选和师德承诺签名活动等3项活动，"
                        + "累计参与158人次");
    }

    @Test
    void emptyDataLeavesTheSectionOut() {
        Document doc = harness.assemble(SectionHarness.schoolMeta(),
                List.of(new SectionSpec("education", null, Map.of())));

        assertThat(doc.headings()).isEmpty();
    }

    @Test
    void rejectsAnUnknownLevelAndListsTheKnownOnes() {
        assertThat(problems(data("awards", List.of(award("李老师", "优质课一等奖", "村级")))))
                .extracting(Problem::path, Problem::message)
                .containsExactly(tuple("sections[0].data.awards[0].level",
                        "expected one of 国家级, 省级, 自治区级, 直辖市级, 市级, 地区级, 州级, 盟级, 县级, 区级, 县市级, "
                                + "旗级, 乡镇级, 街道级, 系统级, 校级, 院级, 公司级, 单位级 but found \"村级\""));
        // the short forms and the levels of autonomous regions, prefectures and banners are read
        assertThat(problems(data("awards", List.of(award("李老师", "优质课一等奖", "自治区级"),
                award("王老师", "优秀教师", "旗级"), award("张老师", "先进个人", "乡级"), award("赵老师", "先进个人", "省")))))
                .isEmpty();
    }

    @Test
    void rejectsNegativeParticipantsWithTheFullPath() {
        assertThatThrownBy(() -> harness.assemble("education", data("trainings", List.of(
                training("新课标专题培训", 20), training("班主任培训", -3)))))
                .isInstanceOfSatisfying(InvalidReportException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path, Problem::message)
                        .containsExactly(tuple("sections[0].data.trainings[1].participants",
                                "must be greater than or equal to 0 (was -3)")));
    }

    @Test
    void suggestsTheFieldAMisspeltOneMeant() {
        List<Problem> problems = problems(data("mentoring", data("pair", 5)));

        assertThat(problems).extracting(Problem::path).contains("sections[0].data.mentoring.pair");
        assertThat(problems).filteredOn(p -> p.path().endsWith("mentoring.pair")).first()
                .extracting(Problem::message).asString().contains("did you mean 'pairs'?");
    }

    @Test
    void crossFieldChecksNameTheirPaths() {
        List<Problem> problems = problems(data(
                "study", data("sessions", 1, "topics", List.of("《教师法》", "《教育法》")),
                "trainings", List.of(data("name", "暑期培训", "hours", 12, "days", 2, "participants", 40)),
                "lessons", data("observers", 30),
                "papers", data()));

        assertThat(problems).extracting(Problem::path).containsExactlyInAnyOrder(
                "sections[0].data.study.sessions", "sections[0].data.trainings[0].days",
                "sections[0].data.lessons", "sections[0].data.lessons.observers", "sections[0].data.papers");
    }

    @Test
    void singleItemsReadAsSingleEvents() {
        Document doc = harness.assemble("education", data(
                "study", data("sessions", 1, "topics", List.of("《教师法》")),
                "mentoring", data("pairs", 1),
                "lessons", data("model", 5),
                "papers", data("awarded", 8),
                "competitions", List.of(data("name", "青年教师课堂教学大赛", "entrants", 19, "month", 11)),
                "awards", List.of(
                        data("winner", "初一年级组", "team", true, "name", "先进年级组", "level", "校级"),
                        data("winner", "工会小组", "team", true, "name", "先进工会小组", "level", "区级"))));

        assertThat(SectionHarness.sectionText(doc))
                .contains("工会组织教职工围绕《教师法》开展了一次集中学习")
                .contains("结成师徒对子1对")
                .contains("工会还配合学校组织骨干力量开设示范课5节，")
                .contains("全年共有8篇论文在各级评比中获奖。")
                .contains("11月，工会组织教职工参加了青年教师课堂教学大赛，19名教职工参赛")
                .contains("全年教职工共获各级奖项2项，均为集体奖项，其中区级奖项1项、校级奖项1项。")
                .doesNotContain("公开课");
    }

    @Test
    void theDefaultHeadingSuitsTheKindOfUnion() {
        Object data = data("mentoring", data("pairs", 3));
        assertThat(harness.section(SectionHarness.schoolMeta(), "education", data).headings())
                .containsExactly("一、加强师德建设，提升业务素质");
        assertThat(harness.section(SectionHarness.companyMeta(), "education", data).headings())
                .containsExactly("一、加强职工教育，提升岗位技能");
        assertThat(harness.section(io.zongjie.model.ReportMeta.builder("临江市水利局", "2023年",
                java.time.LocalDate.of(2023, 12, 28)).build(), "education", data).headings())
                .containsExactly("一、加强学习培训，提升履职能力");
    }

    @Test
    void aHospitalSpeaksOfMedicalEthicsAndItsStaff() {
        io.zongjie.model.ReportMeta hospital = io.zongjie.model.ReportMeta.builder("临江市第一人民医院", "2023年",
                java.time.LocalDate.of(2023, 12, 28)).build();
        SectionHarness.Section s = harness.section(hospital, "education", data(
                "ethics", List.of(data("name", "“医德医风建设月”活动", "participants", 860),
                        data("name", "患者满意度测评")),
                "trainings", List.of(training("急危重症救治技能培训", 420), training("院感防控培训", 1150))));
        assertThat(s.headings()).startsWith("一、加强医德医风建设，提升医务职工素质");
        assertThat(s.text()).contains("在医德医风建设方面").contains("组织医务职工参加")
                .doesNotContain("师德").doesNotContain("教职工").doesNotContain("全单位");
        assertThat(s.figures()).containsEntry("开展医德医风教育活动", "2项");
    }

    @Test
    void everyProblemItReportsHasItsEnglishAndItsChineseText() {
        io.zongjie.testing.Translations.assertComplete("io/zongjie/plugins/education/messages", EducationSection.class.getClassLoader());
        io.zongjie.testing.Translations.assertSourcesUseOnlyKnownKeys(java.nio.file.Path.of("src/main/java"),
                "problems\\.report\\([^;]*?, ", "io/zongjie/plugins/education/messages", EducationSection.class.getClassLoader());
    }
}
