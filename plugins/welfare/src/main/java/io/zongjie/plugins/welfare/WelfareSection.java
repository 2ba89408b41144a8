package io.zongjie.plugins.welfare;

import io.zongjie.document.Block;
import io.zongjie.model.ReportMeta;
import io.zongjie.model.Vocabulary;
import io.zongjie.spi.Figure;
import io.zongjie.spi.Problems;
import io.zongjie.spi.SectionContext;
import io.zongjie.spi.SectionPart;
import io.zongjie.spi.SectionPlugin;
import java.util.List;

/** 送温暖与职工福利: visits and condolence money, hardship subsidies, check-ups, benefits and donations. */
public final class WelfareSection implements SectionPlugin<WelfareData> {

    @Override
    public String type() {
        return "welfare";
    }

    @Override
    public String title() {
        return "真情关爱，扎实开展送温暖活动";
    }

    @Override
    public List<SectionPart> parts(ReportMeta report) {
        Vocabulary w = report.vocabulary();
        return List.of(
                new SectionPart("visits", "节日慰问送温暖"),
                new SectionPart("subsidies", "困难帮扶解难题"),
                new SectionPart("checkup", "健康体检保平安"),
                new SectionPart("benefits", "生日节日送祝福"),
                new SectionPart("donations", "爱心捐款献真情"),
                new SectionPart("care", "关爱" + w.women() + "和" + w.retirees()),
                new SectionPart("files", "建档立卡精准帮扶"),
                new SectionPart("mutual-aid", "互助保障减负担"),
                new SectionPart("recuperation", "组织疗休养"),
                new SectionPart("seasons", "「四季送」暖人心"),
                new SectionPart("milestones", "婚育退休送关怀"),
                new SectionPart("families", "关爱单亲家庭和困难家庭子女"));
    }

    @Override
    public String description() {
        return "送温暖与职工福利：节日和病困慰问（人次、元）、困难补助、健康体检、生日与节日福利、爱心捐款、女职工与离退休人员关爱";
    }

    @Override
    public Class<WelfareData> dataType() {
        return WelfareData.class;
    }

    @Override
    public void validate(WelfareData data, Problems problems) {
        // one item per life event and per kind of family: a second is a slip (or belongs added into the first)
        java.util.Set<WelfareData.Event> events = java.util.EnumSet.noneOf(WelfareData.Event.class);
        for (int i = 0; i < data.milestones().size(); i++) {
            if (!events.add(data.milestones().get(i).kind())) {
                problems.report("milestones[" + i + "].kind", "kindTwice", data.milestones().get(i).kind());
            }
        }
        java.util.Set<WelfareData.Kin> kins = java.util.EnumSet.noneOf(WelfareData.Kin.class);
        for (int i = 0; i < data.families().size(); i++) {
            if (!kins.add(data.families().get(i).kind())) {
                problems.report("families[" + i + "].kind", "kindTwice", data.families().get(i).kind());
            }
        }
        List<WelfareData.Visit> visits = data.visits();
        for (int i = 0; i < visits.size(); i++) {
            WelfareData.Visit v = visits.get(i);
            if (v.persons() == 0 && v.amount().signum() > 0) {
                problems.report("visits[" + i + "].persons", "moneyWithoutPersons", v.amount().toPlainString());
            }
        }
    }

    @Override
    public void validate(WelfareData data, ReportMeta report, Problems problems) {
        validate(data, problems);
        WelfareData.Files f = data.files();
        if (f != null) {
            if (f.updated() != null && f.updated() > f.families()) {
                problems.report("files.updated", "moreThanFiled", f.updated(), f.families());
            }
            if (f.added() != null && f.added() > f.families()) {
                problems.report("files.added", "moreThanFiled", f.added(), f.families());
            }
        }
        List<WelfareData.Subsidy> subsidies = data.subsidies();
        for (int i = 0; i < subsidies.size(); i++) {
            WelfareData.Subsidy s = subsidies.get(i);
            if (s.children() != null && s.kind() != WelfareData.Purpose.STUDY) {
                problems.report("subsidies[" + i + "].children", "childrenNotStudy", s.kind());
            }
        }
        Integer members = report.membership() == null ? null
                : report.membership().members() != null ? report.membership().members() : report.membership().staff();
        List<WelfareData.MutualAid> schemes = data.mutualAid();
        for (int i = 0; i < schemes.size(); i++) {
            WelfareData.MutualAid m = schemes.get(i);
            if (m.claims() != null && m.claims() > 0 && m.enrolled() == 0) {
                problems.report("mutualAid[" + i + "].claims", "claimsWithoutEnrolled", m.claims());
            }
            if (m.paid() != null && m.paid().signum() > 0 && m.claims() != null && m.claims() == 0) {
                problems.report("mutualAid[" + i + "].paid", "paidWithoutClaims", m.paid().toPlainString());
            }
            if (members != null && m.enrolled() > members) {
                problems.report("mutualAid[" + i + "].enrolled", "moreThanMembers", m.enrolled(), members);
            }
        }
    }

    @Override
    public List<Block> render(WelfareData data, SectionContext context) {
        WelfareTotals totals = WelfareTotals.of(data);
        int parts = count(!data.visits().isEmpty(), !data.subsidies().isEmpty(), data.checkup() != null,
                !data.benefits().isEmpty(), !data.donations().isEmpty(),
                !data.womenCare().isEmpty() || !data.retireeCare().isEmpty(),
                data.files() != null || data.pairs() != null, !data.mutualAid().isEmpty(),
                data.recuperation() != null, !data.seasons().isEmpty(), !data.milestones().isEmpty(),
                !data.families().isEmpty());
        if (parts == 0) {
            return List.of();
        }
        String staff = context.words().people();
        if (!data.visits().isEmpty()) {
            context.publish(Figure.headline("welfare.visits.persons", "走访慰问" + staff, totals.visitPersons(), "人次"));
            context.publish(Figure.headline("welfare.visits.amount", "发放慰问金", totals.visitAmount(), "元"));
        }
        if (!totals.hardship().isEmpty()) {
            context.publish(Figure.of("welfare.subsidies.persons", "帮扶困难" + staff, totals.hardship().persons(),
                    "人"));
            context.publish(Figure.headline("welfare.subsidies.amount", "发放困难补助", totals.hardship().amount(),
                    "元"));
        }
        if (!totals.study().isEmpty()) {
            context.publish(Figure.of("welfare.study.amount", "发放金秋助学金", totals.study().amount(), "元"));
        }
        if (!totals.medical().isEmpty()) {
            context.publish(Figure.of("welfare.medical.amount", "发放大病救助金", totals.medical().amount(), "元"));
        }
        if (totals.studyChildren() > 0) {
            context.publish(Figure.of("welfare.study.children", "资助职工子女", totals.studyChildren(), "人"));
        }
        if (data.files() != null) {
            context.publish(Figure.of("welfare.files.families", "困难职工建档", data.files().families(), "户"));
        }
        if (data.pairs() != null) {
            context.publish(Figure.of("welfare.pairs", "结对帮扶", data.pairs().pairs(), "对"));
        }
        if (!data.mutualAid().isEmpty()) {
            context.publish(Figure.of("welfare.mutualAid.enrolled", "参加互助保障", totals.enrolled(), "人次"));
            if (totals.claims() > 0) {
                context.publish(Figure.of("welfare.mutualAid.claims", "互助保障理赔", totals.claims(), "人次"));
            }
            if (totals.paid().signum() > 0) {
                context.publish(Figure.headline("welfare.mutualAid.paid", "互助保障理赔金额", totals.paid(), "元"));
            }
        }
        if (data.recuperation() != null) {
            WelfareData.Recuperation r = data.recuperation();
            if (r.batches() != null) {
                context.publish(Figure.of("welfare.recuperation.batches", "组织疗休养", r.batches(), "批"));
            }
            context.publish(Figure.of("welfare.recuperation.people", "参加疗休养", r.people(), "人次"));
        }
        if (!data.milestones().isEmpty()) {
            context.publish(Figure.of("welfare.milestones.persons", "婚育退休慰问" + staff,
                    data.milestones().stream().mapToInt(WelfareData.Milestone::persons).sum(), "人"));
        }
        for (WelfareData.Family f : data.families()) {
            if (f.kind() == WelfareData.Kin.SINGLE_PARENT) {
                context.publish(Figure.of("welfare.families.single", "关爱单亲家庭", f.count(), "户"));
            } else {
                context.publish(Figure.of("welfare.families.children", "关爱困难家庭子女", f.count(), "名"));
            }
        }
        if (!data.seasons().isEmpty()) {
            context.publish(Figure.of("welfare.seasons.persons", "「四季送」惠及" + staff, totals.seasonPersons(),
                    "人次"));
        }
        if (data.checkup() != null) {
            context.publish(Figure.headline("welfare.checkup.people", "组织健康体检", data.checkup().people(), "人"));
            if (data.checkup().cost() != null) {
                context.publish(Figure.of("welfare.checkup.cost", "体检支出", data.checkup().cost(), "元"));
            }
        }
        if (totals.benefitAmount().signum() > 0) {
            // named by what the input gives: a birthday benefit, a festival's, or both
            boolean birthday = data.benefits().stream().anyMatch(b -> "birthday".equals(b.recipients()));
            boolean festival = data.benefits().stream().anyMatch(b -> !"birthday".equals(b.recipients()));
            String label = birthday && festival ? "生日与节日福利支出" : birthday ? "生日福利支出" : "节日福利支出";
            context.publish(Figure.of("welfare.benefits.amount", label, totals.benefitAmount(), "元"));
        }
        if (!data.donations().isEmpty()) {
            context.publish(Figure.of("welfare.donations.amount", "募集爱心捐款", totals.donationAmount(), "元"));
        }
        return context.template("welfare.vm")
                .with("data", data)
                .with("totals", totals)
                .with("headed", parts > 1)
                .render();
    }

    private static int count(boolean... parts) {
        int n = 0;
        for (boolean p : parts) {
            n += p ? 1 : 0;
        }
        return n;
    }
}
