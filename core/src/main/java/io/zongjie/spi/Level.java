package io.zongjie.spi;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/**
 * The level of the body behind an award, an honour or a competition, written in the input by its Chinese name
 * ({@code level: 省级}; the short form 省, 自治区, 区 … is read too). {@link #toString()} gives that name, so templates
 * and messages print 「省级」. Shared by the sections so that every report ranks levels alike: highest first, by
 * {@linkplain #tier() tier} (national; provincial; prefectural; county; township; a sector; the unit itself).
 */
public enum Level {
    /** 国家级: awarded by a national body (全国总工会, 教育部 …). */
    @JsonProperty("国家级") @JsonAlias({"国家", "全国", "全国级"}) NATIONAL("国家级", 0, "全国|国家|中华全国|中国"),
    /** 省级: awarded by a province (or a ministry's provincial branch). */
    @JsonProperty("省级") @JsonAlias({"省", "全省"}) PROVINCIAL("省级", 1, "全省|省级|省[^级]"),
    /** 自治区级: awarded by an autonomous region. */
    @JsonProperty("自治区级") @JsonAlias("自治区") AUTONOMOUS_REGION("自治区级", 1, "自治区"),
    /** 直辖市级: awarded by a municipality directly under the central government. */
    @JsonProperty("直辖市级") @JsonAlias("直辖市") MUNICIPALITY("直辖市级", 1, "直辖市"),
    /** 市级: awarded by a city (地级市). */
    @JsonProperty("市级") @JsonAlias({"市", "全市", "地市级"}) MUNICIPAL("市级", 2, "全市|市级|市[^级]"),
    /** 地区级: awarded by a prefecture (地区). */
    @JsonProperty("地区级") @JsonAlias("地区") PREFECTURE("地区级", 2, "地区|全地区"),
    /** 州级: awarded by an autonomous prefecture. */
    @JsonProperty("州级") @JsonAlias({"州", "自治州", "全州"}) AUTONOMOUS_PREFECTURE("州级", 2, "全州|州级|自治州"),
    /** 盟级: awarded by a league (盟, in Inner Mongolia). */
    @JsonProperty("盟级") @JsonAlias({"盟", "全盟"}) LEAGUE("盟级", 2, "全盟|盟级"),
    /** 县级: awarded by a county or county-level city. */
    @JsonProperty("县级") @JsonAlias({"县", "全县"}) COUNTY("县级", 3, "全县|县级|县[^级]"),
    /** 区级: awarded by a city district, such as the 区教育工会. */
    @JsonProperty("区级") @JsonAlias({"区", "全区"}) DISTRICT("区级", 3, "全区|区级|区[^级]"),
    /** 县市级: awarded by a county or a county-level city, as some prefectures group them. */
    @JsonProperty("县市级") @JsonAlias("县市") COUNTY_CITY("县市级", 3, "县市级|全县市"),
    /** 旗级: awarded by a banner (旗, in Inner Mongolia). */
    @JsonProperty("旗级") @JsonAlias({"旗", "全旗"}) BANNER("旗级", 3, "全旗|旗级"),
    /** 乡镇级: awarded by a township (乡, 镇). */
    @JsonProperty("乡镇级") @JsonAlias({"乡镇", "镇级", "乡级", "镇", "乡", "全镇", "全乡"}) TOWNSHIP("乡镇级", 4, "全镇|全乡|镇级|乡级|乡镇级"),
    /** 街道级: awarded by a street (街道办事处 or 街道总工会). */
    @JsonProperty("街道级") @JsonAlias({"街道", "全街道"}) STREET("街道级", 4, "全街道|街道级"),
    /** 系统级: a sector or group of companies, such as a 集团公司 or a 系统工会. */
    @JsonProperty("系统级") @JsonAlias({"系统", "全系统", "行业级", "集团级"}) SECTOR("系统级", 5, "全系统|系统级|系统内"),
    /** 校级: awarded by the school itself. */
    @JsonProperty("校级") @JsonAlias({"校", "学校", "全校"}) SCHOOL("校级", 6, "校级|全校"),
    /** 院级: awarded by the hospital (or institute) itself. */
    @JsonProperty("院级") @JsonAlias({"院", "全院"}) HOSPITAL("院级", 6, "院级|全院"),
    /** 公司级: awarded by the company itself. */
    @JsonProperty("公司级") @JsonAlias({"公司", "全公司", "厂级"}) COMPANY("公司级", 6, "公司级|全公司|厂级"),
    /** 单位级: awarded by the office or unit itself. */
    @JsonProperty("单位级") @JsonAlias({"单位", "本单位", "局级", "机关"}) UNIT("单位级", 6, "单位级|本单位");

    private final String label;
    private final int tier;
    private final java.util.regex.Pattern named;

    Level(String label, int tier, String named) {
        this.label = label;
        this.tier = tier;
        this.named = java.util.regex.Pattern.compile("^(" + named + ")");
    }

    /** The Chinese name: 「省级」. */
    public String label() {
        return label;
    }

    /**
     * How high the level stands: 0 national; 1 provincial (省, 自治区, 直辖市); 2 prefectural (市, 地区, 州, 盟);
     * 3 county (县, 区, 县市, 旗); 4 township (乡镇, 街道); 5 a sector; 6 the unit itself.
     */
    public int tier() {
        return tier;
    }

    /**
     * The award or honour {@code name} with this level before it, unless the name already says its level: 「省级」 and
     * 「实验教学说课比赛一等奖」 give 「省级实验教学说课比赛一等奖」, but 「全省中小学青年教师教学竞赛一等奖」 stays as it is,
     * not 「省级全省…」.
     *
     * @param name the award's name
     * @return the name as printed after 「获」
     */
    public String before(String name) {
        return says(name) ? name : label + name;
    }

    /** Whether {@code name} already names a level of this tier (「全省…」, 「省级…」, 「临江市…」 for 市级 …). */
    public boolean says(String name) {
        String n = name.strip().replaceFirst("^[“\"《「]", "");
        if (named.matcher(n).find()) {
            return true;
        }
        // a name that opens with a place of this level: 「临江市职工技能大赛」 for 市级, 「浙江省…」 for 省级
        return switch (this) {
            case PROVINCIAL -> n.matches("^[\\p{IsHan}]{1,4}省.*");
            case MUNICIPAL -> n.matches("^[\\p{IsHan}]{1,4}市.*");
            case COUNTY -> n.matches("^[\\p{IsHan}]{1,4}县.*");
            case DISTRICT -> n.matches("^[\\p{IsHan}]{1,4}区.*");
            default -> false;
        };
    }

    /**
     * Reads a level from text as users write it: 「省级」, 「省」, 「自治区级」, 「区」 …
     *
     * @param text the text
     * @return the level, or {@code null} when the text names none
     */
    public static Level of(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        for (Level l : values()) {
            if (l.label.equals(t)) {
                return l;
            }
        }
        for (Level l : values()) {
            try {
                JsonAlias alias = Level.class.getField(l.name()).getAnnotation(JsonAlias.class);
                if (alias != null && java.util.Arrays.asList(alias.value()).contains(t)) {
                    return l;
                }
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException(e);
            }
        }
        return null;
    }

    @Override
    public String toString() {
        return label;
    }
}
