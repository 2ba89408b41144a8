package io.zongjie.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What kind of document the report is. Written in the input as {@code variant: report}. A half-year or semester
 * summary is a {@link #SUMMARY} whose {@code period} says so (「2024年上半年」).
 */
public enum Variant {
    /** 工作总结: a summary addressed to the higher union, signed by the union (the default). */
    @JsonProperty("summary") SUMMARY("summary"),
    /**
     * 工会工作报告: the report the union's chair delivers at the staff congress (教代会, 职代会) or the members'
     * congress: a subtitle naming the meeting, the salutation 「各位代表、同志们：」, the opening 「我受…委托」, the body as
     * 一、过去一年工作回顾 and 二、新一年工作任务, a closing addressed to the delegates, and no signature.
     */
    @JsonProperty("report") REPORT("report"),
    /**
     * 工作总结及下一年工作计划: a summary whose second part is next year's plan, with its own numbered items (goals,
     * measures, who and when): 一、2023年工会工作总结 and 二、2024年工会工作计划.
     */
    @JsonProperty("summary-and-plan") SUMMARY_AND_PLAN("summary-and-plan");

    private final String value;

    Variant(String value) {
        this.value = value;
    }

    /** Whether the body is grouped in two parts, the year looked back on and the plan ahead. */
    public boolean grouped() {
        return this != SUMMARY;
    }

    /** The input's name: {@code summary}, {@code report}, {@code summary-and-plan}. */
    @Override
    public String toString() {
        return value;
    }
}
