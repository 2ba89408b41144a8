package io.zongjie.plugins.selfbuilding;

import io.zongjie.spi.Label;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;

/**
 * The union's work on itself (工会自身建设) over the year. Every part is optional; a part left out is not mentioned.
 *
 * @param election   the committee's election (换届选举), if one was held
 * @param duties     how the committee members divided the work (委员分工), one entry per member
 * @param meetings   the committee's meetings (工会委员会会议)
 * @param training   the training of union cadres (工会干部培训)
 * @param rules      rules and systems adopted or revised, by name, such as 「工会经费收支管理办法」
 * @param membership membership work: members, new members, member cards and the member register
 * @param finance    the union's money: income, spending and the audit
 * @param honours    honours won by the union and its people, such as 「模范教工之家」 or 「优秀工会干部」
 */
public record SelfBuildingData(
        @Label("换届选举") @Valid Election election,
        @Label("委员分工") @Valid List<@NotNull Duty> duties,
        @Label("会议") @Valid Meetings meetings,
        @Label("干部培训") @Valid Training training,
        @Label("规章制度") List<@NotBlank String> rules,
        @Label("会员管理") @Valid Members membership,
        @Label("经费管理") @Valid Finance finance,
        @Label("荣誉") @Valid List<@NotNull Honour> honours) {

    public SelfBuildingData {
        duties = duties == null ? List.of() : List.copyOf(duties);
        rules = rules == null ? List.of() : List.copyOf(rules);
        honours = honours == null ? List.of() : List.copyOf(honours);
    }

    /**
     * The election of a new committee (换届选举).
     *
     * @param term      the term, such as 「第五届」; optional
     * @param month     the month of the election (1–12); optional
     * @param members   committee members elected (委员)
     * @param chair     who was elected chair (工会主席), a name or a description; optional
     * @param viceChair who was elected vice-chair (副主席); optional
     * @param method    how the vote was held, such as 「无记名投票、差额选举」; optional
     */
    public record Election(
            @Label("届别") String term,
            @Label("月份") @Min(1) @Max(12) Integer month,
            @Label("委员人数") @NotNull @Positive Integer members,
            @Label("主席") String chair,
            @Label("副主席") String viceChair,
            @Label("选举方式") String method) {
    }

    /**
     * One committee member's share of the work.
     *
     * @param member the member: a name, or a role such as 「副主席」
     * @param duty   the job, either an office such as 「女工委员」 or a task such as 「负责文体活动」
     */
    public record Duty(@Label("委员") @NotBlank String member, @Label("分工") @NotBlank String duty) {

        /**
         * Whether {@code duty} is a task that reads as a verb phrase (「负责…」, 「分管…」, 「主持…」) rather than an
         * office to be held (「女工委员」): an office is printed after 「担任」, a task as it is.
         */
        public boolean isTask() {
            return duty.matches("^(负责|分管|主管|协管|主抓|兼管|兼任|担任|协助|主持|管理|联系|牵头|组织|抓).*");
        }
    }

    /**
     * The committee's meetings.
     *
     * @param committee committee meetings held (次)
     * @param topics    what they decided or discussed, one topic per item; optional
     */
    public record Meetings(
            @Label("委员会会议次数") @NotNull @PositiveOrZero Integer committee,
            @Label("议题") List<@NotBlank String> topics) {

        public Meetings {
            topics = topics == null ? List.of() : List.copyOf(topics);
        }
    }

    /**
     * Training of union cadres.
     *
     * @param sessions     training sessions the union held itself (期/次)
     * @param participants person-times trained in them (人次)
     * @param topics       what was taught, such as 「《工会法》」 or 「工会财务知识」; optional
     * @param sentOut      cadres sent to training run by the higher union (人次); optional
     */
    public record Training(
            @Label("培训次数") @NotNull @PositiveOrZero Integer sessions,
            @Label("参训人次") @NotNull @PositiveOrZero Integer participants,
            @Label("培训内容") List<@NotBlank String> topics,
            @Label("外派参训人次") @PositiveOrZero Integer sentOut) {

        public Training {
            topics = topics == null ? List.of() : List.copyOf(topics);
        }
    }

    /**
     * Membership and the member register.
     *
     * @param total        union members at the end of the year
     * @param staff        staff on the books, for the membership rate (入会率); optional, the report's membership
     *                     figures are used when it is left out
     * @param newMembers   members who joined during the year; optional
     * @param cards        member cards (会员证) issued or renewed; optional
     * @param records      members whose details were entered into the member register (会员信息录入); optional
     * @param registerName the register, such as 「全国工会会员实名制管理系统」; optional
     */
    public record Members(
            @Label("会员人数") @NotNull @PositiveOrZero Integer total,
            @Label("职工人数") @PositiveOrZero Integer staff,
            @Label("新发展会员") @PositiveOrZero Integer newMembers,
            @Label("办理会员证") @PositiveOrZero Integer cards,
            @Label("会员档案") @PositiveOrZero Integer records,
            @Label("会员管理系统名称") String registerName) {
    }

    /**
     * The union's money over the year, in 元.
     *
     * @param income   income: dues, the employer's allocation and subsidies; optional
     * @param spending spending; optional
     * @param audited  whether the funds review committee (经费审查委员会) audited the accounts; optional
     * @param disclosed whether the accounts were made public to the members; optional
     */
    public record Finance(
            @Label("经费收入") @PositiveOrZero @Digits(integer = 12, fraction = 2, message = "{money}") BigDecimal income,
            @Label("经费支出") @PositiveOrZero @Digits(integer = 12, fraction = 2, message = "{money}") BigDecimal spending,
            @Label("经费审查") Boolean audited,
            @Label("账目公开") Boolean disclosed) {
    }

    /**
     * An honour won by the union, or by one of its people or groups: 模范职工之家, 先进基层工会, 劳动模范, 五一劳动奖章,
     * 优秀工会干部, 工人先锋号 ….
     *
     * @param name   the honour, such as 「模范教工之家」 or 「优秀工会干部」
     * @param level  its level, such as 「市级」 or 「区」 (国家级, 省级, 自治区级, 市级, 地区级, 县级, 区级, 旗级, 乡镇级,
     *               街道级, 系统级 …); optional
     * @param by     who awarded it, such as 「临江市总工会」; optional
     * @param year   the year it was awarded; optional
     * @param winner who won it, such as 「周雅琴」 or 「初二年级组工会小组」; optional, the union itself by default
     * @param team   whether {@code winner} is a group (a collective honour); default false
     */
    public record Honour(
            @Label("荣誉名称") @NotBlank String name,
            @Label("级别") String level,
            @Label("授予单位") String by,
            @Label("年份") @Min(1949) @Max(2100) Integer year,
            @Label("获得者") String winner,
            @Label("集体荣誉") Boolean team) {

        /** The honour as zongjie read it before winners: the union's own. */
        public Honour(String name, String level, String by, Integer year) {
            this(name, level, by, year, null, null);
        }

        /** The level as a {@link io.zongjie.spi.Level}, or {@code null} when {@code level} names none zongjie knows. */
        public io.zongjie.spi.Level rank() {
            return io.zongjie.spi.Level.of(level);
        }

        /** Whether the union itself won it (no {@code winner}). */
        public boolean own() {
            return winner == null || winner.isBlank();
        }

        /** Whether a group won it: the union itself, or a {@code winner} marked {@code team}. */
        public boolean collective() {
            return own() || Boolean.TRUE.equals(team);
        }
    }
}
