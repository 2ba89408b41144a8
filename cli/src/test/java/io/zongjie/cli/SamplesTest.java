package io.zongjie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zongjie.api.ReportEngine;
import io.zongjie.document.Block;
import io.zongjie.document.Document;
import io.zongjie.document.Paragraph;
import java.io.ByteArrayOutputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import io.zongjie.document.Heading;
import io.zongjie.model.ReportSpec;
import io.zongjie.model.SectionSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The samples, as a user assembles them: every section present, numbered in order, nothing left blank. */
class SamplesTest {

    private static final ReportEngine ENGINE = ReportEngine.builder().build();
    private static final com.fasterxml.jackson.databind.ObjectMapper ENGINE_MAPPER =
            new com.fasterxml.jackson.databind.ObjectMapper();
    private static final List<String> ORDER = List.of("education", "democratic-management", "welfare", "sports",
            "self-building", "shortcomings-plans");

    /** The PDF's text in reading order, without whitespace and without the page numbers (— 1 —). */
    static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument read = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(read).replaceAll("\\s+", "").replaceAll("—\\d+—", "");
        }
    }

    private static ReportSpec sample(String name) throws Exception {
        return ENGINE.read(Path.of("..", "samples", name + ".yaml"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"school", "enterprise", "government"})
    void everySampleHasEverySectionNumberedInOrder(String name) throws Exception {
        ReportSpec spec = sample(name);
        List<String> order = new java.util.ArrayList<>(ORDER);
        if (name.equals("enterprise")) {
            order.add(2, "labour-competitions");
            order.add(3, "rights");
            // 女职工工作 before the shortcomings and plans, which close every report
            order.add(order.size() - 1, "female-staff");
        }
        assertThat(spec.sections()).extracting(SectionSpec::type).containsExactlyElementsOf(order);

        Document doc = ENGINE.assemble(spec);

        assertThat(doc.headings()).filteredOn(h -> h.level() == 1).extracting(Heading::number)
                .containsExactlyElementsOf(List.of("一、", "二、", "三、", "四、", "五、", "六、", "七、", "八、", "九、")
                        .subList(0, order.size()));
        assertThat(doc.plainText()).doesNotContain("null").doesNotContain("$").doesNotContain("#if");
    }

    @ParameterizedTest
    @ValueSource(strings = {"school", "enterprise", "government", "hospital", "district-education", "township",
            "congress-report", "school-year", "half-year", "summary-plan"})
    void everySampleIsValidAndWritesNoTemplateLeftovers(String name) throws Exception {
        Document doc = ENGINE.assemble(sample(name));

        assertThat(doc.headings()).filteredOn(h -> h.level() == 1).isNotEmpty();
        assertThat(doc.headings()).extracting(Heading::id).containsOnly("");
        assertThat(doc.plainText()).doesNotContain("null").doesNotContain("$").doesNotContain("#if")
                .doesNotContain("**").doesNotContain("。。").doesNotContain("，。").doesNotContain("。，")
                .doesNotContain("；。").doesNotContain("、、").doesNotContain("因因").doesNotContain("的的");
    }

    @ParameterizedTest
    @ValueSource(strings = {"school", "enterprise", "government", "hospital", "district-education", "township",
            "congress-report", "school-year", "half-year", "summary-plan"})
    void thePdfReadsBackWithEveryHeadingInOrderAndTheTextOfTheReport(String name) throws Exception {
        Document doc = ENGINE.assemble(sample(name));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        ENGINE.render(doc, "pdf", pdf);

        String flat = pdfText(pdf.toByteArray());
        List<String> headings = doc.headings().stream().filter(h -> h.level() == 1)
                .map(h -> h.number() + h.text()).toList();
        assertThat(flat).containsSubsequence(headings);
        // every paragraph's words, in order, as the engine wrote them
        for (Block block : doc.blocks()) {
            if (block instanceof Paragraph p) {
                assertThat(flat).contains(p.plainText().replaceAll("\\s+", ""));
            }
        }
    }

    @Test
    void theEnterprisePdfReportsItsProposalsWithTheAdoptionRateAndTheMoneyByOneRule() throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        ENGINE.render(ENGINE.assemble(sample("enterprise")), "pdf", pdf);
        String flat = pdfText(pdf.toByteArray());

        assertThat(flat).contains("三、深化劳动和技能竞赛，激发职工创新创效活力")
                .contains("共征集合理化建议326条，采纳214条，采纳率65.6%，已实施187条，节约资金186.2万元，创造效益73.5万元。")
                .contains("形成技术革新和“五小”成果3项，创造效益60.6万元。")
                .contains("42个班组参赛，获评市级“安康杯”竞赛优胜企业")
                .contains("集控运行二值值长周师傅获得市级五一劳动奖章；检修部吴师傅获得公司级劳动模范。");
    }

    @Test
    void theEnterprisePdfReportsItsContractsDisputesWithTheSuccessRateAndTheHazardsFixed() throws Exception {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        ENGINE.render(ENGINE.assemble(sample("enterprise")), "pdf", pdf);
        String flat = pdfText(pdf.toByteArray());

        assertThat(flat).contains("四、依法履行维权职责，维护职工合法权益")
                .contains("续签集体合同（2024—2026年），覆盖职工612人。同时签订工资专项集体合同（2024年度），覆盖职工612人。"
                        + "工会还续签女职工权益保护专项集体合同，覆盖女职工138人。")
                .contains("受理劳动争议14件，调解12件，调解成功11件，调解成功率78.6%，为职工挽回经济损失16.35万元。")
                .contains("帮助农民工追讨欠薪3件，追回工资4.86万元。")
                .contains("劳动保护监督检查26次，排查安全隐患143项，已整改138项。")
                .contains("诉求67件，办结64件。");
    }

    @Test
    void welfareTotalsInThePdfAreTheSumsOfTheItems() throws Exception {
        ReportSpec spec = sample("school");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> visits = (List<Map<String, Object>>) ENGINE_MAPPER
                .convertValue(spec.sections().get(2).data(), Map.class).get("visits");
        int persons = visits.stream().mapToInt(v -> ((Number) v.get("persons")).intValue()).sum();
        int amount = visits.stream().mapToInt(v -> ((Number) v.get("amount")).intValue()).sum();
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        ENGINE.render(ENGINE.assemble(spec), "pdf", pdf);
        String flat = pdfText(pdf.toByteArray());
        assertThat(persons).isEqualTo(229);
        assertThat(flat).contains("全年共走访慰问教职工" + persons + "人次，发放慰问金" + amount / 10000.0 + "万元");
        // one money rule for prose and tables: the key-figure table says the same
        assertThat(flat).contains("发放慰问金" + amount / 10000.0 + "万元").doesNotContain(amount + "元");
    }

    @Test
    void aReportOfTwoSectionsIsNumberedWithoutGaps() throws Exception {
        ReportSpec full = sample("school");
        ReportSpec two = new ReportSpec(full.report(), List.of(full.sections().get(2), full.sections().get(3)));

        Document doc = ENGINE.assemble(two);

        assertThat(doc.headings()).filteredOn(h -> h.level() == 1).extracting(h -> h.number() + h.text())
                .containsExactly("一、真情关爱，扎实开展送温暖活动", "二、丰富文体活动，活跃教职工生活");
        assertThat(doc.plainText()).doesNotContain("提案").doesNotContain("三、");
    }

    @Test
    void aSectionWithNoDataIsLeftOutAndTheNumberingClosesUp() throws Exception {
        ReportSpec full = sample("enterprise");
        ReportSpec spec = new ReportSpec(full.report(), List.of(full.sections().get(0),
                new SectionSpec("welfare", null, Map.of()), full.sections().get(full.sections().size() - 1)));

        Document doc = ENGINE.assemble(spec);

        assertThat(doc.headings()).filteredOn(h -> h.level() == 1).extracting(Heading::number)
                .containsExactly("一、", "二、");
        assertThat(doc.plainText()).doesNotContain("走访慰问").doesNotContain("慰问金");
    }
}
