package io.zongjie.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.regex.Pattern;

/**
 * What kind of union writes the report, which decides its words (see {@link Vocabulary}): a school's union writes
 * 全校教职工 and 校务公开, a hospital's 全院医务职工 and 院务公开, a district education union 全区各基层工会.
 * Written in the input as {@code kind: hospital}; detected from the organization's name when left out.
 */
public enum UnionKind {
    /** A school, college or kindergarten: 教职工, 校务公开, 教代会, 教工之家. */
    @JsonProperty("school") SCHOOL("school"),
    /** A hospital or health centre: 医务职工, 院务公开, 职代会, 职工之家. */
    @JsonProperty("hospital") HOSPITAL("hospital"),
    /** A company or factory: 职工, 厂务公开, 职代会, 职工之家. */
    @JsonProperty("enterprise") ENTERPRISE("enterprise"),
    /** A government or Party office: 干部职工, 政务公开, 职代会, 职工之家. */
    @JsonProperty("government") GOVERNMENT("government"),
    /**
     * A regional or industry union over the base unions of one sector, such as 区教育工会 or 市卫生系统工会: it writes
     * about 全区各基层工会 rather than about one unit.
     */
    @JsonProperty("regional") REGIONAL("regional"),
    /** A township or street federation (镇总工会, 街道总工会) over the unions of its enterprises, villages and communities. */
    @JsonProperty("township") TOWNSHIP("township"),
    /** Any other unit (研究院, 中心 …): 职工, 办事公开, 职代会, 职工之家. */
    @JsonProperty("other") OTHER("other");

    private static final Pattern UNION = Pattern.compile(".*(工会|工会委员会|工会联合会|工会工作委员会|工会工委)$");
    private static final Pattern TOWNSHIP_UNION = Pattern.compile(".*(镇|乡|街道|街道办事处)(总工会|工会|工会联合会|联合工会)$");
    private static final Pattern REGIONAL_UNION = Pattern.compile(
            ".*(总工会|教育工会|卫生工会|卫健工会|医务工会|系统工会|行业工会|产业工会|机关工会工作委员会|机关工会工委|"
                    + "直属机关工会|教育系统工会|卫生系统工会)$");
    private static final Pattern HOSPITAL_NAME = Pattern.compile(
            ".*(医院|卫生院|卫生服务中心|卫生服务站|保健院|保健所|门诊部|医疗中心|疗养院|中医院|防治院|防治所)$");
    private static final Pattern SCHOOL_NAME = Pattern.compile(
            ".*(学校|中学|小学|大学|学院|幼儿园|职高|职中|技校|中专|附中|附小|完小|分校|校区|学区|中学校|小学校|"
                    + "高中|初中|[一二三四五六七八九十0-9]+中|[一二三四五六七八九十0-9]+小|校)$");
    private static final Pattern ENTERPRISE_NAME = Pattern.compile(
            ".*(公司|厂|集团|企业|矿|矿业|银行|支行|分行|商场|酒店|宾馆|农场|林场|电站|工程处)$");
    private static final Pattern RESEARCH_NAME = Pattern.compile(".*(研究院|研究所|设计院|设计所|研究中心|勘察院|科学院)$");
    private static final Pattern GOVERNMENT_NAME = Pattern.compile(
            ".*(机关|局|委|委员会|办|办公室|政府|厅|署|法院|检察院|人大常委会|政协|街道办事处|管委会|管理委员会)$");
    private static final Pattern TOWNSHIP_NAME = Pattern.compile(".*(镇|乡|街道)$");

    private final String value;

    UnionKind(String value) {
        this.value = value;
    }

    /** Whether the union reports on base unions under it (区教育工会, 镇总工会) rather than on one unit. */
    public boolean federation() {
        return this == REGIONAL || this == TOWNSHIP;
    }

    /**
     * The kind of union an organization's name says it is: 「滨江实验中学」 and 「临江五中」 are schools, 「临江市第一人民医院」
     * a hospital, 「临江区教育工会」 a regional union, 「青石镇总工会」 a township federation, and so on; {@link #OTHER}
     * when the name says nothing.
     *
     * @param organization the organization's name
     * @return its kind
     */
    public static UnionKind detect(String organization) {
        String o = organization == null ? "" : organization.strip();
        if (UNION.matcher(o).matches()) {
            if (TOWNSHIP_UNION.matcher(o).matches()) {
                return TOWNSHIP;
            }
            if (REGIONAL_UNION.matcher(o).matches()) {
                return REGIONAL;
            }
            return detect(o.replaceFirst("(工会|工会委员会|工会联合会|工会工作委员会|工会工委)$", ""));
        }
        if (HOSPITAL_NAME.matcher(o).matches()) {
            return HOSPITAL;
        }
        if (SCHOOL_NAME.matcher(o).matches()) {
            return SCHOOL;
        }
        if (o.contains("公司") || ENTERPRISE_NAME.matcher(o).matches()) {
            return ENTERPRISE;
        }
        if (RESEARCH_NAME.matcher(o).matches()) {
            return OTHER;
        }
        if (GOVERNMENT_NAME.matcher(o).matches()) {
            return GOVERNMENT;
        }
        if (TOWNSHIP_NAME.matcher(o).matches()) {
            return TOWNSHIP;
        }
        return OTHER;
    }

    /** The input's name: {@code school}, {@code hospital} … */
    @Override
    public String toString() {
        return value;
    }
}
