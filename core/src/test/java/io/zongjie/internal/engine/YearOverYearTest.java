package io.zongjie.internal.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.zongjie.model.Period;
import io.zongjie.spi.Figure;
import java.util.List;
import org.junit.jupiter.api.Test;

/** 「比上年增长12.5%」 as a reader checks it: the change worked out by hand, rounded half up to one decimal. */
class YearOverYearTest {

    private static Figure visits(int n) {
        return Figure.headline("welfare.visits", "走访慰问教职工", n, "人次");
    }

    private static YearOverYear change(Figure now, Figure before) {
        return YearOverYear.of(now, before, "上年").orElseThrow();
    }

    @Test
    void aRiseAFallAndNoChange() {
        // (1372 - 1220) / 1220 = 12.459% -> 12.5%
        assertThat(change(visits(1372), visits(1220)).predicate(true)).isEqualTo("比上年增长12.5%");
        // (900 - 1000) / 1000 = -10% -> 10 without a trailing .0
        assertThat(change(visits(900), visits(1000)).predicate(true)).isEqualTo("比上年下降10%");
        assertThat(change(visits(900), visits(1000)).predicate(false)).isEqualTo("下降10%");
        assertThat(change(visits(1023), visits(1023)).predicate(true)).isEqualTo("与上年持平");
        // 10001 against 10000 is 0.01%, which rounds to 0.0: not 「持平」, which would be untrue
        assertThat(change(visits(10001), visits(10000)).predicate(true)).isEqualTo("与上年基本持平");
        // half up: 1 in 8 = 12.5 exactly; 3 in 16 = 18.75 -> 18.8
        assertThat(change(visits(9), visits(8)).predicate(true)).isEqualTo("比上年增长12.5%");
        assertThat(change(visits(19), visits(16)).predicate(true)).isEqualTo("比上年增长18.8%");
    }

    @Test
    void noComparisonWhereLastYearHadNoneOrZeroOrTheFigureDoesNotAddUp() {
        assertThat(YearOverYear.of(visits(10), null, "上年")).isEmpty();
        assertThat(YearOverYear.of(visits(10), visits(0), "上年")).isEmpty();
        Figure year = Figure.unsummed("honours.year", "获评年份", 2023, "年");
        assertThat(YearOverYear.of(year, Figure.unsummed("honours.year", "获评年份", 2022, "年"), "上年")).isEmpty();
    }

    @Test
    void aRateChangesInPercentagePointsFromItsParts() {
        // 7812 / 7860 = 99.389%, 7731 / 7790 = 99.243%: up 0.146 points -> 0.1
        Figure now = Figure.rate("membership.rate", "入会率", 7812, 7860);
        Figure before = Figure.rate("membership.rate", "入会率", 7731, 7790);
        assertThat(change(now, before).predicate(true)).isEqualTo("比上年提高0.1个百分点");
        assertThat(change(before, now).cell()).isEqualTo("下降0.1个百分点");
    }

    @Test
    void theSubjectCarriesTheRightMeasureWord() {
        assertThat(change(visits(2), visits(1)).subject()).isEqualTo("走访慰问教职工人次");
        assertThat(change(Figure.of("w.screened", "组织女职工两癌筛查", 90, "人"),
                Figure.of("w.screened", "组织女职工两癌筛查", 80, "人")).subject()).isEqualTo("组织女职工两癌筛查人数");
        assertThat(change(Figure.of("w.amount", "发放慰问金", 90, "元"), Figure.of("w.amount", "发放慰问金", 80, "元"))
                .subject()).isEqualTo("发放慰问金");
        assertThat(change(Figure.of("e.training", "开展培训", 4, "期"), Figure.of("e.training", "开展培训", 3, "期"))
                .subject()).isEqualTo("开展培训期数");
    }

    @Test
    void theSentenceSays比上年OnceAtItsFirstRiseOrFall() {
        Figure money = Figure.headline("welfare.amount", "发放慰问金", 439300, "元");
        Figure sports = Figure.headline("sports.participants", "组织教职工参加文体活动", 1023, "人次");
        String sentence = YearOverYear.sentence(List.of(
                change(sports, sports),
                change(visits(1372), visits(1220)),
                change(money, Figure.headline("welfare.amount", "发放慰问金", 441400, "元"))));
        assertThat(sentence).isEqualTo("组织教职工参加文体活动人次与上年持平，走访慰问教职工人次比上年增长12.5%，发放慰问金下降0.5%。");
        assertThat(YearOverYear.sentence(List.of())).isEmpty();
    }

    @Test
    void lastPeriodIsNamedByWhatItIs() {
        Period y2023 = Period.parse("2023年").orElseThrow();
        assertThat(YearOverYear.than(y2023, Period.parse("2022年").orElseThrow())).isEqualTo("上年");
        assertThat(YearOverYear.than(Period.parse("2023年上半年").orElseThrow(),
                Period.parse("2022年上半年").orElseThrow())).isEqualTo("上年同期");
        assertThat(YearOverYear.than(y2023, Period.parse("2021年").orElseThrow())).isEqualTo("上期");
    }
}
