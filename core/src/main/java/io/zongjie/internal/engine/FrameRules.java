package io.zongjie.internal.engine;

import io.zongjie.internal.input.DataPaths;
import io.zongjie.internal.input.RawProblem;
import io.zongjie.model.Period;
import io.zongjie.model.ReportMeta;
import io.zongjie.model.ReportSpec;
import io.zongjie.model.SectionSpec;
import io.zongjie.model.Variant;
import io.zongjie.spi.SectionPart;
import io.zongjie.spi.SectionPlugin;
import java.util.List;
import java.util.Map;

/**
 * What the report's frame must hold beyond its annotations: a period zongjie can read (its words follow from it),
 * a meeting for a 工作报告, and plans for a 总结及计划.
 */
final class FrameRules {

    private FrameRules() {
    }

    static void check(ReportSpec spec, Map<String, SectionPlugin<?>> plugins, List<String> reported,
            List<RawProblem> raw) {
        ReportMeta meta = spec.report();
        String periodProblem = Period.problem(meta.period());
        // one problem for the period: not again when it could not be read, or its year is implausible
        if (periodProblem != null && reported.stream().noneMatch(r -> DataPaths.isWithin("report.period", r))
                && raw.stream().noneMatch(r -> r.path().equals("report.period"))) {
            raw.add(new RawProblem("report.period", periodProblem));
        }
        Variant variant = meta.effectiveVariant();
        if (variant == Variant.REPORT) {
            if (meta.meeting() == null || meta.meeting().isBlank()) {
                raw.add(new RawProblem("report.meeting", "missing: a report (variant: report) is delivered at a "
                        + "meeting; name it as the subtitle should, such as 「临江市第五中学第七届二次教职工代表大会」"));
            }
        } else {
            for (String[] field : new String[][] {{"meeting", meta.meeting()}, {"speaker", meta.speaker()},
                    {"salutation", meta.salutation()}}) {
                if (field[1] != null && !field[1].isBlank()) {
                    raw.add(new RawProblem("report." + field[0], "only a report delivered at a congress (variant: "
                            + "report) has a " + field[0] + "; set variant: report, or leave " + field[0] + " out"));
                }
            }
        }
        if (variant == Variant.SUMMARY_AND_PLAN) {
            boolean plans = false;
            for (SectionSpec s : spec.sections()) {
                SectionPlugin<?> p = plugins.get(s.type());
                if (p != null && p.parts(meta).stream().anyMatch(part -> part.id().equals(SectionPart.PLANS))) {
                    plans = true;
                }
            }
            if (!plans && !spec.sections().isEmpty()) {
                raw.add(new RawProblem("report.variant", "a summary-and-plan needs the plans for the next period: "
                        + "add a shortcomings-plans section with plans, or write variant: summary"));
            }
        }
    }
}
