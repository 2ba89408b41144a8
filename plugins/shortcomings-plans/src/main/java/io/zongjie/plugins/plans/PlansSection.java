package io.zongjie.plugins.plans;

import io.zongjie.document.Block;
import io.zongjie.spi.Problems;
import io.zongjie.spi.SectionContext;
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
            problems.report("nextYear", "blankNextYear");
        }
        for (int i = 0; i < data.plans().size(); i++) {
            String text = data.plans().get(i).text().strip();
            if (text.matches(SUBJECT)) {
                problems.report("plans[" + i + "].text", "startsWithSubject", text.substring(0, Math.min(3,
                        text.length())));
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
