package io.zongjie.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChineseFormatTest {

    private final ChineseFormat fmt = new ChineseFormat();

    @Test
    void writesMoneyInYuanAndWan() {
        assertThat(fmt.yuan(92879)).isEqualTo("92879元");
        assertThat(fmt.yuan(new BigDecimal("1000.5"))).isEqualTo("1000.50元");
        assertThat(fmt.yuan(new BigDecimal("1000.00"))).isEqualTo("1000元");
        assertThat(fmt.wan(370000)).isEqualTo("37万元");
        assertThat(fmt.wan(27000)).isEqualTo("2.7万元");
        assertThat(fmt.wan(136320)).isEqualTo("13.63万元");
        assertThat(fmt.money(43000)).isEqualTo("4.3万元");
        assertThat(fmt.money(9800)).isEqualTo("9800元");
    }

    @Test
    void writesMoneyByOneRule() {
        assertThat(fmt.money(9999)).isEqualTo("9999元");
        assertThat(fmt.money(new BigDecimal("8500.50"))).isEqualTo("8500.50元");
        assertThat(fmt.money(10000)).isEqualTo("1万元");
        assertThat(fmt.money(29000)).isEqualTo("2.9万元");
        assertThat(fmt.money(70100)).isEqualTo("7.01万元");
        assertThat(fmt.money(16000000)).isEqualTo("1600万元");
        assertThat(fmt.money(136320)).isEqualTo("13.63万余元");
        assertThat(fmt.money(new BigDecimal("10000.01"))).isEqualTo("1万余元");
        assertThat(fmt.money(new BigDecimal("250000000"))).isEqualTo("2.5亿元");
    }

    @Test
    void printsALevelOnlyWhereTheNameDoesNotSayIt() {
        assertThat(fmt.leveled(Level.PROVINCIAL, "实验教学说课比赛一等奖")).isEqualTo("省级实验教学说课比赛一等奖");
        assertThat(fmt.leveled(Level.PROVINCIAL, "全省中小学青年教师教学竞赛一等奖")).isEqualTo("全省中小学青年教师教学竞赛一等奖");
        assertThat(fmt.leveled(Level.MUNICIPAL, "临江市职工技能大赛焊工组第二名")).isEqualTo("临江市职工技能大赛焊工组第二名");
        assertThat(fmt.leveled(Level.AUTONOMOUS_REGION, "“五一劳动奖章”")).isEqualTo("自治区级“五一劳动奖章”");
        assertThat(fmt.leveled(Level.DISTRICT, "区级“优秀班主任”称号")).isEqualTo("区级“优秀班主任”称号");
        assertThat(fmt.leveled(null, "优秀工会干部")).isEqualTo("优秀工会干部");
    }

    @Test
    void writesCountsAndPercentages() {
        assertThat(fmt.renci(219)).isEqualTo("219人次");
        assertThat(fmt.people(13)).isEqualTo("13人");
        assertThat(fmt.count(5, "场")).isEqualTo("5场");
        assertThat(fmt.percent(124, 126)).isEqualTo("98.4%");
        assertThat(fmt.percent(126, 126)).isEqualTo("100%");
        assertThat(fmt.percent(1, 0)).isEmpty();
        assertThat(fmt.percent(0.955)).isEqualTo("95.5%");
        assertThat(fmt.number(new BigDecimal("2.50"))).isEqualTo("2.5");
    }

    @Test
    void writesDates() {
        assertThat(fmt.date(LocalDate.of(2023, 12, 8))).isEqualTo("2023年12月8日");
        assertThat(fmt.month(LocalDate.of(2023, 3, 8))).isEqualTo("2023年3月");
        assertThat(fmt.month(YearMonth.of(2024, 11))).isEqualTo("2024年11月");
        assertThat(fmt.month("2023-12")).isEqualTo("2023年12月");
        assertThat(fmt.monthName(4)).isEqualTo("4月");
        assertThatThrownBy(() -> fmt.monthName(13)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesChineseNumeralsAndOrdinals() {
        assertThat(List.of(0, 3, 10, 12, 20, 21, 100, 105, 110, 1005, 2023, 10000))
                .map(fmt::chinese)
                .containsExactly("零", "三", "十", "十二", "二十", "二十一", "一百", "一百零五", "一百一十", "一千零五",
                        "二千零二十三", "一万");
        assertThat(fmt.ordinal(3)).isEqualTo("第三");
    }

    @Test
    void joinsTheChineseWay() {
        assertThat(fmt.join(List.of())).isEmpty();
        assertThat(fmt.join(List.of("甲"))).isEqualTo("甲");
        assertThat(fmt.join(List.of("甲", "乙"))).isEqualTo("甲和乙");
        assertThat(fmt.join(List.of("甲", "乙", "丙"))).isEqualTo("甲、乙和丙");
        assertThat(fmt.list(List.of("甲", "乙", "丙"))).isEqualTo("甲、乙、丙");
        // GB/T 15834: no 顿号 between titles in book-title marks, or between quoted items
        assertThat(fmt.list(List.of("《工会法》", "《劳动法》", "劳动合同制度"))).isEqualTo("《工会法》《劳动法》、劳动合同制度");
        assertThat(fmt.join(List.of("“职工之家”", "“职工书屋”", "“爱心驿站”"))).isEqualTo("“职工之家”“职工书屋”和“爱心驿站”");
        assertThat(fmt.book("工会法")).isEqualTo("《工会法》");
        assertThat(fmt.book("《工会法》")).isEqualTo("《工会法》");
        assertThat(fmt.quote("职工之家")).isEqualTo("“职工之家”");
    }

    @Test
    void phrasesFigures() {
        assertThat(fmt.figure(Figure.headline("k", "发放慰问金", 70100, "元"))).isEqualTo("发放慰问金7.01万元");
        assertThat(fmt.figure(Figure.of("k", "慰问职工", 229, "人次"))).isEqualTo("慰问职工229人次");
        assertThat(fmt.figureValue(Figure.of("k", "发放慰问金", 70100, "元"))).isEqualTo("7.01万元");
        assertThatThrownBy(() -> Figure.of("k", "x", -1, "元")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void dropsTheClosingPunctuationUsersType() {
        assertThat(fmt.clause("组织女职工体检。")).isEqualTo("组织女职工体检");
        assertThat(fmt.clause("开展三八节活动； ")).isEqualTo("开展三八节活动");
        assertThat(fmt.clause("“慈善一日捐”")).isEqualTo("“慈善一日捐”");
        assertThat(fmt.clause("。")).isEmpty();
    }
}
