package io.zongjie.spi;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A key figure a section publishes, such as 慰问职工 219 人次 or 发放慰问金 92879 元.
 *
 * @param key      a stable identifier, such as {@code "welfare.visits.persons"}; figures with one key are summed
 * @param label    what was done, as a verb phrase the frame can print before the number: 「慰问职工」
 * @param value    the figure; never negative
 * @param unit     the unit printed after the number: 人次, 人, 次, 项, 元 …
 * @param headline whether the opening paragraph cites it
 */
public record Figure(String key, String label, BigDecimal value, String unit, boolean headline) {
    /**
     * Checks that every part is present and the value is not negative.
     *
     * @param key      a stable identifier; figures with one key are summed
     * @param label    what was done, as a verb phrase
     * @param value    the figure; never negative
     * @param unit     the unit printed after the number
     * @param headline whether the opening paragraph cites it
     */
    public Figure {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("figure " + key + " is negative: " + value);
        }
    }

    /**
     * A figure for the key-figure table only.
     *
     * @param key   a stable identifier, such as {@code "women.screened"}
     * @param label what was done: 「组织女职工两癌筛查」
     * @param value the figure, not negative
     * @param unit  人次, 人, 次, 项, 元 …
     * @return the figure
     */
    public static Figure of(String key, String label, Number value, String unit) {
        return new Figure(key, label, toDecimal(value), unit, false);
    }

    /**
     * A figure the opening paragraph also cites.
     *
     * @param key   a stable identifier, such as {@code "women.screened"}
     * @param label what was done: 「组织女职工两癌筛查」
     * @param value the figure, not negative
     * @param unit  人次, 人, 次, 项, 元 …
     * @return the figure
     */
    public static Figure headline(String key, String label, Number value, String unit) {
        return new Figure(key, label, toDecimal(value), unit, true);
    }

    /**
     * This figure plus {@code other}'s value (same key).
     *
     * @param other a figure with the same key
     * @return the sum, a headline if either is
     */
    public Figure plus(Figure other) {
        return new Figure(key, label, value.add(other.value), unit, headline || other.headline);
    }

    private static BigDecimal toDecimal(Number value) {
        Objects.requireNonNull(value, "value");
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
