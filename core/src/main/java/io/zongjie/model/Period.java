package io.zongjie.model;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period a report covers, read from its {@code period} text, and the words that follow from it: 全年 or 本学期,
 * 一年来 or 半年来, 年末 or 学期末, and what the next period is called in the plans (2024年, 下学期, 下半年, 新学年).
 *
 * <p>Read with {@link #parse}; the forms it reads are those reports use:
 * <pre>
 * 2023年, 2023年度, 2023               a calendar year            全年 · 一年来 · 年末 · 2024年
 * 2023学年度, 2023—2024学年             a school year              本学年 · 一学年来 · 学年末 · 新学年
 * 2023—2024学年第一学期, 2024年春季学期  a semester                 本学期 · 一学期来 · 学期末 · 下学期
 * 2024年上半年, 2024年下半年             a half-year                上半年 · 半年来 · 6月底 · 下半年
 * 2023年3月至2024年2月, 2023年1—9月     any range of months        这十二个月 · 十二个月来 · 2月底 · 下一阶段
 * </pre>
 * A range of January to December, January to June or July to December reads as the year or half-year it is.
 *
 * @param kind     what kind of period it is
 * @param label    the period as the report prints it in its title and sentences: the input's text, with 「年」
 *                 added to a bare year (「2023」 prints 「2023年」)
 * @param year     the calendar year it starts in (the first year of a school year)
 * @param part     the half (1 or 2) or the semester (1 for the first, autumn; 2 for the second, spring); 0 otherwise
 * @param months   how many months it covers
 * @param endMonth the month it ends in (1–12)
 */
public record Period(Kind kind, String label, int year, int part, int months, int endMonth) {

    /** The kinds of period. */
    public enum Kind {
        /** A calendar year: 2023年. */
        YEAR,
        /** A school year: 2023学年度, 2023—2024学年. */
        SCHOOL_YEAR,
        /** A semester: 2023—2024学年第一学期. */
        SEMESTER,
        /** A half-year: 2024年上半年. */
        HALF_YEAR,
        /** Any other run of months: 2023年3月至2024年2月. */
        RANGE
    }

    private static final String DASH = "\\s*[—–\\-－~～/至到]+\\s*";
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*(年度?)?");
    private static final Pattern SCHOOL_YEAR = Pattern.compile("(\\d{4})(?:" + DASH + "(\\d{4}))?\\s*学年度?");
    private static final Pattern SEMESTER = Pattern.compile(
            "(\\d{4})(?:" + DASH + "(\\d{4}))?\\s*(学年度?|年度?)?\\s*(第一|第二|第1|第2|上|下|春季|秋季)\\s*学期");
    private static final Pattern HALF = Pattern.compile("(\\d{4})\\s*年?度?\\s*(上|下)\\s*半年度?");
    private static final Pattern RANGE = Pattern.compile(
            "(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月?(?:份)?" + DASH + "(?:(\\d{4})\\s*年\\s*)?(\\d{1,2})\\s*月(?:份)?");

    /** What {@link #parse} accepts, for messages. */
    public static final String FORMS = "2023年, 2023学年度, 2023—2024学年, 2023—2024学年第一学期, 2024年春季学期, "
            + "2024年上半年, 2024年下半年 or a range such as 2023年3月至2024年2月";

    /**
     * Reads a period from the text a report gives.
     *
     * @param text such as 「2023年」 or 「2024年上半年」
     * @return the period, or empty when the text is not one of the forms above (see {@link #problem})
     */
    public static Optional<Period> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        String a = ascii(t); // full-width digits and dashes read as the ASCII ones; the label keeps them
        Matcher m = YEAR.matcher(a);
        if (m.matches()) {
            int y = Integer.parseInt(m.group(1));
            return Optional.of(new Period(Kind.YEAR, m.group(2) == null ? y + "年" : t, y, 0, 12, 12));
        }
        m = SCHOOL_YEAR.matcher(a);
        if (m.matches()) {
            int y = Integer.parseInt(m.group(1));
            if (m.group(2) != null && Integer.parseInt(m.group(2)) != y + 1) {
                return Optional.empty();
            }
            return Optional.of(new Period(Kind.SCHOOL_YEAR, t, y, 0, 12, 7));
        }
        m = SEMESTER.matcher(a);
        if (m.matches()) {
            int y = Integer.parseInt(m.group(1));
            if (m.group(2) != null && Integer.parseInt(m.group(2)) != y + 1) {
                return Optional.empty();
            }
            boolean schoolYear = m.group(2) != null || (m.group(3) != null && m.group(3).startsWith("学年"));
            String which = m.group(4);
            int part;
            if (which.equals("春季")) {
                part = 2;
            } else if (which.equals("秋季")) {
                part = 1;
            } else if (which.endsWith("一") || which.endsWith("1")) {
                part = 1;
            } else if (which.endsWith("二") || which.endsWith("2")) {
                part = 2;
            } else {
                // 2024年上学期 is the spring term of 2024; 2023学年上学期 the first term of that school year
                part = schoolYear ? (which.equals("上") ? 1 : 2) : (which.equals("上") ? 2 : 1);
            }
            return Optional.of(new Period(Kind.SEMESTER, t, y, part, 5, part == 1 ? 1 : 7));
        }
        m = HALF.matcher(a);
        if (m.matches()) {
            int y = Integer.parseInt(m.group(1));
            int part = m.group(2).equals("上") ? 1 : 2;
            return Optional.of(new Period(Kind.HALF_YEAR, t, y, part, 6, part == 1 ? 6 : 12));
        }
        m = RANGE.matcher(a);
        if (m.matches()) {
            int y1 = Integer.parseInt(m.group(1));
            int m1 = Integer.parseInt(m.group(2));
            int y2 = m.group(3) == null ? y1 : Integer.parseInt(m.group(3));
            int m2 = Integer.parseInt(m.group(4));
            int months = (y2 * 12 + m2) - (y1 * 12 + m1) + 1;
            if (m1 < 1 || m1 > 12 || m2 < 1 || m2 > 12 || months < 1 || months > 24) {
                return Optional.empty();
            }
            if (y1 == y2 && m1 == 1 && m2 == 12) {
                return Optional.of(new Period(Kind.YEAR, t, y1, 0, 12, 12));
            }
            if (y1 == y2 && (m1 == 1 && m2 == 6 || m1 == 7 && m2 == 12)) {
                return Optional.of(new Period(Kind.HALF_YEAR, t, y1, m1 == 1 ? 1 : 2, 6, m2));
            }
            return Optional.of(new Period(Kind.RANGE, t, y1, 0, months, m2));
        }
        return Optional.empty();
    }

    /** 「２０２３－２０２４」 as 「2023-2024」. */
    private static String ascii(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c == '－' ? '-' : c);
        }
        return out.toString();
    }

    /**
     * Why {@code text} is not a period, or {@code null} when it is one.
     *
     * @param text the input's {@code period}
     * @return a message saying what to write instead, or {@code null}
     */
    public static String problem(String text) {
        if (text == null || text.isBlank() || parse(text).isPresent()) {
            return null;
        }
        return "「" + text.strip() + "」 is not a period zongjie can read, so it cannot tell 全年 from 上半年 or 本学期; "
                + "write it as " + FORMS;
    }

    /** Whether the period is a calendar year. */
    public boolean isYear() {
        return kind == Kind.YEAR;
    }

    /** Whether the period is shorter than a year (a semester, a half-year, or a range of under twelve months). */
    public boolean isPartOfYear() {
        return months < 12;
    }

    /** Over the whole period, as in 「全年共召开…」: 全年, 本学年, 本学期, 上半年, 下半年, 这九个月. */
    public String throughout() {
        return switch (kind) {
            case YEAR -> "全年";
            case SCHOOL_YEAR -> "本学年";
            case SEMESTER -> "本学期";
            case HALF_YEAR -> part == 1 ? "上半年" : "下半年";
            case RANGE -> "这" + monthsWord() + "个月";
        };
    }

    /** Looking back over the period, as in 「一年来，工会…」: 一年来, 一学年来, 一学期来, 半年来, 九个月来. */
    public String since() {
        return switch (kind) {
            case YEAR -> "一年来";
            case SCHOOL_YEAR -> "一学年来";
            case SEMESTER -> "一学期来";
            case HALF_YEAR -> "半年来";
            case RANGE -> monthsWord() + "个月来";
        };
    }

    /** The end of the period, as in 「至年末已落实」: 年末, 学年末, 学期末, 6月底, 2月底. */
    public String end() {
        return switch (kind) {
            case YEAR -> "年末";
            case SCHOOL_YEAR -> "学年末";
            case SEMESTER -> "学期末";
            case HALF_YEAR -> part == 1 ? "6月底" : "年末";
            case RANGE -> endMonth + "月底";
        };
    }

    /** The period itself, as in 「今年，工会…」: 今年, 本学年, 本学期, 上半年, 这一时期. */
    public String current() {
        return switch (kind) {
            case YEAR -> "今年";
            case SCHOOL_YEAR -> "本学年";
            case SEMESTER -> "本学期";
            case HALF_YEAR -> part == 1 ? "上半年" : "下半年";
            case RANGE -> "这一时期";
        };
    }

    /** The period looked back on from a congress, as in 「过去一年工作回顾」: 过去一年, 过去一学年, 本学期, 上半年. */
    public String past() {
        return switch (kind) {
            case YEAR -> "过去一年";
            case SCHOOL_YEAR -> "过去一学年";
            case SEMESTER -> "本学期";
            case HALF_YEAR -> part == 1 ? "上半年" : "下半年";
            case RANGE -> "过去" + monthsWord() + "个月";
        };
    }

    /**
     * The next period as the plans' heading and the closing call it: 2024年 (after a year or a second half), 新学年,
     * 下学期, 下半年, 下一阶段.
     */
    public String next() {
        return switch (kind) {
            case YEAR -> (year + 1) + "年";
            case SCHOOL_YEAR -> "新学年";
            case SEMESTER -> "下学期";
            case HALF_YEAR -> part == 1 ? "下半年" : (year + 1) + "年";
            case RANGE -> "下一阶段";
        };
    }

    /**
     * The next period named in full, for a title such as 「2023年工会工作总结及2024年工作计划」: 2024年,
     * 2024—2025学年, 2024年下半年, 下一学期, 下一阶段.
     */
    public String nextLabel() {
        return switch (kind) {
            case YEAR -> (year + 1) + "年";
            case SCHOOL_YEAR -> label.matches("\\d{4}\\s*学年度?") ? (year + 1) + label.replaceFirst("^\\d{4}\\s*", "")
                    : (year + 1) + "—" + (year + 2) + "学年";
            case SEMESTER -> "下学期";
            case HALF_YEAR -> part == 1 ? year + "年下半年" : (year + 1) + "年";
            case RANGE -> "下一阶段";
        };
    }

    /** The next period as a time phrase opening a sentence: 新的一年, 新学年, 下学期, 下半年, 下一阶段. */
    public String ahead() {
        return switch (kind) {
            case YEAR -> "新的一年";
            case SCHOOL_YEAR -> "新的学年";
            case SEMESTER -> "下学期";
            case HALF_YEAR -> part == 1 ? "下半年" : "新的一年";
            case RANGE -> "下一阶段";
        };
    }

    private String monthsWord() {
        return months == 2 ? "两" : chinese(months);
    }

    private static String chinese(int n) {
        String[] digits = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        if (n < 10) {
            return digits[n];
        }
        return (n / 10 == 1 ? "" : digits[n / 10]) + "十" + (n % 10 == 0 ? "" : digits[n % 10]);
    }
}
