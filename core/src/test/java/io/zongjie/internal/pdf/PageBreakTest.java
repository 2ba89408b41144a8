package io.zongjie.internal.pdf;

import static io.zongjie.internal.pdf.PdfTestSupport.render;
import static io.zongjie.internal.pdf.PdfTestSupport.squash;
import static org.assertj.core.api.Assertions.assertThat;

import io.zongjie.document.Block;
import io.zongjie.document.Document;
import io.zongjie.document.Heading;
import io.zongjie.document.Paragraph;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** Headings stay with the text that follows them. */
class PageBreakTest {

    private static final String HEADING = "（三）标题不落在页脚";

    @Test
    void noPageEndsWithAHeading() throws IOException {
        PdfRenderer renderer = new PdfRenderer();
        // A one-line paragraph moves everything after it down one line, so one of these documents puts the
        // heading on each of the last lines of page 1.
        for (int filler = 14; filler <= 23; filler++) {
            List<Block> blocks = new ArrayList<>();
            for (int i = 0; i < filler; i++) {
                blocks.add(Paragraph.of("短段落第" + (i + 1) + "行。"));
            }
            blocks.add(new Heading(2, "（三）", "标题不落在页脚"));
            blocks.add(Paragraph.of("这是标题后面的正文，它很长，会占用好几行，用来检查标题是否和后面的正文留在同一页上，而不是孤零零地"
                    + "留在上一页的最后一行，这在公文排版中是不允许的。"));
            byte[] pdf = render(renderer, new Document(SampleDocuments.meta(), blocks));
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setSortByPosition(true);
                for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                    stripper.setStartPage(p);
                    stripper.setEndPage(p);
                    List<String> lines = new ArrayList<>();
                    for (String line : stripper.getText(doc).split("\\R")) {
                        String s = squash(line);
                        if (!s.isEmpty() && !s.matches("—\\d+—")) {
                            lines.add(s);
                        }
                    }
                    assertThat(lines.get(lines.size() - 1))
                            .as("last line of page %d with %d filler lines", p, filler)
                            .isNotEqualTo(HEADING);
                }
            }
        }
    }
}
