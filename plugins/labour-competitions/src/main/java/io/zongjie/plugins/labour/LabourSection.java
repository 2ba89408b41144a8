package io.zongjie.plugins.labour;

import io.zongjie.document.Block;
import io.zongjie.model.ReportMeta;
import io.zongjie.spi.Figure;
import io.zongjie.spi.Problems;
import io.zongjie.spi.SectionContext;
import io.zongjie.spi.SectionPart;
import io.zongjie.spi.SectionPlugin;
import java.math.BigDecimal;
import java.util.List;

/**
 * 劳动竞赛、技能比武、合理化建议和技术创新: contests held or entered, proposals and their adoption rate (采纳率), the
 * money they saved or earned, innovations, safety competitions and the honours won.
 */
public final class LabourSection implements SectionPlugin<LabourData> {

    @Override
    public String type() {
        return "labour-competitions";
    }

    @Override
    public String title() {
        return "深化劳动和技能竞赛，激发职工创新创效活力";
    }

    @Override
    public String title(ReportMeta report) {
        return "深化劳动和技能竞赛，激发" + report.vocabulary().people() + "创新创效活力";
    }

    @Override
    public List<SectionPart> parts(ReportMeta report) {
        return List.of(
                new SectionPart("contests", "广泛开展劳动竞赛和技能比武"),
                new SectionPart("innovation", "深化合理化建议和技术创新活动"),
                new SectionPart("safety", "开展安全生产竞赛"),
                new SectionPart("honours", "选树先进典型，弘扬劳模精神和工匠精神"));
    }

    @Override
    public String description() {
        return "劳动竞赛与技术创新：劳动竞赛和技能比武（级别、参赛、获奖）、合理化建议（征集、采纳、实施、节约创效）、"
                + "技术革新与「五小」成果、安康杯等安全竞赛、工人先锋号、劳模、五一劳动奖章和工匠";
    }

    @Override
    public Class<LabourData> dataType() {
        return LabourData.class;
    }

    @Override
    public void validate(LabourData data, Problems problems) {
        for (int i = 0; i < data.contests().size(); i++) {
            LabourData.Contest c = data.contests().get(i);
            if (c.winners() != null && c.participants() != null && c.winners() > c.participants()) {
                problems.report("contests[" + i + "].winners", "winnersOverParticipants", c.winners(),
                        c.participants());
            }
        }
        LabourData.Suggestions s = data.suggestions();
        if (s != null) {
            if (s.adopted() != null && s.adopted() > s.collected()) {
                problems.report("suggestions.adopted", "adoptedOverCollected", s.adopted(), s.collected());
            }
            if (s.implemented() != null) {
                int adopted = s.adopted() == null ? s.collected() : s.adopted();
                if (s.implemented() > adopted) {
                    problems.report("suggestions.implemented", "implementedOverAdopted", s.implemented(), adopted);
                }
            }
        }
    }

    @Override
    public List<Block> render(LabourData data, SectionContext context) {
        LabourData.Suggestions s = data.suggestions();
        boolean suggestions = s != null && s.collected() > 0;
        int parts = (data.contests().isEmpty() ? 0 : 1)
                + (suggestions || !data.innovations().isEmpty() ? 1 : 0)
                + (data.safety().isEmpty() ? 0 : 1) + (data.honours().isEmpty() ? 0 : 1);
        if (parts == 0) {
            return List.of();
        }
        if (suggestions) {
            context.publish(Figure.headline("labour.suggestions.collected", "征集合理化建议", s.collected(), "条"));
            if (s.adopted() != null) {
                context.publish(Figure.rate("labour.suggestions.adoption", "合理化建议采纳率", s.adopted(),
                        s.collected()));
            }
            BigDecimal benefit = benefit(s);
            if (benefit.signum() > 0) {
                context.publish(Figure.headline("labour.suggestions.benefit", "合理化建议节约创效", benefit, "元"));
            }
        }
        if (!data.contests().isEmpty()) {
            context.publish(Figure.of("labour.contests", "开展和参加劳动竞赛、技能比武", data.contests().size(), "场"));
            int entrants = data.contests().stream().mapToInt(c -> c.participants() == null ? 0 : c.participants())
                    .sum();
            if (entrants > 0) {
                context.publish(Figure.of("labour.contests.participants", "参赛" + context.words().people(),
                        entrants, "人次"));
            }
        }
        if (!data.innovations().isEmpty()) {
            context.publish(Figure.of("labour.innovations", "技术创新成果", data.innovations().size(), "项"));
        }
        if (!data.honours().isEmpty()) {
            context.publish(Figure.of("labour.honours", "获得劳模和先进荣誉", data.honours().size(), "项"));
        }
        return context.template("labour-competitions.vm")
                .with("data", data)
                .with("suggestions", suggestions)
                .with("headed", parts > 1)
                .with("benefit", suggestions ? benefit(s) : BigDecimal.ZERO)
                .with("innovationBenefit", data.innovations().stream()
                        .map(i -> i.benefit() == null ? BigDecimal.ZERO : i.benefit())
                        .reduce(BigDecimal.ZERO, BigDecimal::add))
                .render();
    }

    private static BigDecimal benefit(LabourData.Suggestions s) {
        BigDecimal saved = s.saved() == null ? BigDecimal.ZERO : s.saved();
        BigDecimal created = s.created() == null ? BigDecimal.ZERO : s.created();
        return saved.add(created);
    }
}
