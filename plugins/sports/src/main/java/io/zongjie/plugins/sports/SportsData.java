package io.zongjie.plugins.sports;

import io.zongjie.spi.Label;
import io.zongjie.spi.Level;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;

/**
 * The year's cultural and sports life (文体活动): the union's own events, entries in competitions run by others,
 * and facilities built or equipment bought. Every part is optional; a part left out is not mentioned, and a
 * section with no part at all is left out of the report.
 *
 * @param events       the union's own events, one per item
 * @param competitions competitions organised by others that staff entered
 * @param facilities   facilities built or equipment bought for these activities
 * @param library      the staff reading room (职工书屋 / 教工书屋); optional
 * @param reading      reading activities (读书分享会, 好书推荐 …), one per item
 * @param clubs        the staff's sports and arts clubs and associations (协会、俱乐部、兴趣小组)
 */
public record SportsData(
        @Label("文体活动") @Valid List<@NotNull Event> events,
        @Label("参加比赛") @Valid List<@NotNull Entry> competitions,
        @Label("场地设施") @Valid List<@NotNull Facility> facilities,
        @Label("职工书屋") @Valid Library library,
        @Label("读书活动") @Valid List<@NotNull Reading> reading,
        @Label("文体协会") @Valid List<@NotNull Club> clubs) {

    public SportsData {
        events = events == null ? List.of() : List.copyOf(events);
        competitions = competitions == null ? List.of() : List.copyOf(competitions);
        facilities = facilities == null ? List.of() : List.copyOf(facilities);
        reading = reading == null ? List.of() : List.copyOf(reading);
        clubs = clubs == null ? List.of() : List.copyOf(clubs);
    }

    /**
     * The section's data as it was before the reading room, reading and clubs.
     *
     * @param events       the union's own events
     * @param competitions competitions entered
     * @param facilities   facilities built or bought
     */
    public SportsData(List<Event> events, List<Entry> competitions, List<Facility> facilities) {
        this(events, competitions, facilities, null, null, null);
    }

    /**
     * The staff reading room.
     *
     * @param name   what it is called, such as 「职工书屋」 or 「“悦读”教工书屋」; optional (then 职工书屋, 教工书屋 in a
     *               school)
     * @param books  books it holds (册)
     * @param added  books added this period (册), at most {@code books}; optional
     * @param honour a title it holds, such as 「全国工会职工书屋示范点」; optional
     * @param level  that title's level (国家级, 省级 …); optional
     */
    public record Library(
            @Label("书屋名称") String name,
            @Label("藏书册数") @NotNull @PositiveOrZero Integer books,
            @Label("新增图书册数") @PositiveOrZero Integer added,
            @Label("书屋荣誉") String honour,
            @Label("荣誉级别") Level level) {
    }

    /**
     * A reading activity.
     *
     * @param name         what it was, such as 「“书香教工”读书分享会」
     * @param month        the month (1–12); optional
     * @param participants person-times who took part (人次)
     */
    public record Reading(
            @Label("活动名称") @NotBlank String name,
            @Label("月份") @Min(1) @Max(12) Integer month,
            @Label("参与人次") @NotNull @PositiveOrZero Integer participants) {
    }

    /**
     * A club or association of the staff.
     *
     * @param name       such as 「羽毛球协会」 or 「摄影兴趣小组」
     * @param members    its members, at most the report's staff (a person may be in several clubs)
     * @param activities the activities it held this period; optional
     * @param founded    whether it was founded this period; optional
     */
    public record Club(
            @Label("协会名称") @NotBlank String name,
            @Label("会员人数") @NotNull @PositiveOrZero Integer members,
            @Label("活动次数") @PositiveOrZero Integer activities,
            @Label("本期成立") Boolean founded) {

        /** Whether it was founded this period. */
        public boolean isNew() {
            return Boolean.TRUE.equals(founded);
        }
    }

    /**
     * One event the union held.
     *
     * @param name         what it was, such as 「教职工趣味运动会」 or 「迎新年联欢会」
     * @param month        the month (1–12); optional
     * @param kind         体育, 文艺, 联谊 or 出游
     * @param participants person-times who took part (人次)
     * @param items        the contests or programmes it had, such as 「拔河」「跳绳」; optional
     * @param results      who won what; optional, and not for 出游
     */
    public record Event(
            @Label("活动名称") @NotBlank String name,
            @Label("月份") @Min(1) @Max(12) Integer month,
            @Label("活动类别") @NotNull Kind kind,
            @Label("参与人次") @NotNull @PositiveOrZero Integer participants,
            @Label("活动项目") List<@NotBlank String> items,
            @Label("比赛结果") @Valid List<@NotNull Result> results) {

        public Event {
            items = items == null ? List.of() : List.copyOf(items);
            results = results == null ? List.of() : List.copyOf(results);
        }
    }

    /**
     * A result of an event.
     *
     * @param winner who won, such as 「初三年级组」 or 「王老师」
     * @param award  what, such as 「团体第一名」 or 「男子组冠军」
     */
    public record Result(
            @Label("获奖者") @NotBlank String winner,
            @Label("奖项") @NotBlank String award) {
    }

    /**
     * An entry in a competition organised by others.
     *
     * @param competition the competition, such as 「全市职工乒乓球比赛」
     * @param organiser   who ran it, such as 「市总工会」; optional
     * @param level       the organiser's level: 国家级, 省级, 市级, 县级, 区级 or 系统级
     * @param entrants    how many staff took part
     * @param awards      what they won, such as 「女子团体第二名」; optional
     * @param month       the month (1–12); optional
     */
    public record Entry(
            @Label("比赛名称") @NotBlank String competition,
            @Label("主办单位") String organiser,
            @Label("比赛级别") @NotNull Level level,
            @Label("参赛人数") @NotNull @Positive Integer entrants,
            @Label("获得奖项") List<@NotBlank String> awards,
            @Label("月份") @Min(1) @Max(12) Integer month) {

        public Entry {
            awards = awards == null ? List.of() : List.copyOf(awards);
        }
    }

    /**
     * A facility built or equipment bought.
     *
     * @param item  what, such as 「教工健身房」 or 「乒乓球台2张」
     * @param built true for something built or refitted (建成), false or absent for something bought (购置)
     * @param cost  in 元; 0 for something given (添置, no money printed)
     * @param month the month (1–12); optional
     */
    public record Facility(
            @Label("设施或器材") @NotBlank String item,
            @Label("是否新建") Boolean built,
            @Label("费用") @NotNull @PositiveOrZero @Digits(integer = 12, fraction = 2, message = "{money}") BigDecimal cost,
            @Label("月份") @Min(1) @Max(12) Integer month) {

        /** 「建成」 for something built, 「购置」 for something bought, 「添置」 for something that cost nothing. */
        public String verb() {
            if (Boolean.TRUE.equals(built)) {
                return "建成";
            }
            return cost.signum() > 0 ? "购置" : "添置";
        }
    }
}
