package io.zongjie.plugins.plans;

import io.zongjie.model.ReportMeta;
import java.util.ArrayList;
import java.util.List;

/**
 * The section's data made ready to print: sentences with their end punctuation settled, and next period's label.
 *
 * @param shortcomings each shortcoming without end punctuation
 * @param plans        each plan without end punctuation
 * @param nextYear     next period's label: the input's, else 2024年, 新学年, 下学期, 下半年 (from the report's period)
 * @param dated        whether {@code nextYear} names a year (「2024年」) and so reads directly before 「工会将」
 * @param guidance     the guiding idea, without end punctuation, or {@code null}
 * @param goals        the goals, without end punctuation
 * @param grouped      whether the plans form the second half of the document (a 工作报告 or a 总结及计划)
 */
public record PlansView(List<String> shortcomings, List<Item> plans, String nextYear, boolean dated, String guidance,
        List<String> goals, boolean grouped) {

    private static final String END = "[。；;，,.！!？?\\s]+$";

    /**
     * One plan ready to print.
     *
     * @param lead     the bold lead without end punctuation, or {@code null}
     * @param text     the sentence without end punctuation
     * @param measures the measures, each without end punctuation
     * @param owner    who leads it, or {@code null}
     * @param due      when, or {@code null}
     */
    public record Item(String lead, String text, List<String> measures, String owner, String due) {

        /** Whether the plan has measures, an owner or a time of its own. */
        public boolean detailed() {
            return !measures.isEmpty() || owner != null || due != null;
        }
    }

    static PlansView of(PlansData data, ReportMeta report) {
        List<String> shortcomings = bare(data.shortcomings());
        List<Item> plans = new ArrayList<>();
        for (PlansData.Plan p : data.plans()) {
            String lead = p.lead() == null || p.lead().isBlank() ? null : bare(p.lead());
            plans.add(new Item(lead, bare(p.text()), bare(p.measures()), blankToNull(p.owner()),
                    blankToNull(p.due())));
        }
        String nextYear;
        if (data.nextYear() != null) {
            nextYear = data.nextYear().strip();
        } else {
            nextYear = report.vocabulary().next();
        }
        boolean dated = nextYear.matches(".*\\d.*");
        String guidance = data.guidance() == null || data.guidance().isBlank() ? null : bare(data.guidance());
        return new PlansView(shortcomings, List.copyOf(plans), nextYear, dated, guidance, bare(data.goals()),
                report.effectiveVariant().grouped());
    }

    /**
     * The period after {@code period}, as a label: 「2023年」 gives 「2024年」, 「2023学年度」 新学年, 「2024年上半年」
     * 下半年 (see {@link io.zongjie.model.Period#next}); {@code null} for a period zongjie cannot read.
     */
    static String nextYear(String period) {
        return io.zongjie.model.Period.parse(period).map(io.zongjie.model.Period::next).orElse(null);
    }

    private static List<String> bare(List<String> sentences) {
        List<String> out = new ArrayList<>();
        for (String s : sentences) {
            out.add(bare(s));
        }
        return List.copyOf(out);
    }

    private static String bare(String sentence) {
        return sentence.strip().replaceAll(END, "");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : bare(s);
    }

    /** Whether both parts have items; each then gets a sub-heading. */
    public boolean headed() {
        return !shortcomings.isEmpty() && !plans.isEmpty();
    }

    /** Whether any plan has a lead, measures, an owner or a time: the plan half then numbers its items itself. */
    public boolean detailed() {
        return guidance != null || !goals.isEmpty() || plans.stream().anyMatch(Item::detailed);
    }
}
