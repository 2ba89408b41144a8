package io.zongjie.document;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A bar chart of figures, such as each unit's 走访慰问人次 in a roll-up, or last year's and this year's key figures:
 * categories along one axis, one bar per series in each. Renderers draw it with a charting library (vector graphics
 * in PDF, SVG in HTML, a picture in DOCX) and print it as a table where a format has no graphics (Markdown, text).
 *
 * @param title      the chart's title, such as 「各基层工会走访慰问教职工（人次）」
 * @param unit       the unit of every value, such as 人次 or 万元 (the value axis's label)
 * @param categories the categories, in order: unit names, or figure labels
 * @param series     the series, each with one value per category
 */
public record Chart(String title, String unit, List<String> categories, List<Series> series) implements Block {

    /**
     * One series of values.
     *
     * @param name   its name in the legend, such as 「2023年」; empty when the chart has one series
     * @param values one value per category, never negative
     */
    public record Series(String name, List<BigDecimal> values) {
        public Series {
            name = name == null ? "" : name;
            values = List.copyOf(values);
            if (values.stream().anyMatch(v -> v.signum() < 0)) {
                throw new IllegalArgumentException("a chart's values are never negative: " + values);
            }
        }
    }

    public Chart {
        Objects.requireNonNull(title, "title");
        unit = unit == null ? "" : unit;
        categories = List.copyOf(categories);
        series = List.copyOf(series);
        if (series.isEmpty()) {
            throw new IllegalArgumentException("a chart needs at least one series");
        }
        for (Series s : series) {
            if (s.values().size() != categories.size()) {
                throw new IllegalArgumentException("series " + s.name() + " has " + s.values().size()
                        + " values for " + categories.size() + " categories");
            }
        }
    }

    /** The chart as a table: a row per category, a column per series, for formats without graphics. */
    public Table asTable() {
        List<String> header = new java.util.ArrayList<>();
        header.add("");
        for (Series s : series) {
            header.add(s.name().isEmpty() ? unit : s.name() + (unit.isEmpty() ? "" : "（" + unit + "）"));
        }
        List<List<String>> rows = new java.util.ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            List<String> row = new java.util.ArrayList<>();
            row.add(categories.get(i));
            for (Series s : series) {
                BigDecimal v = s.values().get(i).stripTrailingZeros();
                row.add((v.scale() < 0 ? v.setScale(0) : v).toPlainString());
            }
            rows.add(row);
        }
        return new Table(title, header, rows);
    }

    @Override
    public <R, X extends Exception> R accept(BlockVisitor<R, X> visitor) throws X {
        return visitor.visit(this);
    }

    @Override
    public String plainText() {
        return asTable().plainText();
    }
}
