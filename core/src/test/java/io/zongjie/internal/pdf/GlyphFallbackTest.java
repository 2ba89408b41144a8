package io.zongjie.internal.pdf;

import io.zongjie.api.pdf.PdfProfile;
import io.zongjie.api.pdf.FontRole;
import static io.zongjie.internal.pdf.PdfTestSupport.render;
import static io.zongjie.internal.pdf.PdfTestSupport.squash;
import static io.zongjie.internal.pdf.PdfTestSupport.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.zongjie.document.Document;
import io.zongjie.document.Inline;
import io.zongjie.document.Paragraph;
import io.zongjie.document.Table;
import io.zongjie.document.Title;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

/** Characters the role's font lacks are set in another face instead of vanishing. */
class GlyphFallbackTest {

    /** Ideographs that AR PL UMing lacks but WenQuanYi Zen Hei and LXGW WenKai have. */
    private static final String RARE = "匃匄卋";

    @Test
    void rareCharactersSurviveInAnotherEmbeddedFace() throws IOException {
        assertThat(FontLibrary.SHARED.resolve(PdfProfile.standard()).get(FontRole.BODY).charExists('匃'))
                .as("the body face must lack the test characters, or this test proves nothing").isFalse();
        Document doc = new Document(SampleDocuments.meta(), List.of(
                new Title("职工" + RARE + "慰问"),
                new Paragraph(List.of(new Inline.Text("困难职工王" + RARE + "，"), new Inline.Strong("刘" + RARE + "。"))),
                new Table("", List.of("姓名", "金额"), List.of(List.of("张" + RARE, "500")))));

        byte[] pdf = render(new PdfRenderer(), doc);

        assertThat(squash(text(pdf))).isEqualTo(squash(doc.plainText().replace("\t", "") + "— 1 —"));
        try (PDDocument read = Loader.loadPDF(pdf)) {
            PDPage page = read.getPage(0);
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
            }
        }
    }

    @Test
    void aCharacterNoEmbeddedFaceHasIsSetInStSongLightTheLastResort() throws IOException {
        // U+303F (ideographic half fill space) is in Adobe-GB1, which OpenPDF's STSong-Light covers, and in none of
        // the Debian faces
        FontLibrary.Resolved fonts = FontLibrary.SHARED.resolve(PdfProfile.standard());
        for (FontRole role : FontRole.values()) {
            assertThat(fonts.get(role).charExists(0x303F)).as("%s lacks U+303F, or this test proves nothing", role)
                    .isFalse();
        }
        Document with = new Document(SampleDocuments.meta(), List.of(new Title("职工慰问"),
                new Paragraph(List.of(new Inline.Text("半角\u303F空格。")))));
        Document without = new Document(SampleDocuments.meta(), List.of(new Title("职工慰问"),
                new Paragraph(List.of(new Inline.Text("半角空格。")))));

        byte[] pdf = render(new PdfRenderer(), with);
        assertThat(squash(text(pdf))).contains("半角\u303F空格。");
        assertThat(fontNames(pdf)).anyMatch(n -> n.startsWith("STSong-Light"));
        assertThat(fontNames(render(new PdfRenderer(), without))).noneMatch(n -> n.startsWith("STSong-Light"));
    }

    private static List<String> fontNames(byte[] pdf) throws IOException {
        List<String> names = new java.util.ArrayList<>();
        try (PDDocument read = Loader.loadPDF(pdf)) {
            for (PDPage page : read.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    names.add(page.getResources().getFont(name).getName());
                }
            }
        }
        return names;
    }
}
