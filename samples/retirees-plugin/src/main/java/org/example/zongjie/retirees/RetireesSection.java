package org.example.zongjie.women;

import io.zongjie.document.Block;
import io.zongjie.spi.Figure;
import io.zongjie.spi.Problems;
import io.zongjie.spi.SectionContext;
import io.zongjie.spi.SectionPlugin;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * 女职工工作: special protection of women staff's rights, health care such as 两癌筛查, and activities.
 *
 * <p>Stateless, as every section must be: the engine creates it once and uses it from many threads.
 */
public final class WomenSection implements SectionPlugin<WomenData> {

    @Override
    public String type() {
        return "women";
    }

    @Override
    public String title() {
        return "关爱女职工，扎实做好女职工工作";
    }

    @Override
    public String description() {
        return "女职工工作：专项集体合同与特殊保护、爱心妈咪小屋、两癌筛查与健康讲座（人、元）、女职工活动（人次、元）、荣誉";
    }

    @Override
    public Class<WomenData> dataType() {
        return WomenData.class;
    }

    /** What annotations cannot say: a contract that covers people must have been signed. */
    @Override
    public void validate(WomenData data, Problems problems) {
        WomenData.Protection p = data.protection();
        if (p != null && p.covered() != null && p.covered() > 0 && !p.signed()) {
            problems.add("protection.covered", "is " + p.covered()
                    + " but no special collective contract was signed: set contract: true, or leave covered out");
        }
        WomenData.Health h = data.health();
        if (h != null && h.attendees() != null && h.attendees() > 0 && (h.lectures() == null || h.lectures() == 0)) {
            problems.add("health.lectures", "say how many health talks the " + h.attendees() + " attendees heard");
        }
    }

    @Override
    public List<Block> render(WomenData data, SectionContext context) {
        boolean protection = data.protection() != null && (data.protection().signed()
                || data.protection().nursingRooms() != null || !data.protection().measures().isEmpty());
        boolean health = data.health() != null;
        boolean activities = !data.activities().isEmpty() || !data.honours().isEmpty();
        int parts = (protection ? 1 : 0) + (health ? 1 : 0) + (activities ? 1 : 0);
        if (parts == 0) {
            return List.of();
        }
        String staff = context.report().staffWord();
        int participants = data.activities().stream().mapToInt(WomenData.Activity::participants).sum();
        BigDecimal activityAmount = data.activities().stream().map(WomenData.Activity::amount)
                .filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (health) {
            context.publish(Figure.headline("women.screened", "组织女" + staff + "两癌筛查",
                    data.health().screened(), "人"));
            if (data.health().cost() != null) {
                context.publish(Figure.of("women.screening.cost", "两癌筛查支出", data.health().cost(), "元"));
            }
        }
        if (!data.activities().isEmpty()) {
            context.publish(Figure.of("women.activities.participants", "女" + staff + "参加活动",
                    participants, "人次"));
        }
        if (activityAmount.signum() > 0) {
            context.publish(Figure.of("women.activities.amount", "女" + staff + "活动支出", activityAmount, "元"));
        }
        return context.template("women.vm")
                .with("data", data)
                .with("headed", parts > 1)
                .with("participants", participants)
                .with("activityAmount", activityAmount)
                .render();
    }
}
