package io.zongjie.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VocabularyTest {

    private static Vocabulary words(String organization) {
        return ReportMeta.builder(organization, "2023年", LocalDate.of(2023, 12, 28)).build().vocabulary();
    }

    @ParameterizedTest
    @CsvSource({
            "临江市滨江实验中学,     SCHOOL,     全校, 教职工,   校务, 教代会, 教工之家, 我校",
            "临江一中,               SCHOOL,     全校, 教职工,   校务, 教代会, 教工之家, 我校",
            "临江五中,               SCHOOL,     全校, 教职工,   校务, 教代会, 教工之家, 我校",
            "临江职业技术学院,       SCHOOL,     全校, 教职工,   校务, 教代会, 教工之家, 我校",
            "临江市机关第一幼儿园,   SCHOOL,     全园, 教职工,   园务, 教代会, 教工之家, 我园",
            "临江市第一人民医院,     HOSPITAL,   全院, 医务职工, 院务, 职代会, 职工之家, 我院",
            "青石镇卫生院,           HOSPITAL,   全院, 医务职工, 院务, 职代会, 职工之家, 我院",
            "临江热电有限公司,       ENTERPRISE, 全公司, 职工,   厂务, 职代会, 职工之家, 我公司",
            "临江第二纺织厂,         ENTERPRISE, 全厂, 职工,     厂务, 职代会, 职工之家, 我厂",
            "临江市市场监督管理局机关, GOVERNMENT, 全局, 干部职工, 政务, 职代会, 职工之家, 我局",
            "临江市发展和改革委员会, GOVERNMENT, 全委, 干部职工, 政务, 职代会, 职工之家, 我委",
            "临江区教育工会,         REGIONAL,   全区, 教职工,   校务, 教代会, 教工之家, 我区",
            "临江县教育工会,         REGIONAL,   全县, 教职工,   校务, 教代会, 教工之家, 我县",
            "临江市卫生健康系统工会, REGIONAL,   全市, 医务职工, 院务, 职代会, 职工之家, 我市",
            "临江区青石镇总工会,     TOWNSHIP,   全镇, 职工,     厂务, 职代会, 职工之家, 我镇",
            "城关街道总工会,         TOWNSHIP,   全街道, 职工,   厂务, 职代会, 职工之家, 我街道",
            "临江市规划设计研究院,   OTHER,      全院, 职工,     院务, 职代会, 职工之家, 我院"})
    void theNameTellsTheKindOfUnionAndItsWords(String organization, UnionKind kind, String whole, String people,
            String openness, String congress, String home, String own) {
        Vocabulary w = words(organization);
        assertThat(w.kind()).isEqualTo(kind);
        assertThat(w.whole()).isEqualTo(whole);
        assertThat(w.people()).isEqualTo(people);
        assertThat(w.openness()).isEqualTo(openness);
        assertThat(w.congress()).isEqualTo(congress);
        assertThat(w.home()).isEqualTo(home);
        assertThat(w.own()).isEqualTo(own);
    }

    @Test
    void aFederationNamesItselfByItsLevelAndWritesAboutItsBaseUnits() {
        assertThat(words("临江区教育工会").self()).isEqualTo("区教育工会");
        assertThat(words("临江区教育工会").baseUnits()).isEqualTo("各学校");
        assertThat(words("临江区教育工会").federation()).isTrue();
        assertThat(words("临江区青石镇总工会").self()).isEqualTo("镇总工会");
        assertThat(words("临江市第一人民医院").self()).isEqualTo("工会");
        assertThat(words("临江市第一人民医院").federation()).isFalse();
    }

    @Test
    void theKindAndTheTermsOverrideTheName() {
        ReportMeta meta = ReportMeta.builder("临江市青少年活动中心", "2023年", LocalDate.of(2023, 12, 28))
                .kind(UnionKind.SCHOOL).terms(new Terms(null, null, "教职员工", null, "教职工代表大会", null)).build();
        Vocabulary w = meta.vocabulary();
        assertThat(w.kind()).isEqualTo(UnionKind.SCHOOL);
        assertThat(w.whole()).isEqualTo("全校");
        assertThat(w.people()).isEqualTo("教职员工");
        assertThat(w.women()).isEqualTo("女教职员工");
        assertThat(w.congress()).isEqualTo("教代会");
        assertThat(w.congressName()).isEqualTo("教职工代表大会");
        assertThat(meta.staffWord()).isEqualTo("教职员工");
    }

    @Test
    void thePeriodsWordsAreTheVocabularysToo() {
        Vocabulary w = ReportMeta.builder("临江水务集团有限公司", "2024年上半年", LocalDate.of(2024, 7, 8)).build()
                .vocabulary();
        assertThat(w.throughout()).isEqualTo("上半年");
        assertThat(w.since()).isEqualTo("半年来");
        assertThat(w.next()).isEqualTo("下半年");
        // a 集团有限公司 calls itself 集团, not 公司
        assertThat(w.whole()).isEqualTo("全集团");
        assertThat(w.unit()).isEqualTo("集团");
    }

    @Test
    void theTitleFollowsTheVariant() {
        LocalDate d = LocalDate.of(2024, 1, 12);
        assertThat(ReportMeta.builder("临江市第五中学", "2023年", d).build().effectiveTitle())
                .isEqualTo("临江市第五中学2023年工会工作总结");
        assertThat(ReportMeta.builder("临江市第五中学", "2023年", d).variant(Variant.REPORT).build().effectiveTitle())
                .isEqualTo("临江市第五中学工会工作报告");
        assertThat(ReportMeta.builder("临江市第五中学", "2023年", d).variant(Variant.SUMMARY_AND_PLAN).build()
                .effectiveTitle()).isEqualTo("临江市第五中学2023年工会工作总结及2024年工作计划");
        assertThat(ReportMeta.builder("临江区教育工会", "2023", d).build().effectiveTitle())
                .isEqualTo("临江区教育工会2023年工作总结");
    }
}
