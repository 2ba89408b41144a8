package io.zongjie.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FigureTest {

    @Test
    void countsAndMoneyAreSummed() {
        Figure a = Figure.of("welfare.money", "发放慰问金", 29000, "元");
        Figure b = Figure.headline("welfare.money", "发放慰问金", new BigDecimal("41000.50"), "元");
        Figure sum = a.plus(b);
        assertThat(sum.value()).isEqualByComparingTo("70000.50");
        assertThat(sum.headline()).isTrue();
        assertThat(sum.combine()).isEqualTo(Figure.Combine.SUM);
    }

    @Test
    void aRateIsRecomputedFromItsSummedPartsNeverSummed() {
        Figure small = Figure.rate("grassroots.membership", "入会率", 9, 10);     // 90.0%
        Figure large = Figure.rate("grassroots.membership", "入会率", 990, 1000); // 99.0%
        assertThat(small.value()).isEqualByComparingTo("90.0");
        assertThat(small.unit()).isEqualTo("%");
        Figure both = small.plus(large);
        // 999 / 1010 = 98.91…%, not 189% and not the mean 94.5%
        assertThat(both.value()).isEqualByComparingTo("98.9");
        assertThat(both.numerator()).isEqualByComparingTo("999");
        assertThat(both.denominator()).isEqualByComparingTo("1010");
    }

    @Test
    void aRateRoundsHalfUpToOneDecimal() {
        assertThat(Figure.rate("k", "建会率", 1, 8).value()).isEqualByComparingTo("12.5");
        assertThat(Figure.rate("k", "建会率", 2, 3).value()).isEqualByComparingTo("66.7");
        assertThat(Figure.rate("k", "建会率", 7, 7).value()).isEqualByComparingTo("100.0");
    }

    @Test
    void aRateNeverExceedsItsWhole() {
        assertThatThrownBy(() -> Figure.rate("k", "入会率", 11, 10))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("11 of 10");
        assertThatThrownBy(() -> Figure.rate("k", "入会率", 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnsummedFigureKeepsTheFirstValue() {
        Figure first = Figure.unsummed("x.rank", "考核排名", 3, "名");
        Figure later = Figure.unsummed("x.rank", "考核排名", 5, "名");
        assertThat(first.plus(later).value()).isEqualByComparingTo("3");
    }

    @Test
    void theFiveArgumentConstructorStillMakesASummedFigure() {
        Figure f = new Figure("a", "开展活动", BigDecimal.ONE, "次", true);
        assertThat(f.combine()).isEqualTo(Figure.Combine.SUM);
        assertThat(f.numerator()).isNull();
        assertThat(f.asHeadline().headline()).isTrue();
    }
}
