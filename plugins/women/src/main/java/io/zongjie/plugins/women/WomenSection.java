package io.zongjie.plugins.women;

import io.zongjie.document.Block;
import io.zongjie.model.ReportMeta;
import io.zongjie.spi.Figure;
import io.zongjie.spi.Problems;
import io.zongjie.spi.SectionContext;
import io.zongjie.spi.SectionPart;
import io.zongjie.spi.SectionPlugin;
import java.util.List;

/**
 * 女职工工作: the women staff's committee, the 「两癌」 screening, the special collective contract, 三八 activities,
 * nursing rooms, 巾帼建功 honours and family activities. Its type is {@code female-staff}, so that a third party's
 * own {@code women} section can be installed beside it.
 */
public final class WomenSection implements SectionPlugin<WomenData> {

    @Override
    public String type() {
        return "female-staff";
    }

    @Override
    public String title() {
        return "关心关爱女职工，发挥“半边天”作用";
    }

    @Override
    public String title(ReportMeta report) {
        return "关心关爱" + report.vocabulary().women() + "，发挥“半边天”作用";
    }

    @Override
    public List<SectionPart> parts(ReportMeta report) {
        return List.of(
                new SectionPart("care", "维护女职工特殊权益"),
                new SectionPart("activities", "丰富女职工文化生活"),
                new SectionPart("honours", "深化巾帼建功活动"));
    }

    @Override
    public String description() {
        return "女职工工作：女职工委员会、「两癌」筛查、女职工权益保护专项集体合同、三八活动、母婴室（爱心妈咪小屋）、"
                + "巾帼建功（巾帼文明岗）和亲子家庭活动";
    }

    @Override
    public Class<WomenData> dataType() {
        return WomenData.class;
    }

    @Override
    public void validate(WomenData data, Problems problems) {
        if (data.screening() != null && data.women() != null && data.screening() > data.women()) {
            problems.report("screening", "screenedOverWomen", data.screening(), data.women());
        }
    }

    /** The section's own {@code women} is checked first; without it, the report's {@code membership.women}. */
    @Override
    public void validate(WomenData data, ReportMeta report, Problems problems) {
        validate(data, problems);
        Integer women = report == null || report.membership() == null ? null : report.membership().women();
        if (data.women() == null && data.screening() != null && women != null && data.screening() > women) {
            problems.report("screening", "screenedOverMembership", data.screening(), women);
        }
    }

    @Override
    public List<Block> render(WomenData data, SectionContext context) {
        boolean care = data.hasCommittee() || data.hasScreening() || data.hasContract() || data.hasRooms();
        boolean activities = !data.activities().isEmpty() || !data.family().isEmpty();
        boolean honours = !data.honours().isEmpty();
        int parts = (care ? 1 : 0) + (activities ? 1 : 0) + (honours ? 1 : 0);
        if (parts == 0) {
            return List.of();
        }
        String women = context.words().women();
        if (data.hasScreening()) {
            context.publish(Figure.headline("women.screened", "组织" + women + "“两癌”筛查", data.screening(), "人"));
        }
        if (!data.activities().isEmpty()) {
            context.publish(Figure.of("women.activities", "开展三八节活动", data.activities().size(), "场"));
            int joined = data.activities().stream()
                    .mapToInt(a -> a.participants() == null ? 0 : a.participants()).sum();
            if (joined > 0) {
                context.publish(Figure.of("women.activities.participants", "参加三八节活动的" + women, joined,
                        "人次"));
            }
        }
        if (data.hasRooms()) {
            context.publish(Figure.of("women.rooms", "建成母婴室", data.rooms().count(), "个"));
        }
        if (honours) {
            context.publish(Figure.of("women.honours", "获得巾帼建功荣誉", data.honours().size(), "项"));
        }
        if (!data.family().isEmpty()) {
            context.publish(Figure.of("women.family", "开展亲子家庭活动", data.family().size(), "场"));
        }
        return context.template("female-staff.vm")
                .with("data", data)
                .with("care", care)
                .with("activities", activities)
                .with("headed", parts > 1)
                .render();
    }
}
