package io.zongjie.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zongjie.spi.ChartDrawing;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartTest {

    private static final Chart YEARS = new Chart("主要工作数据与上年对比（人次）", "人次", List.of("走访慰问教职工", "参加文体活动"),
            List.of(new Chart.Series("2022年", List.of(new BigDecimal("1220"), new BigDecimal("1023"))),
                    new Chart.Series("2023年", List.of(new BigDecimal("1372"), new BigDecimal("1023.50")))));

    @Test
    void aFormatWithoutGraphicsPrintsTheChartAsATable() {
        Table t = YEARS.asTable();
        assertThat(t.caption()).isEqualTo("主要工作数据与上年对比（人次）");
        assertThat(t.header()).containsExactly("", "2022年（人次）", "2023年（人次）");
        assertThat(t.rows()).containsExactly(List.of("走访慰问教职工", "1220", "1372"), List.of("参加文体活动", "1023", "1023.5"));
        assertThat(YEARS.plainText()).contains("走访慰问教职工\t1220\t1372");
    }

    @Test
    void everySeriesHasOneValueForEachCategoryAndNoneIsNegative() {
        assertThatThrownBy(() -> new Chart("t", "人", List.of("a", "b"),
                List.of(new Chart.Series("", List.of(BigDecimal.ONE)))))
                .hasMessage("series  has 1 values for 2 categories");
        assertThatThrownBy(() -> new Chart.Series("x", List.of(BigDecimal.valueOf(-1))))
                .hasMessageContaining("never negative");
        assertThatThrownBy(() -> new Chart("t", "人", List.of("a"), List.of())).hasMessageContaining("at least one");
    }

    @Test
    void theDrawingIsDeterministic() {
        byte[] once = ChartDrawing.png(YEARS, 600, 350, java.awt.Font.SERIF, 14f);
        byte[] twice = ChartDrawing.png(YEARS, 600, 350, java.awt.Font.SERIF, 14f);
        assertThat(once).isEqualTo(twice);
        // a PNG
        assertThat(once).startsWith(0x89, 'P', 'N', 'G');
    }
}
