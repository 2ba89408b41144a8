package io.zongjie.plugins.sports;

import static io.zongjie.testing.SectionHarness.data;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.zongjie.api.InvalidReportException;
import io.zongjie.api.Problem;
import io.zongjie.document.Document;
import io.zongjie.document.Heading;
import io.zongjie.document.Table;
import io.zongjie.model.ReportMeta;
import io.zongjie.model.ReportSpec;
import io.zongjie.model.SectionSpec;
import io.zongjie.testing.SectionHarness;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SportsSectionTest {

    private static final SectionHarness harness = SectionHarness.of(new SportsModule());

    @Test
    void everyTemplateCompiles() {
        harness.assertTemplatesCompile();
    }

    private static Map<String, Object> event(String name, int month, String kind, int participants) {
        return data("name", name, "month", month, "kind", kind, "participants", participants);
    }

    private List<Problem> problems(Map<String, Object> data) {
        return harness.engine().validate(new ReportSpec(SectionHarness.schoolMeta(),
                List.of(new SectionSpec("sports", null, data))));
    }

    @Test
    void oneEventIsToldWithItsItemsAndResults() {
        Map<String, Object> games = event("教职工趣味运动会", 4, "体育", 126);
        games.put("items", List.of("拔河", "跳绳", "趣味接力"));
        games.put("results", List.of(data("winner", "初二年级组", "award", "团体第一名"),
                data("winner", "后勤组", "award", "拔河第一名")));
        Document doc = harness.assemble("sports", data("events", List.of(games)));

        assertThat(SectionHarness.sectionText(doc)).contains(
                "4月，工会举办了教职工趣味运动会，设拔河、跳绳和趣味接力等3个项目，教职工参与126人次。"
                        + "经过角逐，初二年级组获团体第一名、后勤组获拔河第一名。");
        assertThat(doc.headings()).extracting(Heading::level).containsExactly(1);
        assertThat(doc.plainText()).contains("工会组织教职工参加文体活动126人次");
    }

    @Test
    void eventsOfOneKindAreTotalledInOneParagraph() {
        Document doc = harness.assemble("sports", data("events", List.of(
                event("气排球赛", 10, "体育", 48), event("教职工拔河比赛", 3, "体育", 96))));

        assertThat(SectionHarness.sectionText(doc))
                .contains("工会全年共举办体育活动2次，教职工参与144人次：3月举办了教职工拔河比赛，参与96人次；"
                        + "10月举办了气排球赛，参与48人次。")
                .doesNotContain("方面");
    }

    @Test
    void eventsOfSeveralKindsAreToldKindByKind() {
        Document doc = harness.assemble("sports", data("events", List.of(
                event("迎新年联欢会", 12, "联谊", 150), event("春季登山", 4, "出游", 88),
                event("教职工篮球赛", 11, "体育", 40), event("“红歌颂党恩”合唱比赛", 6, "文艺", 120))));

        String text = SectionHarness.sectionText(doc);
        assertThat(text).contains("文体活动4次，教职工参与398人次。")
                .contains("在体育活动方面，11月举办了教职工篮球赛，参与40人次。")
                .contains("在户外出游方面，4月组织了春季登山，参与88人次。");
        assertThat(text.indexOf("在体育活动方面")).isLessThan(text.indexOf("在文艺活动方面"));
        assertThat(text.indexOf("在联谊交流方面")).isLessThan(text.indexOf("在户外出游方面"));
    }

    @Test
    void numbersSubHeadingsAndTotalsFacilityCosts() {
        Document doc = harness.assemble("sports", data(
                "events", List.of(event("教职工拔河比赛", 3, "体育", 96)),
                "competitions", List.of(data("competition", "全区教职工乒乓球赛", "organiser", "区教育工会",
                        "level", "区级", "entrants", 6, "awards", List.of("女子团体第二名"))),
                "facilities", List.of(
                        data("item", "教工健身房", "built", true, "cost", 26000, "month", 9),
                        data("item", "乒乓球台2张", "cost", 6800))));

        assertThat(doc.headings()).extracting(h -> h.number()).containsExactly("一、", "（一）", "（二）", "（三）");
        assertThat(doc.headings().get(0).text()).isEqualTo("丰富文体活动，活跃教职工生活");
        assertThat(SectionHarness.sectionText(doc))
                .contains("工会选派6名教职工参加了区教育工会举办的全区教职工乒乓球赛，获女子团体第二名，为学校赢得了荣誉。")
                .contains("全年投入3.28万元改善文体活动条件：建成教工健身房，花费2.6万元；购置乒乓球台2张，花费6800元。");
    }

    @Test
    void competitionsAreCountedByLevelAndTheirAwardsListed() {
        Document doc = harness.assemble(SectionHarness.companyMeta(), List.of(new SectionSpec("sports", null,
                data("competitions", List.of(
                        data("competition", "全市职工篮球联赛", "organiser", "市总工会", "level", "市级",
                                "entrants", 12, "awards", List.of("第三名")),
                        data("competition", "全省电力系统职工羽毛球赛", "level", "系统级", "entrants", 4),
                        data("competition", "全市职工歌手大赛", "organiser", "市总工会", "level", "市级",
                                "entrants", 2, "awards", List.of("二等奖", "优秀组织奖")))))));

        assertThat(SectionHarness.sectionText(doc))
                .contains("全年共参加各级比赛3项（市级2项、系统级1项），参赛18人次，获奖3项。")
                .contains("其中，在市总工会举办的全市职工篮球联赛中获第三名；在市总工会举办的全市职工歌手大赛中获二等奖和优秀组织奖。")
                .doesNotContain("羽毛球赛中获").doesNotContain("教职工");
    }

    @Test
    void competitionsWithoutAwardsAreNamedOnlyAndPublishNoAwardFigure() {
        ReportMeta meta = ReportMeta.builder("临江市实验小学", "2023年", LocalDate.of(2023, 12, 28))
                .keyFigures(true).build();
        Document doc = harness.assemble(meta, List.of(new SectionSpec("sports", null, data("competitions", List.of(
                data("competition", "全区教职工广播操比赛", "level", "区级", "entrants", 30),
                data("competition", "全区教职工健步走", "level", "区级", "entrants", 45))))));

        assertThat(SectionHarness.sectionText(doc))
                .contains("工会先后选派教职工参加了全区教职工广播操比赛和全区教职工健步走，参赛75人次")
                .doesNotContain("获奖");
        Table figures = (Table) doc.attachments().get(0).blocks().get(0);
        assertThat(figures.rows()).extracting(row -> row.get(0)).containsExactly("参加上级文体比赛", "选派教职工参赛");
    }

    @Test
    void theReadingRoomAloneIsOneSentenceUnderTheSectionHeading() {
        SectionHarness.Section s = harness.section("sports", data("library",
                data("books", 3200, "added", 450, "honour", "示范职工书屋", "level", "市级")));

        assertThat(s.headings()).containsExactly("一、丰富文体活动，活跃教职工生活");
        assertThat(s.text()).contains("工会建有教工书屋，藏书3200册，全年新增图书450册，被评为市级“示范职工书屋”。");
        assertThat(s.figures()).containsEntry("书屋藏书", "3200册");
    }

    @Test
    void readingAndClubsGetTheirOwnPartsWithTotalsAndMeasureWords() {
        SectionHarness.Section s = harness.section(SectionHarness.companyMeta(), "sports", data(
                "events", List.of(event("职工趣味运动会", 5, "体育", 260)),
                "library", data("name", "“悦读”职工书屋", "books", 5600),
                "reading", List.of(data("name", "“书香企业”读书分享会", "month", 4, "participants", 86),
                        data("name", "好书推荐活动", "participants", 140)),
                "clubs", List.of(data("name", "羽毛球协会", "members", 48, "activities", 24),
                        data("name", "摄影协会", "members", 31, "founded", true),
                        data("name", "书法兴趣小组", "members", 17, "activities", 6))));

        // each heading is one of its phrasings, chosen by the report
        assertThat(s.headings()).hasSize(4);
        assertThat(s.headings().get(2)).matches("（二）(建好“悦读”职工书屋，倡导全员阅读|用好“悦读”职工书屋，开展读书活动|营造书香氛围)");
        assertThat(s.headings().get(3)).matches("（三）(发挥文体协会作用|建好职工文体协会|以协会为纽带凝聚职工)");
        assertThat(s.text()).contains("工会建有“悦读”职工书屋，藏书5600册。4月，开展“书香企业”读书分享会，86人次参加；"
                        + "开展好书推荐活动，140人次参加。")
                .containsPattern("全年共开展读书活动2次，参加226人次[，。]")
                .contains("工会现有羽毛球协会、摄影协会、书法兴趣小组3个文体协会，其中摄影协会是2023年新成立的。")
                .contains("羽毛球协会有会员48人，开展活动24次；摄影协会有会员31人；书法兴趣小组有会员17人，开展活动6次。");
        assertThat(s.figures()).containsEntry("组织职工参加读书活动", "226人次").containsEntry("文体协会", "3个");
    }

    @Test
    void aClubLargerThanTheStaffAndMoreBooksAddedThanHeldAreRefusedWithTheirPaths() {
        // the school's report has 80 staff
        assertThat(harness.problems("sports", data("clubs", List.of(data("name", "健步走协会", "members", 120)),
                "library", data("books", 300, "added", 500))))
                .containsExactlyInAnyOrder(
                        "sections[0].data.library.added: is 500 but the reading room holds only 300 books: "
                                + "the books added are among those it holds",
                        "sections[0].data.clubs[0].members: is 120 but the report's membership has only 80 staff");
    }

    @Test
    void emptyDataLeavesTheSectionOut() {
        Document doc = harness.assemble(SectionHarness.schoolMeta(), List.of(new SectionSpec("sports", null,
                data("events", List.of(), "facilities", List.of()))));

        assertThat(doc.headings()).isEmpty();
    }

    @Test
    void rejectsNegativeParticipantsWithTheFullPath() {
        assertThatThrownBy(() -> harness.assemble("sports", data("events", List.of(
                event("拔河比赛", 3, "体育", 96), event("气排球赛", 10, "体育", -5)))))
                .isInstanceOfSatisfying(InvalidReportException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path, Problem::message)
                        .containsExactly(tuple("sections[0].data.events[1].participants",
                                "must be greater than or equal to 0 (was -5)")));
    }

    @Test
    void rejectsAnUnknownKindAndAMonthOutOfRange() {
        List<Problem> problems = problems(data("events", List.of(
                event("拔河比赛", 13, "体育", 96), event("读书会", 5, "读书", 20))));

        assertThat(problems).extracting(Problem::path, Problem::message).containsExactlyInAnyOrder(
                tuple("sections[0].data.events[0].month", "must be less than or equal to 12 (was 13)"),
                tuple("sections[0].data.events[1].kind", "expected one of 体育, 文艺, 联谊, 出游 but found \"读书\""));
    }

    @Test
    void rejectsAnUnknownLevel() {
        assertThat(problems(data("competitions", List.of(data("competition", "全村拔河赛", "level", "村级",
                "entrants", 10))))).extracting(Problem::path, Problem::message).containsExactly(
                tuple("sections[0].data.competitions[0].level",
                        "expected one of 国家级, 省级, 自治区级, 直辖市级, 市级, 地区级, 州级, 盟级, 县级, 区级, 县市级, "
                                + "旗级, 乡镇级, 街道级, 系统级, 校级, 院级, 公司级, 单位级 but found \"村级\""));
        assertThat(problems(data("competitions", List.of(data("competition", "全镇拔河赛", "level", "镇级",
                "entrants", 10))))).isEmpty();
    }

    @Test
    void suggestsTheFieldAMisspeltOneMeant() {
        Map<String, Object> e = event("拔河比赛", 3, "体育", 96);
        e.put("participant", 3);
        List<Problem> problems = problems(data("events", List.of(e)));

        assertThat(problems).filteredOn(p -> p.path().equals("sections[0].data.events[0].participant")).first()
                .extracting(Problem::message).asString().contains("did you mean 'participants'?");
    }

    @Test
    void outingsHaveNoResultsAndResultsNeedParticipants() {
        Map<String, Object> outing = event("秋游", 10, "出游", 60);
        outing.put("results", List.of(data("winner", "王老师", "award", "摄影一等奖")));
        Map<String, Object> empty = event("书法比赛", 5, "文艺", 0);
        empty.put("results", List.of(data("winner", "李老师", "award", "一等奖")));

        assertThat(problems(data("events", List.of(outing, empty)))).extracting(Problem::path)
                .containsExactlyInAnyOrder("sections[0].data.events[0].results",
                        "sections[0].data.events[1].participants");
    }

    @Test
    void anArtsEventIsJudgedAndAGiftFacilityHasNoCost() {
        Map<String, Object> choir = event("“红歌颂党恩”合唱比赛", 6, "文艺", 120);
        choir.put("results", List.of(data("winner", "语文组", "award", "一等奖")));
        Document doc = harness.assemble("sports", data(
                "events", List.of(choir),
                "facilities", List.of(data("item", "区教育工会配送的健身器材一套", "cost", 0))));

        assertThat(SectionHarness.sectionText(doc))
                .contains("6月，工会举办了“红歌颂党恩”合唱比赛，教职工参与120人次。经评选，语文组获一等奖。")
                .contains("工会添置区教育工会配送的健身器材一套，为教职工开展文体活动创造了更好的条件。")
                .doesNotContain("0元");
    }

    @Test
    void everyProblemItReportsHasItsEnglishAndItsChineseText() {
        io.zongjie.testing.Translations.assertComplete("io/zongjie/plugins/sports/messages", SportsSection.class.getClassLoader());
        io.zongjie.testing.Translations.assertSourcesUseOnlyKnownKeys(java.nio.file.Path.of("src/main/java"),
                "problems\\.report\\([^;]*?, ", "io/zongjie/plugins/sports/messages", SportsSection.class.getClassLoader());
    }
}
