package io.zongjie.plugins.democratic;

import io.zongjie.model.ReportMeta;
import io.zongjie.model.Vocabulary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the democratic-management section works out from its data and the report before printing it.
 *
 * @param kind          「校务」, 「院务」, 「厂务」, 「政务」 …
 * @param congressName  the staff congress in full: 「教职工代表大会」 or 「职工代表大会」
 * @param congressShort what the congresses are called for short: 「教代会」 or 「职代会」, or the {@code body} every
 *                      congress of the data shares, such as 「机关职工大会」
 * @param delegated     whether the meetings are of delegates (「代表」) rather than of all staff
 * @param proposals     whether the proposals part is printed (proposals given and at least one collected)
 * @param parts         how many parts have data; sub-headings are printed when there are two or more
 * @param channels      the disclosures grouped by how they were made public, in the order first given
 * @param noun          how a federation's base units are counted: 所学校, 家医疗卫生单位, 家企业, 个基层单位
 *                      (its first character is the measure word: 所, 家, 个)
 */
public record DemocraticFacts(
        String kind,
        String congressName,
        String congressShort,
        boolean delegated,
        boolean proposals,
        int parts,
        List<Channel> channels,
        String noun) {

    /**
     * The matters made public one way.
     *
     * @param how     the channel as printed, such as 「校务公开栏」; {@code null} when not given
     * @param meeting whether the channel is a meeting (matters are then reported 「在…上」 rather than 「通过…」)
     * @param items   the matters
     */
    public record Channel(String how, boolean meeting, List<String> items) {
    }

    static DemocraticFacts of(DemocraticData d, ReportMeta report) {
        Vocabulary words = report.vocabulary();
        String kind = kindOf(d, report);
        boolean school = "校务".equals(kind) || "园务".equals(kind);
        // the congress follows the openness the section names, so that heading and body agree; else the report's
        String name = d.kind() == null ? words.congressName() : school ? "教职工代表大会" : "职工代表大会";
        String shortName = d.kind() == null ? words.congress() : school ? "教代会" : "职代会";
        List<String> bodies = d.congresses().stream().map(c -> c.body() == null ? "" : c.body().strip())
                .distinct().toList();
        // an assembly of all staff (机关职工大会) is called by its name; a congress of delegates by its short name
        if (bodies.size() == 1 && !bodies.get(0).isEmpty() && !bodies.get(0).contains("代表")) {
            shortName = bodies.get(0);
        }
        boolean delegated = d.congresses().isEmpty()
                || d.congresses().stream().anyMatch(DemocraticData.Congress::delegated);
        boolean proposals = d.proposals() != null && d.proposals().collected() > 0;
        int parts = (d.congresses().isEmpty() ? 0 : 1) + (proposals ? 1 : 0) + (d.disclosures().isEmpty() ? 0 : 1)
                + (d.coverage() == null ? 0 : 1);
        Map<String, List<String>> byChannel = new LinkedHashMap<>();
        for (DemocraticData.Disclosure x : d.disclosures()) {
            String how = x.how() == null || x.how().isBlank() ? "" : x.how().strip();
            byChannel.computeIfAbsent(how, k -> new ArrayList<>()).add(x.what());
        }
        List<Channel> channels = new ArrayList<>();
        byChannel.forEach((how, items) -> {
            String printed = how.isEmpty() ? null : how.equals("公开栏") ? kind + "公开栏" : how;
            boolean meeting = !how.isEmpty() && how.matches(".*(会|会议)$");
            channels.add(new Channel(printed, meeting, List.copyOf(items)));
        });
        String noun = d.coverage() != null && d.coverage().noun() != null && !d.coverage().noun().isBlank()
                ? d.coverage().noun().strip() : switch (words.baseUnits()) {
                    case "各学校" -> "所学校";
                    case "各医疗卫生单位" -> "家医疗卫生单位";
                    case "辖区各企业和村（社区）" -> "家企业";
                    default -> "个基层单位";
                };
        return new DemocraticFacts(kind, name, shortName, delegated, proposals, parts, List.copyOf(channels), noun);
    }

    /** The openness of this section: the data's {@code kind}, else the report's (校务, 院务, 厂务, 政务 …). */
    static String kindOf(DemocraticData d, ReportMeta report) {
        return d != null && d.kind() != null ? d.kind() : report.vocabulary().openness();
    }

    /** Whether sub-headings are printed. */
    public boolean headed() {
        return parts > 1;
    }
}
