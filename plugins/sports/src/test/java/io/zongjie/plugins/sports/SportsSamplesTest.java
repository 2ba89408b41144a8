package io.zongjie.plugins.sports;

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
class SportsSamplesTest {

    private static final SectionHarness harness = SectionHarness.of(new SportsModule());

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
        assertThat(text).startsWith("一、丰富文体活动，活跃教职工生活").contains("（三）")
                .contains("文体活动5次，教职工参与298人次。")
                .contains("全年共参加各级比赛2项（市级1项、区级1项），参赛9人次，获奖3项。")
                .contains("全年投入2.63万余元改善文体活动条件");
        assertThat(doc.plainText()).contains("工会组织教职工参加文体活动298人次");
    }

    @Test
    void enterpriseSampleAssembles() throws IOException {
        Document doc = harness.engine().assemble(read("sample-enterprise.yaml", SectionHarness.companyMeta()));

        String text = SectionHarness.sectionText(doc);
        assertThat(text).contains("在联谊交流方面，1月开展了“科研人迎新春”联欢会，参与210人次；")
                .contains("设男子五人制和女子定点投篮项目")
                .contains("工会投入9600元购置乒乓球台4张").doesNotContain("教职工");
    }

    @Test
    void governmentSampleAssembles() throws IOException {
        ReportMeta office = ReportMeta.builder("临江区人民政府办公室", "2023年", LocalDate.of(2023, 12, 25))
                .membership(new Membership(64, 64, 30, 0)).build();
        Document doc = harness.engine().assemble(read("sample-government.yaml", office));

        String text = SectionHarness.sectionText(doc);
        assertThat(text).startsWith("一、开展文体活动，建设活力机关").contains("职工参与315人次")
                .contains("5月，工会选派15名干部职工参加了区直机关工委和区总工会举办的区直机关职工拔河比赛，赛出了风格，赛出了水平。");
        assertThat(doc.headings()).extracting(h -> h.number() + h.text()).containsExactly(
                "一、开展文体活动，建设活力机关", "（一）开展丰富多彩的文体活动", "（二）积极参加上级比赛");
    }
}
