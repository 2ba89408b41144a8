package io.zongjie.plugins.education;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The level of an award, highest first, written in the input by its Chinese name ({@code level: 省级}).
 * {@link #toString()} gives that name, so templates and messages print 「省级」.
 */
public enum Level {
    /** 国家级: awarded by a national body. */
    @JsonProperty("国家级") NATIONAL("国家级"),
    /** 省级: awarded by a province (or a ministry's provincial branch). */
    @JsonProperty("省级") PROVINCIAL("省级"),
    /** 市级: awarded by a city. */
    @JsonProperty("市级") MUNICIPAL("市级"),
    /** 县级: awarded by a county or county-level city. */
    @JsonProperty("县级") COUNTY("县级"),
    /** 区级: awarded by a city district. */
    @JsonProperty("区级") DISTRICT("区级"),
    /** 校级: awarded by the school itself. */
    @JsonProperty("校级") SCHOOL("校级"),
    /** 单位级: awarded by the company, institute or office itself. */
    @JsonProperty("单位级") UNIT("单位级");

    private final String label;

    Level(String label) {
        this.label = label;
    }

    /** The Chinese name: 「省级」. */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
