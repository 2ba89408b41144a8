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
                new SectionPart("care", "关爱" + w.women() + "和" + w.retirees()));
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
        List<WelfareData.Visit> visits = data.visits();
        for (int i = 0; i < visits.size(); i++) {
            WelfareData.Visit v = visits.get(i);
            if (v.persons() == 0 && v.amount().signum() > 0) {
                problems.add("visits[" + i + "].persons", "is 0 but amount is " + v.amount().toPlainString()
                        + " 元: say how many person-times the money went to");
            }
        }
    }

    @Override
    public List<Block> render(WelfareData data, SectionContext context) {
        WelfareTotals totals = WelfareTotals.of(data);
        int parts = count(!data.visits().isEmpty(), !data.subsidies().isEmpty(), data.checkup() != null,
                !data.benefits().isEmpty(), !data.donations().isEmpty(),
                !data.womenCare().isEmpty() || !data.retireeCare().isEmpty());
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
        if (data.checkup() != null) {
            context.publish(Figure.headline("welfare.checkup.people", "组织健康体检", data.checkup().people(), "人"));
            if (data.checkup().cost() != null) {
                context.publish(Figure.of("welfare.checkup.cost", "体检支出", data.checkup().cost(), "元"));
            }
        }
        if (totals.benefitAmount().signum() > 0) {
            context.publish(Figure.of("welfare.benefits.amount", "生日与节日福利支出", totals.benefitAmount(), "元"));
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
