package org.example.zongjie.women;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;

/**
 * The year's work for women staff (女职工工作). Every part is optional; a part left out is not mentioned.
 *
 * @param committee  the women staff committee (女职工委员会), such as 「校女职工委员会」; optional
 * @param protection special protection of women staff's rights (女职工特殊保护)
 * @param health     health care (两癌筛查, health talks)
 * @param activities activities organised for women staff (三八节活动, 读书会 …)
 * @param honours    honours won, one per item (「巾帼文明岗」 …)
 */
public record WomenData(
        String committee,
        @Valid Protection protection,
        @Valid Health health,
        @Valid List<@NotNull Activity> activities,
        List<@NotBlank String> honours) {

    /** Empty lists instead of nulls, so the template and the section need not check. */
    public WomenData {
        activities = activities == null ? List.of() : List.copyOf(activities);
        honours = honours == null ? List.of() : List.copyOf(honours);
    }

    /**
     * Special protection (女职工特殊保护).
     *
     * @param contract     whether a special collective contract for women staff (女职工权益保护专项集体合同) was
     *                     signed or renewed this year
     * @param covered      women staff the contract covers; optional
     * @param nursingRooms 爱心妈咪小屋 (rooms for nursing mothers) set up or kept; optional
     * @param measures     other measures, one per item (「落实产假、哺乳假」 …)
     */
    public record Protection(
            Boolean contract,
            @PositiveOrZero Integer covered,
            @PositiveOrZero Integer nursingRooms,
            List<@NotBlank String> measures) {

        /** Empty lists instead of nulls. */
        public Protection {
            measures = measures == null ? List.of() : List.copyOf(measures);
        }

        /** Whether a special collective contract was signed. */
        public boolean signed() {
            return Boolean.TRUE.equals(contract);
        }
    }

    /**
     * Health care.
     *
     * @param screened  women staff screened for cervical and breast cancer (两癌筛查)
     * @param cost      what the screening cost, in 元; optional
     * @param provider  the hospital; optional
     * @param month     the month (1–12); optional
     * @param lectures  health talks held (健康讲座), optional
     * @param attendees who attended them; optional
     */
    public record Health(
            @NotNull @PositiveOrZero Integer screened,
            @PositiveOrZero BigDecimal cost,
            String provider,
            @Min(1) @Max(12) Integer month,
            @PositiveOrZero Integer lectures,
            @PositiveOrZero Integer attendees) {
    }

    /**
     * An activity for women staff.
     *
     * @param name         what it was: 「三八妇女节插花活动」
     * @param month        the month (1–12); optional
     * @param participants person-times taking part (人次)
     * @param amount       what it cost, in 元; optional
     */
    public record Activity(
            @NotBlank String name,
            @Min(1) @Max(12) Integer month,
            @NotNull @PositiveOrZero Integer participants,
            @PositiveOrZero BigDecimal amount) {
    }
}
