package io.zongjie.plugins.welfare;

import com.fasterxml.jackson.annotation.JsonProperty;
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
 * The year's welfare work (送温暖、慰问与职工福利). Every part is optional; a part left out is not mentioned.
 *
 * @param visits      visits and condolence payments by occasion (春节、中秋、生病住院、困难职工、离退休 …)
 * @param subsidies   hardship subsidies (困难补助)
 * @param checkup     the staff health check-up (健康体检)
 * @param benefits    birthday and festival benefits (生日、节日福利)
 * @param donations   donations raised (爱心捐款)
 * @param womenCare   what was done for women staff, one activity per item
 * @param retireeCare what was done for retired staff, one activity per item
 * @param files       the register of staff in difficulty (困难职工档案); optional
 * @param pairs       help pairs (结对帮扶): a cadre or member paired with a family in difficulty; optional
 * @param mutualAid   mutual-aid and supplementary insurance schemes (职工互助保障、医疗互助、补充医疗保险)
 * @param recuperation rest and recuperation (疗休养), a kind of its own and not an outing; optional
 * @param seasons     the 「四季送」 activities (送清凉、送温暖 …), one per item
 * @param milestones  the staff's life events the union marks (结婚、生育、退休), one per kind
 * @param families    care for single-parent families (单亲家庭) and the children of families in difficulty
 *                    (困难家庭子女), one per kind
 */
public record WelfareData(
        @Label("走访慰问") @Valid List<@NotNull Visit> visits,
        @Label("困难补助") @Valid List<@NotNull Subsidy> subsidies,
        @Label("健康体检") @Valid Checkup checkup,
        @Label("节日福利") @Valid List<@NotNull Benefit> benefits,
        @Label("爱心捐款") @Valid List<@NotNull Donation> donations,
        @Label("关爱女职工") List<@NotBlank String> womenCare,
        @Label("关爱离退休人员") List<@NotBlank String> retireeCare,
        @Label("困难职工档案") @Valid Files files,
        @Label("结对帮扶") @Valid Pairs pairs,
        @Label("互助保障") @Valid List<@NotNull MutualAid> mutualAid,
        @Label("疗休养") @Valid Recuperation recuperation,
        @Label("四季送") @Valid List<@NotNull Season> seasons,
        @Label("婚育与退休关怀") @Valid List<@NotNull Milestone> milestones,
        @Label("单亲和困难家庭子女关爱") @Valid List<@NotNull Family> families) {

    /** The welfare data as zongjie read it before life events and families. */
    public WelfareData(List<Visit> visits, List<Subsidy> subsidies, Checkup checkup, List<Benefit> benefits,
            List<Donation> donations, List<String> womenCare, List<String> retireeCare, Files files, Pairs pairs,
            List<MutualAid> mutualAid, Recuperation recuperation, List<Season> seasons) {
        this(visits, subsidies, checkup, benefits, donations, womenCare, retireeCare, files, pairs, mutualAid,
                recuperation, seasons, null, null);
    }

    /** The welfare data as zongjie read it before the register, pairs, schemes, 疗休养 and 「四季送」. */
    public WelfareData(List<Visit> visits, List<Subsidy> subsidies, Checkup checkup, List<Benefit> benefits,
            List<Donation> donations, List<String> womenCare, List<String> retireeCare) {
        this(visits, subsidies, checkup, benefits, donations, womenCare, retireeCare, null, null, null, null, null);
    }

    public WelfareData {
        visits = visits == null ? List.of() : List.copyOf(visits);
        subsidies = subsidies == null ? List.of() : List.copyOf(subsidies);
        benefits = benefits == null ? List.of() : List.copyOf(benefits);
        donations = donations == null ? List.of() : List.copyOf(donations);
        womenCare = womenCare == null ? List.of() : List.copyOf(womenCare);
        retireeCare = retireeCare == null ? List.of() : List.copyOf(retireeCare);
        mutualAid = mutualAid == null ? List.of() : List.copyOf(mutualAid);
        seasons = seasons == null ? List.of() : List.copyOf(seasons);
        milestones = milestones == null ? List.of() : List.copyOf(milestones);
        families = families == null ? List.of() : List.copyOf(families);
    }

    /** A life event of the staff the union marks, written by its Chinese name ({@code kind: 生育}). */
    public enum Event {
        /** 结婚: a wedding. */
        @JsonProperty("结婚") MARRIAGE("结婚", "新婚"),
        /** 生育: a birth. */
        @JsonProperty("生育") BIRTH("生育", "生育"),
        /** 退休: a retirement. */
        @JsonProperty("退休") RETIREMENT("退休", "退休");

        private final String label;
        private final String adjective;

        Event(String label, String adjective) {
            this.label = label;
            this.adjective = adjective;
        }

        /** How the prose names those it marks: 新婚, 生育, 退休 (「为23名新婚职工」). */
        public String adjective() {
            return adjective;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * The staff of one life event the union marked.
     *
     * @param kind    结婚, 生育 or 退休
     * @param persons staff marked (人)
     * @param amount  money given, in 元; optional
     * @param gift    what was given or done, such as 「送上贺礼和祝福」「举行退休座谈会，赠送纪念品」; optional
     */
    public record Milestone(
            @Label("事项") @NotNull Event kind,
            @Label("人数") @NotNull @Positive Integer persons,
            @Label("金额") @PositiveOrZero @Digits(integer = 12, fraction = 2, message = "{money}") BigDecimal amount,
            @Label("慰问方式") String gift) {
    }

    /** Who a family's care is for, by its Chinese name ({@code kind: 单亲家庭}). */
    public enum Kin {
        /** 单亲家庭: single-parent staff families, counted in 户. */
        @JsonProperty("单亲家庭") SINGLE_PARENT("单亲家庭", "户"),
        /** 困难家庭子女: children of families in difficulty, counted in 名. */
        @JsonProperty("困难家庭子女") CHILDREN("困难家庭子女", "名");

        private final String label;
        private final String measure;

        Kin(String label, String measure) {
            this.label = label;
            this.measure = measure;
        }

        /** The measure word: 户 for families, 名 for children. */
        public String measure() {
            return measure;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * Care for single-parent families or for the children of families in difficulty.
     *
     * @param kind   单亲家庭 or 困难家庭子女
     * @param count  families (户) or children (名)
     * @param amount money given, in 元; optional
     * @param help   what was done, such as 「开展暑期托管」「结对辅导功课」; optional
     */
    public record Family(
            @Label("对象") @NotNull Kin kind,
            @Label("户数或人数") @NotNull @Positive Integer count,
            @Label("金额") @PositiveOrZero @Digits(integer = 12, fraction = 2, message = "{money}") BigDecimal amount,
            @Label("帮扶内容") String help) {
    }

    /**
     * The register of staff in difficulty (困难职工档案).
     *
     * @param families households on the register (户)
     * @param updated  households whose file was brought up to date this year; at most {@code families}; optional
     * @param added    households newly filed this year; at most {@code families}; optional
     * @param removed  households that left the register (脱困); optional
     */
    public record Files(
            @Label("建档户数") @NotNull @PositiveOrZero Integer families,
            @Label("更新户数") @PositiveOrZero Integer updated,
            @Label("新建档户数") @PositiveOrZero Integer added,
            @Label("脱困户数") @PositiveOrZero Integer removed) {
    }

    /**
     * Help pairs (结对帮扶).
     *
     * @param pairs  pairs formed (对)
     * @param who    who helps, such as 「院领导和中层干部」; optional
     * @param amount money given through the pairs, in 元; optional
     */
    public record Pairs(
            @Label("结对对数") @NotNull @PositiveOrZero Integer pairs,
            @Label("帮扶人") String who,
            @Label("帮扶金额") @PositiveOrZero @Digits(integer = 12, fraction = 2, message = "{money}")
            BigDecimal amount) {
    }

    /**
     * One mutual-aid or insurance scheme.
     *
     * @param name     the scheme, such as 「职工医疗互助保障」 or 「女职工安康保险」
     * @param kind     {@code mutual} (互助保障, the default) or {@code insurance} (补充医疗保险 and the like)
     * @param enrolled members enrolled (人); at most the report's membership when that is given
     * @param claims   claims paid (人次); at most {@code enrolled}; optional
     * @param paid     money paid out on claims, in 元; optional
     * @param premium  contributions paid in, in 元; optional
     */
    public record MutualAid(
            @Label("保障项目") @NotBlank String name,
            @Label("保障类别") Scheme kind,
            @Label("参保人数") @NotNull @PositiveOrZero Integer enrolled,
            @Label("理赔人次") @PositiveOrZero Integer claims,
            @Label("理赔金额") @PositiveOrZero @Digits(integer = 12, fraction = 2, message = "{money}") BigDecimal paid,
            @Label("缴纳金额") @PositiveOrZero @Digits(integer = 12, fraction = 2, message = "{money}")
            BigDecimal premium) {

        /** The kind: {@code kind}, or 补充医疗保险 when the name says 保险, else 互助保障. */
        public Scheme scheme() {
            if (kind != null) {
                return kind;
            }
            return name.contains("保险") ? Scheme.INSURANCE : Scheme.MUTUAL;
        }
    }

    /** What a mutual-aid scheme is. */
    public enum Scheme {
        /** 职工互助保障 / 医疗互助: run by the union federation, members pay in and claim. */
        @JsonProperty("mutual") MUTUAL,
        /** 补充医疗保险 and similar commercial cover bought for members. */
        @JsonProperty("insurance") INSURANCE;

        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /**
     * Rest and recuperation (疗休养).
     *
     * @param batches batches sent (批); optional
     * @param people  person-times who went (人次)
     * @param place   where, such as 「莫干山职工疗休养基地」; optional
     * @param who     who was sent, such as 「一线医护人员和劳模」; optional
     * @param cost    in 元; optional
     */
    public record Recuperation(
            @Label("疗休养批次") @Positive Integer batches,
            @Label("疗休养人次") @NotNull @PositiveOrZero Integer people,
            @Label("疗休养地点") String place,
            @Label("疗休养对象") String who,
            @Label("疗休养费用") @PositiveOrZero @Digits(integer = 12, fraction = 2, message = "{money}")
            BigDecimal cost) {
    }

    /**
     * One of the 「四季送」 activities.
     *
     * @param name    送清凉, 送温暖, 送健康, 送文化, 送岗位 …
     * @param who     who received it, such as 「一线高温岗位职工」; optional
     * @param persons person-times reached (人次)
     * @param amount  money and goods at their value, in 元; optional
     */
    public record Season(
            @Label("活动名称") @NotBlank String name,
            @Label("慰问对象") String who,
            @Label("惠及人次") @NotNull @PositiveOrZero Integer persons,
            @Label("活动金额") @PositiveOrZero @Digits(integer = 12, fraction = 2, message = "{money}")
            BigDecimal amount) {

        /** The name as the prose writes it: 「送清凉」, without quotes or a trailing 「活动」. */
        public String plain() {
            String n = name.strip();
            n = n.endsWith("活动") ? n.substring(0, n.length() - 2) : n;
            return n.replaceAll("^[「“]|[」”]$", "");
        }
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
     * @param children for a study grant, the staff's children who received it, counted apart from the staff
     *                ({@code persons}); optional
     * @param purpose {@code hardship} (困难补助, the default), {@code study} (金秋助学: grants for staff's children
     *                starting school or university) or {@code medical} (大病救助); when left out, a {@code who} or
     *                {@code reason} that speaks of 助学, 考入, 入学 or 学费 makes it a study grant
     */
    public record Subsidy(
            @Label("补助对象") @NotBlank String who,
            @Label("补助人数") @PositiveOrZero Integer persons,
            @Label("补助金额") @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2, message = "{money}")
            BigDecimal amount,
            @Label("补助原因") String reason,
            @Label("补助类别") Purpose purpose,
            @Label("受助子女人数") @PositiveOrZero Integer children) {

        /** The subsidy as zongjie read it before purposes: a hardship subsidy unless its words say otherwise. */
        public Subsidy(String who, Integer persons, BigDecimal amount, String reason) {
            this(who, persons, amount, reason, null, null);
        }

        /** The subsidy as zongjie read it before children were counted apart. */
        public Subsidy(String who, Integer persons, BigDecimal amount, String reason, Purpose purpose) {
            this(who, persons, amount, reason, purpose, null);
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
        @JsonProperty("hardship") HARDSHIP,
        /** 金秋助学: grants for the children of staff in difficulty who start school or university. */
        @JsonProperty("study") STUDY,
        /** 大病救助: aid towards the cost of a serious illness. */
        @JsonProperty("medical") MEDICAL;

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
     * @param who      who received it, such as 「全体女教职工」; optional: by default all staff, but the women staff
     *                 on 三八, the staff's children on 六一, the retired staff on 重阳, the nurses on 护士节
     */
    public record Benefit(
            @Label("节日或场合") @NotBlank String occasion,
            @Label("福利内容") String gift,
            @Label("惠及人数") @PositiveOrZero Integer persons,
            @Label("福利支出") @PositiveOrZero @Digits(integer = 12, fraction = 2, message = "{money}") BigDecimal amount,
            @Label("发放对象") String who) {

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
            @Label("捐款事由") @NotBlank String cause,
            @Label("捐款人数") @PositiveOrZero Integer donors,
            @Label("捐款金额") @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2, message = "{money}")
            BigDecimal amount) {
    }
}
