package io.zongjie.plugins.education;

import static org.assertj.core.api.Assertions.assertThat;

import io.zongjie.document.Document;
import io.zongjie.model.Membership;
import io.zongjie.model.ReportMeta;
import io.zongjie.model.ReportSpec;
import io.zongjie.testing.SectionHarness;
import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The shipped samples (src/test/resources/sample-*.yaml) read, validate and assemble. */
class EducationSamplesTest {

    private static final SectionHarness harness = SectionHarness.of(new EducationModule());

    /** Reads a sample, a YAML list of sections, under the given frame; it must hold one valid section. */
    private ReportSpec read(String sample, ReportMeta meta) throws IOException {
        ReportSpec spec = harness.readSections(sample, meta);
        assertThat(harness.engine().validate(spec)).as(sample).isEmpty();
        assertThat(spec.sections()).hasSize(1);
        return spec;
    }

    @Test
    void schoolSampleAssembles() throws IOException {
        Document doc = harness.engine().assemble(read("sample-school.yaml", SectionHarness.schoolMeta()));

        String text = SectionHarness.sectionText(doc);
        assertThat(text).startsWith("一、加强师德建设，提升业务素质").contains("（四）以赛促教，教研成果丰硕")
                .contains("参训146人次").contains("结成师徒对子11对").contains("公开课42节、示范课9节")
                .contains("全年教职工共获各级奖项4项（集体奖项1项、个人奖项3项），其中省级奖项1项、市级奖项1项、区级奖项2项。");
        assertThat(doc.plainText()).contains("工会组织教职工参加培训146人次、结成师徒对子11对");
    }

    @Test
    void enterpriseSampleAssembles() throws IOException {
        Document doc = harness.engine().assemble(read("sample-enterprise.yaml", SectionHarness.companyMeta()));

        String text = SectionHarness.sectionText(doc);
        assertThat(text).startsWith("一、加强职工教育，提升岗位技能").contains("（二）开展技能培训，提升岗位本领")
                .contains("参训479人次").contains("各期培训情况见下表").contains("累计参赛84人次")
                .doesNotContain("教职工");
    }

    @Test
    void governmentSampleAssembles() throws IOException {
        ReportMeta office = ReportMeta.builder("临江市自然资源和规划局", "2023年", LocalDate.of(2023, 12, 25))
                .membership(new Membership(96, 96, 41, 0)).build();
        Document doc = harness.engine().assemble(read("sample-government.yaml", office));

        String text = SectionHarness.sectionText(doc);
        assertThat(text).startsWith("一、加强学习培训，提升履职能力").contains("参训120人次")
                .contains("（三）争先创优，展现干部职工风采")
                .contains("全年干部职工共获市级奖项2项（集体奖项1项、个人奖项1项）。");
    }
}
