package io.zongjie.internal.pdf;

import io.zongjie.document.Document;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Rendering and reading back PDFs in tests. */
final class PdfTestSupport {

    /** Where tests leave their PDFs for a human to look at. */
    static final Path OUT = Path.of("target", "pdf-samples");

    private PdfTestSupport() {
    }

    static byte[] render(PdfRenderer renderer, Document document) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            renderer.render(document, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void keep(String name, byte[] pdf) throws IOException {
        Files.createDirectories(OUT);
        Files.write(OUT.resolve(name), pdf);
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // OpenPDF writes tables on a layer after the page's text; read in reading order instead.
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc);
        }
    }

    /** Removes whitespace of every kind, for comparing text regardless of line breaks and justification. */
    static String squash(String s) {
        return s.replaceAll("[\\s\\u00A0\\u3000]+", "");
    }
}
