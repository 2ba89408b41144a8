package io.zongjie.plugins.rights;

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
 * 维权、集体合同、民主协商: collective contracts and wage bargaining, labour disputes with their mediation success
 * rate (调解成功率), legal aid and legal education, migrant workers' wages, labour protection monitoring and staff
 * appeals.
 */
public final class RightsSection implements SectionPlugin<RightsData> {

    @Override
    public String type() {
        return "rights";
    }

    @Override
    public String title() {
        return "依法履行维权职责，维护职工合法权益";
    }

    @Override
    public String title(ReportMeta report) {
        return "依法履行维权职责，维护" + report.vocabulary().people() + "合法权益";
    }

    @Override
    public List<SectionPart> parts(ReportMeta report) {
        return List.of(
                new SectionPart("contracts", "深化集体协商，签好集体合同"),
                new SectionPart("disputes", "化解劳动争议，提供法律服务"),
                new SectionPart("safety", "加强劳动保护监督"),
                new SectionPart("appeals", "畅通诉求渠道"));
    }

    @Override
    public String description() {
        return "维权与集体协商：集体合同、工资专项集体合同、女职工权益保护专项集体合同（签订或续签、期限、覆盖人数）、"
                + "工资集体协商、劳动争议调解（受理、调解、调解成功、挽回损失、调解成功率）、法律援助和普法、"
                + "农民工工资、劳动保护监督检查（检查、隐患排查整改）、职工诉求";
    }

    @Override
    public Class<RightsData> dataType() {
        return RightsData.class;
    }

    @Override
    public void validate(RightsData data, Problems problems) {
        RightsData.Disputes d = data.disputes();
        if (d != null) {
            if (d.mediated() != null && d.mediated() > d.received()) {
                problems.report("disputes.mediated", "mediatedOverReceived", d.mediated(), d.received());
            }
            if (d.resolved() != null && d.resolved() > d.received()) {
                problems.report("disputes.resolved", "resolvedOverReceived", d.resolved(), d.received());
            }
        }
        RightsData.Safety s = data.safety();
        if (s != null && s.fixed() != null) {
            int found = s.found() == null ? 0 : s.found();
            if (s.fixed() > found) {
                problems.report("safety.fixed", "fixedOverFound", s.fixed(), found);
            }
        }
        RightsData.Appeals a = data.appeals();
        if (a != null && a.handled() != null && a.handled() > a.received()) {
            problems.report("appeals.handled", "handledOverReceived", a.handled(), a.received());
        }
    }

    @Override
    public List<Block> render(RightsData data, SectionContext context) {
        boolean contracts = data.hasContracts();
        RightsData.Disputes d = data.disputes();
        boolean disputes = d != null && d.received() > 0;
        RightsData.Legal l = data.legal();
        boolean legal = l != null && (positive(l.cases()) || positive(l.sessions()) || positive(l.participants()));
        RightsData.Migrant m = data.migrant();
        boolean migrant = m != null && (positive(m.cases()) || positive(m.amount()));
        RightsData.Safety s = data.safety();
        boolean safety = s != null && (positive(s.inspections()) || positive(s.found()));
        RightsData.Appeals a = data.appeals();
        boolean appeals = a != null && a.received() > 0;
        int parts = (contracts ? 1 : 0) + (disputes || legal || migrant ? 1 : 0) + (safety ? 1 : 0)
                + (appeals ? 1 : 0);
        if (parts == 0) {
            return List.of();
        }
        String people = context.words().people();
        if (data.contract() != null && positive(data.contract().coverage())) {
            context.publish(Figure.of("rights.contract.coverage", "集体合同覆盖" + people,
                    data.contract().coverage(), "人"));
        }
        if (positive(data.wageRounds())) {
            context.publish(Figure.of("rights.wage.rounds", "开展工资集体协商", data.wageRounds(), "次"));
        }
        if (disputes) {
            if (positive(d.mediated())) {
                context.publish(Figure.headline("rights.disputes.mediated", "调解劳动争议", d.mediated(), "件"));
            }
            context.publish(Figure.of("rights.disputes.received", "受理劳动争议", d.received(), "件"));
            if (d.resolved() != null) {
                context.publish(Figure.rate("rights.disputes.success", "调解成功率", d.resolved(), d.received()));
            }
            if (positive(d.recovered())) {
                context.publish(Figure.of("rights.disputes.recovered", "为" + people + "挽回经济损失",
                        d.recovered(), "元"));
            }
        }
        if (legal) {
            if (positive(l.cases())) {
                context.publish(Figure.of("rights.legal.cases", "提供法律援助", l.cases(), "件"));
            }
            if (positive(l.sessions())) {
                context.publish(Figure.of("rights.legal.sessions", "开展普法宣传", l.sessions(), "次"));
            }
            if (positive(l.participants())) {
                context.publish(Figure.of("rights.legal.participants", "参加普法宣传", l.participants(), "人次"));
            }
        }
        if (migrant) {
            if (positive(m.cases())) {
                context.publish(Figure.of("rights.migrant.cases", "帮助农民工追讨欠薪", m.cases(), "件"));
            }
            if (positive(m.amount())) {
                context.publish(Figure.headline("rights.migrant.amount", "为农民工追回工资", m.amount(), "元"));
            }
        }
        if (safety) {
            if (positive(s.inspections())) {
                context.publish(Figure.of("rights.safety.inspections", "开展劳动保护监督检查", s.inspections(), "次"));
            }
            if (positive(s.found())) {
                context.publish(Figure.of("rights.safety.found", "排查安全隐患", s.found(), "项"));
                if (s.fixed() != null) {
                    context.publish(Figure.of("rights.safety.fixed", "整改安全隐患", s.fixed(), "项"));
                }
            }
        }
        if (appeals) {
            context.publish(Figure.of("rights.appeals.received", "收到" + people + "诉求", a.received(), "件"));
            if (a.handled() != null) {
                context.publish(Figure.of("rights.appeals.handled", "办结" + people + "诉求", a.handled(), "件"));
            }
        }
        return context.template("rights.vm")
                .with("data", data)
                .with("contracts", contracts)
                .with("disputes", disputes)
                .with("legal", legal)
                .with("migrant", migrant)
                .with("safety", safety)
                .with("appeals", appeals)
                .with("headed", parts > 1)
                .render();
    }

    private static boolean positive(Integer n) {
        return n != null && n > 0;
    }

    private static boolean positive(BigDecimal n) {
        return n != null && n.signum() > 0;
    }
}
