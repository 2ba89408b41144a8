package io.zongjie.plugins.welfare;

import static io.zongjie.testing.SectionHarness.data;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zongjie.api.InvalidReportException;
import io.zongjie.api.Problem;
import io.zongjie.document.Document;
import io.zongjie.document.Heading;
import io.zongjie.model.SectionSpec;
import io.zongjie.testing.SectionHarness;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WelfareSectionTest {

    private static final SectionHarness harness = SectionHarness.of(new WelfareModule());

    @Test
    void everyTemplateCompiles() {
        harness.assertTemplatesCompile();
    }

    private static Map<String, Object> visit(String occasion, int persons, int amount) {
        return data("occasion", occasion, "persons", persons, "amount", amount);
    }

    @Test
    void totalsVisitsAcrossOccasions() {
        Document doc = harness.assemble("welfare", data("visits", List.of(
                visit("春节", 58, 29000), visit("中秋节", 148, 29600), visit("生病住院", 17, 8500))));

        String text = SectionHarness.sectionText(doc);
        assertThat(text).contains("春节期间，走访慰问教职工58人次，发放慰问金2.9万元")
                .contains("看望生病住院的教职工17人次，送去慰问金8500元")
                .contains("全年共走访慰问教职工223人次，发放慰问金6.71万元");
        // the opening paragraph cites the same totals
        assertThat(doc.plainText()).contains("工会走访慰问教职工223人次、发放慰问金6.71万元");
    }

    @Test
    void oneVisitHasNoTotalSentenceAndNoSubHeadings() {
        Document doc = harness.assemble("welfare", data("visits", List.of(visit("春节", 12, 6000))));

        assertThat(SectionHarness.sectionText(doc)).contains("12人次").doesNotContain("全年共走访慰问");
        assertThat(doc.headings()).extracting(Heading::level).containsExactly(1);
    }

    @Test
    void numbersSubHeadingsWhenSeveralPartsHaveData() {
        Document doc = harness.assemble("welfare", data(
                "visits", List.of(visit("春节", 12, 6000)),
                "checkup", data("people", 76, "cost", 45600),
                "donations", List.of(data("cause", "为患病职工家属募捐", "donors", 70, "amount", 7000))));

        assertThat(doc.headings()).extracting(h -> h.number()).containsExactly("一、", "（一）", "（二）", "（三）");
        assertThat(doc.headings()).extracting(Heading::id).containsOnly("");
        assertThat(SectionHarness.sectionText(doc)).contains("组织76名教职工进行健康体检，支出体检费用4.56万元");
    }

    @Test
    void companyStaffAreCalledZhigong() {
        Document doc = harness.assemble(SectionHarness.companyMeta(),
                List.of(new SectionSpec("welfare", "送温暖工作", data("visits", List.of(visit("春节", 40, 20000))))));

        assertThat(SectionHarness.sectionText(doc)).startsWith("一、送温暖工作").contains("走访慰问职工40人次");
    }

    @Test
    void lifeEventsAndFamiliesAreToldWithTheirMeasureWordsAndFigures() {
        SectionHarness.Section s = harness.section(SectionHarness.companyMeta(), "welfare", data(
                "milestones", List.of(
                        data("kind", "结婚", "persons", 23, "amount", 4600),
                        data("kind", "生育", "persons", 18, "amount", 3600),
                        data("kind", "退休", "persons", 24, "gift", "举行退休座谈会，赠送纪念相册")),
                "families", List.of(
                        data("kind", "单亲家庭", "count", 12, "amount", 12000),
                        data("kind", "困难家庭子女", "count", 30, "help", "开展暑期托管和结对辅导"))));

        assertThat(s.text())
                .contains("全年，工会为23名新婚职工送上新婚贺礼和祝福，支出4600元；为18名生育子女的职工送去生育慰问，"
                        + "支出3600元；为24名退休职工举行退休座谈会，赠送纪念相册。")
                .contains("工会关心单亲职工的实际困难，为12户单亲家庭送去慰问，发放慰问金1.2万元；"
                        + "为30名困难家庭子女开展暑期托管和结对辅导。");
        assertThat(s.headings()).contains("（一）婚育退休送关怀", "（二）关爱单亲家庭和困难家庭子女");
        assertThat(s.figures()).containsEntry("婚育退休慰问职工", "65人").containsEntry("关爱单亲家庭", "12户")
                .containsEntry("关爱困难家庭子女", "30名");
    }

    @Test
    void oneRetirementAloneIsHeadedForIt() {
        SectionHarness.Section s = harness.section("welfare", data("milestones", List.of(
                data("kind", "退休", "persons", 5))));
        assertThat(s.text()).contains("全年，工会为5名退休教职工送上退休纪念品。");
    }

    @Test
    void aLifeEventOrAFamilyKindGivenTwiceIsRefused() {
        assertThat(harness.problems("welfare", data("milestones", List.of(
                data("kind", "结婚", "persons", 3), data("kind", "结婚", "persons", 2)))))
                .containsExactly("sections[0].data.milestones[1].kind: is 结婚 a second time: give one item per kind, "
                        + "with the persons and money added up");
        assertThat(harness.problems("welfare", data("families", List.of(data("kind", "单亲家庭", "count", 0)))))
                .containsExactly("sections[0].data.families[0].count: must be greater than 0 (was 0)");
        assertThat(harness.problems("welfare", data("families", List.of(data("kind", "单亲", "count", 2)))))
                .singleElement().asString().startsWith("sections[0].data.families[0].kind:").contains("单亲家庭");
    }

    @Test
    void emptyDataLeavesTheSectionOut() {
        Document doc = harness.assemble(SectionHarness.schoolMeta(), List.of(new SectionSpec("welfare", null, Map.of())));

        assertThat(doc.headings()).isEmpty();
    }

    @Test
    void rejectsNegativeAmountWithItsPath() {
        assertThatThrownBy(() -> harness.assemble("welfare", data("visits", List.of(visit("春节", 3, -300)))))
                .isInstanceOfSatisfying(InvalidReportException.class, e -> assertThat(e.problems())
                        .extracting(Problem::path, Problem::message)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple("sections[0].data.visits[0].amount",
                                "must be greater than or equal to 0 (was -300)")));
    }

    @Test
    void reportsEveryProblemInOnePass() {
        List<Problem> problems = harness.engine().validate(new io.zongjie.model.ReportSpec(
                SectionHarness.schoolMeta(), List.of(new SectionSpec("welfare", null, data(
                        "visits", List.of(data("occasion", "", "persons", -1, "amount", 10)),
                        "checkup", data("poeple", 5))))));

        assertThat(problems).extracting(Problem::path).contains(
                "sections[0].data.checkup.poeple", "sections[0].data.visits[0].occasion",
                "sections[0].data.visits[0].persons");
        assertThat(problems).filteredOn(p -> p.path().endsWith("poeple")).first()
                .extracting(Problem::message).asString().contains("did you mean 'people'?");
    }

    @Test
    void moneyWithoutPersonsIsAProblem() {
        List<Problem> problems = harness.engine().validate(new io.zongjie.model.ReportSpec(
                SectionHarness.schoolMeta(), List.of(new SectionSpec("welfare", null, data(
                        "visits", List.of(visit("春节", 0, 500)))))));

        assertThat(problems).extracting(Problem::path).containsExactly("sections[0].data.visits[0].persons");
    }

    @Test
    void publishesItsFiguresForTheOpeningAndTheKeyFigureTable() {
        SectionHarness.Section s = harness.section("welfare", data(
                "visits", List.of(visit("春节", 58, 29000), visit("生病住院", 17, 8500)),
                "subsidies", List.of(data("who", "一名重病教师", "amount", 5000))));

        assertThat(s.figures()).containsEntry("走访慰问教职工", "75人次").containsEntry("发放慰问金", "3.75万元")
                .containsEntry("帮扶困难教职工", "1人").containsEntry("发放困难补助", "5000元");
        assertThat(s.opening()).contains("走访慰问教职工75人次");
        assertThat(s.headings()).hasSize(3).startsWith("一、真情关爱，扎实开展送温暖活动");
        assertThat(harness.problems("welfare", data("visits", List.of(visit("春节", 0, 500)))))
                .containsExactly("sections[0].data.visits[0].persons: is 0 but amount is 500 元: say how many "
                        + "person-times the money went to");
    }

    @Test
    void headsTheCarePartByWhoWasCaredFor() {
        Document doc = harness.assemble("welfare", data(
                "donations", List.of(data("cause", "“慈善一日捐”活动", "amount", 9800)),
                "retireeCare", List.of("重阳节走访退休教师")));

        assertThat(doc.headings()).extracting(Heading::text).last().isEqualTo("关爱离退休教职工");
        // a drive named as an activity is introduced with a verb
        assertThat(SectionHarness.sectionText(doc)).contains("开展“慈善一日捐”活动，共募集善款9800元。");
    }

    @Test
    void oneVisitReadsAsOneSentence() {
        Document doc = harness.assemble("welfare", data("visits", List.of(visit("春节", 30, 15000))));
        String body = doc.blocks().stream().filter(b -> b instanceof io.zongjie.document.Paragraph)
                .map(io.zongjie.document.Block::plainText).filter(t -> t.startsWith("春节")).findFirst().orElseThrow();
        assertThat(body).startsWith("春节期间，走访慰问教职工30人次，发放慰问金1.5万元，").endsWith("。")
                .doesNotContain("；").doesNotContain("全年共").doesNotContain("一次次");
    }

    @Test
    void aVisitWithoutMoneySaysNothingOfMoneyAndFestivalsAreNamedAsSuch() {
        Document doc = harness.assemble("welfare", data("visits", List.of(visit("重阳", 10, 0),
                visit("生病住院", 2, 0))));
        assertThat(SectionHarness.sectionText(doc)).contains("重阳期间，走访慰问教职工10人次；")
                .contains("看望生病住院的教职工2人次。").doesNotContain("0元");
    }

    @Test
    void bereavementIsACondolenceVisitNotAnActivity() {
        Document doc = harness.assemble("welfare", data("visits", List.of(visit("直系亲属丧事", 6, 3000))));
        assertThat(SectionHarness.sectionText(doc)).contains("对家中遇有丧事的教职工上门吊唁慰问6人次，送去慰问金3000元")
                .doesNotContain("开展直系亲属丧事慰问");
    }

    @Test
    void womensDayGiftsGoToTheWomenStaffAndChildrensDayGiftsToTheChildren() {
        Document doc = harness.assemble("welfare", data("benefits", List.of(
                data("occasion", "三八妇女节", "gift", "鲜花和保温杯", "persons", 97, "amount", 7760),
                data("occasion", "六一儿童节", "gift", "图书", "persons", 41, "amount", 4100),
                data("occasion", "端午节", "gift", "粽子", "persons", 148, "amount", 8880))));
        String text = SectionHarness.sectionText(doc);
        assertThat(text).contains("三八妇女节，工会为97名女教职工发放鲜花和保温杯，支出7760元")
                .contains("六一儿童节，工会为教职工子女送去图书，惠及41人")
                .contains("端午节，工会为148名教职工发放粽子，支出8880元")
                .doesNotContain("为教职工发放鲜花");
    }

    @Test
    void studyGrantsAreCountedApartFromHardshipSubsidies() {
        SectionHarness.Section s = harness.section("welfare", data("subsidies", List.of(
                data("who", "十五名困难教职工", "persons", 15, "amount", 45000, "reason", "本人或家属患重病"),
                data("who", "另外两名困难教职工", "persons", 2, "amount", 4000),
                data("who", "二十八名困难教职工子女", "persons", 28, "amount", 56000, "purpose", "study"),
                data("who", "九名子女考入大学的困难教职工", "persons", 9, "amount", 18000))));

        assertThat(s.text()).contains("全年为17名困难教职工发放困难补助，共计4.9万元")
                .contains("在金秋助学活动中，为二十八名困难教职工子女发放助学金5.6万元，为九名子女考入大学的困难教职工"
                        + "发放助学金1.8万元，共计7.4万元")
                .doesNotContain("54名").doesNotContain("45名");
        assertThat(s.figures()).containsEntry("帮扶困难教职工", "17人").containsEntry("发放金秋助学金", "7.4万元");
    }

    @Test
    void theIllnessLeadInIsOnlyWrittenWhenTheReasonsSpeakOfIllness() {
        String plain = SectionHarness.sectionText(harness.assemble("welfare", data("subsidies", List.of(
                data("who", "一名教师", "amount", 2000), data("who", "两名职工", "persons", 2, "amount", 3000)))));
        assertThat(plain).doesNotContain("重病").doesNotContain("变故");
    }

    @Test
    void retireesAreNotPraisedForTheUnionsCare() {
        String text = SectionHarness.sectionText(harness.assemble("welfare", data(
                "retireeCare", List.of("重阳节邀请退休教师回校座谈"))));
        assertThat(text).contains("重阳节邀请退休教师回校座谈").doesNotContain("退休不褪色").doesNotContain("离岗不离心");
    }

    @Test
    void punctuationTypedAtTheEndOfAnItemIsNotDoubled() {
        Document doc = harness.assemble("welfare", data(
                "subsidies", List.of(data("who", "一名教师", "amount", 2000, "reason", "家属重病。")),
                "donations", List.of(data("cause", "慈善一日捐。", "amount", 900)),
                "womenCare", List.of("组织女职工体检。", "开展三八节活动；"),
                "retireeCare", List.of("重阳节慰问退休职工。")));
        String text = SectionHarness.sectionText(doc);
        assertThat(text).contains("因家属重病").contains("慈善一日捐，共募集善款900元。")
                .contains("组织女职工体检；开展三八节活动。").contains("重阳节慰问退休职工")
                .doesNotContain("。；").doesNotContain("；。").doesNotContain("。，").doesNotContain("。）");
    }

    @Test
    void subsidiesCountPeople() {
        Document doc = harness.assemble("welfare", data("subsidies", List.of(
                data("who", "一名教师", "amount", 2000), data("who", "两名职工", "persons", 2, "amount", 3000))));
        assertThat(SectionHarness.sectionText(doc)).contains("全年为3名困难教职工发放困难补助，共计5000元");
    }

    @Test
    void aHalfYearSaysHalfYearNotWholeYear() {
        io.zongjie.model.ReportMeta meta = io.zongjie.model.ReportMeta.builder("临江水务集团有限公司", "2024年上半年",
                java.time.LocalDate.of(2024, 7, 8)).build();
        String text = harness.assemble(meta, List.of(new SectionSpec("welfare", null, data(
                "visits", List.of(visit("春节", 58, 29000), visit("生病住院", 17, 8500)),
                "subsidies", List.of(data("who", "一名职工", "amount", 2000), data("who", "两名职工", "persons", 2,
                        "amount", 3000)),
                "benefits", List.of(data("occasion", "端午节", "amount", 3000), data("occasion", "生日", "amount", 200)),
                "donations", List.of(data("cause", "一日捐", "amount", 900), data("cause", "助学捐", "amount", 800))))))
                .plainText();
        assertThat(text).contains("上半年共走访慰问职工75人次").contains("半年来").doesNotContain("全年")
                .doesNotContain("一年来");
    }

    @Test
    void withoutEvaluationsTheTailsAreLeftOut() {
        io.zongjie.model.ReportMeta meta = io.zongjie.model.ReportMeta.builder("临江市实验小学", "2023年",
                java.time.LocalDate.of(2023, 12, 28)).evaluative(false).build();
        String text = harness.assemble(meta, List.of(new SectionSpec("welfare", null, data(
                "visits", List.of(visit("春节", 30, 15000)),
                "benefits", List.of(data("occasion", "端午节", "gift", "粽子", "persons", 80, "amount", 3000))))))
                .blocks().stream().filter(b -> b instanceof io.zongjie.document.Paragraph)
                .map(io.zongjie.document.Block::plainText).skip(2).limit(2).reduce("", String::concat);
        assertThat(text).contains("春节期间，走访慰问教职工30人次，发放慰问金1.5万元。")
                .doesNotContain("温暖").doesNotContain("礼轻情意重").doesNotContain("牵挂").doesNotContain("温馨");
    }

    @Test
    void moneyFinerThanAFenIsAProblem() {
        List<Problem> problems = harness.engine().validate(new io.zongjie.model.ReportSpec(
                SectionHarness.schoolMeta(), List.of(new SectionSpec("welfare", null, data(
                        "visits", List.of(data("occasion", "春节", "persons", 1, "amount", new java.math.BigDecimal("1e-45"))),
                        "checkup", data("people", 3, "cost", new java.math.BigDecimal("100.505")))))));
        assertThat(problems).extracting(Problem::path, Problem::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("sections[0].data.checkup.cost",
                        "is money in 元: at most 2 decimals (was 100.505)"),
                org.assertj.core.groups.Tuple.tuple("sections[0].data.visits[0].amount",
                        "is money in 元: at most 2 decimals (was 1E-45)"));
    }

    @Test
    void everyProblemItReportsHasItsEnglishAndItsChineseText() {
        io.zongjie.testing.Translations.assertComplete("io/zongjie/plugins/welfare/messages", WelfareSection.class.getClassLoader());
        io.zongjie.testing.Translations.assertSourcesUseOnlyKnownKeys(java.nio.file.Path.of("src/main/java"),
                "problems\\.report\\([^;]*?, ", "io/zongjie/plugins/welfare/messages", WelfareSection.class.getClassLoader());
    }

    // ---------------------------------------------------------------- register, pairs, mutual aid, 疗休养, 四季送

    @Test
    void rejectsRegisterUpdatesBeyondFamiliesFiledWithTheirPath() {
        assertThat(harness.problems("welfare", data("files", data("families", 12, "updated", 15, "added", 13))))
                .containsExactlyInAnyOrder(
                        "sections[0].data.files.updated: is 15 households, more than the 12 on the register",
                        "sections[0].data.files.added: is 13 households, more than the 12 on the register");
        assertThat(harness.problems("welfare", data("files", data("families", -1))))
                .singleElement().asString().startsWith("sections[0].data.files.families:");
        assertThat(harness.problems("welfare", data("files", data("families", 12, "updated", 12)))).isEmpty();
    }

    @Test
    void rejectsSchemesThatDoNotAddUpWithTheirPaths() {
        // the school frame has 78 members
        assertThat(harness.problems("welfare", data("mutualAid", List.of(
                data("name", "职工医疗互助保障", "enrolled", 90),
                data("name", "住院互助", "enrolled", 0, "claims", 3),
                data("name", "补充医疗保险", "enrolled", 70, "claims", 0, "paid", 1200)))))
                .containsExactlyInAnyOrder(
                        "sections[0].data.mutualAid[0].enrolled: is 90 people, more than the 78 members (or staff) "
                                + "the report gives",
                        "sections[0].data.mutualAid[1].claims: is 3 claims, but no one is enrolled",
                        "sections[0].data.mutualAid[2].paid: is 1200 yuan paid out, but claims is 0: say how many "
                                + "claims were paid");
    }

    @Test
    void rejectsChildrenOutsideAStudyGrantAndNegativeChildren() {
        assertThat(harness.problems("welfare", data("subsidies", List.of(
                data("who", "一名困难职工", "amount", 2000, "children", 1)))))
                .containsExactly("sections[0].data.subsidies[0].children: is only for a study grant (purpose: "
                        + "study), and this one is hardship: for other subsidies give the number in persons");
        assertThat(harness.problems("welfare", data("subsidies", List.of(
                data("who", "考入大学的职工子女", "amount", 3000, "children", -2)))))
                .singleElement().asString().startsWith("sections[0].data.subsidies[0].children:");
    }

    @Test
    void writesTheRegisterAndPairsWithHouseholdsAndPairs() {
        SectionHarness.Section s = harness.section(SectionHarness.companyMeta(), "welfare", data(
                "files", data("families", 23, "added", 4, "updated", 23, "removed", 2),
                "pairs", data("pairs", 23, "who", "公司领导班子成员和中层干部", "amount", 46000)));
        assertThat(s.text()).contains("在册困难职工23户，其中新建档4户，全年更新档案信息23户，2户实现脱困；")
                .contains("组织公司领导班子成员和中层干部与困难职工结对帮扶23对，送去帮扶资金4.6万元。");
        assertThat(s.figures()).containsEntry("困难职工建档", "23户").containsEntry("结对帮扶", "23对");
    }

    @Test
    void writesASmallPairsOnlyPartWithoutARegister() {
        SectionHarness.Section s = harness.section("welfare", data("pairs", data("pairs", 3)));
        assertThat(s.text()).contains("工会组织干部与困难教职工结对帮扶3对。").doesNotContain("档案");
        assertThat(s.figures()).containsOnlyKeys("结对帮扶");
    }

    @Test
    void writesMutualAidAndInsuranceWithClaimsAndTotals() {
        SectionHarness.Section s = harness.section(SectionHarness.companyMeta(), "welfare", data("mutualAid", List.of(
                data("name", "职工住院医疗互助保障", "enrolled", 405, "premium", 20250, "claims", 37, "paid", 86420),
                data("name", "女职工安康保险", "enrolled", 96, "claims", 2, "paid", 8000))));
        assertThat(s.text()).contains("组织405名职工参加职工住院医疗互助保障，缴纳保费2.02万余元")
                .contains("为患病住院的职工理赔37人次，理赔金额8.64万余元")
                .contains("为96名女职工办理女职工安康保险")
                .contains("各项保障全年共理赔9.44万余元");
        assertThat(s.figures()).containsEntry("参加互助保障", "501人次").containsEntry("互助保障理赔", "39人次")
                .containsEntry("互助保障理赔金额", "9.44万余元");
    }

    @Test
    void writesASchemeWithNoClaimsWithoutAClaimClause() {
        SectionHarness.Section s = harness.section("welfare", data("mutualAid", List.of(
                data("name", "职工医疗互助保障", "enrolled", 76))));
        assertThat(s.text()).contains("组织76名教职工参加职工医疗互助保障。").doesNotContain("理赔");
        assertThat(s.figures()).containsOnlyKeys("参加互助保障");
    }

    @Test
    void writesRecuperationAsItsOwnKindNotAnOuting() {
        SectionHarness.Section s = harness.section(SectionHarness.companyMeta(), "welfare", data("recuperation",
                data("batches", 4, "people", 86, "place", "省总工会莫干山疗休养基地", "who", "一线职工和劳模代表")));
        assertThat(s.text()).contains("工会安排一线职工和劳模代表分4批赴省总工会莫干山疗休养基地参加疗休养，共86人次")
                .doesNotContain("亲近自然").doesNotContain("出游");
        assertThat(s.figures()).containsEntry("组织疗休养", "4批").containsEntry("参加疗休养", "86人次");
        SectionHarness.Section small = harness.section("welfare", data("recuperation", data("people", 6)));
        assertThat(small.text()).contains("工会组织教职工参加疗休养，共6人次");
        assertThat(small.figures()).containsOnlyKeys("参加疗休养");
    }

    @Test
    void writesTheFourSeasonsWithTheirTotal() {
        SectionHarness.Section s = harness.section(SectionHarness.companyMeta(), "welfare", data("seasons", List.of(
                data("name", "送清凉", "who", "高温岗位一线职工", "persons", 1260, "amount", 75600),
                data("name", "「送温暖」活动", "who", "困难职工和劳模", "persons", 48, "amount", 38400))));
        assertThat(s.text()).contains("工会坚持开展「四季送」活动：开展“送清凉”活动，慰问高温岗位一线职工1260人次，"
                        + "送去防暑降温物品折合7.56万元；开展“送温暖”活动，慰问困难职工和劳模48人次")
                .contains("全年「四季送」共惠及职工1308人次，投入11.4万元。");
        assertThat(s.figures()).containsEntry("「四季送」惠及职工", "1308人次");
        SectionHarness.Section one = harness.section("welfare", data("seasons", List.of(
                data("name", "送健康", "persons", 40))));
        assertThat(one.text()).contains("工会开展“送健康”活动，惠及教职工40人次。").doesNotContain("四季送");
    }

    @Test
    void countsStudyGrantChildrenApartFromStaff() {
        SectionHarness.Section s = harness.section("welfare", data("subsidies", List.of(
                data("who", "困难教职工", "persons", 3, "children", 4, "amount", 8000, "purpose", "study"))));
        assertThat(s.text()).contains("为困难教职工的4名子女发放助学金8000元");
        assertThat(s.figures()).containsEntry("资助职工子女", "4人");
    }

    @Test
    void leavesTheNewPartsOutWhenEmpty() {
        SectionHarness.Section s = harness.section("welfare", data("mutualAid", List.of(), "seasons", List.of()));
        assertThat(s.isEmpty()).isTrue();
    }
}
