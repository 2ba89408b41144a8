package io.zongjie.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/**
 * The script a report is written in: Simplified Chinese, as in the mainland, or Traditional Chinese, in the
 * OpenCC standard or with the characters and vocabulary a Hong Kong (and Macau) or Taiwan reader expects where they
 * differ. Written in the input as {@code script: hant}, on the command line as {@code --script hant}.
 *
 * <p>Only what zongjie writes is converted: the templates' sentences, headings, figures' measure words and the
 * frame. Text given in the input (names above all: 「范」 or 「台山」 must not become 「範」 or 「臺山」) is printed as
 * it was typed.
 */
public enum Script {
    /** 简体中文, zh-CN: what the templates are written in. */
    @JsonProperty("hans") HANS("hans", "zh-CN"),
    /** 繁體中文 in the OpenCC standard characters (zh-Hant). */
    @JsonProperty("hant") HANT("hant", "zh-Hant"),
    /** 繁體中文 as Hong Kong and Macau write it: their variant characters (zh-HK). */
    @JsonProperty("hant-hk") HANT_HK("hant-hk", "zh-HK"),
    /** 繁體中文 as Taiwan writes it: its variant characters and vocabulary (軟體, 資訊, 網路; zh-TW). */
    @JsonProperty("hant-tw") HANT_TW("hant-tw", "zh-TW");

    private final String code;
    private final String languageTag;

    Script(String code, String languageTag) {
        this.code = code;
        this.languageTag = languageTag;
    }

    /** {@return the name as the input and {@code --script} write it: {@code hans}, {@code hant}, …} */
    public String code() {
        return code;
    }

    /** {@return the BCP 47 language tag of a report in this script: zh-CN, zh-Hant, zh-HK or zh-TW} */
    public String languageTag() {
        return languageTag;
    }

    /** {@return whether this is one of the Traditional scripts} */
    public boolean traditional() {
        return this != HANS;
    }

    /**
     * The script named {@code code}, case-insensitive: {@code hans}, {@code hant}, {@code hant-hk} or
     * {@code hant-tw}.
     *
     * @throws IllegalArgumentException naming the four
     */
    public static Script of(String code) {
        String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        for (Script s : values()) {
            if (s.code.equals(c)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown script '" + code + "'; expected hans, hant, hant-hk or hant-tw");
    }

    /** The input's name for it, so that messages list {@code hans, hant, …}. */
    @Override
    public String toString() {
        return code;
    }
}
