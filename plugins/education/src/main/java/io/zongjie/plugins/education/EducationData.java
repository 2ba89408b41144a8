package io.zongjie.plugins.education;

import io.zongjie.spi.Label;
import io.zongjie.spi.Level;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.math.BigDecimal;
import java.util.List;

/**
 * The year's work on political study, professional ethics (师德师风, or 职业道德 outside schools) and
 * professional development (业务培训、师徒结对、公开课、教学竞赛、论文与获奖). Every part is optional; a part
 * left out is not mentioned, and a section with no part at all is left out of the report.
 *
 * @param study        the year's collective political and theory study (政治理论学习)
 * @param ethics       ethics activities, one per item (师德师风 / 职业道德教育)
 * @param trainings    training courses staff attended (业务培训、继续教育、技能培训)
 * @param mentoring    mentoring pairs (师徒结对、青蓝工程、熟带新)
 * @param lessons      open and model classes (公开课、示范课)
 * @param competitions teaching or skills competitions held or joined (教学比赛、技能竞赛)
 * @param papers       papers published and papers that won awards (论文)
 * @param awards       awards won by staff or teams, each with its level
 */
public record EducationData(
        @Label("政治理论学习") @Valid Study study,
        @Label("师德师风活动") @Valid List<@NotNull Ethics> ethics,
        @Label("业务培训") @Valid List<@NotNull Training> trainings,
        @Label("师徒结对") @Valid Mentoring mentoring,
        @Label("公开课与示范课") @Valid Lessons lessons,
        @Label("教学竞赛") @Valid List<@NotNull Competition> competitions,
        @Label("论文") @Valid Papers papers,
        @Label("获奖") @Valid List<@NotNull Award> awards) {

    public EducationData {
        ethics = ethics == null ? List.of() : List.copyOf(ethics);
        trainings = trainings == null ? List.of() : List.copyOf(trainings);
        competitions = competitions == null ? List.of() : List.copyOf(competitions);
        awards = awards == null ? List.of() : List.copyOf(awards);
    }

    /**
     * Collective study over the year.
     *
     * @param sessions     how many sessions were held (次)
     * @param topics       what was studied, such as 「《新时代中小学教师职业行为十项准则》」; at most one per session
     * @param participants person-times who took part (人次); optional
     */
    public record Study(
            @Label("学习次数") @NotNull @Positive Integer sessions,
            @Label("学习内容") List<@NotBlank String> topics,
            @Label("参加人数") @PositiveOrZero Integer participants) {

        public Study {
            topics = topics == null ? List.of() : List.copyOf(topics);
        }
    }

    /**
     * One ethics activity.
     *
     * @param name         what was held, such as 「“立德树人、做四有好老师”主题演讲比赛」
     * @param month        the month (1–12); optional
     * @param participants how many staff took part; optional
     */
    public record Ethics(
            @Label("活动名称") @NotBlank String name,
            @Label("月份") @Min(1) @Max(12) Integer month,
            @Label("参加人数") @PositiveOrZero Integer participants) {
    }

    /**
     * One training course.
     *
     * @param name         the course, such as 「新课标专题培训」
     * @param organiser    who ran it, such as 「区教师进修学校」; optional
     * @param hours        its length in class hours (学时); optional, not together with {@code days}
     * @param days         its length in days (天); optional, not together with {@code hours}
     * @param participants person-times trained (人次)
     * @param month        the month (1–12); optional
     */
    public record Training(
            @Label("培训名称") @NotBlank String name,
            @Label("主办单位") String organiser,
            @Label("学时") @Positive BigDecimal hours,
            @Label("天数") @Positive BigDecimal days,
            @Label("参加人次") @NotNull @PositiveOrZero Integer participants,
            @Label("月份") @Min(1) @Max(12) Integer month) {
    }

    /**
     * Mentoring.
     *
     * @param pairs how many mentor–newcomer pairs were formed (对)
     * @param name  the programme's name, such as 「青蓝工程」; optional
     */
    public record Mentoring(
            @Label("结对数") @NotNull @Positive Integer pairs,
            @Label("活动名称") String name) {
    }

    /**
     * Open and model classes. At least one of {@code open} and {@code model} is required.
     *
     * @param open      open classes given (公开课, 节)
     * @param model     model classes given (示范课, 节)
     * @param observers person-times who attended and discussed them (听课评课人次); optional
     */
    public record Lessons(
            @Label("公开课节数") @PositiveOrZero Integer open,
            @Label("示范课节数") @PositiveOrZero Integer model,
            @Label("听课人次") @PositiveOrZero Integer observers) {

        /** Open and model classes together. */
        public int total() {
            return (open == null ? 0 : open) + (model == null ? 0 : model);
        }
    }

    /**
     * A teaching or skills competition.
     *
     * @param name     such as 「青年教师课堂教学大赛」 or 「电工技能比武」
     * @param entrants how many staff took part; optional
     * @param month    the month (1–12); optional
     */
    public record Competition(
            @Label("竞赛名称") @NotBlank String name,
            @Label("参赛人数") @PositiveOrZero Integer entrants,
            @Label("月份") @Min(1) @Max(12) Integer month) {
    }

    /**
     * Papers. At least one of {@code published} and {@code awarded} is required.
     *
     * @param published papers published in journals (篇)
     * @param awarded   papers that won an award in a paper contest (篇)
     */
    public record Papers(
            @Label("发表篇数") @PositiveOrZero Integer published,
            @Label("获奖篇数") @PositiveOrZero Integer awarded) {
    }

    /**
     * An award won by a person or a team.
     *
     * @param winner who won it, such as 「李老师」 or 「初三语文备课组」
     * @param team   whether the winner is a team or the unit (集体奖项); default false
     * @param name   the award, such as 「优质课评比一等奖」 or 「“优秀班主任”称号」
     * @param level  its level: 国家级, 省级, 市级, 县级, 区级, 校级 or 单位级
     */
    public record Award(
            @Label("获奖者") @NotBlank String winner,
            @Label("集体奖") Boolean team,
            @Label("奖项名称") @NotBlank String name,
            @Label("奖项级别") @NotNull Level level) {

        /** Whether this is a team's award. */
        public boolean collective() {
            return Boolean.TRUE.equals(team);
        }
    }
}
