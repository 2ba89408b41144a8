package org.example.zongjie.retirees;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.zongjie.spi.Label;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;

/**
 * The year's work for retired staff (离退休工作). Every part is optional; a part left out is not mentioned. How many
 * retired staff the union cares for is the report's own {@code report.membership.retirees}, which the section checks
 * its counts against.
 *
 * @param visits     visits and gifts (春节、重阳节、生病住院慰问), one per occasion
 * @param farewell   staff who retired this year and how the union saw them off; optional
 * @param activities activities organised for retired staff (重阳节登高, 座谈会 …)
 * @param checkup    the health check organised for them; optional
 */
@JsonClassDescription("离退休工作：走访慰问、退休欢送、文体活动、健康体检")
public record RetireesData(
        @JsonPropertyDescription("走访慰问，每个时机一项") @Label("走访慰问") @Valid List<@NotNull Visit> visits,
        @JsonPropertyDescription("本期退休人员的欢送") @Label("退休欢送") @Valid Farewell farewell,
        @JsonPropertyDescription("为离退休人员组织的活动") @Label("活动") @Valid List<@NotNull Activity> activities,
        @JsonPropertyDescription("健康体检") @Label("健康体检") @Valid Checkup checkup) {

    /** Empty lists instead of nulls, so the template and the section need not check. */
    public RetireesData {
        visits = visits == null ? List.of() : List.copyOf(visits);
        activities = activities == null ? List.of() : List.copyOf(activities);
    }

    /** Whether any part has data. */
    public boolean isEmpty() {
        return visits.isEmpty() && farewell == null && activities.isEmpty() && checkup == null;
    }

    /**
     * A visit, with or without a gift of money.
     *
     * @param occasion when or why, as the report says it: 「春节前夕」「重阳节」「生病住院期间」
     * @param month    the month (1–12); optional
     * @param persons  retired staff visited (人次)
     * @param amount   money given, in 元; optional
     */
    public record Visit(
            @JsonPropertyDescription("慰问的时机或缘由，如“春节前夕”“重阳节”“生病住院期间”") @Label("慰问时机")
            @NotBlank String occasion,
            @JsonPropertyDescription("月份（1–12）") @Label("月份") @Min(1) @Max(12) Integer month,
            @JsonPropertyDescription("慰问人次") @Label("慰问人次") @NotNull @PositiveOrZero Integer persons,
            @JsonPropertyDescription("慰问金（元）") @Label("慰问金") @PositiveOrZero
            @Digits(integer = 12, fraction = 2, message = "{money}") BigDecimal amount) {
    }

    /**
     * Staff who retired during the period.
     *
     * @param persons how many retired
     * @param event   how they were seen off: 「座谈会」「欢送会」; optional (then 「欢送会」)
     */
    public record Farewell(
            @JsonPropertyDescription("本期退休人数") @Label("退休人数") @NotNull @Min(1) Integer persons,
            @JsonPropertyDescription("欢送形式，如“欢送座谈会”，默认“欢送会”") @Label("欢送形式") String event) {
    }

    /**
     * An activity for retired staff.
     *
     * @param name         what it was: 「重阳节登高活动」
     * @param month        the month (1–12); optional
     * @param participants person-times taking part (人次)
     */
    public record Activity(
            @JsonPropertyDescription("活动名称，如“重阳节登高活动”") @Label("活动名称") @NotBlank String name,
            @JsonPropertyDescription("月份（1–12）") @Label("月份") @Min(1) @Max(12) Integer month,
            @JsonPropertyDescription("参加人次") @Label("参加人次") @NotNull @PositiveOrZero Integer participants) {
    }

    /**
     * The health check.
     *
     * @param persons  retired staff examined
     * @param provider the hospital; optional
     * @param cost     what it cost, in 元; optional
     */
    public record Checkup(
            @JsonPropertyDescription("体检人数") @Label("体检人数") @NotNull @PositiveOrZero Integer persons,
            @JsonPropertyDescription("体检医院") @Label("体检医院") String provider,
            @JsonPropertyDescription("体检费用（元）") @Label("体检费用") @PositiveOrZero
            @Digits(integer = 12, fraction = 2, message = "{money}") BigDecimal cost) {
    }
}
