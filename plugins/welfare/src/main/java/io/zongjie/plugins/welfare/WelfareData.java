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

        /**
         * What kind of visit the occasion says it was, for the verb the report uses: {@code illness} (看望生病住院的…),
         * {@code bereavement} (家中遇有丧事), {@code family} (婚丧喜事), {@code retirement} (退休), {@code summer}
         * (送清凉), {@code hardship} (走访困难…), {@code festival} (节日期间走访慰问) or {@code other}.
         */
        public String kind() {
            String o = occasion.strip();
            if (o.matches(".*婚.*") && o.matches(".*(丧|白事).*")) {
                return "family";
            }
            if (o.matches(".*(丧|去世|病故|逝世|离世|亡故|吊唁|白事).*")) {
                return "bereavement";
            }
            if (o.matches(".*(病|住院|手术|伤).*")) {
                return "illness";
            }
            if (o.matches(".*(婚|生育|添丁|生子|喜事).*")) {
                return "family";
            }
            if (o.matches(".*退休.*")) {
                return "retirement";
            }
            if (o.matches(".*(清凉|高温|防暑|酷暑).*")) {
                return "summer";
            }
            if (o.matches(".*(节|元旦|春节|新年|年终|岁末|重阳|端午|中秋|国庆|三八|五一|六一|七一|八一).*")) {
                return "festival";
            }
            if (o.matches(".*(困难|帮扶|特困).*")) {
                return "hardship";
            }
            return "other";
        }
    }

    /**
     * A hardship subsidy, a study grant (金秋助学) or medical aid (大病救助).
     *
     * @param who     who received it, described without a name if the union prefers: 「一名患重病的青年教师」
     * @param persons how many people received it (default 1); for a study grant, how many children or students
     * @param amount  in 元
     * @param reason  why, such as 「家属重病」; optional
     * @param purpose {@code hardship} (困难补助, the default), {@code study} (金秋助学: grants for staff's children
     *                starting school or university) or {@code medical} (大病救助); when left out, a {@code who} or
     *                {@code reason} that speaks of 助学, 考入, 入学 or 学费 makes it a study grant
     */
    public record Subsidy(
            @NotBlank String who,
            @PositiveOrZero Integer persons,
            @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2, message = "is money in 元: at most 2 decimals") BigDecimal amount,
            String reason,
            Purpose purpose) {

        /** The subsidy as zongjie read it before purposes: a hardship subsidy unless its words say otherwise. */
        public Subsidy(String who, Integer persons, BigDecimal amount, String reason) {
            this(who, persons, amount, reason, null);
        }

        /** People helped: {@code persons}, or 1. */
        public int people() {
            return persons == null ? 1 : persons;
        }

        /** What the money was for: {@code purpose}, or what {@code who} and {@code reason} say. */
        public Purpose kind() {
            if (purpose != null) {
                return purpose;
            }
            String words = who + " " + (reason == null ? "" : reason);
            if (words.matches("(?s).*(助学|考入|考上|入学|升学|大学新生|上大学|学费).*")) {
                return Purpose.STUDY;
            }
            if (words.matches("(?s).*(大病救助|医疗救助|医疗互助).*")) {
                return Purpose.MEDICAL;
            }
            return Purpose.HARDSHIP;
        }
    }

    /** What a subsidy is for. */
    public enum Purpose {
        /** 困难补助: help for a staff member's household in difficulty. */
        @com.fasterxml.jackson.annotation.JsonProperty("hardship") HARDSHIP,
        /** 金秋助学: grants for the children of staff in difficulty who start school or university. */
        @com.fasterxml.jackson.annotation.JsonProperty("study") STUDY,
        /** 大病救助: aid towards the cost of a serious illness. */
        @com.fasterxml.jackson.annotation.JsonProperty("medical") MEDICAL;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
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
     * @param who      who received it, such as 「全体女教职工」; optional: by default all staff, but the women staff
     *                 on 三八, the staff's children on 六一, the retired staff on 重阳, the nurses on 护士节
     */
    public record Benefit(
            @NotBlank String occasion,
            String gift,
            @PositiveOrZero Integer persons,
            @PositiveOrZero @Digits(integer = 12, fraction = 2, message = "is money in 元: at most 2 decimals") BigDecimal amount,
            String who) {

        /** The benefit as zongjie read it before {@code who}. */
        public Benefit(String occasion, String gift, Integer persons, BigDecimal amount) {
            this(occasion, gift, persons, amount, null);
        }

        /**
         * Who the occasion gives the benefit to when {@code who} is left out: {@code women} on 三八, {@code children}
         * on 六一, {@code retirees} on 重阳, {@code nurses} on 护士节, {@code doctors} on 医师节, {@code teachers} on
         * 教师节, {@code birthday} for birthdays, else {@code all}.
         */
        public String recipients() {
            String o = occasion.strip();
            if (o.matches(".*(生日|寿辰).*")) {
                return "birthday";
            }
            if (o.matches(".*(三八|妇女节|女神节).*")) {
                return "women";
            }
            if (o.matches(".*(六一|儿童节).*")) {
                return "children";
            }
            if (o.matches(".*(重阳|敬老).*")) {
                return "retirees";
            }
            if (o.matches(".*护士节.*")) {
                return "nurses";
            }
            if (o.matches(".*医师节.*")) {
                return "doctors";
            }
            if (o.matches(".*教师节.*")) {
                return "teachers";
            }
            return "all";
        }
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
