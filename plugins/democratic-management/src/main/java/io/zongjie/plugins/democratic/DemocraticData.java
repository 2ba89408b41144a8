package io.zongjie.plugins.democratic;

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
 * @param kind        what the openness is called: 「校务」, 「厂务」 or 「政务」; optional, by default 「校务」 for
 *                    schools, 「政务」 for government offices and 「厂务」 elsewhere
 * @param congresses  the staff congresses held (教代会/职代会), in the order they were held
 * @param proposals   the delegates' proposals: collected, accepted and implemented
 * @param disclosures the matters made public, and how
 */
public record DemocraticData(
        @Pattern(regexp = "校务|厂务|政务", message = "{kind}") String kind,
        @Valid List<@NotNull Congress> congresses,
        @Valid Proposals proposals,
        @Valid List<@NotNull Disclosure> disclosures) {

    public DemocraticData {
        congresses = congresses == null ? List.of() : List.copyOf(congresses);
        disclosures = disclosures == null ? List.of() : List.copyOf(disclosures);
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
            @NotBlank String session,
            String body,
            @Min(1) @Max(12) Integer month,
            @Positive Integer delegates,
            List<@NotBlank String> reviewed,
            List<@NotBlank String> adopted) {

        public Congress {
            reviewed = reviewed == null ? List.of() : List.copyOf(reviewed);
            adopted = adopted == null ? List.of() : List.copyOf(adopted);
        }

        /**
         * Whether those attending are delegates: true for a congress of delegates (the default, or a {@code body}
         * naming 「代表」), false for an assembly of all staff such as 「机关职工大会」.
         */
        public boolean delegated() {
            return body == null || body.contains("代表");
        }
    }

    /**
     * The delegates' proposals (提案).
     *
     * @param collected   proposals collected (征集)
     * @param accepted    proposals accepted for handling (立案); at most {@code collected}
     * @param implemented accepted proposals carried out (落实); at most {@code accepted}
     * @param examples    things done because of them, such as 「教师办公室加装空调」; optional
     */
    public record Proposals(
            @NotNull @PositiveOrZero Integer collected,
            @NotNull @PositiveOrZero Integer accepted,
            @NotNull @PositiveOrZero Integer implemented,
            List<@NotBlank String> examples) {

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
    public record Disclosure(@NotBlank String what, String how) {
    }
}
