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
}
