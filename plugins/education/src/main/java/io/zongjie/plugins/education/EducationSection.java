package io.zongjie.plugins.education;

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
 * 加强师德建设，提升业务素质: political study and professional ethics, training, mentoring, open classes,
 * competitions, papers and awards. Outside schools the same data reads as 职工教育与技能培训 (职业道德、技能竞赛).
 */
public final class EducationSection implements SectionPlugin<EducationData> {

    /** Above this many courses the trainings are listed in a table rather than one by one in the prose. */
    static final int TRAINING_TABLE_FROM = 5;
    /** Above this many awards the awards are listed in a table rather than one by one in the prose. */
    static final int AWARD_TABLE_FROM = 7;

    @Override
    public String type() {
        return "education";
    }

    @Override
    public String title() {
        return "加强师德建设，提升业务素质";
    }

    /**
     * The heading for this report: 师德 where the staff are teachers, 医德医风 in a hospital, 履职能力 in an office,
     * 岗位技能 elsewhere.
     */
    @Override
    public String title(ReportMeta report) {
        Vocabulary w = report.vocabulary();
        if (w.teachers()) {
            return w.federation() ? "加强师德师风建设，促进教职工专业成长" : title();
        }
        return switch (w.kind()) {
            case HOSPITAL -> "加强医德医风建设，提升医务职工素质";
            case GOVERNMENT -> "加强学习培训，提升履职能力";
            default -> w.people().equals("干部职工") ? "加强学习培训，提升履职能力" : "加强职工教育，提升岗位技能";
        };
    }

    @Override
    public List<SectionPart> parts(ReportMeta report) {
        boolean school = report.vocabulary().teachers();
        return List.of(
                new SectionPart("ideology", school ? "加强政治学习，锤炼师德师风" : "加强思想教育"),
                new SectionPart("training", school ? "开展业务培训，提升专业素养" : "开展技能培训，提升岗位本领"),
                new SectionPart("practice", school ? "结对帮扶促成长，示范引领强教研" : "师徒结对传技艺，以老带新促成长"),
                new SectionPart("results", school ? "潜心教研，收获丰硕成果" : "争先创优，展现职工风采"));
    }

    @Override
    public String description() {
        return "思想政治与师德建设、业务培训与教学活动：集中学习、师德师风（职业道德）活动、培训（人次）、师徒结对、"
                + "公开课与示范课、教学或技能竞赛、论文、各级奖项";
    }

    @Override
    public Class<EducationData> dataType() {
        return EducationData.class;
    }

    @Override
    public void validate(EducationData data, Problems problems) {
        EducationData.Study study = data.study();
        if (study != null && study.topics().size() > study.sessions()) {
            problems.add("study.sessions", "is " + study.sessions() + " but " + study.topics().size()
                    + " topics are listed: every topic takes at least one session");
        }
        List<EducationData.Training> trainings = data.trainings();
        for (int i = 0; i < trainings.size(); i++) {
            EducationData.Training t = trainings.get(i);
            if (t.hours() != null && t.days() != null) {
                problems.add("trainings[" + i + "].days", "give the length in hours or in days, not both");
            }
        }
        EducationData.Lessons lessons = data.lessons();
        if (lessons != null && lessons.open() == null && lessons.model() == null) {
            problems.add("lessons", "give open (公开课), model (示范课) or both");
        }
        if (lessons != null && lessons.total() == 0 && lessons.observers() != null && lessons.observers() > 0) {
            problems.add("lessons.observers", "is " + lessons.observers()
                    + " but no open or model class is counted");
        }
        EducationData.Papers papers = data.papers();
        if (papers != null && papers.published() == null && papers.awarded() == null) {
            problems.add("papers", "give published, awarded or both");
        }
    }

    @Override
    public List<Block> render(EducationData data, SectionContext context) {
        boolean ideology = data.study() != null || !data.ethics().isEmpty();
        boolean training = !data.trainings().isEmpty();
        boolean practice = data.mentoring() != null || (data.lessons() != null && data.lessons().total() > 0);
        boolean results = !data.competitions().isEmpty() || hasPapers(data.papers()) || !data.awards().isEmpty();
        int parts = (ideology ? 1 : 0) + (training ? 1 : 0) + (practice ? 1 : 0) + (results ? 1 : 0);
        if (parts == 0) {
            return List.of();
        }
        EducationTotals totals = EducationTotals.of(data);
        Vocabulary words = context.words();
        String staff = words.people();
        boolean school = words.teachers();
        String ethics = school ? "师德师风" : switch (words.kind()) {
            case HOSPITAL -> "医德医风";
            case GOVERNMENT -> "作风";
            default -> words.people().equals("医务职工") ? "医德医风" : "职业道德";
        };
        publish(data, totals, context, staff, school, ethics);
        return context.template("education.vm")
                .with("data", data)
                .with("totals", totals)
                .with("school", school)
                .with("ethics", ethics)
                .with("unit", words.federation() ? "有关部门" : words.unit())
                .with("headed", parts > 1)
                .with("ideology", ideology)
                .with("training", training)
                .with("practice", practice)
                .with("results", results)
                .with("trainingTable", data.trainings().size() >= TRAINING_TABLE_FROM)
                .with("awardTable", data.awards().size() >= AWARD_TABLE_FROM)
                .render();
    }

    private static void publish(EducationData data, EducationTotals totals, SectionContext context, String staff,
            boolean school, String ethics) {
        int headlines = 0;
        if (!data.trainings().isEmpty()) {
            context.publish(Figure.headline("education.trainings.renci", "组织" + staff + "参加培训",
                    totals.trainingRenci(), "人次"));
            context.publish(Figure.of("education.trainings.courses", "开展培训", data.trainings().size(), "期"));
            headlines++;
        }
        if (data.mentoring() != null) {
            context.publish(Figure.headline("education.mentoring.pairs", "结成师徒对子", data.mentoring().pairs(),
                    "对"));
            headlines++;
        }
        if (data.study() != null) {
            String label = "组织" + staff + "集中学习";
            if (headlines < 2) {
                context.publish(Figure.headline("education.study.sessions", label, data.study().sessions(), "次"));
            } else {
                context.publish(Figure.of("education.study.sessions", label, data.study().sessions(), "次"));
            }
        }
        if (!data.ethics().isEmpty()) {
            context.publish(Figure.of("education.ethics.activities",
                    "开展" + ethics + "教育活动", data.ethics().size(), "项"));
        }
        if (data.lessons() != null && data.lessons().total() > 0) {
            context.publish(Figure.of("education.lessons", "开设公开课和示范课", data.lessons().total(), "节"));
        }
        if (totals.competitionEntrants() > 0) {
            context.publish(Figure.of("education.competitions.entrants",
                    school ? "参加教学竞赛" : "参加技能竞赛", totals.competitionEntrants(), "人次"));
        }
        if (data.papers() != null && data.papers().published() != null) {
            context.publish(Figure.of("education.papers.published", "发表论文", data.papers().published(), "篇"));
        }
        if (data.papers() != null && data.papers().awarded() != null) {
            context.publish(Figure.of("education.papers.awarded", "论文获奖", data.papers().awarded(), "篇"));
        }
        if (totals.awards() > 0) {
            context.publish(Figure.of("education.awards", staff + "获各级奖项", totals.awards(), "项"));
        }
    }

    private static boolean hasPapers(EducationData.Papers papers) {
        return papers != null && ((papers.published() != null && papers.published() > 0)
                || (papers.awarded() != null && papers.awarded() > 0));
    }
}
