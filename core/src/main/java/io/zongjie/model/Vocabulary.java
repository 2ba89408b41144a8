package io.zongjie.model;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a report uses for its union and its period, worked out once from the report's frame: the kind of union
 * (from {@code kind}, else the organization's name), the input's own {@code terms}, and the {@code period}. A
 * heading and the paragraph under it take their words from here, so they never disagree.
 *
 * <p>Plugins call {@code context.report().vocabulary()}; templates see it as {@code $words}:
 * <pre>
 *                 school      hospital     enterprise   government   regional (教育)  township
 * unit            学校        医院          公司          机关          全区教育系统      全镇
 * whole           全校        全院          全公司        全局          全区              全镇
 * own             我校        我院          我公司        我局          我区              我镇
 * people          教职工      医务职工      职工          干部职工      教职工            职工
 * openness        校务        院务          厂务          政务          校务              厂务
 * congress        教代会      职代会        职代会        职代会        教代会            职代会
 * home            教工之家    职工之家      职工之家      职工之家      教工之家          职工之家
 * </pre>
 * and the period's words: {@code throughout} 全年 · 本学年 · 本学期 · 上半年; {@code since} 一年来 · 半年来;
 * {@code end} 年末 · 学期末 · 6月底; {@code next} 2024年 · 新学年 · 下学期 · 下半年; {@code ahead} 新的一年 · 下半年.
 *
 * @param kind         the kind of union
 * @param unit         the unit, as in 「紧紧围绕学校中心工作」: 学校, 医院, 公司, 机关; for a federation the whole it
 *                     serves: 全区教育系统, 全镇 …
 * @param whole        the whole unit, as in 「全校教职工」: 全校, 全院, 全公司, 全局, 全区, 全镇 …
 * @param own          the unit speaking of itself, as in 「我校工会」: 我校, 我院, 我公司, 我局, 我区, 我镇 …
 * @param people       the staff: 教职工, 医务职工, 职工, 干部职工
 * @param women        women staff: 女教职工, 女职工
 * @param retirees     retired staff: 离退休教职工, 离退休职工, 离退休干部
 * @param openness     what openness is called: 校务, 院务, 厂务, 政务, 办事
 * @param congress     the staff congress for short: 教代会, 职代会 (for a federation, that of its base units)
 * @param congressName the staff congress in full: 教职工代表大会, 职工代表大会
 * @param home         the union's home: 教工之家, 职工之家
 * @param baseUnits    for a federation, its base units as a group: 各学校, 各医疗卫生单位, 辖区各企业和村（社区）;
 *                     for a single unit, the unit itself
 * @param self         the union as its own sentences name it: 工会 for a unit's union, 区教育工会 or 镇总工会 for a
 *                     federation
 * @param period       the period, with its own words
 */
public record Vocabulary(
        UnionKind kind,
        String unit,
        String whole,
        String own,
        String people,
        String women,
        String retirees,
        String openness,
        String congress,
        String congressName,
        String home,
        String baseUnits,
        String self,
        Period period) {

    private static final Map<String, String> CONGRESS_NAMES = Map.of(
            "教代会", "教职工代表大会", "职代会", "职工代表大会", "会员代表大会", "会员代表大会",
            "职工大会", "职工大会", "教职工大会", "教职工大会", "会员大会", "会员大会");
    private static final Pattern SECTOR = Pattern.compile("(教育|卫生|卫健|医疗|医务|机关)");
    private static final Pattern ADMIN = Pattern.compile("[市区县旗州盟]");

    /** Whether the union reports on base unions under it (区教育工会, 镇总工会) rather than on one unit. */
    public boolean federation() {
        return kind.federation();
    }

    /** Whether the staff are teachers (a school, or an education union): 师德, 教学, 教工之家. */
    public boolean teachers() {
        return "教职工".equals(people);
    }

    /** Over the whole period: 全年, 本学年, 本学期, 上半年 (see {@link Period#throughout}). */
    public String throughout() {
        return period.throughout();
    }

    /** Looking back over the period: 一年来, 一学年来, 一学期来, 半年来 (see {@link Period#since}). */
    public String since() {
        return period.since();
    }

    /** The end of the period: 年末, 学年末, 学期末, 6月底 (see {@link Period#end}). */
    public String end() {
        return period.end();
    }

    /** The period itself: 今年, 本学年, 本学期, 上半年 (see {@link Period#current}). */
    public String current() {
        return period.current();
    }

    /** The period looked back on: 过去一年, 过去一学年, 本学期, 上半年 (see {@link Period#past}). */
    public String past() {
        return period.past();
    }

    /** The next period, for the plans' heading: 2024年, 新学年, 下学期, 下半年 (see {@link Period#next}). */
    public String next() {
        return period.next();
    }

    /** The next period opening a sentence: 新的一年, 新的学年, 下学期, 下半年 (see {@link Period#ahead}). */
    public String ahead() {
        return period.ahead();
    }

    /**
     * The vocabulary of a report: its kind's words, with the input's {@code terms} over them.
     *
     * @param organization the organization's name
     * @param kind         the kind given in the input, or {@code null} to detect it from the name
     * @param terms        the input's own words, or {@code null}
     * @param period       the period
     * @return the words
     */
    public static Vocabulary of(String organization, UnionKind kind, Terms terms, Period period) {
        String o = organization == null ? "" : organization.strip();
        UnionKind k = kind != null ? kind : UnionKind.detect(o);
        String unit;
        String whole;
        String people = "职工";
        String women = "女职工";
        String retirees = "离退休职工";
        String openness;
        String congress = "职代会";
        String home = "职工之家";
        String base;
        switch (k) {
            case SCHOOL -> {
                boolean kindergarten = o.endsWith("幼儿园") || o.endsWith("幼儿园工会");
                unit = kindergarten ? "幼儿园" : "学校";
                whole = kindergarten ? "全园" : "全校";
                people = "教职工";
                women = "女教职工";
                retirees = "离退休教职工";
                openness = kindergarten ? "园务" : "校务";
                congress = "教代会";
                home = "教工之家";
                base = unit;
            }
            case HOSPITAL -> {
                unit = "医院";
                whole = "全院";
                people = "医务职工";
                openness = "院务";
                base = unit;
            }
            case ENTERPRISE -> {
                String u = o.replaceFirst("(工会|工会委员会)$", "");
                whole = u.endsWith("厂") ? "全厂" : u.contains("集团") ? "全集团" : u.endsWith("矿") ? "全矿"
                        : u.contains("公司") || !u.matches(".*(行|场|店|馆)$") ? "全公司" : "全单位";
                unit = whole.equals("全单位") ? "单位" : whole.equals("全厂") ? "厂" : whole.substring(1);
                openness = "厂务";
                base = unit;
            }
            case GOVERNMENT -> {
                String u = o.replaceFirst("(机关)?(工会|工会委员会)?$", "").replaceFirst("机关$", "");
                whole = u.endsWith("局") ? "全局" : u.matches(".*(委|委员会)$") ? "全委"
                        : u.matches(".*(办|办公室)$") ? "全办" : u.endsWith("厅") ? "全厅" : "全机关";
                unit = "机关";
                people = "干部职工";
                retirees = "离退休干部";
                openness = "政务";
                base = unit;
            }
            case REGIONAL -> {
                Matcher s = SECTOR.matcher(o);
                String sector = "";
                String before = o;
                if (s.find()) {
                    sector = s.group(1).equals("教育") || s.group(1).equals("机关") ? s.group(1) : "卫生";
                    before = o.substring(0, s.start());
                }
                String admin = adminOf(before);
                whole = admin.isEmpty() ? "全系统" : "全" + admin;
                switch (sector) {
                    case "教育" -> {
                        unit = whole + "教育系统";
                        people = "教职工";
                        women = "女教职工";
                        retirees = "离退休教职工";
                        openness = "校务";
                        congress = "教代会";
                        home = "教工之家";
                        base = "各学校";
                    }
                    case "卫生" -> {
                        unit = whole + "卫生系统";
                        people = "医务职工";
                        openness = "院务";
                        base = "各医疗卫生单位";
                    }
                    case "机关" -> {
                        unit = whole + "机关";
                        people = "干部职工";
                        retirees = "离退休干部";
                        openness = "政务";
                        base = "各机关单位";
                    }
                    default -> {
                        unit = whole;
                        openness = "厂务";
                        base = "各基层单位";
                    }
                }
            }
            case TOWNSHIP -> {
                String u = o.replaceFirst("(总工会|工会联合会|联合工会|工会)$", "").replaceFirst("办事处$", "");
                String place = u.endsWith("街道") ? "街道" : u.endsWith("乡") ? "乡" : "镇";
                whole = "全" + place;
                unit = whole;
                openness = "厂务";
                base = "辖区各企业和村（社区）";
            }
            default -> {
                String u = o.replaceFirst("(工会|工会委员会)$", "");
                if (u.endsWith("院")) {
                    unit = "院";
                    openness = "院务";
                } else if (u.endsWith("所")) {
                    unit = "所";
                    openness = "所务";
                } else if (u.endsWith("中心")) {
                    unit = "中心";
                    openness = "办事";
                } else {
                    unit = "单位";
                    openness = "办事";
                }
                whole = "全" + unit;
                base = unit;
            }
        }
        if (terms != null) {
            unit = or(terms.unit(), unit);
            whole = or(terms.whole(), whole);
            if (terms.people() != null && !terms.people().isBlank()) {
                people = terms.people().strip();
                women = people.startsWith("女") ? people : "女" + people;
                retirees = "离退休" + people;
            }
            openness = or(terms.openness(), openness);
            congress = or(terms.congress(), congress);
            home = or(terms.home(), home);
        }
        String congressName = CONGRESS_NAMES.getOrDefault(congress, congress);
        if (CONGRESS_NAMES.containsValue(congress)) {
            for (Map.Entry<String, String> e : CONGRESS_NAMES.entrySet()) {
                if (e.getValue().equals(congress) && !e.getKey().equals(congress)) {
                    congressName = congress;
                    congress = e.getKey();
                }
            }
        }
        String own = "我" + (whole.startsWith("全") ? whole.substring(1) : unit);
        String self = k.federation() ? selfOf(o, k, unit) : "工会";
        return new Vocabulary(k, unit, whole, own, people, women, retirees, openness, congress, congressName, home,
                base, self, period);
    }

    /** A federation's name for itself: 「临江区教育工会」 calls itself 区教育工会, 「青石镇总工会」 镇总工会. */
    private static String selfOf(String organization, UnionKind kind, String unit) {
        if (organization.endsWith("工会") || organization.endsWith("工会联合会")) {
            int at = -1;
            Matcher m = Pattern.compile("(市|区|县|旗|州|盟|镇|乡|街道)").matcher(organization);
            while (m.find()) {
                String rest = organization.substring(m.start());
                if (rest.length() > m.group(1).length() && !rest.substring(m.group(1).length()).matches(".*(市|区|县|旗|州|盟|镇|乡|街道).*")) {
                    at = m.start();
                    break;
                }
            }
            if (at >= 0) {
                return organization.substring(at);
            }
            return organization;
        }
        String place = unit.startsWith("全") ? unit.substring(1) : unit;
        return kind == UnionKind.TOWNSHIP ? place + "总工会" : place + "工会";
    }

    /** The last administrative level a name gives before its sector: 「临江市临江区」 gives 区, 「和田地区」 地区. */
    private static String adminOf(String name) {
        int at = -1;
        Matcher m = ADMIN.matcher(name);
        while (m.find()) {
            at = m.start();
        }
        if (at < 0) {
            return "";
        }
        return at > 0 && name.charAt(at) == '区' && name.charAt(at - 1) == '地' ? "地区" : String.valueOf(name.charAt(at));
    }

    private static String or(String given, String fallback) {
        return given == null || given.isBlank() ? fallback : given.strip();
    }
}
