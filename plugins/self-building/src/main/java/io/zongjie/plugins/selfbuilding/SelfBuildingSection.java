package io.zongjie.plugins.selfbuilding;

import io.zongjie.document.Block;
import io.zongjie.model.ReportMeta;
import io.zongjie.spi.Figure;
import io.zongjie.spi.Problems;
import io.zongjie.spi.SectionContext;
import io.zongjie.spi.SectionPart;
import io.zongjie.spi.SectionPlugin;
import java.util.List;

/**
 * 工会自身建设: the committee and its election, the division of duties, meetings, cadre training, rules, membership,
 * the union's money and the honours it won.
 */
public final class SelfBuildingSection implements SectionPlugin<SelfBuildingData> {

    @Override
    public String type() {
        return "self-building";
    }

    @Override
    public String title() {
        return "加强自身建设，增强工会活力";
    }

    /** The heading for this report: a federation's speaks of its base unions as well. */
    @Override
    public String title(ReportMeta report) {
        return report.vocabulary().federation() ? "加强工会自身建设，提高指导服务基层的能力" : title();
    }

    @Override
    public List<SectionPart> parts(ReportMeta report) {
        return List.of(
                new SectionPart("organisation", "健全组织机构，规范日常运行"),
                new SectionPart("training", "加强干部培训，提升履职能力"),
                new SectionPart("rules", "完善规章制度，推进规范化建设"),
                new SectionPart("membership", "做好会员发展和会籍管理"),
                new SectionPart("finance", "管好用好工会经费"),
                new SectionPart("honours", "争先创优取得实效"));
    }

    @Override
    public String description() {
        return "工会自身建设：换届选举与委员分工、委员会会议、干部培训（人次）、规章制度、会员发展与入会率、"
                + "会员证与会员信息录入、经费收支与审查（元）、模范之家等荣誉";
    }

    @Override
    public Class<SelfBuildingData> dataType() {
        return SelfBuildingData.class;
    }

    @Override
    public void validate(SelfBuildingData data, Problems problems) {
        SelfBuildingData.Members m = data.membership();
        if (m != null) {
            if (m.staff() != null && m.total() > m.staff()) {
                problems.report("membership.total", "membersOverStaff", m.total(), m.staff());
            }
            if (m.newMembers() != null && m.newMembers() > m.total()) {
                problems.report("membership.newMembers", "newOverTotal", m.newMembers(), m.total());
            }
            if (m.records() != null && m.records() > m.total()) {
                problems.report("membership.records", "recordsOverTotal", m.records(), m.total());
            }
        }
        SelfBuildingData.Training t = data.training();
        if (t != null) {
            if (t.sessions() == 0 && t.participants() > 0) {
                problems.report("training.participants", "participantsWithoutSessions", t.participants());
            } else if (t.sessions() > 0 && t.participants() == 0) {
                problems.report("training.participants", "sessionsWithoutParticipants", t.sessions());
            } else if (t.sessions() == 0 && (t.sentOut() == null || t.sentOut() == 0)) {
                problems.report("training", "noTraining");
            }
        }
        SelfBuildingData.Meetings meetings = data.meetings();
        if (meetings != null && meetings.committee() == 0 && !meetings.topics().isEmpty()) {
            problems.report("meetings.committee", "topicsWithoutMeetings");
        }
        SelfBuildingData.Finance f = data.finance();
        if (f != null && f.income() == null && f.spending() == null && f.audited() == null
                && f.disclosed() == null) {
            problems.report("finance", "emptyFinance");
        }
    }

    @Override
    public List<Block> render(SelfBuildingData data, SectionContext context) {
        SelfBuildingFacts facts = SelfBuildingFacts.of(data, context.report());
        if (facts.parts() == 0) {
            return List.of();
        }
        SelfBuildingData.Members m = data.membership();
        if (m != null && m.newMembers() != null && m.newMembers() > 0) {
            context.publish(Figure.headline("selfbuilding.members.new", "发展新会员", m.newMembers(), "人"));
        }
        if (facts.trained() > 0) {
            context.publish(Figure.headline("selfbuilding.training.persons", "培训工会干部", facts.trained(), "人次"));
        }
        if (data.meetings() != null && data.meetings().committee() > 0) {
            context.publish(Figure.of("selfbuilding.meetings.committee", "召开工会委员会会议",
                    data.meetings().committee(), "次"));
        }
        if (!data.rules().isEmpty()) {
            context.publish(Figure.of("selfbuilding.rules", "建立完善工会制度", data.rules().size(), "项"));
        }
        if (!facts.honours().isEmpty()) {
            // this period's only: an honour dated before it is printed as earlier, not counted
            context.publish(Figure.of("selfbuilding.honours", "获得各类荣誉", facts.honours().size(), "项"));
        }
        if (data.finance() != null && data.finance().spending() != null) {
            context.publish(Figure.of("selfbuilding.finance.spending", "使用工会经费", data.finance().spending(), "元"));
        }
        return context.template("self-building.vm")
                .with("data", data)
                .with("facts", facts)
                .render();
    }
}
