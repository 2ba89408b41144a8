package io.zongjie.spi;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The level of the body behind an award, an honour or a competition, highest first, written in the input by its
 * Chinese name ({@code level: 省级}). {@link #toString()} gives that name, so templates and messages print 「省级」.
 * Shared by the sections so that every report ranks levels alike.
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
    /** 区级: awarded by a city district, such as the 区教育工会. */
    @JsonProperty("区级") DISTRICT("区级"),
    /** 系统级: a sector or group of companies, such as a 集团公司 or a 系统工会. */
    @JsonProperty("系统级") SECTOR("系统级"),
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
