package io.zongjie.plugins.democratic;

import io.zongjie.document.Block;
import io.zongjie.model.ReportMeta;
import io.zongjie.spi.Figure;
import io.zongjie.spi.Problems;
import io.zongjie.spi.SectionContext;
import io.zongjie.spi.SectionPart;
import io.zongjie.spi.SectionPlugin;
import java.util.List;

/**
 * 民主管理与校务（厂务、政务）公开: staff-congress sessions, the delegates' proposals and their implementation rate
 * (落实率), and the matters made public.
 */
public final class DemocraticSection implements SectionPlugin<DemocraticData> {

    @Override
    public String type() {
        return "democratic-management";
    }

    /** The heading when nothing is known of the report: it names neither 校务, 厂务 nor 政务. */
    @Override
    public String title() {
        return "坚持民主管理，推进办事公开";
    }

    /** The heading for this report: 「坚持民主管理，推进校务公开」 in a school, 院务, 厂务 or 政务 elsewhere. */
    @Override
    public String title(ReportMeta report) {
        return title(report, null);
    }

    /** The heading for this report and data: the openness the body speaks of (the data's {@code kind}, if given). */
    @Override
    public String title(ReportMeta report, DemocraticData data) {
        String kind = DemocraticFacts.kindOf(data, report);
        if (report.vocabulary().federation()) {
            return "指导民主管理，推进" + kind + "公开";
        }
        return "坚持民主管理，推进" + kind + "公开";
    }

    @Override
    public List<SectionPart> parts(ReportMeta report) {
        String congress = report.vocabulary().congress();
        String kind = report.vocabulary().openness();
        return List.of(
                new SectionPart("coverage", "推动基层普遍建立" + congress + "制度"),
                new SectionPart("congresses", "开好" + congress + "，保障民主权利"),
                new SectionPart("proposals", "抓好提案征集和落实"),
                new SectionPart("disclosures", "推进" + kind + "公开，接受监督"));
    }

    @Override
    public String description() {
        return "民主管理与校务（厂务、政务）公开：教代会/职代会（届次、代表、审议事项）、提案征集立案与落实率、公开事项与渠道";
    }

    @Override
    public Class<DemocraticData> dataType() {
        return DemocraticData.class;
    }

    @Override
    public void validate(DemocraticData data, Problems problems) {
        checkCoverage(data.coverage(), problems);
        DemocraticData.Proposals p = data.proposals();
        if (p == null) {
            return;
        }
        if (p.accepted() > p.collected()) {
            problems.add("proposals.accepted", "is " + p.accepted() + " but only " + p.collected()
                    + " were collected: accepted proposals are counted among those collected");
        }
        if (p.implemented() > p.accepted()) {
            problems.add("proposals.implemented", "is " + p.implemented() + " but only " + p.accepted()
                    + " were accepted: implemented proposals are counted among those accepted");
        }
        if (!p.examples().isEmpty() && p.implemented() == 0) {
            problems.add("proposals.examples", "lists what was done but implemented is 0");
        }
    }

    private static void checkCoverage(DemocraticData.Coverage c, Problems problems) {
        if (c == null) {
            return;
        }
        for (String[] f : new String[][] {{"congresses", String.valueOf(c.congresses())},
                {"disclosing", String.valueOf(c.disclosing())}, {"certified", String.valueOf(c.certified())}}) {
            if (!f[1].equals("null") && Integer.parseInt(f[1]) > c.units()) {
                problems.add("coverage." + f[0], "is " + f[1] + " but there are only " + c.units()
                        + " units: count the units among them");
            }
        }
    }

    @Override
    public List<Block> render(DemocraticData data, SectionContext context) {
        DemocraticFacts facts = DemocraticFacts.of(data, context.report());
        if (facts.parts() == 0) {
            return List.of();
        }
        if (facts.proposals()) {
            context.publish(Figure.headline("democratic.proposals.collected", "征集提案",
                    data.proposals().collected(), "件"));
            if (data.proposals().implemented() > 0) {
                context.publish(Figure.headline("democratic.proposals.implemented", "落实提案",
                        data.proposals().implemented(), "件"));
            }
        }
        if (!data.congresses().isEmpty()) {
            Figure congresses = new Figure("democratic.congresses", "召开" + facts.congressShort(),
                    java.math.BigDecimal.valueOf(data.congresses().size()), "次", !facts.proposals());
            context.publish(congresses);
        }
        if (!data.disclosures().isEmpty()) {
            context.publish(Figure.of("democratic.disclosures", "公开" + facts.kind() + "事项",
                    data.disclosures().size(), "项"));
        }
        DemocraticData.Coverage c = data.coverage();
        if (c != null && c.congresses() != null) {
            context.publish(Figure.of("democratic.coverage.congresses", "召开" + facts.congressShort() + "的基层单位",
                    c.congresses(), "个"));
        }
        return context.template("democratic-management.vm")
                .with("data", data)
                .with("facts", facts)
                .render();
    }
}
