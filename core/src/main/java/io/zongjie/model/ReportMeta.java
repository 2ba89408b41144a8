package io.zongjie.model;

import io.zongjie.spi.Label;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The report's frame: who reports, for which period, to whom, when, and what kind of document it is.
 *
 * @param organization the unit the union belongs to, such as 「滨江实验中学」 (required)
 * @param union        the union's full name for the signature, default {@code organization + "工会委员会"}
 * @param period       the period reported on, such as 「2023年」, 「2023学年度」 or 「2024年上半年」 (required; see
 *                     {@link Period} for the forms read)
 * @param recipient    the addressee line such as 「区教育工会：」, or {@code null} for none
 * @param leadership   who the union worked under, such as 「在学校党总支和区教育工会的领导下」, or {@code null}
 * @param membership   membership figures for the opening paragraph, or {@code null}
 * @param date         the date of the report (required); printed in the signature
 * @param title        a title that replaces the default 「organization + period + 工会工作总结」, or {@code null}
 * @param keyFigures   whether to attach the table of the year's key figures (附件 「2023年主要工作数据」)
 * @param seal         whether the report will be sealed (加盖印章): the signature then leaves room for the seal
 *                     and centres the union's name over the date (GB/T 9704-2012 §7.3.5.1)
 * @param kind         the kind of union, or {@code null} to tell it from the organization's name
 * @param terms        words that replace those of the kind (unit, whole, people, openness, congress, home), or
 *                     {@code null}
 * @param variant      the kind of document, or {@code null} for a {@linkplain Variant#SUMMARY summary}
 * @param meeting      for a {@linkplain Variant#REPORT report}, the meeting it is delivered at, such as
 *                     「临江市第五中学第七届二次教职工代表大会」
 * @param speaker      for a report, who delivers it, such as 「工会主席　林晓燕」; optional
 * @param salutation   for a report, the salutation, default 「各位代表、同志们」
 * @param guidance     the guiding thought (指导思想), such as 「以习近平新时代中国特色社会主义思想为指导」; optional
 * @param evaluative   {@code false} to leave the evaluative tails out (「礼轻情意重…」), so the report states facts only;
 *                     {@code null} or {@code true} keeps them
 * @param script       the script to write the report in ({@code hans}, {@code hant}, {@code hant-hk},
 *                     {@code hant-tw}), or {@code null} to follow the names: a union whose name is written in
 *                     Traditional characters (「地區教育工會」) gets a Traditional report
 * @param charts       whether the attachments carry charts of the figures (a roll-up's units, last year against
 *                     this); {@code null} for the default: on for a roll-up, off for a single unit's report
 */
public record ReportMeta(
        @Label("单位名称") @NotBlank String organization,
        @Label("工会名称") String union,
        @Label("总结期间") @NotBlank String period,
        @Label("主送单位") String recipient,
        @Label("领导机关") String leadership,
        @Label("会员情况") @Valid Membership membership,
        @Label("成文日期") @NotNull LocalDate date,
        @Label("标题") String title,
        @Label("主要工作数据附件") boolean keyFigures,
        @Label("加盖印章") boolean seal,
        @Label("工会类别") UnionKind kind,
        @Label("用语") @Valid Terms terms,
        @Label("文种") Variant variant,
        @Label("会议名称") String meeting,
        @Label("报告人") String speaker,
        @Label("称谓") String salutation,
        @Label("指导思想") String guidance,
        @Label("评价性语句") Boolean evaluative,
        @Label("文字") Script script,
        @Label("图表") Boolean charts) {

    /** A frame that leaves charts to the default: on for a roll-up, off for a single unit's report. */
    public ReportMeta(String organization, String union, String period, String recipient, String leadership,
            Membership membership, LocalDate date, String title, boolean keyFigures, boolean seal, UnionKind kind,
            Terms terms, Variant variant, String meeting, String speaker, String salutation, String guidance,
            Boolean evaluative, Script script) {
        this(organization, union, period, recipient, leadership, membership, date, title, keyFigures, seal, kind,
                terms, variant, meeting, speaker, salutation, guidance, evaluative, script, null);
    }

    /**
     * Whether the attachments carry charts: the input's {@code charts}, else on for a roll-up (a report with units)
     * and off for a single unit's report.
     *
     * @param rollUp whether the report sums units
     * @return whether to draw the charts
     */
    public boolean chartsFor(boolean rollUp) {
        return charts == null ? rollUp : charts;
    }

    /** A frame without a script of its own: the report's script follows the names. */
    public ReportMeta(String organization, String union, String period, String recipient, String leadership,
            Membership membership, LocalDate date, String title, boolean keyFigures, boolean seal, UnionKind kind,
            Terms terms, Variant variant, String meeting, String speaker, String salutation, String guidance,
            Boolean evaluative) {
        this(organization, union, period, recipient, leadership, membership, date, title, keyFigures, seal, kind,
                terms, variant, meeting, speaker, salutation, guidance, evaluative, null);
    }

    /**
     * The frame as zongjie read it before kinds, terms and document variants: a summary, its words told from the
     * organization's name.
     */
    public ReportMeta(String organization, String union, String period, String recipient, String leadership,
            Membership membership, LocalDate date, String title, boolean keyFigures) {
        this(organization, union, period, recipient, leadership, membership, date, title, keyFigures, false);
    }

    /** The frame with its seal, as zongjie read it before kinds, terms and document variants. */
    public ReportMeta(String organization, String union, String period, String recipient, String leadership,
            Membership membership, LocalDate date, String title, boolean keyFigures, boolean seal) {
        this(organization, union, period, recipient, leadership, membership, date, title, keyFigures, seal, null,
                null, null, null, null, null, null, null);
    }

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

    /** The kind of document: {@code variant}, or a summary. */
    public Variant effectiveVariant() {
        return variant == null ? Variant.SUMMARY : variant;
    }

    /** The period as printed: the input's text, with 「年」 added to a bare year. */
    public String periodLabel() {
        return vocabulary().period().label();
    }

    /**
     * The title to print: {@code title}, or by variant 「organization + period + 工会工作总结」 (「…工作总结」 for a union),
     * 「organization + 工会工作报告」, or 「… 工会工作总结及2024年工作计划」.
     */
    public String effectiveTitle() {
        if (title != null && !title.isBlank()) {
            return title;
        }
        Period p = vocabulary().period();
        String who = isUnion() ? organization : organization + "工会";
        return switch (effectiveVariant()) {
            case SUMMARY -> organization + p.label() + (isUnion() ? "工作总结" : "工会工作总结");
            case REPORT -> who + "工作报告";
            case SUMMARY_AND_PLAN -> organization + p.label() + (isUnion() ? "工作总结及" : "工会工作总结及")
                    + p.nextLabel() + "工作计划";
        };
    }

    /** What the document is, for its metadata: 「2023年工会工作总结」, 「工会工作报告」 … */
    public String subject() {
        Period p = vocabulary().period();
        return switch (effectiveVariant()) {
            case SUMMARY -> p.label() + "工会工作总结";
            case REPORT -> "工会工作报告";
            case SUMMARY_AND_PLAN -> p.label() + "工会工作总结及" + p.nextLabel() + "工作计划";
        };
    }

    /** Whether the evaluative tails are printed ({@code evaluative} is not {@code false}). */
    public boolean evaluativeTails() {
        return !Boolean.FALSE.equals(evaluative);
    }

    private boolean isUnion() {
        // a name in Traditional characters (「地區教育工會」) is a union too: no 「工会委员会」 is appended to it
        return organization != null && (organization.strip().endsWith("工会") || organization.strip().endsWith("工會"));
    }

    /**
     * The report's words: for its kind of union (全院, 医务职工, 院务公开, 职代会, 职工之家 …), with the input's
     * {@code terms} over them, and for its period (全年 or 上半年, 一年来 or 半年来 …). See {@link Vocabulary}.
     */
    public Vocabulary vocabulary() {
        Period p = Period.parse(period).orElseGet(() -> fallbackPeriod());
        return Vocabulary.of(organization, kind, terms, p);
    }

    /** A period text that cannot be read (validation reports it) is taken for a calendar year, as it always was. */
    private Period fallbackPeriod() {
        String text = period == null ? "" : period.strip();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})").matcher(text);
        int year = m.find() ? Integer.parseInt(m.group(1)) : date != null ? date.getYear() : 2000;
        return new Period(Period.Kind.YEAR, text, year, 0, 12, 12);
    }

    /** How the staff are called: 「教职工」, 「医务职工」, 「干部职工」 or 「职工」 (the vocabulary's {@code people}). */
    public String staffWord() {
        return vocabulary().people();
    }

    /**
     * What the unit is called, as in 「紧紧围绕学校中心工作」: 「学校」, 「医院」, 「公司」, 「机关」 … (the vocabulary's
     * {@code unit}).
     */
    public String unitWord() {
        return vocabulary().unit();
    }

    /** The same frame with the key-figure table switched {@code on} or off. */
    public ReportMeta withKeyFigures(boolean on) {
        return new ReportMeta(organization, union, period, recipient, leadership, membership, date, title, on, seal,
                kind, terms, variant, meeting, speaker, salutation, guidance, evaluative, script, charts);
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
        private UnionKind kind;
        private Terms terms;
        private Variant variant;
        private String meeting;
        private String speaker;
        private String salutation;
        private String guidance;
        private Boolean evaluative;
        private Script script;
        private Boolean charts;

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

        public Builder kind(UnionKind kind) {
            this.kind = kind;
            return this;
        }

        public Builder terms(Terms terms) {
            this.terms = terms;
            return this;
        }

        public Builder variant(Variant variant) {
            this.variant = variant;
            return this;
        }

        public Builder meeting(String meeting) {
            this.meeting = meeting;
            return this;
        }

        public Builder speaker(String speaker) {
            this.speaker = speaker;
            return this;
        }

        public Builder salutation(String salutation) {
            this.salutation = salutation;
            return this;
        }

        public Builder guidance(String guidance) {
            this.guidance = guidance;
            return this;
        }

        public Builder evaluative(Boolean evaluative) {
            this.evaluative = evaluative;
            return this;
        }

        /** Whether to draw charts; {@code null} (the default) draws them for a roll-up only. */
        public Builder charts(Boolean charts) {
            this.charts = charts;
            return this;
        }

        /** The script to write the report in; {@code null} (the default) follows the names. */
        public Builder script(Script script) {
            this.script = script;
            return this;
        }

        public ReportMeta build() {
            return new ReportMeta(organization, union, period, recipient, leadership, membership, date, title,
                    keyFigures, seal, kind, terms, variant, meeting, speaker, salutation, guidance, evaluative, script,
                    charts);
        }
    }
}
