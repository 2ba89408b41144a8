package org.example.zongjie.retirees;

import io.zongjie.document.Block;
import io.zongjie.model.ReportMeta;
import io.zongjie.spi.Figure;
import io.zongjie.spi.Problems;
import io.zongjie.spi.SectionContext;
import io.zongjie.spi.SectionPlugin;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * 离退休工作: visits and gifts on 春节 and 重阳节, seeing off those who retire, activities and a health check.
 *
 * <p>Stateless, as every section must be: the engine creates it once and uses it from many threads.
 */
public final class RetireesSection implements SectionPlugin<RetireesData> {

    @Override
    public String type() {
        return "retirees";
    }

    @Override
    public String title() {
        return "关心离退休人员，做好离退休服务工作";
    }

    @Override
    public String description() {
        return "离退休工作：走访慰问（人次、元）、退休欢送、离退休人员活动（人次）、健康体检（人、元）";
    }

    @Override
    public Class<RetireesData> dataType() {
        return RetireesData.class;
    }

    /** What annotations cannot say, against the report: no occasion visits more retirees than the union has. */
    @Override
    public void validate(RetireesData data, ReportMeta report, Problems problems) {
        Integer retirees = report == null || report.membership() == null ? null : report.membership().retirees();
        if (retirees == null) {
            return;
        }
        for (int i = 0; i < data.visits().size(); i++) {
            int persons = data.visits().get(i).persons();
            if (persons > retirees) {
                problems.report("visits[" + i + "].persons", "overRetirees", persons, retirees);
            }
        }
        if (data.checkup() != null && data.checkup().persons() > retirees) {
            problems.report("checkup.persons", "overRetirees", data.checkup().persons(), retirees);
        }
    }

    @Override
    public List<Block> render(RetireesData data, SectionContext context) {
        if (data.isEmpty()) {
            return List.of();
        }
        String retired = context.words().retirees();
        boolean care = !data.visits().isEmpty() || data.farewell() != null;
        boolean activities = !data.activities().isEmpty();
        boolean health = data.checkup() != null;
        int parts = (care ? 1 : 0) + (activities ? 1 : 0) + (health ? 1 : 0);

        int visited = data.visits().stream().mapToInt(RetireesData.Visit::persons).sum();
        BigDecimal amount = data.visits().stream().map(RetireesData.Visit::amount)
                .filter(Objects::nonNull).reduce(BigDecimal.ZERO, BigDecimal::add);
        int participants = data.activities().stream().mapToInt(RetireesData.Activity::participants).sum();
        if (!data.visits().isEmpty()) {
            context.publish(Figure.headline("retirees.visited", "走访慰问" + retired, visited, "人次"));
        }
        if (amount.signum() > 0) {
            context.publish(Figure.of("retirees.visits.amount", "发放" + retired + "慰问金", amount, "元"));
        }
        if (activities) {
            context.publish(Figure.of("retirees.activities.participants", retired + "参加活动", participants, "人次"));
        }
        if (health) {
            context.publish(Figure.of("retirees.checkup", "组织" + retired + "体检", data.checkup().persons(), "人"));
        }
        return context.template("retirees.vm")
                .with("data", data)
                .with("headed", parts > 1)
                .with("visited", visited)
                .with("amount", amount)
                .with("participants", participants)
                .render();
    }
}
