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
 */
public record GrassrootsData(
        @Label("基层单位") @Valid List<@NotNull Units> units,
        @Label("教代会职代会建制") @Valid Congress congress,
        @Label("工会干部") @Valid Cadres cadres,
        @Label("走访基层单位") @PositiveOrZero Integer visited) {

    public GrassrootsData {
        units = units == null ? List.of() : List.copyOf(units);
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
