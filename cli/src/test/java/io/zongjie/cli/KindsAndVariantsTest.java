package io.zongjie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zongjie.api.ReportEngine;
import io.zongjie.document.Block;
import io.zongjie.document.Document;
import io.zongjie.document.Heading;
import io.zongjie.document.Recipient;
import io.zongjie.document.Signature;
import io.zongjie.document.Subtitle;
import io.zongjie.document.Title;
import io.zongjie.model.ReportMeta;
import io.zongjie.model.ReportSpec;
import io.zongjie.model.Variant;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The words a reader checks, in each kind of union's and each kind of document's sample, as the PDF reads back: a
 * hospital says 院务公开 and 全院, an education union 教职工, a half-year never 全年, a report to the 教代会 has its
 * subtitle and salutation and no signature.
 */
class KindsAndVariantsTest {

    private static final ReportEngine ENGINE = ReportEngine.builder().build();

    private static Document assemble(String sample) throws Exception {
        return ENGINE.assemble(ENGINE.read(Path.of("..", "samples", sample + ".yaml")));
    }

    private static String pdf(Document doc) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ENGINE.render(doc, "pdf", out);
        return SamplesTest.pdfText(out.toByteArray());
    }

    @Test
    void aHospitalSpeaksOfTheWholeHospitalAndItsOpennessNeverOfAFactoryOrASchool() throws Exception {
        Document doc = assemble("hospital");
        String text = pdf(doc);

        assertThat(text).contains("院务公开").contains("全院").contains("医务职工").contains("职代会")
                .contains("职工之家").doesNotContain("厂务").doesNotContain("校务").doesNotContain("全单位")
                .doesNotContain("教职工").doesNotContain("教代会");
        // 三八 gifts go to the women staff, 护士节 gifts to the nurses
        assertThat(text).contains("为912名女职工发放鲜花和护手霜").contains("为640名护士发放纪念品和慰问信");
    }

    @Test
    void anEducationUnionSpeaksOfTeachersAndOfTheWholeDistrict() throws Exception {
        String text = pdf(assemble("district-education"));

        assertThat(text).contains("教职工").contains("全区").contains("区教育工会").contains("教代会")
                .contains("各学校").contains("全区92所学校全年全部按规定召开了教代会")
                .contains("全区教育系统第六届三次教职工代表大会").doesNotContain("第六届三次全区")
                .doesNotContain("全单位").doesNotContain("厂务").doesNotContain("为临江区教育工会的");
        assertThat(text).contains("走访慰问教职工250人次").doesNotContain("职工之家");
        assertThat(text).contains("加强基层组织建设，夯实工会工作基础")
                .contains("辖区92所学校全部建立了工会组织，建会率100%；有教职工7860人，其中工会会员7812人，入会率99.4%。")
                .contains("培训工会干部276人次");
        // the publicity section: measure words 期、条、篇、份 and the 回收率 computed from the questionnaires
        assertThat(text).contains("编印《临江教育工会信息》18期，向上级工会报送信息64条，被采用37条")
                .contains("刊发宣传稿件52篇")
                .contains("发放问卷2400份，收回2263份，回收率94.3%").contains("形成调研报告3篇");
    }

    @Test
    void aTownshipFederationSpeaksOfTheTownAndItsEnterprises() throws Exception {
        String text = pdf(assemble("township"));

        assertThat(text).contains("全镇").contains("镇总工会").contains("厂务公开").contains("全镇31家应建职代会的企业中，29家按规定召开了职代会")
                .contains("辖区50家基层单位中，已建立工会组织46家，建会率92%；有职工6350人，其中工会会员6120人，入会率96.4%。")
                .contains("应建职代会的31家基层单位中，已建制30家，建制率96.8%。")
                .doesNotContain("全单位").doesNotContain("教职工").doesNotContain("校务");
    }

    @Test
    void aHalfYearNeverSpeaksOfTheWholeYear() throws Exception {
        String text = pdf(assemble("half-year"));

        assertThat(text).contains("2024年上半年工会工作总结").contains("上半年").contains("半年来")
                .contains("至6月底已落实14件").contains("六、下半年工作打算")
                .doesNotContain("全年").doesNotContain("一年来").doesNotContain("年末").doesNotContain("今年");
    }

    @Test
    void aSchoolYearSpeaksOfTheSchoolYearAndPlansTheNewOne() throws Exception {
        String text = pdf(assemble("school-year"));

        assertThat(text).contains("2023—2024学年工会工作总结").contains("本学年").contains("学年末")
                .contains("新学年工作打算").doesNotContain("全年").doesNotContain("一年来").doesNotContain("2024年工作打算");
    }

    @Test
    void aReportToTheStaffCongressHasItsSubtitleSalutationAndPartsAndNoSignature() throws Exception {
        Document doc = assemble("congress-report");
        List<Block> blocks = doc.blocks();

        assertThat(blocks.get(0)).isEqualTo(new Title("临江市第五中学工会工作报告"));
        assertThat(blocks.get(1)).isEqualTo(new Subtitle(List.of("——在临江市第五中学第七届二次教职工代表大会上",
                "工会主席　林晓燕", "（2024年1月12日）")));
        assertThat(blocks.get(2)).isEqualTo(new Recipient("各位代表、同志们："));
        assertThat(blocks.get(3).plainText()).contains("委托").contains("请").contains("审议");
        assertThat(blocks).noneMatch(b -> b instanceof Signature);
        assertThat(doc.headings()).filteredOn(h -> h.level() == 1).extracting(h -> h.number() + h.text())
                .containsExactly("一、过去一年工作回顾", "二、新一年工作任务");
        // the sections are the parts of the review, the plans the items of the tasks
        assertThat(doc.headings()).filteredOn(h -> h.level() == 2).extracting(Heading::text)
                .contains("坚持民主管理，推进校务公开", "存在的不足", "提高教代会工作质量", "关心毕业年级教师");

        String text = pdf(doc);
        assertThat(text).contains("——在临江市第五中学第七届二次教职工代表大会上").contains("各位代表、同志们：")
                .containsSubsequence("一、过去一年工作回顾", "（一）", "二、新一年工作任务", "（一）提高教代会工作质量")
                .doesNotContain("临江市第五中学工会委员会2024年1月12日");
        String last = blocks.get(blocks.size() - 1).plainText();
        assertThat(last).containsAnyOf("各位代表", "同志们");
    }

    @Test
    void aSummaryAndPlanHasARealPlanPart() throws Exception {
        Document doc = assemble("summary-plan");

        assertThat(doc.meta().title()).isEqualTo("临江市交通运输局机关2023年工会工作总结及2024年工作计划");
        assertThat(doc.headings()).filteredOn(h -> h.level() == 1).extracting(h -> h.number() + h.text())
                .containsExactly("一、2023年工会工作总结", "二、2024年工会工作计划");
        String text = pdf(doc);
        assertThat(text).containsSubsequence("二、2024年工会工作计划", "（一）指导思想", "（二）工作目标",
                "（三）主要任务和措施", "1.加强思想政治引领", "主要措施：一是与机关党委联合举办“交通大讲堂”4期；二是",
                "责任：机关工会宣传委员；时间：全年。", "3.创建模范职工之家")
                .contains("现将2023年工会工作总结及2024年工作计划报告如下：");
        assertThat(doc.blocks()).anyMatch(b -> b instanceof Signature);
    }

    @ParameterizedTest
    @ValueSource(strings = {"school", "enterprise", "government", "hospital", "district-education", "township",
            "congress-report", "school-year", "half-year", "summary-plan"})
    void theOpennessInTheHeadingIsTheOpennessInTheBody(String sample) throws Exception {
        Document doc = assemble(sample);
        Pattern kind = Pattern.compile("(校务|院务|厂务|政务|园务|所务|办事)公开");
        List<String> inHeadings = doc.headings().stream().map(Heading::text).flatMap(t -> found(kind, t).stream())
                .distinct().toList();
        List<String> inBody = found(kind, doc.plainText()).stream().distinct().toList();
        assertThat(inBody).as(sample).hasSizeLessThanOrEqualTo(1).containsAll(inHeadings);
    }

    private static List<String> found(Pattern p, String text) {
        Matcher m = p.matcher(text);
        List<String> out = new java.util.ArrayList<>();
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void everyNewSampleIsItsKindAndVariant() throws Exception {
        assertThat(kind("hospital")).isEqualTo(io.zongjie.model.UnionKind.HOSPITAL);
        assertThat(kind("district-education")).isEqualTo(io.zongjie.model.UnionKind.REGIONAL);
        assertThat(kind("township")).isEqualTo(io.zongjie.model.UnionKind.TOWNSHIP);
        assertThat(kind("congress-report")).isEqualTo(io.zongjie.model.UnionKind.SCHOOL);
        assertThat(meta("congress-report").effectiveVariant()).isEqualTo(Variant.REPORT);
        assertThat(meta("summary-plan").effectiveVariant()).isEqualTo(Variant.SUMMARY_AND_PLAN);
    }

    @Test
    void withoutEvaluationsTheReportStatesFactsOnly() throws Exception {
        ReportSpec spec = ENGINE.read(Path.of("..", "samples", "school.yaml"));
        ReportMeta m = spec.report();
        ReportMeta plain = new ReportMeta(m.organization(), m.union(), m.period(), m.recipient(), m.leadership(),
                m.membership(), m.date(), m.title(), m.keyFigures(), m.seal(), m.kind(), m.terms(), m.variant(), m.meeting(),
                m.speaker(), m.salutation(), m.guidance(), false);
        String text = ENGINE.assemble(new ReportSpec(plain, spec.sections())).plainText();

        assertThat(text).contains("全年共走访慰问教职工229人次，发放慰问金7.01万元。")
                .doesNotContain("礼轻情意重").doesNotContain("各项工作取得了新的进展").doesNotContain("温馨")
                .doesNotContain("真切感受到").doesNotContain("赛出了风格").doesNotContain("为学校赢得了荣誉");
    }

    private static ReportMeta meta(String sample) throws Exception {
        return ENGINE.read(Path.of("..", "samples", sample + ".yaml")).report();
    }

    private static io.zongjie.model.UnionKind kind(String sample) throws Exception {
        return meta(sample).vocabulary().kind();
    }
}
