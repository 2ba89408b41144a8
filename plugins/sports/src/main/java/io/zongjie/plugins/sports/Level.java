package io.zongjie.plugins.sports;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The level of the body that organised an outside competition, highest first, written in the input by its
 * Chinese name ({@code level: 市级}). {@link #toString()} gives that name.
 */
public enum Level {
    /** 国家级: a national body. */
    @JsonProperty("国家级") NATIONAL("国家级"),
    /** 省级: a province. */
    @JsonProperty("省级") PROVINCIAL("省级"),
    /** 市级: a city, such as the 市总工会. */
    @JsonProperty("市级") MUNICIPAL("市级"),
    /** 县级: a county or county-level city. */
    @JsonProperty("县级") COUNTY("县级"),
    /** 区级: a city district, such as the 区教育工会. */
    @JsonProperty("区级") DISTRICT("区级"),
    /** 系统级: a sector or group of companies, such as a 集团公司 or a 系统工会. */
    @JsonProperty("系统级") SECTOR("系统级");

    private final String label;

    Level(String label) {
        this.label = label;
    }

    /** The Chinese name: 「市级」. */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
