package io.zongjie.plugins.labour;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.zongjie.spi.Label;
import io.zongjie.spi.Level;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * Labour competitions and innovation (劳动竞赛、技能比武、合理化建议、技术创新) over the period. Every part is
 * optional; a part left out is not mentioned.
 *
 * @param contests    the contests held or entered (劳动竞赛、技能比武), in the order given
 * @param suggestions the rationalisation proposals (合理化建议): collected, adopted, implemented and their benefit
 * @param innovations the results of technical innovation (技术革新、「五小」)
 * @param safety      the safety competitions (安康杯竞赛 and the like)
 * @param honours     the honours won (工人先锋号、劳动模范、五一劳动奖章、工匠), printed highest level first
 */
public record LabourData(
        @Valid List<@NotNull Contest> contests,
        @Valid Suggestions suggestions,
        @Valid List<@NotNull Innovation> innovations,
        @Valid List<@NotNull Safety> safety,
        @Valid List<@NotNull Honour> honours) {

    public LabourData {
        contests = contests == null ? List.of() : List.copyOf(contests);
        innovations = innovations == null ? List.of() : List.copyOf(innovations);
        safety = safety == null ? List.of() : List.copyOf(safety);
        honours = honours == null ? List.of() : List.copyOf(honours);
    }

    /** The honours, highest level first (an honour without a level last), collective before individual. */
    public List<Honour> rankedHonours() {
        return honours.stream().sorted(Comparator
                .comparing(Honour::level, Comparator.nullsLast(Comparator.<Level>naturalOrder()))
                .thenComparing(h -> !h.isCollective())).toList();
    }

    /**
     * A contest (劳动竞赛 or 技能比武).
     *
     * @param name         its name, such as 「电工技能比武」
     * @param level        its level (国家级, 自治区级, 市级, 公司级 …); optional
     * @param entered      true when the union sent entrants to a contest others held; false or absent when it held
     *                     the contest itself
     * @param participants entrants (参赛人次); optional
     * @param winners      entrants who won a prize; at most {@code participants}
     * @param awards       the prizes won, such as 「一等奖1个」; optional
     */
    public record Contest(
            @JsonPropertyDescription("竞赛名称，如“电工技能比武”") @Label("竞赛名称") @NotBlank String name,
            @JsonPropertyDescription("竞赛级别：国家级、自治区级、市级、公司级……") @Label("竞赛级别") Level level,
            @JsonPropertyDescription("是否为参加上级或外单位组织的竞赛") @Label("是否参赛") Boolean entered,
            @JsonPropertyDescription("参赛人次") @Label("参赛人次") @PositiveOrZero Integer participants,
            @JsonPropertyDescription("获奖人数") @Label("获奖人数") @PositiveOrZero Integer winners,
            @JsonPropertyDescription("所获奖项，如“一等奖1个”") @Label("所获奖项") List<@NotBlank String> awards) {

        public Contest {
            awards = awards == null ? List.of() : List.copyOf(awards);
        }

        /** Whether the union entered others' contest rather than holding it. */
        public boolean isEntered() {
            return Boolean.TRUE.equals(entered);
        }
    }

    /**
     * Rationalisation proposals (合理化建议).
     *
     * @param collected   proposals collected
     * @param adopted     of them, adopted (采纳); at most {@code collected}
     * @param implemented of those adopted, carried out (实施); at most {@code adopted}
     * @param saved       money saved (节约), in 元; optional
     * @param created     value created (创效), in 元; optional
     */
    public record Suggestions(
            @JsonPropertyDescription("征集合理化建议条数") @Label("征集建议数") @NotNull @PositiveOrZero Integer collected,
            @JsonPropertyDescription("采纳条数") @Label("采纳建议数") @PositiveOrZero Integer adopted,
            @JsonPropertyDescription("实施条数") @Label("实施建议数") @PositiveOrZero Integer implemented,
            @JsonPropertyDescription("节约资金（元）") @Label("节约资金") @PositiveOrZero
            @Digits(integer = 12, fraction = 2, message = "{money}") BigDecimal saved,
            @JsonPropertyDescription("创造效益（元）") @Label("创造效益") @PositiveOrZero
            @Digits(integer = 12, fraction = 2, message = "{money}") BigDecimal created) {
    }

    /**
     * A result of technical innovation.
     *
     * @param name    the innovation, such as 「皮带机自动纠偏装置」
     * @param kind    「技术革新」 or one of the 「五小」 (小发明、小创造、小革新、小设计、小建议); optional
     * @param benefit the money it saved or earned, in 元; optional
     * @param award   the prize it won, such as 「自治区职工技术创新成果二等奖」; optional
     */
    public record Innovation(
            @JsonPropertyDescription("成果名称") @Label("成果名称") @NotBlank String name,
            @JsonPropertyDescription("成果类别：技术革新、小发明、小创造、小革新、小设计、小建议") @Label("成果类别") String kind,
            @JsonPropertyDescription("创造效益（元）") @Label("创造效益") @PositiveOrZero
            @Digits(integer = 12, fraction = 2, message = "{money}") BigDecimal benefit,
            @JsonPropertyDescription("获奖情况") @Label("获奖情况") String award) {
    }

    /**
     * A safety competition.
     *
     * @param name   its name, such as 「安康杯」竞赛
     * @param teams  teams (班组) taking part; optional
     * @param result what the union won, such as 「安康杯竞赛优胜企业」; optional
     * @param level  the level of the result; optional
     */
    public record Safety(
            @JsonPropertyDescription("竞赛名称，如“安康杯”竞赛") @Label("竞赛名称") @NotBlank String name,
            @JsonPropertyDescription("参赛班组数") @Label("参赛班组数") @PositiveOrZero Integer teams,
            @JsonPropertyDescription("所获荣誉") @Label("所获荣誉") String result,
            @JsonPropertyDescription("荣誉级别") @Label("荣誉级别") Level level) {
    }

    /**
     * An honour (工人先锋号, 劳动模范, 五一劳动奖章, 工匠 …).
     *
     * @param name       the honour, such as 「五一劳动奖章」 (without its level)
     * @param level      the level of the body that gave it; optional
     * @param recipient  who won it: a person or a team, such as 「检修车间电气班」; optional
     * @param collective true for a team or a unit (工人先锋号), false for a person; by default true for 工人先锋号 and
     *                   集体 honours, false otherwise
     */
    public record Honour(
            @JsonPropertyDescription("荣誉名称，如“五一劳动奖章”") @Label("荣誉名称") @NotBlank String name,
            @JsonPropertyDescription("荣誉级别") @Label("荣誉级别") Level level,
            @JsonPropertyDescription("获得者（个人或集体）") @Label("获得者") String recipient,
            @JsonPropertyDescription("是否为集体荣誉") @Label("集体荣誉") Boolean collective) {

        /** Whether a team or unit won it. */
        public boolean isCollective() {
            return collective != null ? collective : name.contains("先锋号") || name.contains("集体");
        }
    }
}
