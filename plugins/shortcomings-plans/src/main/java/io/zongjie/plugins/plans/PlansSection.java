package io.zongjie.plugins.plans;

import io.zongjie.document.Block;
import io.zongjie.model.ReportMeta;
import io.zongjie.spi.Problems;
import io.zongjie.spi.SectionContext;
import io.zongjie.spi.SectionPart;
import io.zongjie.spi.SectionPlugin;
import java.util.List;

/**
 * 存在的不足与下一年工作打算: this year's shortcomings and next year's plans, as numbered lists joined by the
 * transition sentences such reports use. It publishes no figures; its presence changes the report's closing
 * paragraph (the frame checks for the type {@code shortcomings-plans}).
 */
public final class PlansSection implements SectionPlugin<PlansData> {

    /** Openings that repeat the subject the section's own sentence already gives. */
    private static final String SUBJECT = "^(工会将|工会要|我们将|我们要|明年|下一年|新的一年).*";

    @Override
    public String type() {
        return "shortcomings-plans";
    }

    @Override
    public String title() {
        return "存在的不足与下一年工作打算";
    }

    /**
     * The heading for this report and data: 「存在的不足与2024年工作打算」, 「下半年工作打算」 when only plans are given,
     * 「存在的不足」 when only shortcomings are, or when the plans form the document's second half (a 工作报告 or a
     * 总结及计划).
     */
    @Override
    public String title(ReportMeta report, PlansData data) {
        if (data == null) {
            return title();
        }
        String next = data.nextYear() != null && !data.nextYear().isBlank() ? data.nextYear().strip()
                : report.vocabulary().next();
        boolean shortcomings = !data.shortcomings().isEmpty();
        boolean plans = !data.plans().isEmpty() && !report.effectiveVariant().grouped();
        if (shortcomings && plans) {
            return "存在的不足与" + next + "工作打算";
        }
        return plans ? next + "工作打算" : "存在的不足";
    }

    @Override
    public List<SectionPart> parts(ReportMeta report) {
        return List.of(new SectionPart("shortcomings", "存在的不足"),
                new SectionPart(SectionPart.PLANS, report.vocabulary().next() + "工作打算"));
    }

    @Override
    public String description() {
        return "存在的不足与下一年工作打算：不足与打算两份清单（打算可带加粗要点），以及两者之间的过渡语；不发布数字";
    }

    @Override
    public Class<PlansData> dataType() {
        return PlansData.class;
    }

    @Override
    public void validate(PlansData data, Problems problems) {
        if (data.nextYear() != null && data.nextYear().isBlank()) {
            problems.add("nextYear", "is blank: give a label such as 「2024年」, or leave it out");
        }
        if (data.guidance() != null && data.guidance().isBlank()) {
            problems.add("guidance", "is blank: give the guiding idea in one sentence, or leave it out");
        }
        if ((data.guidance() != null || !data.goals().isEmpty()) && data.plans().isEmpty()) {
            problems.add("plans", "a plan needs its items: guidance and goals say where to go, plans what to do");
        }
        for (int i = 0; i < data.plans().size(); i++) {
            String text = data.plans().get(i).text().strip();
            if (text.matches(SUBJECT)) {
                problems.add("plans[" + i + "].text", "starts with 「" + text.substring(0, Math.min(3, text.length()))
                        + "」: write the plan as what will be done; the section already says 「工会将」");
            }
        }
    }

    @Override
    public List<Block> render(PlansData data, SectionContext context) {
        if (data.shortcomings().isEmpty() && data.plans().isEmpty()) {
            return List.of();
        }
        return context.template("shortcomings-plans.vm")
                .with("view", PlansView.of(data, context.report()))
                .render();
    }
}
