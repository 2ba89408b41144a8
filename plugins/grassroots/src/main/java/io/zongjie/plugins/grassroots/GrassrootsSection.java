package io.zongjie.plugins.grassroots;

import io.zongjie.document.Block;
import io.zongjie.model.ReportMeta;
import io.zongjie.spi.Figure;
import io.zongjie.spi.Problems;
import io.zongjie.spi.SectionContext;
import io.zongjie.spi.SectionPart;
import io.zongjie.spi.SectionPlugin;
import java.util.List;

/**
 * 基层组织建设: the base units by kind with their unions and members (建会率 and 入会率, computed from the counts,
 * never above 100%), the staff congresses among them (建制率), cadres appointed and trained, units visited.
 */
public final class GrassrootsSection implements SectionPlugin<GrassrootsData> {

    @Override
    public String type() {
        return "grassroots";
    }

    @Override
    public String title() {
        return "加强基层组织建设，夯实工会工作基础";
    }

    @Override
    public String title(ReportMeta report) {
        return title();
    }

    @Override
    public List<SectionPart> parts(ReportMeta report) {
        return List.of(
                new SectionPart("units", "扩大组织覆盖，提高建会率和入会率"),
                new SectionPart("congress", "推进" + report.vocabulary().congress() + "建制"),
                new SectionPart("cadres", "加强工会干部队伍建设"),
                new SectionPart("homes", "深化“职工之家”建设"),
                new SectionPart("assessment", "开展目标考核"));
    }

    @Override
    public String description() {
        return "基层组织建设：按单位类别的基层工会与会员（建会率、入会率由数字算出）、教代会/职代会建制率、工会干部任用与培训、走访基层单位、"
                + "按级别的“职工之家”建设（个）、目标考核（考核单位与等次）";
    }

    @Override
    public Class<GrassrootsData> dataType() {
        return GrassrootsData.class;
    }

    @Override
    public void validate(GrassrootsData data, Problems problems) {
        for (int i = 0; i < data.units().size(); i++) {
            GrassrootsData.Units u = data.units().get(i);
            String at = "units[" + i + "].";
            if (u.total() != null && u.unionized() != null && u.unionized() > u.total()) {
                problems.report(at + "unionized", "unionizedOverTotal", u.unionized(), u.total());
            }
            if (u.members() != null && u.staff() == null) {
                problems.report(at + "members", "membersWithoutStaff");
            } else if (u.members() != null && u.members() > u.staff()) {
                problems.report(at + "members", "membersOverStaff", u.members(), u.staff());
            }
        }
        GrassrootsData.Congress c = data.congress();
        if (c != null && c.units() != null && c.established() != null && c.established() > c.units()) {
            problems.report("congress.established", "establishedOverUnits", c.established(), c.units());
        }
        GrassrootsData.Assessment a = data.assessment();
        if (a != null && a.rated() > a.units()) {
            problems.report("assessment.units", "ratedOverAssessed", a.rated(), a.units());
        }
        java.util.Set<String> homes = new java.util.HashSet<>();
        for (int i = 0; i < data.homes().size(); i++) {
            GrassrootsData.Home h = data.homes().get(i);
            if (!homes.add(h.level() + h.name())) {
                problems.report("homes[" + i + "]", "homeTwice", h.level(), h.name());
            }
        }
    }

    @Override
    public List<Block> render(GrassrootsData data, SectionContext context) {
        int total = 0;
        int unionized = 0;
        int staff = 0;
        int members = 0;
        boolean counted = true;
        for (GrassrootsData.Units u : data.units()) {
            total += u.total();
            unionized += u.unionized();
            if (u.staff() != null && u.members() != null) {
                staff += u.staff();
                members += u.members();
            } else {
                counted = false;
            }
        }
        boolean membership = counted && !data.units().isEmpty() && staff > 0;
        GrassrootsData.Congress c = data.congress();
        boolean congress = c != null && c.units() > 0;
        boolean cadres = data.cadres() != null
                && (positive(data.cadres().appointed()) || positive(data.cadres().trained()));
        boolean homes = !data.homes().isEmpty();
        boolean assessed = data.assessment() != null;
        if (data.units().isEmpty() && !congress && !cadres && !positive(data.visited()) && !homes && !assessed) {
            return List.of();
        }
        if (total > 0) {
            context.publish(Figure.of("grassroots.unions", "已建工会的基层单位", unionized, "家"));
            context.publish(Figure.rate("grassroots.unionRate", "建会率", unionized, total));
        }
        if (membership) {
            context.publish(Figure.of("grassroots.members", "工会会员", members, "人"));
            context.publish(Figure.rate("grassroots.membershipRate", "入会率", members, staff));
        }
        if (congress) {
            context.publish(Figure.rate("grassroots.congressRate", context.report().vocabulary().congress() + "建制率",
                    c.established(), c.units()));
        }
        if (cadres && positive(data.cadres().trained())) {
            context.publish(Figure.of("grassroots.cadres.trained", "培训基层工会干部", data.cadres().trained(), "人次"));
        }
        if (positive(data.visited())) {
            context.publish(Figure.headline("grassroots.visited", "走访基层单位", data.visited(), "家"));
        }
        if (homes) {
            context.publish(Figure.of("grassroots.homes", "获评“" + context.words().home() + "”",
                    data.homes().stream().mapToInt(GrassrootsData.Home::count).sum(), "个"));
        }
        if (assessed) {
            context.publish(Figure.of("grassroots.assessed", "参加目标考核的基层工会", data.assessment().units(), "个"));
        }
        java.util.List<GrassrootsData.Home> byLevel = data.homes().stream()
                .sorted(java.util.Comparator.comparingInt((GrassrootsData.Home h) -> h.level().tier())).toList();
        return context.template("grassroots.vm")
                .with("homes", byLevel)
                .with("data", data)
                .with("total", total)
                .with("unionized", unionized)
                .with("staff", staff)
                .with("members", members)
                .with("membership", membership)
                .with("congress", congress)
                .with("cadres", cadres)
                .with("parts", (data.units().isEmpty() ? 0 : 1) + (congress ? 1 : 0) + (cadres ? 1 : 0)
                        + (homes ? 1 : 0) + (assessed ? 1 : 0))
                .render();
    }

    private static boolean positive(Integer n) {
        return n != null && n > 0;
    }
}
