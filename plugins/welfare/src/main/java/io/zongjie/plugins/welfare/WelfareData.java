package io.zongjie.plugins.welfare;

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
 * The year's welfare work (送温暖、慰问与职工福利). Every part is optional; a part left out is not mentioned.
 *
 * @param visits      visits and condolence payments by occasion (春节、中秋、生病住院、困难职工、离退休 …)
 * @param subsidies   hardship subsidies (困难补助)
 * @param checkup     the staff health check-up (健康体检)
 * @param benefits    birthday and festival benefits (生日、节日福利)
 * @param donations   donations raised (爱心捐款)
 * @param womenCare   what was done for women staff, one activity per item
 * @param retireeCare what was done for retired staff, one activity per item
 */
public record WelfareData(
        @Valid List<@NotNull Visit> visits,
        @Valid List<@NotNull Subsidy> subsidies,
        @Valid Checkup checkup,
        @Valid List<@NotNull Benefit> benefits,
        @Valid List<@NotNull Donation> donations,
        List<@NotBlank String> womenCare,
        List<@NotBlank String> retireeCare) {

    public WelfareData {
        visits = visits == null ? List.of() : List.copyOf(visits);
        subsidies = subsidies == null ? List.of() : List.copyOf(subsidies);
        benefits = benefits == null ? List.of() : List.copyOf(benefits);
        donations = donations == null ? List.of() : List.copyOf(donations);
        womenCare = womenCare == null ? List.of() : List.copyOf(womenCare);
        retireeCare = retireeCare == null ? List.of() : List.copyOf(retireeCare);
    }

    /**
     * Visits made on one occasion.
     *
     * @param occasion 「春节」, 「中秋节」, 「生病住院」 …
     * @param who      who was visited, such as 「困难职工和离退休教师」; optional
     * @param persons  person-times visited (人次)
     * @param amount   money given, in 元, including gifts at their value
     * @param month    the month (1–12), optional
     */
    public record Visit(
            @NotBlank String occasion,
            String who,
            @NotNull @PositiveOrZero Integer persons,
            @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2, message = "is money in 元: at most 2 decimals") BigDecimal amount,
            @Min(1) @Max(12) Integer month) {
    }

    /**
     * A hardship subsidy.
     *
     * @param who     who received it, described without a name if the union prefers: 「一名患重病的青年教师」
     * @param persons how many people received it (default 1)
     * @param amount  in 元
     * @param reason  why, such as 「家属重病」; optional
     */
    public record Subsidy(
            @NotBlank String who,
            @PositiveOrZero Integer persons,
            @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2, message = "is money in 元: at most 2 decimals") BigDecimal amount,
            String reason) {

        /** People helped: {@code persons}, or 1. */
        public int people() {
            return persons == null ? 1 : persons;
        }
    }

    /**
     * The health check-up.
     *
     * @param people   staff checked
     * @param cost     in 元; optional
     * @param provider the hospital or clinic; optional
     * @param month    the month (1–12); optional
     */
    public record Checkup(
            @NotNull @PositiveOrZero Integer people,
            @PositiveOrZero @Digits(integer = 12, fraction = 2, message = "is money in 元: at most 2 decimals") BigDecimal cost,
            String provider,
            @Min(1) @Max(12) Integer month) {
    }

    /**
     * A birthday or festival benefit.
     *
     * @param occasion 「生日」, 「三八妇女节」, 「端午节」 …
     * @param gift     what was given, such as 「蛋糕券」; optional
     * @param persons  staff who received it; optional
     * @param amount   in 元; optional
     */
    public record Benefit(
            @NotBlank String occasion,
            String gift,
            @PositiveOrZero Integer persons,
            @PositiveOrZero @Digits(integer = 12, fraction = 2, message = "is money in 元: at most 2 decimals") BigDecimal amount) {
    }

    /**
     * A donation drive.
     *
     * @param cause  what it was for, such as 「为患病职工家属募捐」
     * @param donors how many gave; optional
     * @param amount raised, in 元
     */
    public record Donation(
            @NotBlank String cause,
            @PositiveOrZero Integer donors,
            @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2, message = "is money in 元: at most 2 decimals") BigDecimal amount) {
    }
}
