package io.zongjie.spi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * A key figure a section publishes, such as 慰问职工 219 人次, 发放慰问金 92879 元 or 入会率 99.4%.
 *
 * <p>How figures with one key combine (within a report, and across the units of a roll-up) is the figure's
 * {@link Combine}: counts and money are {@linkplain Combine#SUM summed}; a {@linkplain Combine#RATE rate} is never
 * summed but recomputed from its summed parts ({@link #numerator()} and {@link #denominator()}); a figure that does
 * not add up (a year, a rank, a count that is the same for every unit) is {@linkplain Combine#NONE kept as
 * published}, the first one published winning within a report, and left out of a roll-up's totals.
 *
 * @param key         a stable identifier, such as {@code "welfare.visits.persons"}
 * @param label       what was done, as a verb phrase the frame can print before the number: 「慰问职工」; for a
 *                    rate, its name: 「入会率」
 * @param value       the figure; never negative; for a rate, the percentage to one decimal
 * @param unit        the unit printed after the number: 人次, 人, 次, 项, 元, %…
 * @param headline    whether the opening paragraph cites it
 * @param combine     how figures with one key combine
 * @param numerator   for a rate, its part (members who joined); otherwise {@code null}
 * @param denominator for a rate, its whole (all staff); otherwise {@code null}
 */
public record Figure(String key, String label, BigDecimal value, String unit, boolean headline, Combine combine,
        BigDecimal numerator, BigDecimal denominator) {

    /** How figures with one key combine. */
    public enum Combine {
        /** Counts and money: added up. */
        SUM,
        /** A percentage: never added up, recomputed from its summed numerator and denominator. */
        RATE,
        /** Kept as published: the first figure with the key wins, and a roll-up does not total it. */
        NONE
    }

    /**
     * Checks that every part is present, the value is not negative and a rate has its parts.
     *
     * @param key         a stable identifier
     * @param label       what was done, as a verb phrase
     * @param value       the figure; never negative
     * @param unit        the unit printed after the number
     * @param headline    whether the opening paragraph cites it
     * @param combine     how figures with one key combine
     * @param numerator   a rate's part, else {@code null}
     * @param denominator a rate's whole, else {@code null}
     */
    public Figure {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(combine, "combine");
        if (value.signum() < 0) {
            throw new IllegalArgumentException("figure " + key + " is negative: " + value);
        }
        if (combine == Combine.RATE) {
            Objects.requireNonNull(numerator, "numerator");
            Objects.requireNonNull(denominator, "denominator");
            if (denominator.signum() <= 0 || numerator.signum() < 0 || numerator.compareTo(denominator) > 0) {
                throw new IllegalArgumentException("rate " + key + " needs 0 <= part <= whole and a whole above 0: "
                        + numerator + " of " + denominator);
            }
        } else if (numerator != null || denominator != null) {
            throw new IllegalArgumentException("figure " + key + " is not a rate but has parts");
        }
    }

    /**
     * A summed figure, as before rates existed.
     *
     * @param key      a stable identifier; figures with one key are summed
     * @param label    what was done, as a verb phrase
     * @param value    the figure; never negative
     * @param unit     the unit printed after the number
     * @param headline whether the opening paragraph cites it
     */
    public Figure(String key, String label, BigDecimal value, String unit, boolean headline) {
        this(key, label, value, unit, headline, Combine.SUM, null, null);
    }

    /**
     * A figure for the key-figure table only.
     *
     * @param key   a stable identifier, such as {@code "women.screened"}
     * @param label what was done: 「组织女职工两癌筛查」
     * @param value the figure, not negative
     * @param unit  人次, 人, 次, 项, 元 …
     * @return the figure, summed with others of its key
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
     * @return the figure, summed with others of its key
     */
    public static Figure headline(String key, String label, Number value, String unit) {
        return new Figure(key, label, toDecimal(value), unit, true);
    }

    /**
     * A figure that does not add up across units (a year, a rank, a figure every unit shares).
     *
     * @param key   a stable identifier
     * @param label what it is
     * @param value the figure, not negative
     * @param unit  its unit
     * @return the figure, never summed
     */
    public static Figure unsummed(String key, String label, Number value, String unit) {
        return new Figure(key, label, toDecimal(value), unit, false, Combine.NONE, null, null);
    }

    /**
     * A percentage computed from its parts, rounded half up to one decimal: rate("grassroots.membership", "入会率",
     * 994, 1000) is 99.4%. Combined with another rate of its key, the parts are summed and the rate recomputed.
     *
     * @param key         a stable identifier
     * @param label       the rate's name: 「入会率」「建会率」「采纳率」
     * @param numerator   the part, not above the whole
     * @param denominator the whole, above 0
     * @return the figure, unit {@code %}
     * @throws IllegalArgumentException if the part is negative or above the whole, or the whole is not above 0
     */
    public static Figure rate(String key, String label, Number numerator, Number denominator) {
        BigDecimal n = toDecimal(numerator);
        BigDecimal d = toDecimal(denominator);
        BigDecimal value = d.signum() > 0 ? percent(n, d) : BigDecimal.ZERO;
        return new Figure(key, label, value, "%", false, Combine.RATE, n, d);
    }

    /**
     * This figure as one the opening paragraph cites.
     *
     * @return a copy with {@code headline} set
     */
    public Figure asHeadline() {
        return new Figure(key, label, value, unit, true, combine, numerator, denominator);
    }

    /**
     * Whether this figure is a rate.
     *
     * @return {@code combine() == RATE}
     */
    public boolean isRate() {
        return combine == Combine.RATE;
    }

    /**
     * This figure combined with {@code other} (same key): the sum of counts and money, a rate recomputed from the
     * summed parts, or this figure unchanged when it does not add up.
     *
     * @param other a figure with the same key
     * @return the combination, a headline if either is
     */
    public Figure plus(Figure other) {
        boolean h = headline || other.headline;
        return switch (combine) {
            case SUM -> new Figure(key, label, value.add(other.value), unit, h, combine, null, null);
            case RATE -> {
                if (other.combine != Combine.RATE) {
                    throw new IllegalArgumentException("figure " + key + " is a rate in one place and not another");
                }
                BigDecimal n = numerator.add(other.numerator);
                BigDecimal d = denominator.add(other.denominator);
                yield new Figure(key, label, percent(n, d), unit, h, combine, n, d);
            }
            case NONE -> new Figure(key, label, value, unit, h, combine, null, null);
        };
    }

    private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
    }

    private static BigDecimal toDecimal(Number value) {
        Objects.requireNonNull(value, "value");
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
