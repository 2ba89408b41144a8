package io.zongjie.plugins.grassroots;

import io.zongjie.spi.Label;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * Grassroots building (基层组织建设) for a regional, industry or township union. Every part is optional; a part left
 * out is not mentioned.
 *
 * @param units    the base units by kind, with the unions among them and their members (建会率, 入会率)
 * @param congress how many of the base units have set up a staff congress (教代会/职代会建制率)
 * @param cadres   union cadres appointed and trained
 * @param visited  base units visited by the union's officers in the year
 * @param homes    模范职工之家 / 教工小家 and the like won or created in the year, by name and level
 * @param assessment the year's target assessment of the base unions (目标考核); optional
 */
public record GrassrootsData(
        @Label("基层单位") @Valid List<@NotNull Units> units,
        @Label("教代会职代会建制") @Valid Congress congress,
        @Label("工会干部") @Valid Cadres cadres,
        @Label("走访基层单位") @PositiveOrZero Integer visited,
        @Label("职工之家建设") @Valid List<@NotNull Home> homes,
        @Label("目标考核") @Valid Assessment assessment) {

    public GrassrootsData {
        units = units == null ? List.of() : List.copyOf(units);
        homes = homes == null ? List.of() : List.copyOf(homes);
    }

    /**
     * The section's data as it was before homes and the assessment.
     *
     * @param units    the base units by kind
     * @param congress the staff congresses
     * @param cadres   cadres appointed and trained
     * @param visited  base units visited
     */
    public GrassrootsData(List<Units> units, Congress congress, Cadres cadres, Integer visited) {
        this(units, congress, cadres, visited, null, null);
    }

    /**
     * Homes of one name and level won or created in the year: 「省级“模范职工之家”3个」.
     *
     * @param name  such as 「模范职工之家」「模范职工小家」「星级教工小家」
     * @param level the level that named them (国家级, 省级, 市级 …, 单位级 for the union's own)
     * @param count how many (个)
     */
    public record Home(
            @Label("名称") @NotBlank String name,
            @Label("级别") @NotNull io.zongjie.spi.Level level,
            @Label("个数") @NotNull @jakarta.validation.constraints.Positive Integer count) {
    }

    /**
     * The year's target assessment of the base unions (目标考核).
     *
     * @param items     what was assessed, such as 「组织建设」「民主管理」「经费管理」; optional
     * @param units     base unions assessed
     * @param excellent rated 优秀; optional
     * @param good      rated 良好; optional
     * @param passed    rated 合格 (达标); optional
     * @param failed    rated 不合格 and told to improve; optional
     */
    public record Assessment(
            @Label("考核内容") List<@NotBlank String> items,
            @Label("考核单位数") @NotNull @jakarta.validation.constraints.Positive Integer units,
            @Label("优秀") @PositiveOrZero Integer excellent,
            @Label("良好") @PositiveOrZero Integer good,
            @Label("合格") @PositiveOrZero Integer passed,
            @Label("不合格") @PositiveOrZero Integer failed) {

        public Assessment {
            items = items == null ? List.of() : List.copyOf(items);
        }

        /** The base unions given a rating, which cannot be more than those assessed. */
        public int rated() {
            return n(excellent) + n(good) + n(passed) + n(failed);
        }

        private static int n(Integer v) {
            return v == null ? 0 : v;
        }
    }

    /**
     * Base units of one kind.
     *
     * @param kind      the kind, as printed: 「中小学校」「非公企业」「机关事业单位」
     * @param total     units of that kind in the area
     * @param unionized those among them with a union (建会)
     * @param staff     their staff
     * @param members   union members among the staff (入会)
     */
    public record Units(
            @Label("单位类别") @NotBlank String kind,
            @Label("单位总数") @NotNull @PositiveOrZero Integer total,
            @Label("已建会单位") @NotNull @PositiveOrZero Integer unionized,
            @Label("职工人数") @PositiveOrZero Integer staff,
            @Label("会员人数") @PositiveOrZero Integer members) {
    }

    /**
     * Staff congresses among the base units.
     *
     * @param units       the base units required to hold one
     * @param established those that have set one up
     */
    public record Congress(
            @Label("应建单位") @NotNull @PositiveOrZero Integer units,
            @Label("已建单位") @NotNull @PositiveOrZero Integer established) {
    }

    /**
     * Union cadres.
     *
     * @param appointed cadres appointed or elected in the year
     * @param trained   person-times trained (人次)
     */
    public record Cadres(
            @Label("新任工会干部") @PositiveOrZero Integer appointed,
            @Label("培训人次") @PositiveOrZero Integer trained) {
    }
}
