package io.zongjie.formats.docx;

import io.zongjie.document.Document;
import io.zongjie.spi.Renderer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Renders a {@link Document} as a Word file (DOCX) laid out after GB/T 9704-2012, for the union office to finish in
 * Word or WPS: real named styles with outline levels, the faces by role in every font slot, A4 with the standard's
 * margins and a 22 × 28 document grid, page numbers 「— 1 —」 as a PAGE field on the outer edge (odd pages right,
 * even left), tables whose header row repeats, and the document's properties.
 *
 * <p>Built on Apache POI. The output is deterministic: the zip entries carry the report's date and the document's
 * dates are the report's date, so the same document gives the same bytes. Instances are stateless and
 * thread-safe.
 */
public final class DocxRenderer implements Renderer {

    /** Twips (twentieths of a point) in a millimetre. */
    static final double TWIPS_PER_MM = 1440 / 25.4;

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public List<String> extensions() {
        return List.of("docx");
    }

    @Override
    public String description() {
        return "Word (DOCX) after GB/T 9704-2012: styles, outline, grid and page numbers, to finish in Word or WPS";
    }

    @Override
    public void render(Document document, OutputStream out) throws IOException {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(out, "out");
        ByteArrayOutputStream written = new ByteArrayOutputStream(1 << 16);
        try (XWPFDocument docx = new XWPFDocument()) {
            new DocxWriter(document, docx).write();
            docx.write(written);
        }
        StableZip.rewrite(written.toByteArray(), document.meta().date(), out);
        out.flush();
    }
}
