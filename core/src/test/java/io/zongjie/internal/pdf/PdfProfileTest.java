package io.zongjie.internal.pdf;

import io.zongjie.api.pdf.PdfProfile;
import io.zongjie.api.pdf.FontRole;
import io.zongjie.api.pdf.FontSource;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PdfProfileTest {

    @Test
    void standardFollowsGbT9704() {
        PdfProfile p = PdfProfile.standard();
        assertThat(p.marginTopMm()).isEqualTo(37f);
        assertThat(p.marginLeftMm()).isEqualTo(28f);
        assertThat(p.textWidthMm()).isEqualTo(156f);
        assertThat(p.textHeightMm()).isEqualTo(225f);
        assertThat(p.marginRightMm()).isEqualTo(26f);
        assertThat(p.marginBottomMm()).isEqualTo(35f);
        assertThat(p.titleSize()).isEqualTo(22f);
        assertThat(p.bodySize()).isEqualTo(16f);
        assertThat(p.pageNumberSize()).isEqualTo(14f);
        assertThat(PdfProfile.mm(p.textHeightMm()) / p.leading()).as("lines per page").isBetween(22f, 22.1f);
        assertThat(p.fonts()).isEmpty();
    }

    @Test
    void withMethodsChangeOnlyTheirField() {
        PdfProfile loose = PdfProfile.standard().withBody(14, 24).withTextBlock(25, 25, 160, 247);
        assertThat(loose.bodySize()).isEqualTo(14f);
        assertThat(loose.leading()).isEqualTo(24f);
        assertThat(loose.textHeightMm()).isEqualTo(247f);
        assertThat(loose.titleSize()).isEqualTo(22f);
        assertThat(loose.toBuilder().build()).isEqualTo(loose);
        assertThat(PdfProfile.standard()).isEqualTo(PdfProfile.standard());
    }

    @Test
    void layoutKeyIgnoresWhereFontsAreButNotTheLayout() {
        PdfProfile standard = PdfProfile.standard();
        assertThat(standard.withFontDirectories(java.util.List.of(Path.of("/elsewhere"))).layoutKey())
                .isEqualTo(standard.layoutKey());
        assertThat(standard.withFontOption("/f/simsun.ttc").layoutKey()).isEqualTo(standard.layoutKey());
        assertThat(standard.withBody(15, 28).layoutKey()).isNotEqualTo(standard.layoutKey());
        assertThat(standard.withFontCompression(6).layoutKey()).isNotEqualTo(standard.layoutKey());
    }

    @Test
    void layoutKeyIsTheDocumentedEncodingNotRecordToString() {
        assertThat(PdfProfile.standard().layoutKey()).isEqualTo("marginTopMm=37.0;marginLeftMm=28.0;"
                + "textWidthMm=156.0;textHeightMm=225.0;titleSize=22.0;titleLeading=28.95;bodySize=16.0;"
                + "leading=" + PdfProfile.standard().leading() + ";tableSize=" + PdfProfile.standard().tableSize()
                + ";pageNumberSize=14.0;pageNumberGapMm=7.0;firstLineIndentChars=2.0;"
                + "signatureRightIndentChars=" + PdfProfile.standard().signatureRightIndentChars()
                + ";fontCompression=" + PdfProfile.standard().fontCompression());
    }

    @Test
    void layoutKeyNamesEveryLayoutSetting() {
        String key = PdfProfile.standard().layoutKey();
        // a setting added to the record must be added to the key, or two layouts would share their bytes' hash
        for (java.lang.reflect.RecordComponent c : PdfProfile.class.getRecordComponents()) {
            if (!c.getName().equals("fonts") && !c.getName().equals("fontDirectories")) {
                assertThat(key).as("the layout key's " + c.getName()).contains(c.getName() + "=");
            }
        }
    }

    @Test
    void rejectsImpossibleLayouts() {
        assertThatThrownBy(() -> PdfProfile.builder().textWidthMm(200).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PdfProfile.builder().bodySize(0).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> PdfProfile.standard().withFontCompression(10))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void takesTheFontOptionForOneOrEveryRole() {
        PdfProfile all = PdfProfile.standard().withFontOption("/f/simsun.ttc,1");
        assertThat(all.fonts()).hasSize(4).containsValue(new FontSource(Path.of("/f/simsun.ttc"), 1));

        PdfProfile some = PdfProfile.standard().withFontOption("body=/f/simfang.ttf").withFontOption("Heading1=/f/simhei.ttf");
        assertThat(some.fonts()).containsOnlyKeys(FontRole.BODY, FontRole.HEADING1);
        assertThat(some.fonts().get(FontRole.HEADING1)).isEqualTo(FontSource.of(Path.of("/f/simhei.ttf")));

        assertThatThrownBy(() -> PdfProfile.standard().withFontOption("bodz=/f/x.ttf"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("heading1");
    }
}
