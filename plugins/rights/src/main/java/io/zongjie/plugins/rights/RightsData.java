package io.zongjie.plugins.rights;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.zongjie.spi.Label;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;

/**
 * Safeguarding staff rights (维权、集体合同、民主协商) over the period. Every part is optional; a part left out is
 * not mentioned.
 *
 * @param contract   the collective contract (集体合同)
 * @param wage       the special collective contract on wages (工资专项集体合同)
 * @param women      the special collective contract protecting women staff (女职工权益保护专项集体合同)
 * @param wageRounds rounds of collective wage bargaining (工资集体协商), 次
 * @param disputes   labour disputes mediated (劳动争议调解)
 * @param legal      legal aid and legal education (法律援助、普法)
 * @param migrant    wage claims for migrant workers (农民工工资)
 * @param safety     labour protection and safety monitoring (劳动保护、安全生产监督)
 * @param appeals    staff appeals received and handled (职工诉求)
 */
public record RightsData(
        @JsonPropertyDescription("集体合同") @Label("集体合同") @Valid Contract contract,
        @JsonPropertyDescription("工资专项集体合同") @Label("工资专项集体合同") @Valid Contract wage,
        @JsonPropertyDescription("女职工权益保护专项集体合同") @Label("女职工权益保护专项集体合同") @Valid Contract women,
        @JsonPropertyDescription("工资集体协商次数") @Label("工资集体协商次数") @PositiveOrZero Integer wageRounds,
        @JsonPropertyDescription("劳动争议调解") @Label("劳动争议调解") @Valid Disputes disputes,
        @JsonPropertyDescription("法律援助和普法") @Label("法律援助和普法") @Valid Legal legal,
        @JsonPropertyDescription("农民工工资") @Label("农民工工资") @Valid Migrant migrant,
        @JsonPropertyDescription("劳动保护和安全生产监督") @Label("劳动保护监督") @Valid Safety safety,
        @JsonPropertyDescription("职工诉求") @Label("职工诉求") @Valid Appeals appeals) {

    /** Whether any contract or bargaining round is given. */
    public boolean hasContracts() {
        return contract != null || wage != null || women != null || (wageRounds != null && wageRounds > 0);
    }

    /**
     * A collective contract signed or renewed in the period.
     *
     * @param renewed  true when renewed (续签), false or absent when newly signed (签订)
     * @param period   the term it runs for, such as 「2026—2028年」; optional
     * @param coverage staff it covers, 人; optional
     */
    public record Contract(
            @JsonPropertyDescription("是否为续签") @Label("是否续签") Boolean renewed,
            @JsonPropertyDescription("合同期限，如“2026—2028年”") @Label("合同期限") String period,
            @JsonPropertyDescription("覆盖职工人数") @Label("覆盖职工人数") @PositiveOrZero Integer coverage) {

        /** 续签 or 签订. */
        public String verb() {
            return Boolean.TRUE.equals(renewed) ? "续签" : "签订";
        }
    }

    /**
     * Labour disputes (劳动争议).
     *
     * @param received  disputes received (受理), 件
     * @param mediated  of them, taken to mediation; at most {@code received}
     * @param resolved  of them, settled by mediation (调解成功); at most {@code received}
     * @param recovered money recovered for staff, in 元; optional
     */
    public record Disputes(
            @JsonPropertyDescription("受理劳动争议件数") @Label("受理劳动争议件数") @NotNull @PositiveOrZero Integer received,
            @JsonPropertyDescription("调解件数") @Label("调解件数") @PositiveOrZero Integer mediated,
            @JsonPropertyDescription("调解成功件数") @Label("调解成功件数") @PositiveOrZero Integer resolved,
            @JsonPropertyDescription("为职工挽回经济损失（元）") @Label("挽回经济损失") @PositiveOrZero
            @Digits(integer = 12, fraction = 2, message = "{money}") BigDecimal recovered) {
    }

    /**
     * Legal aid and legal education.
     *
     * @param cases        legal aid cases (法律援助), 件
     * @param sessions     legal education sessions (普法宣传), 次
     * @param participants attendance at them, 人次
     */
    public record Legal(
            @JsonPropertyDescription("法律援助件数") @Label("法律援助件数") @PositiveOrZero Integer cases,
            @JsonPropertyDescription("普法宣传场次") @Label("普法宣传场次") @PositiveOrZero Integer sessions,
            @JsonPropertyDescription("参加普法宣传人次") @Label("普法参加人次") @PositiveOrZero Integer participants) {
    }

    /**
     * Migrant workers' wage claims (农民工工资).
     *
     * @param cases  claims taken up, 件
     * @param amount wages recovered, in 元; optional
     */
    public record Migrant(
            @JsonPropertyDescription("追讨欠薪件数") @Label("追讨欠薪件数") @PositiveOrZero Integer cases,
            @JsonPropertyDescription("追回工资（元）") @Label("追回工资") @PositiveOrZero
            @Digits(integer = 12, fraction = 2, message = "{money}") BigDecimal amount) {
    }

    /**
     * Labour protection monitoring (劳动保护监督检查).
     *
     * @param inspections inspections made, 次
     * @param found       hazards found (排查隐患), 项
     * @param fixed       of them, put right (整改); at most {@code found}
     */
    public record Safety(
            @JsonPropertyDescription("监督检查次数") @Label("监督检查次数") @PositiveOrZero Integer inspections,
            @JsonPropertyDescription("排查隐患项数") @Label("排查隐患项数") @PositiveOrZero Integer found,
            @JsonPropertyDescription("整改隐患项数") @Label("整改隐患项数") @PositiveOrZero Integer fixed) {
    }

    /**
     * Staff appeals (职工诉求).
     *
     * @param received appeals received, 件
     * @param handled  of them, handled (办结); at most {@code received}
     */
    public record Appeals(
            @JsonPropertyDescription("收到职工诉求件数") @Label("收到诉求件数") @NotNull @PositiveOrZero Integer received,
            @JsonPropertyDescription("办结件数") @Label("办结诉求件数") @PositiveOrZero Integer handled) {
    }
}
