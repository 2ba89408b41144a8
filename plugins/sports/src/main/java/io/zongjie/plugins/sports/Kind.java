package io.zongjie.plugins.sports;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What kind of activity an event is, written in the input by its Chinese name ({@code kind: 体育}).
 * {@link #toString()} gives that name. The order is the order in which the section tells them.
 */
public enum Kind {
    /** 体育: sports and games (运动会、球赛、拔河、健步走). */
    @JsonProperty("体育") SPORTS("体育", "在体育活动方面", "举办了"),
    /** 文艺: performances and culture (文艺汇演、歌咏比赛、书画展、读书会). */
    @JsonProperty("文艺") ARTS("文艺", "在文艺活动方面", "举办了"),
    /** 联谊: socials and friendship events (联欢会、联谊会、兄弟单位交流). */
    @JsonProperty("联谊") SOCIAL("联谊", "在联谊交流方面", "开展了"),
    /** 出游: outings (春游、秋游、疗休养、登山). */
    @JsonProperty("出游") OUTING("出游", "在户外出游方面", "组织了");

    private final String label;
    private final String lead;
    private final String verb;

    Kind(String label, String lead, String verb) {
        this.label = label;
        this.lead = lead;
        this.verb = verb;
    }

    /** The Chinese name: 「体育」. */
    public String label() {
        return label;
    }

    /** The phrase that opens this kind's part of the prose: 「在体育活动方面」. */
    public String lead() {
        return lead;
    }

    /** The verb the prose uses before an event of this kind: 「举办了」. */
    public String verb() {
        return verb;
    }

    @Override
    public String toString() {
        return label;
    }
}
