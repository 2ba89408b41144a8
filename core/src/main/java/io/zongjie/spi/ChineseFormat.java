package io.zongjie.spi;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Chinese number, money and date formatting after GB/T 15835: Arabic numerals for counts and money, 元 or 万元,
 * 人次, percentages, dates such as 2023年12月, and Chinese numerals for ordinals. Templates see it as {@code $fmt}.
 *
 * <pre>
 * $fmt.yuan(92879)        92879元
 * $fmt.wan(370000)        37万元
 * $fmt.money(43000)       4.3万元      (the report's one money rule: 元 under 1万, 万元 from it)
 * $fmt.renci(219)         219人次
 * $fmt.percent(124, 126)  98.4%
 * $fmt.month($date)       2023年12月
 * $fmt.ordinal(3)         第三
 * $fmt.join($names)       甲、乙和丙
 * $fmt.clause("体检。")    体检         (the user's closing punctuation dropped)
 * </pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class ChineseFormat {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    private static final BigDecimal HUNDRED_MILLION = BigDecimal.valueOf(100_000_000);
    private static final char[] DIGITS = {'零', '一', '二', '三', '四', '五', '六', '七', '八', '九'};

    /**
     * A plain number: integers without decimals, others with up to two, no grouping: 136320, 2.5.
     *
     * @param value the number
     * @return the text to print
     */
    public String number(Number value) {
        BigDecimal d = decimal(value);
        if (d.stripTrailingZeros().scale() <= 0) {
            return d.setScale(0, RoundingMode.UNNECESSARY).toPlainString();
        }
        return d.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /**
     * Money in 元: 92879元; cents are kept as two decimals: 1000.50元.
     *
     * @param value the number
     * @return the text to print
     */
    public String yuan(Number value) {
        BigDecimal d = decimal(value);
        if (d.stripTrailingZeros().scale() <= 0) {
            return d.setScale(0, RoundingMode.UNNECESSARY).toPlainString() + "元";
        }
        return d.setScale(2, RoundingMode.HALF_UP).toPlainString() + "元";
    }

    /**
     * Money in 万元, up to two decimals: 370000 gives 37万元, 27000 gives 2.7万元, 136320 gives 13.63万元.
     *
     * @param value the number
     * @return the text to print
     */
    public String wan(Number value) {
        BigDecimal w = decimal(value).divide(TEN_THOUSAND).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        return (w.scale() < 0 ? w.setScale(0) : w).toPlainString() + "万元";
    }

    /**
     * Money by the one rule every report follows, in prose and tables alike: under 1万 in 元 (8500元, 1000.50元);
     * from 1万 in 万元 and from 1亿 in 亿元, with at most two decimals, and 「余」 when two decimals do not hold the
     * amount exactly: 43000 gives 4.3万元, 70100 gives 7.01万元, 16000000 gives 1600万元, 136320 gives 13.63万余元.
     *
     * @param value the number
     * @return the text to print
     */
    public String money(Number value) {
        BigDecimal d = decimal(value);
        if (d.compareTo(TEN_THOUSAND) < 0) {
            return yuan(d);
        }
        boolean yi = d.compareTo(HUNDRED_MILLION) >= 0;
        BigDecimal q = d.divide(yi ? HUNDRED_MILLION : TEN_THOUSAND);
        BigDecimal shown = q.setScale(2, RoundingMode.DOWN);
        BigDecimal bare = shown.stripTrailingZeros();
        String n = (bare.scale() < 0 ? bare.setScale(0) : bare).toPlainString();
        String unit = yi ? "亿" : "万";
        return q.compareTo(shown) == 0 ? n + unit + "元" : n + unit + "余元";
    }

    /**
     * The unit a column of money is printed in, by the same rule as {@link #money} applied to the column's largest
     * amount (usually its total): 元 under 1万, 万元 from it, 亿元 from 1亿. A table whose 合计 reads 46.31万元 in
     * the prose then heads its column 「（万元）」, not 「（元）」 over 463100.
     *
     * @param largest the largest amount the column holds
     * @return 元, 万元 or 亿元
     */
    public String moneyUnit(Number largest) {
        BigDecimal d = decimal(largest).abs();
        return d.compareTo(HUNDRED_MILLION) >= 0 ? "亿元" : d.compareTo(TEN_THOUSAND) >= 0 ? "万元" : "元";
    }

    /**
     * An amount as a bare number in a column's unit ({@link #moneyUnit}), exact to the 元 and cent: 58600 in 万元
     * gives 5.86, 58650 gives 5.865, 40000 gives 4; in 元 as {@link #number} does.
     *
     * @param value the amount in 元
     * @param unit 元, 万元 or 亿元
     * @return the number to print in the cell
     */
    public String moneyIn(Number value, String unit) {
        BigDecimal d = decimal(value);
        BigDecimal q = switch (unit) {
            case "亿元" -> d.divide(HUNDRED_MILLION);
            case "万元" -> d.divide(TEN_THOUSAND);
            case "元" -> null;
            default -> throw new IllegalArgumentException("not a unit of money: " + unit);
        };
        if (q == null) {
            return number(d);
        }
        BigDecimal bare = q.stripTrailingZeros();
        return (bare.scale() < 0 ? bare.setScale(0) : bare).toPlainString();
    }

    /**
     * A count of person-times: 219人次.
     *
     * @param value the number
     * @return the text to print
     */
    public String renci(Number value) {
        return number(value) + "人次";
    }

    /**
     * A count of people: 13人.
     *
     * @param value the number
     * @return the text to print
     */
    public String people(Number value) {
        return number(value) + "人";
    }

    /**
     * A count with any unit: count(5, "场") gives 5场.
     *
     * @param value the number
     * @param unit  the unit written after it
     * @return the text to print
     */
    public String count(Number value, String unit) {
        return number(value) + unit;
    }

    /**
     * A share as a percentage with at most one decimal: percent(124, 126) gives 98.4%; {@code ""} if whole is 0.
     *
     * @param part  the part
     * @param whole the whole
     * @return the text to print
     */
    public String percent(Number part, Number whole) {
        BigDecimal w = decimal(whole);
        if (w.signum() == 0) {
            return "";
        }
        return percent(decimal(part).divide(w, 6, RoundingMode.HALF_UP));
    }

    /**
     * A fraction as a percentage with at most one decimal: percent(0.955) gives 95.5%.
     *
     * @param fraction the share, 0 to 1
     * @return the text to print
     */
    public String percent(Number fraction) {
        BigDecimal p = decimal(fraction).multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        return (p.scale() < 0 ? p.setScale(0) : p).toPlainString() + "%";
    }

    /**
     * A full date: 2023年12月28日.
     *
     * @param date the date
     * @return the text to print
     */
    public String date(LocalDate date) {
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    /**
     * A month with its year: 2023年12月 (from a date or a year-month).
     *
     * @param date the date
     * @return the text to print
     */
    public String month(TemporalAccessor date) {
        return date.get(ChronoField.YEAR) + "年" + date.get(ChronoField.MONTH_OF_YEAR) + "月";
    }

    /**
     * A month without its year: monthName(3) gives 3月.
     *
     * @param month the month, 1 to 12
     * @return the text to print
     */
    public String monthName(int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month must be 1..12, was " + month);
        }
        return month + "月";
    }

    /**
     * A year-month from text such as "2023-12": 2023年12月.
     *
     * @param yearMonth the year and month, as {@code yyyy-MM}
     * @return the text to print
     */
    public String month(String yearMonth) {
        return month(YearMonth.parse(yearMonth));
    }

    /**
     * A number in Chinese numerals, 0 to 99999: 3 gives 三, 12 gives 十二, 105 gives 一百零五.
     *
     * @param n the number
     * @return the text to print
     */
    public String chinese(int n) {
        if (n < 0 || n > 99_999) {
            throw new IllegalArgumentException("Chinese numerals are supported for 0..99999, was " + n);
        }
        if (n < 10) {
            return String.valueOf(DIGITS[n]);
        }
        if (n < 20) {
            return "十" + (n % 10 == 0 ? "" : String.valueOf(DIGITS[n % 10]));
        }
        String[] units = {"", "十", "百", "千", "万"};
        StringBuilder out = new StringBuilder();
        String digits = Integer.toString(n);
        boolean pendingZero = false;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(i) - '0';
            int unit = digits.length() - 1 - i;
            if (d == 0) {
                pendingZero = true;
                continue;
            }
            if (pendingZero) {
                out.append('零');
                pendingZero = false;
            }
            out.append(DIGITS[d]).append(units[unit]);
        }
        return out.toString();
    }

    /**
     * An ordinal in Chinese numerals: 3 gives 第三.
     *
     * @param n the number
     * @return the text to print
     */
    public String ordinal(int n) {
        return "第" + chinese(n);
    }

    /**
     * Joins items the Chinese way: 甲 / 甲和乙 / 甲、乙和丙; with 「、」 only when an item has a 「和」 of its own, so that
     * 「工作报告和工作计划」 and 「财务报告」 give 「工作报告和工作计划、财务报告」, not 「…和…和…」.
     *
     * @param items the items, written with their {@code toString()}
     * @return the text to print
     */
    public String join(Collection<?> items) {
        List<String> parts = new ArrayList<>();
        for (Object item : items) {
            parts.add(String.valueOf(item));
        }
        if (parts.size() <= 1) {
            return parts.isEmpty() ? "" : parts.get(0);
        }
        if (parts.stream().anyMatch(p -> p.replace("共和", "").contains("和"))) {
            return enumerate(parts);
        }
        return enumerate(parts.subList(0, parts.size() - 1)) + "和" + parts.get(parts.size() - 1);
    }

    /**
     * Items joined with 顿号, except between two that stand in book-title marks or quotation marks, which take none
     * (GB/T 15834—2011, 4.5.3.5): 《工会法》《劳动法》, “职工之家”“职工书屋”, but 工会法、劳动法.
     */
    private static String enumerate(List<String> parts) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            String p = parts.get(i);
            if (i > 0) {
                String before = parts.get(i - 1);
                boolean marked = before.endsWith("》") && p.startsWith("《") || before.endsWith("”") && p.startsWith("“");
                if (!marked) {
                    out.append('、');
                }
            }
            out.append(p);
        }
        return out.toString();
    }

    /**
     * Joins items with 「、」 only: 甲、乙、丙.
     *
     * @param items the items, written with their {@code toString()}
     * @return the text to print
     */
    public String list(Collection<?> items) {
        List<String> parts = new ArrayList<>();
        for (Object item : items) {
            parts.add(String.valueOf(item));
        }
        return enumerate(parts);
    }

    /**
     * A title in book-title marks, unless it already has them: 《工会法》.
     *
     * @param title the title
     * @return the text to print
     */
    public String book(String title) {
        return title.startsWith("《") ? title : "《" + title + "》";
    }

    /**
     * Text in Chinese quotation marks, unless it already has them: “职工之家”.
     *
     * @param text the text
     * @return the text to print
     */
    public String quote(String text) {
        return text.startsWith("“") ? text : "“" + text + "”";
    }

    /**
     * A phrase ready to be followed by the template's own punctuation: the closing punctuation and spaces a user
     * typed at its end are dropped, so 「组织女职工体检。」 gives 「组织女职工体检」 and no 「。；」 appears.
     *
     * @param text a phrase from the input
     * @return the phrase without trailing punctuation or spaces
     */
    public String clause(String text) {
        int end = text.length();
        while (end > 0 && "。；，、！？.;,!?：: \t\n\u3000".indexOf(text.charAt(end - 1)) >= 0) {
            end--;
        }
        return text.substring(0, end).strip();
    }

    /**
     * A key figure as a phrase: 慰问职工219人次, 发放慰问金9.29万元 (money through {@link #money}).
     *
     * @param figure the figure
     * @return the text to print
     */
    public String figure(Figure figure) {
        String amount = "元".equals(figure.unit()) ? money(figure.value()) : number(figure.value()) + figure.unit();
        return figure.label() + amount;
    }

    /**
     * The figure's number and unit alone, as the key-figure table prints it (money by {@link #money}, as in the
     * prose).
     *
     * @param figure the figure
     * @return the text to print
     */
    public String figureValue(Figure figure) {
        return "元".equals(figure.unit()) ? money(figure.value()) : number(figure.value()) + figure.unit();
    }

    /**
     * An award or honour with its level, unless its name already says the level: leveled(省级, "实验教学说课比赛一等奖")
     * gives 省级实验教学说课比赛一等奖, leveled(省级, "全省青年教师教学竞赛一等奖") gives 全省青年教师教学竞赛一等奖.
     *
     * @param level the level, or {@code null} for none
     * @param name  the award or honour
     * @return the text to print
     */
    public String leveled(Level level, String name) {
        return level == null ? name : level.before(name);
    }

    private static BigDecimal decimal(Number value) {
        if (value == null) {
            throw new IllegalArgumentException("no number given (null)");
        }
        return value instanceof BigDecimal d ? d : new BigDecimal(value.toString());
    }
}
