package io.zongjie.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodTest {

    @ParameterizedTest
    @CsvSource({
            "2023年,              YEAR,        全年,   一年来,   年末,   2024年,  2023年",
            "2023,                YEAR,        全年,   一年来,   年末,   2024年,  2023年",
            "2023年度,            YEAR,        全年,   一年来,   年末,   2024年,  2023年度",
            "2023学年度,          SCHOOL_YEAR, 本学年, 一学年来, 学年末, 新学年,  2023学年度",
            "2023—2024学年,       SCHOOL_YEAR, 本学年, 一学年来, 学年末, 新学年,  2023—2024学年",
            "2023-2024学年度,     SCHOOL_YEAR, 本学年, 一学年来, 学年末, 新学年,  2023-2024学年度",
            "2023—2024学年第一学期, SEMESTER,  本学期, 一学期来, 学期末, 下学期,  2023—2024学年第一学期",
            "2024年春季学期,       SEMESTER,   本学期, 一学期来, 学期末, 下学期,  2024年春季学期",
            "2024年上半年,         HALF_YEAR,  上半年, 半年来,   6月底,  下半年,  2024年上半年",
            "2024年下半年,         HALF_YEAR,  下半年, 半年来,   年末,   2025年,  2024年下半年",
            "2024年1—6月,          HALF_YEAR,  上半年, 半年来,   6月底,  下半年,  2024年1—6月",
            "2023年1月至12月,      YEAR,       全年,   一年来,   年末,   2024年,  2023年1月至12月",
            "2023年3月至2024年2月, RANGE,      这十二个月, 十二个月来, 2月底, 下一阶段, 2023年3月至2024年2月",
            "2023年9月—2024年1月,  RANGE,      这五个月, 五个月来, 1月底, 下一阶段, 2023年9月—2024年1月"})
    void readsThePeriodsReportsUseAndTheirWords(String text, Period.Kind kind, String throughout, String since,
            String end, String next, String label) {
        Period p = Period.parse(text).orElseThrow();
        assertThat(p.kind()).isEqualTo(kind);
        assertThat(p.throughout()).isEqualTo(throughout);
        assertThat(p.since()).isEqualTo(since);
        assertThat(p.end()).isEqualTo(end);
        assertThat(p.next()).isEqualTo(next);
        assertThat(p.label()).isEqualTo(label);
    }

    @Test
    void namesTheNextPeriodInFullForATitle() {
        assertThat(Period.parse("2023年").orElseThrow().nextLabel()).isEqualTo("2024年");
        assertThat(Period.parse("2023学年度").orElseThrow().nextLabel()).isEqualTo("2024学年度");
        assertThat(Period.parse("2023—2024学年").orElseThrow().nextLabel()).isEqualTo("2024—2025学年");
        assertThat(Period.parse("2024年上半年").orElseThrow().nextLabel()).isEqualTo("2024年下半年");
    }

    @Test
    void whatItCannotReadIsAProblemThatSaysWhatToWrite() {
        assertThat(Period.parse("年度工作")).isEmpty();
        assertThat(Period.parse("2023—2025学年")).isEmpty();
        assertThat(Period.parse("2023年13月至2024年2月")).isEmpty();
        assertThat(Period.problem("年度工作")).startsWith("「年度工作」 is not a period zongjie can read")
                .contains("2024年上半年").contains("2023学年度");
        assertThat(Period.problem("2023年")).isNull();
    }
}
