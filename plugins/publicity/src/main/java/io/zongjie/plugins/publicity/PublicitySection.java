package io.zongjie.plugins.publicity;

import io.zongjie.document.Block;
import io.zongjie.model.ReportMeta;
import io.zongjie.spi.Figure;
import io.zongjie.spi.Problems;
import io.zongjie.spi.SectionContext;
import io.zongjie.spi.SectionPart;
import io.zongjie.spi.SectionPlugin;
import java.util.List;

/**
 * 宣传信息、调查研究: bulletins (简报, 期), information sent up (条), articles in outside media by outlet and level
 * (篇), 公众号 and website posts (条), publicity campaigns (次), questionnaire surveys with their 回收率 (份), and
 * research reports (篇).
 */
public final class PublicitySection implements SectionPlugin<PublicityData> {

    @Override
    public String type() {
        return "publicity";
    }

    @Override
    public String title() {
        return "加强宣传信息和调查研究工作";
    }

    @Override
    public List<SectionPart> parts(ReportMeta report) {
        return List.of(
                new SectionPart("publicity", "加强宣传信息工作"),
                new SectionPart("research", "深入开展调查研究"));
    }

    @Override
    public String description() {
        return "宣传信息与调查研究：简报编发期数、报送和被采用信息条数、在各级媒体刊发稿件篇数、公众号和网站发布信息条数、"
                + "宣传活动、问卷调查（发放、收回、回收率）、调研报告篇数和课题";
    }

    @Override
    public Class<PublicityData> dataType() {
        return PublicityData.class;
    }

    @Override
    public void validate(PublicityData data, Problems problems) {
        PublicityData.News n = data.news();
        if (n != null && n.adopted() != null && n.adopted() > n.submitted()) {
            problems.report("news.adopted", "adoptedOverSubmitted", n.adopted(), n.submitted());
        }
        for (int i = 0; i < data.surveys().size(); i++) {
            PublicityData.Survey s = data.surveys().get(i);
            if (s.returned() > s.sent()) {
                problems.report("surveys[" + i + "].returned", "returnedOverSent", s.returned(), s.sent());
            }
        }
        PublicityData.Research r = data.research();
        if (r != null && r.topics().size() > r.reports()) {
            problems.report("research.topics", "topicsOverReports", r.topics().size(), r.reports());
        }
    }

    @Override
    public List<Block> render(PublicityData data, SectionContext context) {
        List<PublicityData.Bulletin> bulletins = data.bulletins().stream().filter(b -> b.issues() > 0).toList();
        List<PublicityData.Article> articles = data.articles().stream().filter(a -> a.count() > 0).toList();
        List<PublicityData.Channel> online = data.online().stream().filter(c -> c.posts() > 0).toList();
        List<PublicityData.Survey> surveys = data.surveys().stream().filter(s -> s.sent() > 0).toList();
        List<PublicityData.Campaign> campaigns = data.campaigns();
        PublicityData.News n = data.news();
        boolean news = n != null && n.submitted() > 0;
        PublicityData.Research r = data.research();
        boolean research = r != null && r.reports() > 0;

        boolean publicity = !bulletins.isEmpty() || news || !articles.isEmpty() || !online.isEmpty()
                || !campaigns.isEmpty();
        boolean inquiry = !surveys.isEmpty() || research;
        if (!publicity && !inquiry) {
            return List.of();
        }
        int issues = bulletins.stream().mapToInt(PublicityData.Bulletin::issues).sum();
        int published = articles.stream().mapToInt(PublicityData.Article::count).sum();
        int posts = online.stream().mapToInt(PublicityData.Channel::posts).sum();
        int sent = surveys.stream().mapToInt(PublicityData.Survey::sent).sum();
        int returned = surveys.stream().mapToInt(PublicityData.Survey::returned).sum();
        // a campaign given without a count was held once
        int held = campaigns.stream().mapToInt(c -> c.times() == null || c.times() == 0 ? 1 : c.times()).sum();

        if (issues > 0) {
            context.publish(Figure.of("publicity.bulletins.issues", "编发简报", issues, "期"));
        }
        if (news) {
            context.publish(Figure.of("publicity.news.submitted", "报送工会信息", n.submitted(), "条"));
            if (n.adopted() != null && n.adopted() > 0) {
                context.publish(Figure.of("publicity.news.adopted", "报送信息被采用", n.adopted(), "条"));
            }
        }
        if (published > 0) {
            context.publish(Figure.headline("publicity.articles", "在各级媒体刊发稿件", published, "篇"));
        }
        if (posts > 0) {
            // named by the channels given: accounts only, websites only, or both
            boolean accounts = data.online().stream().anyMatch(c -> c.name().contains("公众号") || c.name().endsWith("号"));
            boolean sites = data.online().stream().anyMatch(c -> !(c.name().contains("公众号") || c.name().endsWith("号")));
            String label = accounts && sites ? "通过公众号和网站发布信息" : accounts ? "通过微信公众号发布信息" : "通过网站发布信息";
            context.publish(Figure.of("publicity.online.posts", label, posts, "条"));
        }
        if (!campaigns.isEmpty()) {
            context.publish(Figure.of("publicity.campaigns", "开展宣传活动", held, "次"));
        }
        if (sent > 0) {
            context.publish(Figure.of("publicity.surveys.sent", "发放调查问卷", sent, "份"));
            context.publish(Figure.of("publicity.surveys.returned", "收回调查问卷", returned, "份"));
            context.publish(Figure.rate("publicity.surveys.rate", "问卷回收率", returned, sent));
        }
        if (research) {
            context.publish(Figure.headline("publicity.research.reports", "形成调研报告", r.reports(), "篇"));
        }
        return context.template("publicity.vm")
                .with("data", data)
                .with("bulletins", bulletins)
                .with("issues", issues)
                .with("news", news)
                .with("articles", articles)
                .with("published", published)
                .with("online", online)
                .with("campaigns", campaigns)
                .with("surveys", surveys)
                .with("sent", sent)
                .with("returned", returned)
                .with("research", research)
                .with("publicity", publicity)
                .with("inquiry", inquiry)
                .with("headed", publicity && inquiry)
                .render();
    }
}
