package io.zongjie.plugins.welfare;

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
        @Label("走访慰问") @Valid List<@NotNull Visit> visits,
        @Label("困难补助") @Valid List<@NotNull Subsidy> subsidies,
        @Label("健康体检") @Valid Checkup checkup,
        @Label("节日福利") @Valid List<@NotNull Benefit> benefits,
        @Label("爱心捐款") @Valid List<@NotNull Donation> donations,
        @Label("关爱女职工") List<@NotBlank String> womenCare,
        @Label("关爱离退休人员") List<@NotBlank String> retireeCare) {

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
            @Label("慰问场合") @NotBlank String occasion,
            @Label("慰问对象") String who,
            @Label("慰问人次") @NotNull @PositiveOrZero Integer persons,
            @Label("慰问金额") @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2, message = "{money}")
            BigDecimal amount,
            @Label("月份") @Min(1) @Max(12) Integer month) {
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
            @Label("补助对象") @NotBlank String who,
            @Label("补助人数") @PositiveOrZero Integer persons,
            @Label("补助金额") @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2, message = "{money}")
            BigDecimal amount,
            @Label("补助原因") String reason) {

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
            @Label("体检人数") @NotNull @PositiveOrZero Integer people,
            @Label("体检费用") @PositiveOrZero @Digits(integer = 12, fraction = 2, message = "{money}") BigDecimal cost,
            @Label("体检机构") String provider,
            @Label("月份") @Min(1) @Max(12) Integer month) {
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
            @Label("节日或场合") @NotBlank String occasion,
            @Label("福利内容") String gift,
            @Label("惠及人数") @PositiveOrZero Integer persons,
            @Label("福利支出") @PositiveOrZero @Digits(integer = 12, fraction = 2, message = "{money}") BigDecimal amount) {
    }

    /**
     * A donation drive.
     *
     * @param cause  what it was for, such as 「为患病职工家属募捐」
     * @param donors how many gave; optional
     * @param amount raised, in 元
     */
    public record Donation(
            @Label("捐款事由") @NotBlank String cause,
            @Label("捐款人数") @PositiveOrZero Integer donors,
            @Label("捐款金额") @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2, message = "{money}")
            BigDecimal amount) {
    }
}
