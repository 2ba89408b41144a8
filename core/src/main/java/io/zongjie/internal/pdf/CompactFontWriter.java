package io.zongjie.internal.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfDocument;
import com.lowagie.text.pdf.PdfIndirectObject;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A {@link PdfWriter} that compacts each embedded TrueType font program ({@link FontProgramCompactor}) before it
 * is compressed at the profile's level. Fonts come to it stored (compression level 0, set on the shared fonts), so
 * each program is deflated once, after compaction.
 */
final class CompactFontWriter extends PdfWriter {

    private final int compression;

    private CompactFontWriter(PdfDocument document, OutputStream os, int compression) {
        super(document, os);
        this.compression = compression;
    }

    /** Like {@link PdfWriter#getInstance(com.lowagie.text.Document, OutputStream)}, with compacted fonts. */
    static CompactFontWriter create(com.lowagie.text.Document document, OutputStream os, int compression)
            throws DocumentException {
        PdfDocument pdf = new PdfDocument();
        pdf.setTextRenderingOptions(document.getTextRenderingOptions());
        document.addDocListener(pdf);
        CompactFontWriter writer = new CompactFontWriter(pdf, os, compression);
        pdf.addWriter(writer);
        return writer;
    }

    @Override
    public PdfIndirectObject addToBody(PdfObject object) throws IOException {
        return super.addToBody(compactFont(object));
    }

    /** A TrueType font program (a stream with {@code /Length1}), compacted and compressed; anything else as is. */
    private PdfObject compactFont(PdfObject object) throws IOException {
        if (!(object instanceof PdfStream stream) || stream.get(PdfName.LENGTH1) == null
                || !PdfName.FLATEDECODE.equals(stream.get(PdfName.FILTER))) {
            return object;
        }
        ByteArrayOutputStream stored = new ByteArrayOutputStream();
        stream.writeContent(stored);
        byte[] program;
        try {
            program = inflate(stored.toByteArray());
        } catch (DataFormatException e) {
            return object;
        }
        byte[] compact = FontProgramCompactor.compact(program);
        PdfStream result = new PdfStream(compact);
        result.put(PdfName.LENGTH1, new PdfNumber(compact.length));
        result.flateCompress(compression);
        return result;
    }

    private static byte[] inflate(byte[] deflated) throws DataFormatException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(deflated);
            ByteArrayOutputStream out = new ByteArrayOutputStream(deflated.length);
            byte[] chunk = new byte[1 << 16];
            while (!inflater.finished()) {
                int n = inflater.inflate(chunk);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new DataFormatException("truncated font stream");
                }
                out.write(chunk, 0, n);
            }
            return out.toByteArray();
        } finally {
            inflater.end();
        }
    }
}
