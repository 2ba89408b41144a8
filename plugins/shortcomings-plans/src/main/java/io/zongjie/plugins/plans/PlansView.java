package io.zongjie.plugins.plans;

import io.zongjie.model.ReportMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The section's data made ready to print: sentences with their end punctuation settled, and next year's label.
 *
 * @param shortcomings each shortcoming without end punctuation
 * @param plans        each plan's lead (or {@code null}) and text, without end punctuation
 * @param nextYear     next year's label: 「2024年」, the input's, or 「新的一年」
 * @param dated        whether {@code nextYear} names a year (「2024年」, 「2023—2024学年」) and so reads directly before
 *                     「工会将」; 「新的一年」 does not
 */
public record PlansView(List<String> shortcomings, List<Item> plans, String nextYear, boolean dated) {

    private static final Pattern YEAR = Pattern.compile("^\\s*(\\d{4})\\s*年度?\\s*$");
    private static final Pattern SCHOOL_YEARS = Pattern.compile("^\\s*(\\d{4})\\s*[—–-]+\\s*(\\d{4})\\s*(学年度?)\\s*$");
    private static final Pattern SCHOOL_YEAR = Pattern.compile("^\\s*(\\d{4})\\s*(学年度?)\\s*$");
    private static final String END = "[。；;，,.！!？?\\s]+$";

    /**
     * One plan ready to print.
     *
     * @param lead the bold lead without end punctuation, or {@code null}
     * @param text the sentence without end punctuation
     */
    public record Item(String lead, String text) {
    }

    static PlansView of(PlansData data, ReportMeta report) {
        List<String> shortcomings = new ArrayList<>();
        for (String s : data.shortcomings()) {
            shortcomings.add(bare(s));
        }
        List<Item> plans = new ArrayList<>();
        for (PlansData.Plan p : data.plans()) {
            String lead = p.lead() == null || p.lead().isBlank() ? null : bare(p.lead());
            plans.add(new Item(lead, bare(p.text())));
        }
        String nextYear;
        boolean dated;
        if (data.nextYear() != null) {
            nextYear = data.nextYear().strip();
            dated = nextYear.matches(".*\\d.*");
        } else {
            nextYear = nextYear(report.period());
            dated = nextYear != null;
            if (nextYear == null) {
                nextYear = "新的一年";
            }
        }
        return new PlansView(List.copyOf(shortcomings), List.copyOf(plans), nextYear, dated);
    }

    /**
     * The period after {@code period}: 「2023年」 gives 「2024年」, 「2022—2023学年」 gives 「2023—2024学年」, 「2023学年度」
     * gives 「2024学年度」; {@code null} for anything else (a half year, a free description).
     */
    static String nextYear(String period) {
        if (period == null) {
            return null;
        }
        Matcher m = YEAR.matcher(period);
        if (m.matches()) {
            return (Integer.parseInt(m.group(1)) + 1) + "年";
        }
        m = SCHOOL_YEARS.matcher(period);
        if (m.matches()) {
            int end = Integer.parseInt(m.group(2));
            return end + "—" + (end + 1) + m.group(3);
        }
        m = SCHOOL_YEAR.matcher(period);
        if (m.matches()) {
            return (Integer.parseInt(m.group(1)) + 1) + m.group(2);
        }
        return null;
    }

    private static String bare(String sentence) {
        return sentence.strip().replaceAll(END, "");
    }

    /** Whether both parts have items; each then gets a sub-heading. */
    public boolean headed() {
        return !shortcomings.isEmpty() && !plans.isEmpty();
    }
}
