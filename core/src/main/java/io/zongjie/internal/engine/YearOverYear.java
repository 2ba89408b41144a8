package io.zongjie.internal.engine;

import io.zongjie.model.Period;
import io.zongjie.spi.Figure;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A figure compared with last period's (docs/ROLLUP.md, 「比上年」): the change in per cent of last period's value,
 * rounded half up to one decimal, or for a rate the change in percentage points. There is no comparison where last
 * period had no such figure, or zero, or where the figure does not add up (a year, a rank).
 *
 * @param now    this period's figure
 * @param before last period's, with the same key
 * @param change the rounded change: per cent, or percentage points for a rate; negative for a fall
 * @param exact  whether the two values are equal (「与上年持平」), not merely within rounding (「基本持平」)
 * @param than   what last period is called: 上年, 上年同期, 上学年, 上期 ({@link #than(Period, Period)})
 */
record YearOverYear(Figure now, Figure before, BigDecimal change, boolean exact, String than) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * The comparison of {@code now} with {@code before}, if there is one.
     *
     * @param now    this period's figure
     * @param before last period's, or {@code null}
     * @param than   what last period is called (上年)
     * @return the comparison, or empty where last period had none or zero, or the figure does not add up
     */
    static Optional<YearOverYear> of(Figure now, Figure before, String than) {
        if (before == null || now.combine() == Figure.Combine.NONE || before.combine() != now.combine()) {
            return Optional.empty();
        }
        if (now.isRate()) {
            BigDecimal a = exactPercent(now);
            BigDecimal b = exactPercent(before);
            return Optional.of(new YearOverYear(now, before, a.subtract(b).setScale(1, RoundingMode.HALF_UP),
                    a.compareTo(b) == 0, than));
        }
        if (before.value().signum() == 0) {
            return Optional.empty();
        }
        BigDecimal change = now.value().subtract(before.value()).multiply(HUNDRED)
                .divide(before.value(), 1, RoundingMode.HALF_UP);
        return Optional.of(new YearOverYear(now, before, change, now.value().compareTo(before.value()) == 0, than));
    }

    /**
     * What last period is called beside this one: 上年 for the year before, 上年同期 for the same half-year or
     * semester a year before, 上学年 for the school year before, else 上期.
     *
     * @param now    this report's period
     * @param before the previous input's period
     * @return the word
     */
    static String than(Period now, Period before) {
        if (before.kind() != now.kind() || before.year() != now.year() - 1) {
            return "上期";
        }
        return switch (now.kind()) {
            case YEAR -> "上年";
            case SCHOOL_YEAR -> "上学年";
            case HALF_YEAR, SEMESTER -> before.part() == now.part() ? "上年同期" : "上期";
            case RANGE -> "上期";
        };
    }

    private static BigDecimal exactPercent(Figure rate) {
        return rate.numerator().multiply(HUNDRED).divide(rate.denominator(), MathContext.DECIMAL64);
    }

    /** 12.5, 8 (not 8.0), 0.4: one decimal at most, a trailing zero dropped. */
    private String amount() {
        BigDecimal a = change.abs().stripTrailingZeros();
        return (a.scale() < 0 ? a.setScale(0) : a).toPlainString();
    }

    /**
     * The change as a predicate: 「比上年增长12.5%」, 「下降3.2%」 (without 「比上年」 when {@code first} is false),
     * 「与上年持平」, 「与上年基本持平」 (a change that rounds to 0.0); for a rate 「提高0.4个百分点」.
     *
     * @param first whether this is the first comparison of a sentence, which says 「比上年」
     * @return the predicate
     */
    String predicate(boolean first) {
        if (exact) {
            return "与" + than + "持平";
        }
        if (change.signum() == 0) {
            return "与" + than + "基本持平";
        }
        String compared = first ? "比" + than : "";
        if (now.isRate()) {
            return compared + (change.signum() > 0 ? "提高" : "下降") + amount() + "个百分点";
        }
        return compared + (change.signum() > 0 ? "增长" : "下降") + amount() + "%";
    }

    /** The 增减 cell of a table: 「增长12.5%」, 「下降3.2%」, 「持平」, 「提高0.4个百分点」. */
    String cell() {
        if (exact || change.signum() == 0) {
            return exact ? "持平" : "基本持平";
        }
        return predicate(false);
    }

    /**
     * What the figure counts, as the subject of 「…比上年增长」: 走访慰问教职工人次, 组织女职工“两癌”筛查人数, 发放慰问金,
     * 开展培训期数, 入会率.
     */
    String subject() {
        String label = now.label();
        return switch (now.unit()) {
            case "人次" -> label + "人次";
            case "人" -> label + "人数";
            case "元", "%" -> label;
            case "对" -> label + "数量";
            default -> now.unit().length() == 1 ? label + now.unit() + "数" : label;
        };
    }

    /**
     * The sentence the opening adds after its figures: 「其中，走访慰问教职工人次比上年增长12.5%，发放慰问金下降3.2%，
     * 组织教职工参加文体活动人次与上年持平。」; empty when no figure has a comparison.
     *
     * @param changes the comparisons, in the order the figures were cited
     * @return the sentence, or {@code ""}
     */
    static String sentence(List<YearOverYear> changes) {
        if (changes.isEmpty()) {
            return "";
        }
        List<String> clauses = new ArrayList<>();
        boolean first = true;
        for (YearOverYear c : changes) {
            clauses.add(c.subject() + c.predicate(first));
            first = first && c.exact || first && c.change.signum() == 0;
        }
        return String.join("，", clauses) + "。";
    }
}
