package io.zongjie.plugins.democratic;

import io.zongjie.spi.Label;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * Democratic management and openness (民主管理与校务、厂务、政务公开) over the year. Every part is optional; a part
 * left out is not mentioned.
 *
 * @param kind        what the openness is called: 「校务」, 「院务」, 「厂务」, 「政务」, 「园务」, 「所务」 or 「办事」;
 *                    optional, by default the report's ({@code terms.openness}, else by the kind of union: 校务 for
 *                    schools, 院务 for hospitals, 政务 for government offices, 厂务 for enterprises)
 * @param congresses  the staff congresses held (教代会/职代会), in the order they were held
 * @param proposals   the delegates' proposals: collected, accepted and implemented
 * @param disclosures the matters made public, and how
 * @param coverage    for a union over base units (区教育工会, 镇总工会): how many of them hold a staff congress and
 *                    practise openness
 */
public record DemocraticData(
        @Label("公开类别") @Pattern(regexp = "校务|院务|厂务|政务|园务|所务|办事",
                message = "{kind}") String kind,
        @Label("代表大会") @Valid List<@NotNull Congress> congresses,
        @Label("提案") @Valid Proposals proposals,
        @Label("公开事项") @Valid List<@NotNull Disclosure> disclosures,
        @Label("所属单位覆盖") @Valid Coverage coverage) {

    public DemocraticData {
        congresses = congresses == null ? List.of() : List.copyOf(congresses);
        disclosures = disclosures == null ? List.of() : List.copyOf(disclosures);
    }

    /** The data as zongjie read it before coverage. */
    public DemocraticData(String kind, List<Congress> congresses, Proposals proposals, List<Disclosure> disclosures) {
        this(kind, congresses, proposals, disclosures, null);
    }

    /**
     * How far democratic management reaches among a federation's base units.
     *
     * @param units      the base units (学校, 企业 …) that should hold a staff congress
     * @param congresses of them, how many held one this period (召开教代会/职代会)
     * @param disclosing of them, how many practise openness (推行校务/厂务公开)
     * @param certified  of them, how many passed the higher union's check of their openness (达标验收); optional
     * @param noun       how the units are counted, such as 「所学校」 or 「家企业」; optional, by default from the
     *                   kind of union (所学校, 家医疗卫生单位, 家企业, 个基层单位)
     */
    public record Coverage(
            @Label("单位数") @NotNull @Positive Integer units,
            @Label("建立代表大会制度的单位数") @PositiveOrZero Integer congresses,
            @Label("实行公开的单位数") @PositiveOrZero Integer disclosing,
            @Label("达标单位数") @PositiveOrZero Integer certified,
            @Label("单位称谓") String noun) {
    }

    /**
     * One session of the staff congress.
     *
     * @param session   the session, such as 「第三届四次」
     * @param body      what the meeting is called when it is not the staff congress of the kind, such as
     *                  「教职工大会」 or 「会员代表大会」; optional
     * @param month     the month it was held (1–12); optional
     * @param delegates delegates who attended; optional
     * @param reviewed  the reports and plans it heard and reviewed, such as 「学校工作报告」; optional
     * @param adopted   the documents it voted through, such as 「教职工绩效考核办法」 (printed in 《》); optional
     */
    public record Congress(
            @Label("届次") @NotBlank String session,
            @Label("会议名称") String body,
            @Label("月份") @Min(1) @Max(12) Integer month,
            @Label("代表人数") @Positive Integer delegates,
            @Label("审议事项") List<@NotBlank String> reviewed,
            @Label("通过事项") List<@NotBlank String> adopted) {

        public Congress {
            reviewed = reviewed == null ? List.of() : List.copyOf(reviewed);
            adopted = adopted == null ? List.of() : List.copyOf(adopted);
        }

        /**
         * The meeting's full name with its session in the right place: 「第四届二次」 and the default 「教职工代表大会」
         * give 「第四届二次教职工代表大会」; a {@code body} such as 「全区教育系统教职工代表大会」 takes the session before
         * the congress itself: 「全区教育系统第六届三次教职工代表大会」, not 「第六届三次全区教育系统…」.
         *
         * @param congressName the kind's congress, used when {@code body} is not given
         * @return the name to print
         */
        public String fullName(String congressName) {
            String s = session.strip();
            if (body == null || body.isBlank()) {
                return s + congressName;
            }
            String b = body.strip();
            if (b.contains(s)) {
                return b;
            }
            java.util.regex.Matcher m = CORE.matcher(b);
            boolean term = s.matches(".*[届次].*");
            return term && m.find() && m.start() > 0 ? b.substring(0, m.start()) + s + b.substring(m.start()) : s + b;
        }

        /**
         * Whether those attending are delegates: true for a congress of delegates (the default, or a {@code body}
         * naming 「代表」), false for an assembly of all staff such as 「机关职工大会」.
         */
        public boolean delegated() {
            return body == null || body.contains("代表");
        }
    }

    /** The congress itself at the end of a meeting's name, after any scope such as 「全区教育系统」. */
    private static final java.util.regex.Pattern CORE = java.util.regex.Pattern.compile(
            "(教职工代表大会|职工代表大会|会员代表大会|教代会|职代会|教职工大会|职工大会|会员大会|代表大会)$");

    /**
     * The delegates' proposals (提案).
     *
     * @param collected   proposals collected (征集)
     * @param accepted    proposals accepted for handling (立案); at most {@code collected}
     * @param implemented accepted proposals carried out (落实); at most {@code accepted}
     * @param examples    things done because of them, such as 「教师办公室加装空调」; optional
     */
    public record Proposals(
            @Label("征集提案数") @NotNull @PositiveOrZero Integer collected,
            @Label("立案数") @NotNull @PositiveOrZero Integer accepted,
            @Label("落实数") @NotNull @PositiveOrZero Integer implemented,
            @Label("提案举例") List<@NotBlank String> examples) {

        public Proposals {
            examples = examples == null ? List.of() : List.copyOf(examples);
        }
    }

    /**
     * A matter made public.
     *
     * @param what the matter, such as 「绩效工资分配方案」
     * @param how  where or how: 「公开栏」, 「内网」, 「教职工大会」 …; optional
     */
    public record Disclosure(@Label("公开内容") @NotBlank String what, @Label("公开方式") String how) {
    }
}
