package io.zongjie.api.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zongjie.api.InvalidReportException;
import io.zongjie.api.Problem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfProfilesTest {

    @Test
    void changesOnlyTheSettingsGiven() {
        PdfProfile p = PdfProfiles.read("""
                bodySize: 14
                leading: 24
                fonts:
                  body: /fonts/simfang.ttf
                  title: /fonts/uming.ttc,0
                fontDirectories: [/opt/fonts]
                """, "house.yaml");

        PdfProfile standard = PdfProfile.standard();
        assertThat(p.bodySize()).isEqualTo(14f);
        assertThat(p.leading()).isEqualTo(24f);
        assertThat(p.marginTopMm()).isEqualTo(standard.marginTopMm());
        assertThat(p.titleSize()).isEqualTo(standard.titleSize());
        assertThat(p.fonts()).containsEntry(FontRole.BODY, new FontSource(Path.of("/fonts/simfang.ttf"), 0))
                .containsEntry(FontRole.TITLE, new FontSource(Path.of("/fonts/uming.ttc"), 0))
                .doesNotContainKey(FontRole.HEADING1);
        assertThat(p.fontDirectories()).containsExactly(Path.of("/opt/fonts"));
    }

    @Test
    void anEmptyProfileIsTheStandard() {
        assertThat(PdfProfiles.read("# nothing changed\n", "empty.yaml")).isEqualTo(PdfProfile.standard());
    }

    @Test
    void reportsEveryBadSettingWithItsName() {
        assertThatThrownBy(() -> PdfProfiles.read("bodySise: 14\nleading: big\nfonts: {body: 3}\n", "bad.yaml"))
                .isInstanceOfSatisfying(InvalidReportException.class, e -> assertThat(e.problems())
                        .extracting(Problem::source, Problem::path).containsExactly(
                                org.assertj.core.groups.Tuple.tuple("bad.yaml", "bodySise"),
                                org.assertj.core.groups.Tuple.tuple("bad.yaml", "leading"),
                                org.assertj.core.groups.Tuple.tuple("bad.yaml", "fonts.body")));
        assertThatThrownBy(() -> PdfProfiles.read("bodySise: 14\n", "bad.yaml"))
                .hasMessageContaining("did you mean 'bodySize'?");
    }

    @Test
    void aLayoutThatDoesNotFitA4IsRefused() {
        assertThatThrownBy(() -> PdfProfiles.read("marginTopMm: 200\n", "tall.yaml"))
                .isInstanceOfSatisfying(InvalidReportException.class, e -> assertThat(e.problems())
                        .extracting(Problem::message).containsExactly("the text block does not fit on an A4 page"));
        assertThatThrownBy(() -> PdfProfiles.read("fonts: {subtitle: /x.ttf}\n", "roles.yaml"))
                .hasMessageContaining("unknown font role 'subtitle'");
    }

    @Test
    void notAMappingIsRefused() {
        assertThatThrownBy(() -> PdfProfiles.read("- 1\n- 2\n", "list.yaml")).isInstanceOf(InvalidReportException.class)
                .hasMessageContaining("a render profile is a mapping");
    }

    @Test
    void brokenYamlNamesItsLine() {
        assertThatThrownBy(() -> PdfProfiles.read("bodySize: 14\nfonts: {body: [\n", "broken.yaml"))
                .isInstanceOfSatisfying(InvalidReportException.class, e -> {
                    assertThat(e.problems().get(0).line()).isPositive();
                    assertThat(List.of(e.getMessage())).first().asString().contains("is not valid YAML or JSON");
                });
    }
}
