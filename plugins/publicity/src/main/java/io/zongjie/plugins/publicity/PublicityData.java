package io.zongjie.plugins.publicity;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import io.zongjie.spi.Label;
import io.zongjie.spi.Level;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.List;

/**
 * Publicity and research (宣传信息、调查研究) over the period. Every part is optional; a part left out is not
 * mentioned.
 *
 * @param bulletins the union's own bulletins (简报、信息), with the issues put out (期)
 * @param news      information items sent up to the higher union and those it took up (工会信息, 条)
 * @param articles  articles published in outside media, by outlet (篇)
 * @param online    posts on the union's 公众号 or website (条)
 * @param campaigns publicity campaigns held (宣传活动)
 * @param surveys   questionnaire surveys (问卷调查), with the questionnaires sent and returned (份)
 * @param research  research reports written (调研报告, 篇) and their topics
 */
public record PublicityData(
        @JsonPropertyDescription("简报、信息") @Label("简报") @Valid List<@NotNull Bulletin> bulletins,
        @JsonPropertyDescription("向上级工会报送信息") @Label("报送信息") @Valid News news,
        @JsonPropertyDescription("在各级媒体刊发的稿件") @Label("刊发稿件") @Valid List<@NotNull Article> articles,
        @JsonPropertyDescription("公众号、网站") @Label("公众号和网站") @Valid List<@NotNull Channel> online,
        @JsonPropertyDescription("宣传活动") @Label("宣传活动") @Valid List<@NotNull Campaign> campaigns,
        @JsonPropertyDescription("问卷调查") @Label("问卷调查") @Valid List<@NotNull Survey> surveys,
        @JsonPropertyDescription("调研报告") @Label("调研报告") @Valid Research research) {

    public PublicityData {
        bulletins = bulletins == null ? List.of() : List.copyOf(bulletins);
        articles = articles == null ? List.of() : List.copyOf(articles);
        online = online == null ? List.of() : List.copyOf(online);
        campaigns = campaigns == null ? List.of() : List.copyOf(campaigns);
        surveys = surveys == null ? List.of() : List.copyOf(surveys);
    }

    /**
     * A bulletin the union edits (简报、工作信息).
     *
     * @param name   its title, such as 「工会工作简报」 (printed in 《》)
     * @param issues issues put out in the period, 期
     */
    public record Bulletin(
            @JsonPropertyDescription("简报名称") @Label("简报名称") @NotBlank String name,
            @JsonPropertyDescription("编发期数") @Label("编发期数") @NotNull @PositiveOrZero Integer issues) {
    }

    /**
     * Information items sent up (报送信息).
     *
     * @param submitted items sent to the higher union, 条
     * @param adopted   of them, taken up (采用); at most {@code submitted}
     */
    public record News(
            @JsonPropertyDescription("报送信息条数") @Label("报送信息条数") @NotNull @PositiveOrZero Integer submitted,
            @JsonPropertyDescription("被采用条数") @Label("被采用条数") @PositiveOrZero Integer adopted) {
    }

    /**
     * Articles in one outlet.
     *
     * @param outlet the paper, magazine or site, such as 「临江日报」 or 「《中国教育报》」
     * @param level  its level (国家级、省级、市级…), printed before the outlet unless its name says it; optional
     * @param count  articles published there, 篇
     */
    public record Article(
            @JsonPropertyDescription("媒体名称") @Label("媒体名称") @NotBlank String outlet,
            @JsonPropertyDescription("媒体级别：国家级、省级、市级……") @Label("媒体级别") Level level,
            @JsonPropertyDescription("刊发篇数") @Label("刊发篇数") @NotNull @PositiveOrZero Integer count) {
    }

    /**
     * A 公众号 or website the union runs.
     *
     * @param name  as printed, such as 「“临江教工”微信公众号」 or 「工会网站」
     * @param posts items posted in the period, 条
     */
    public record Channel(
            @JsonPropertyDescription("名称，如“临江教工”微信公众号") @Label("名称") @NotBlank String name,
            @JsonPropertyDescription("发布信息条数") @Label("发布信息条数") @NotNull @PositiveOrZero Integer posts) {
    }

    /**
     * A publicity campaign.
     *
     * @param name         what it was, such as 「《工会法》宣传月活动」
     * @param times        how often it was held, 次; optional
     * @param participants attendance, 人次; optional
     * @param materials    leaflets and materials handed out, 份; optional
     */
    public record Campaign(
            @JsonPropertyDescription("活动名称") @Label("活动名称") @NotBlank String name,
            @JsonPropertyDescription("开展次数") @Label("开展次数") @PositiveOrZero Integer times,
            @JsonPropertyDescription("参与人次") @Label("参与人次") @PositiveOrZero Integer participants,
            @JsonPropertyDescription("发放宣传资料份数") @Label("发放宣传资料份数") @PositiveOrZero Integer materials) {
    }

    /**
     * A questionnaire survey.
     *
     * @param topic    what it asked about, such as 「职工思想状况」
     * @param sent     questionnaires sent out, 份
     * @param returned of them, returned (收回); at most {@code sent}; gives the 回收率
     */
    public record Survey(
            @JsonPropertyDescription("调查主题") @Label("调查主题") @NotBlank String topic,
            @JsonPropertyDescription("发放问卷份数") @Label("发放问卷份数") @NotNull @PositiveOrZero Integer sent,
            @JsonPropertyDescription("收回问卷份数") @Label("收回问卷份数") @NotNull @PositiveOrZero Integer returned) {
    }

    /**
     * Research reports.
     *
     * @param reports reports written, 篇
     * @param topics  what they were about; optional, at most {@code reports} of them
     */
    public record Research(
            @JsonPropertyDescription("形成调研报告篇数") @Label("调研报告篇数") @NotNull @PositiveOrZero Integer reports,
            @JsonPropertyDescription("调研课题") @Label("调研课题") List<@NotBlank String> topics) {

        public Research {
            topics = topics == null ? List.of() : List.copyOf(topics);
        }
    }
}
