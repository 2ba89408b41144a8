package io.zongjie.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The report's frame: who reports, for which period, to whom, and when.
 *
 * @param organization the unit the union belongs to, such as 「滨江实验中学」 (required)
 * @param union        the union's full name for the signature, default {@code organization + "工会委员会"}
 * @param period       the period reported on, such as 「2023年」 or 「2023学年度」 (required)
 * @param recipient    the addressee line such as 「区教育工会：」, or {@code null} for none
 * @param leadership   who the union worked under, such as 「在学校党总支和区教育工会的领导下」, or {@code null}
 * @param membership   membership figures for the opening paragraph, or {@code null}
 * @param date         the date of the report (required); printed in the signature
 * @param title        a title that replaces the default 「organization + period + 工会工作总结」, or {@code null}
 * @param keyFigures   whether to attach the table of the year's key figures (附件 「2023年主要工作数据」)
 * @param seal         whether the report will be sealed (加盖印章): the signature then leaves room for the seal
 *                     and centres the union's name over the date (GB/T 9704-2012 §7.3.5.1)
 */
public record ReportMeta(
        @NotBlank String organization,
        String union,
        @NotBlank String period,
        String recipient,
        String leadership,
        @Valid Membership membership,
        @NotNull LocalDate date,
        String title,
        boolean keyFigures,
        boolean seal) {

    /**
     * The union as the report names it in its sentences: 「organization + 工会」, or the organization itself when it
     * is a union (such as 「临江区教育工会」 reporting on its own year).
     */
    public String unionName() {
        return isUnion() ? organization : organization + "工会";
    }

    /** The name that signs the report: {@code union}, or the organization's union committee. */
    public String signingUnion() {
        if (union != null && !union.isBlank()) {
            return union;
        }
        return isUnion() ? organization : organization + "工会委员会";
    }

    /** The title to print: {@code title}, or 「organization + period + 工会工作总结」 (「…工作总结」 for a union). */
    public String effectiveTitle() {
        if (title != null && !title.isBlank()) {
            return title;
        }
        return organization + period + (isUnion() ? "工作总结" : "工会工作总结");
    }

    private boolean isUnion() {
        return organization != null && organization.strip().endsWith("工会");
    }

    /**
     * How the staff are called: 「教职工」 in schools, colleges and kindergartens, 「干部职工」 in government offices
     * (机关, 局, 委, 办, 政府 …), 「职工」 elsewhere — judged by the organization's name.
     */
    public String staffWord() {
        return switch (unitKind()) {
            case "学校" -> "教职工";
            case "机关" -> "干部职工";
            default -> "职工";
        };
    }

    /**
     * What kind of unit the organization is, as its reports say it: 「学校」, 「机关」, 「公司」, 「企业」 or
     * 「单位」 — judged by the organization's name, for phrases such as 「紧紧围绕学校中心工作」.
     */
    public String unitWord() {
        return unitKind();
    }

    private String unitKind() {
        String o = organization == null ? "" : organization.strip();
        if (o.matches(".*(学|学校|学院|大学|中学|小学|幼儿园|校|学区)$")) {
            return "学校";
        }
        if (o.matches(".*(机关|局|委|委员会|办|办公室|政府|厅|部|院|所|中心|街道|乡|镇)$") && !o.matches(".*(公司|厂)$")) {
            return o.matches(".*(研究院|研究所|设计院|医院)$") ? "单位" : "机关";
        }
        if (o.contains("公司")) {
            return "公司";
        }
        if (o.matches(".*(厂|集团|企业|矿|场)$")) {
            return "企业";
        }
        return "单位";
    }

    /** Starts a meta with the three required fields. */
    public static Builder builder(String organization, String period, LocalDate date) {
        return new Builder(organization, period, date);
    }

    /** Builds a {@link ReportMeta} for embedders. */
    public static final class Builder {
        private final String organization;
        private final String period;
        private final LocalDate date;
        private String union;
        private String recipient;
        private String leadership;
        private Membership membership;
        private String title;
        private boolean keyFigures;
        private boolean seal;

        private Builder(String organization, String period, LocalDate date) {
            this.organization = Objects.requireNonNull(organization, "organization");
            this.period = Objects.requireNonNull(period, "period");
            this.date = Objects.requireNonNull(date, "date");
        }

        public Builder union(String union) {
            this.union = union;
            return this;
        }

        public Builder recipient(String recipient) {
            this.recipient = recipient;
            return this;
        }

        public Builder leadership(String leadership) {
            this.leadership = leadership;
            return this;
        }

        public Builder membership(Membership membership) {
            this.membership = membership;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder keyFigures(boolean keyFigures) {
            this.keyFigures = keyFigures;
            return this;
        }

        public Builder seal(boolean seal) {
            this.seal = seal;
            return this;
        }

        public ReportMeta build() {
            return new ReportMeta(organization, union, period, recipient, leadership, membership, date, title,
                    keyFigures, seal);
        }
    }
}
