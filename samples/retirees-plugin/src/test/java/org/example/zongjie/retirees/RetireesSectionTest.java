package org.example.zongjie.retirees;

import static io.zongjie.testing.SectionHarness.data;
import static org.assertj.core.api.Assertions.assertThat;

import io.zongjie.testing.SectionHarness;
import io.zongjie.testing.Translations;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The retirees section through the real engine, with zongjie's SectionHarness. */
class RetireesSectionTest {

    private static final SectionHarness harness = SectionHarness.of(new RetireesModule());

    @Test
    void everyTemplateCompilesAndEveryMessageHasBothLanguages() {
        harness.assertTemplatesCompile();
        Translations.assertComplete("org/example/zongjie/retirees/messages", getClass().getClassLoader());
    }

    @Test
    void oneVisitAloneIsOneParagraphWithoutSubHeadings() {
        SectionHarness.Section s = harness.section("retirees", data("visits", List.of(
                data("occasion", "春节前夕", "month", 1, "persons", 18, "amount", 5400))));

        assertThat(s.headings()).containsExactly("一、关心离退休人员，做好离退休服务工作");
        assertThat(s.text()).contains("1月，春节前夕，工会走访慰问离退休教职工18人次，送去慰问金5400元。")
                .doesNotContain("共走访").doesNotContain("累计");
        assertThat(s.figures()).containsEntry("走访慰问离退休教职工", "18人次")
                .containsEntry("发放离退休教职工慰问金", "5400元");
        assertThat(s.opening()).contains("走访慰问离退休教职工18人次");
    }

    @Test
    void everyPartGetsANumberedSubHeadingAndTheVisitsAreTotalled() {
        SectionHarness.Section s = harness.section(SectionHarness.companyMeta(), "retirees", data(
                "visits", List.of(
                        data("occasion", "春节前夕", "month", 1, "persons", 56, "amount", 16800),
                        data("occasion", "重阳节", "month", 10, "persons", 58, "amount", 11600),
                        data("occasion", "生病住院期间", "persons", 7)),
                "farewell", data("persons", 9, "event", "退休欢送座谈会"),
                "activities", List.of(
                        data("name", "重阳节登高活动", "month", 10, "participants", 42),
                        data("name", "老年门球友谊赛", "participants", 24)),
                "checkup", data("persons", 55, "provider", "市第二人民医院", "cost", 22000)));

        assertThat(s.headings()).containsExactly("一、关心离退休人员，做好离退休服务工作", "（一）走访慰问离退休职工",
                "（二）组织离退休职工开展活动", "（三）关心离退休职工身体健康");
        int visited = 56 + 58 + 7;
        assertThat(s.text()).contains("10月，重阳节，走访慰问离退休职工58人次，送去慰问金1.16万元")
                .contains("生病住院期间，走访慰问离退休职工7人次。")
                .containsPattern("全年(共走访慰问|累计慰问)离退休职工" + visited + "人次，发放慰问金2.84万元。")
                .contains("全年有9名职工光荣退休，工会为他们举行了退休欢送座谈会。")
                .contains("全年共组织活动2项，参加66人次。")
                .contains("工会组织55名离退休职工到市第二人民医院进行健康体检，支出体检费用2.2万元。");
        assertThat(s.figures()).containsEntry("走访慰问离退休职工", visited + "人次")
                .containsEntry("发放离退休职工慰问金", "2.84万元")
                .containsEntry("离退休职工参加活动", "66人次")
                .containsEntry("组织离退休职工体检", "55人");
    }

    @Test
    void emptyDataLeavesTheSectionOut() {
        assertThat(harness.section("retirees", data()).isEmpty()).isTrue();
        assertThat(harness.section("retirees", data("visits", List.of())).isEmpty()).isTrue();
    }

    @Test
    void problemsComeWithTheirPaths() {
        // the school's report has 20 retired staff (report.membership.retirees)
        assertThat(harness.problems("retirees", data("visits", List.of(
                data("occasion", "春节前夕", "persons", 12), data("occasion", "重阳节", "persons", 25)))))
                .singleElement().asString()
                .startsWith("sections[0].data.visits[1].persons: is 25 but the report's membership")
                .contains("has only 20 retired staff");
        assertThat(harness.problems("retirees", data("checkup", data("persons", -1))))
                .containsExactly("sections[0].data.checkup.persons: must be greater than or equal to 0 (was -1)");
        assertThat(harness.problems("retirees", data("visits", List.of(data("persons", 3)))))
                .singleElement().asString().startsWith("sections[0].data.visits[0].occasion:");
        assertThat(harness.problems("retirees", data("chekup", data("persons", 3))))
                .singleElement().asString().contains("did you mean 'checkup'?");
    }

    @Test
    void aTemplateOverrideRewordsTheSection(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("retirees"));
        Files.writeString(dir.resolve("retirees/retirees.vm"), "<p>体检${fmt.people($data.checkup.persons)}。</p>\n");

        SectionHarness.Section s = harness.withTemplates(dir).section("retirees", data("checkup", data("persons", 7)));

        assertThat(s.text()).contains("体检7人。").doesNotContain("健康体检");
    }
}
