package io.zongjie.plugins.women;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.zongjie.spi.Label;
import io.zongjie.spi.Level;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.Comparator;
import java.util.List;

/**
 * Women staff's work (女职工工作) over the period. Every part is optional; a part left out is not mentioned.
 *
 * @param women      women staff (女职工人数), to check the screening against; optional
 * @param committee  the women staff's committee (女职工委员会)
 * @param screening  women screened for the two cancers (「两癌」筛查), persons
 * @param contract   the special collective contract protecting women's rights (女职工权益保护专项集体合同)
 * @param activities the 三八 Women's Day activities, in the order given
 * @param rooms      the nursing rooms (母婴室、爱心妈咪小屋)
 * @param honours    the 巾帼建功 honours (巾帼文明岗, 巾帼建功标兵 …), printed highest level first
 * @param family     family activities (亲子、家庭), in the order given
 */
public record WomenData(
        @JsonPropertyDescription("女职工人数，用于核对筛查人数") @Label("女职工人数") @PositiveOrZero Integer women,
        @JsonPropertyDescription("女职工委员会") @Label("女职工委员会") @Valid Committee committee,
        @JsonPropertyDescription("「两癌」筛查人数") @Label("两癌筛查人数") @PositiveOrZero Integer screening,
        @JsonPropertyDescription("女职工权益保护专项集体合同") @Label("女职工权益保护专项集体合同") @Valid Contract contract,
        @JsonPropertyDescription("三八节活动") @Label("三八节活动") @Valid List<@NotNull Activity> activities,
        @JsonPropertyDescription("母婴室（爱心妈咪小屋）") @Label("母婴室") @Valid Rooms rooms,
        @JsonPropertyDescription("巾帼建功荣誉") @Label("巾帼建功荣誉") @Valid List<@NotNull Honour> honours,
        @JsonPropertyDescription("亲子、家庭活动") @Label("家庭活动") @Valid List<@NotNull Activity> family) {

    public WomenData {
        activities = activities == null ? List.of() : List.copyOf(activities);
        honours = honours == null ? List.of() : List.copyOf(honours);
        family = family == null ? List.of() : List.copyOf(family);
    }

    /** The honours, highest level first (an honour without a level last). */
    public List<Honour> rankedHonours() {
        return honours.stream().sorted(Comparator
                .comparing(Honour::level, Comparator.nullsLast(Comparator.<Level>naturalOrder()))).toList();
    }

    /** Whether the committee says anything printable. */
    public boolean hasCommittee() {
        return committee != null && (committee.isEstablished() || committee.isRenewed()
                || (committee.members() != null && committee.members() > 0));
    }

    /** Whether the contract was signed or renewed. */
    public boolean hasContract() {
        return contract != null && (contract.isSigned() || contract.isRenewed());
    }

    /** Whether any nursing room is counted. */
    public boolean hasRooms() {
        return rooms != null && rooms.count() > 0;
    }

    /** Whether any woman was screened. */
    public boolean hasScreening() {
        return screening != null && screening > 0;
    }

    /**
     * The women staff's committee.
     *
     * @param established true when it was set up in the period
     * @param renewed     true when it was re-elected (换届) in the period
     * @param members     its members; optional
     */
    public record Committee(
            @JsonPropertyDescription("本期新成立") @Label("新成立") Boolean established,
            @JsonPropertyDescription("本期完成换届") @Label("完成换届") Boolean renewed,
            @JsonPropertyDescription("委员人数") @Label("委员人数") @PositiveOrZero Integer members) {

        /** Whether it was set up in the period. */
        public boolean isEstablished() {
            return Boolean.TRUE.equals(established);
        }

        /** Whether it was re-elected in the period. */
        public boolean isRenewed() {
            return Boolean.TRUE.equals(renewed);
        }
    }

    /**
     * The special collective contract; it is only mentioned, never quoted.
     *
     * @param signed  true when it was signed in the period
     * @param renewed true when it was renewed (续签) in the period
     */
    public record Contract(
            @JsonPropertyDescription("本期签订") @Label("签订") Boolean signed,
            @JsonPropertyDescription("本期续签") @Label("续签") Boolean renewed) {

        /** Whether it was signed. */
        public boolean isSigned() {
            return Boolean.TRUE.equals(signed);
        }

        /** Whether it was renewed. */
        public boolean isRenewed() {
            return Boolean.TRUE.equals(renewed);
        }
    }

    /**
     * An activity (三八 or family).
     *
     * @param name         its name, such as 「“巾帼心向党”主题读书会」
     * @param participants those taking part (人次); optional
     * @param gift         what the women staff were given, such as 「节日慰问品」; optional, only for 三八 activities
     */
    public record Activity(
            @JsonPropertyDescription("活动名称") @Label("活动名称") @NotBlank String name,
            @JsonPropertyDescription("参加人次") @Label("参加人次") @PositiveOrZero Integer participants,
            @JsonPropertyDescription("为女职工发放的慰问品") @Label("慰问品") String gift) {
    }

    /**
     * The nursing rooms.
     *
     * @param count       rooms in use
     * @param recognition the recognition won, such as 「示范母婴室」; optional
     * @param level       the level of that recognition; optional
     */
    public record Rooms(
            @JsonPropertyDescription("母婴室个数") @Label("母婴室个数") @NotNull @PositiveOrZero Integer count,
            @JsonPropertyDescription("所获认定，如“示范母婴室”") @Label("所获认定") String recognition,
            @JsonPropertyDescription("认定级别") @Label("认定级别") Level level) {
    }

    /**
     * A 巾帼建功 honour.
     *
     * @param name      the honour without its level, such as 「巾帼文明岗」
     * @param level     the level of the body that gave it; optional
     * @param recipient the team or person, such as 「门诊护理组」; optional
     */
    public record Honour(
            @JsonPropertyDescription("荣誉名称，如“巾帼文明岗”") @Label("荣誉名称") @NotBlank String name,
            @JsonPropertyDescription("荣誉级别") @Label("荣誉级别") Level level,
            @JsonPropertyDescription("获得者") @Label("获得者") String recipient) {
    }
}
