package io.zongjie.plugins.sports;

import io.zongjie.document.Block;
import io.zongjie.model.ReportMeta;
import io.zongjie.model.Vocabulary;
import io.zongjie.spi.Figure;
import io.zongjie.spi.Problems;
import io.zongjie.spi.SectionContext;
import io.zongjie.spi.SectionPart;
import io.zongjie.spi.SectionPlugin;
import java.util.List;

/**
 * 丰富文体活动，活跃职工生活: the union's own sports, arts, social events and outings, entries in competitions
 * run by others, and facilities built or equipment bought.
 */
public final class SportsSection implements SectionPlugin<SportsData> {

    @Override
    public String type() {
        return "sports";
    }

    @Override
    public String title() {
        return "丰富文体活动，活跃职工生活";
    }

    /** The heading for this report, naming its staff: 「丰富文体活动，活跃教职工生活」 in a school. */
    @Override
    public String title(ReportMeta report) {
        Vocabulary w = report.vocabulary();
        return w.federation() ? "广泛开展文体活动，丰富" + w.people() + "文化生活" : "丰富文体活动，活跃" + w.people() + "生活";
    }

    @Override
    public List<SectionPart> parts(ReportMeta report) {
        return List.of(
                new SectionPart("events", "开展丰富多彩的文体活动"),
                new SectionPart("competitions", "积极参加上级比赛"),
                new SectionPart("facilities", "改善文体活动条件"),
                new SectionPart("reading", "建好职工书屋，开展读书活动"),
                new SectionPart("clubs", "发挥文体协会作用"));
    }

    @Override
    public String description() {
        return "文体活动：体育、文艺、联谊和出游活动（次数、人次、比赛结果），参加上级比赛（级别、人数、获奖），"
                + "文体设施与器材投入（元），职工书屋（册）与读书活动（人次），文体协会（个、人）";
    }

    @Override
    public Class<SportsData> dataType() {
        return SportsData.class;
    }

    /** The section's own rules, then those that need the report: a club never has more members than the staff. */
    @Override
    public void validate(SportsData data, ReportMeta report, Problems problems) {
        validate(data, problems);
        Integer staff = report == null || report.membership() == null ? null : report.membership().staff();
        if (staff == null) {
            return;
        }
        for (int i = 0; i < data.clubs().size(); i++) {
            if (data.clubs().get(i).members() > staff) {
                problems.report("clubs[" + i + "].members", "clubOverStaff", data.clubs().get(i).members(), staff);
            }
        }
    }

    @Override
    public void validate(SportsData data, Problems problems) {
        SportsData.Library library = data.library();
        if (library != null && library.added() != null && library.added() > library.books()) {
            problems.report("library.added", "addedOverBooks", library.added(), library.books());
        }
        List<SportsData.Event> events = data.events();
        for (int i = 0; i < events.size(); i++) {
            SportsData.Event e = events.get(i);
            if (e.results().isEmpty()) {
                continue;
            }
            if (e.kind() == Kind.OUTING) {
                problems.report("events[" + i + "].results", "outingResults");
            }
            if (e.participants() == 0) {
                problems.report("events[" + i + "].participants", "resultsWithoutParticipants", e.results().size());
            }
        }
    }

    @Override
    public List<Block> render(SportsData data, SectionContext context) {
        boolean reading = data.library() != null || !data.reading().isEmpty();
        int parts = (data.events().isEmpty() ? 0 : 1) + (data.competitions().isEmpty() ? 0 : 1)
                + (data.facilities().isEmpty() ? 0 : 1) + (reading ? 1 : 0) + (data.clubs().isEmpty() ? 0 : 1);
        if (parts == 0) {
            return List.of();
        }
        SportsTotals totals = SportsTotals.of(data);
        Vocabulary words = context.words();
        String staff = words.people();
        if (!data.events().isEmpty()) {
            context.publish(Figure.of("sports.events.count", "举办文体活动", data.events().size(), "次"));
            context.publish(Figure.headline("sports.events.renci", "组织" + staff + "参加文体活动",
                    totals.eventRenci(), "人次"));
        }
        if (!data.competitions().isEmpty()) {
            context.publish(Figure.of("sports.competitions.count", "参加上级文体比赛", data.competitions().size(),
                    "项"));
            context.publish(Figure.of("sports.competitions.entrants", "选派" + staff + "参赛", totals.entrants(),
                    "人次"));
            if (totals.competitionAwards() > 0) {
                context.publish(Figure.of("sports.competitions.awards", "在上级文体比赛中获奖",
                        totals.competitionAwards(), "项"));
            }
        }
        if (!data.facilities().isEmpty()) {
            context.publish(Figure.of("sports.facilities.amount", "投入文体设施和器材经费", totals.facilityAmount(),
                    "元"));
        }
        if (data.library() != null) {
            context.publish(Figure.of("sports.library.books", "书屋藏书", data.library().books(), "册"));
        }
        int readers = data.reading().stream().mapToInt(SportsData.Reading::participants).sum();
        if (!data.reading().isEmpty()) {
            context.publish(Figure.of("sports.reading.renci", "组织" + staff + "参加读书活动", readers, "人次"));
        }
        if (!data.clubs().isEmpty()) {
            context.publish(Figure.of("sports.clubs", "文体协会", data.clubs().size(), "个"));
        }
        return context.template("sports.vm")
                .with("data", data)
                .with("totals", totals)
                .with("school", words.teachers())
                .with("unit", words.federation() ? words.whole() : words.unit())
                .with("headed", parts > 1)
                .with("readers", readers)
                .render();
    }
}
