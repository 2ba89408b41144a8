package io.zongjie.internal.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfDocument;
import com.lowagie.text.pdf.PdfIndirectReference;
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

    /**
     * The Deflate level of the fonts' small streams (ToUnicode, CID set): within a few per cent of level 9 in size, at a
     * fraction of its time.
     */
    private static final int SMALL_STREAMS = 4;

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

    /** The glyph maps of renumbered font programs, by the object number of the program, then of its descriptor. */
    private final java.util.Map<Integer, int[]> glyphMaps = new java.util.HashMap<>();

    @Override
    public PdfIndirectObject addToBody(PdfObject object) throws IOException {
        if (object instanceof PdfStream stream && PdfName.FLATEDECODE.equals(stream.get(PdfName.FILTER))) {
            if (stream.get(PdfName.LENGTH1) != null) {
                return addFontProgram(stream);
            }
            return super.addToBody(recompressed(stream));
        }
        if (object instanceof PdfDictionary dictionary) {
            if (dictionary.get(PdfName.FONTFILE2) instanceof PdfIndirectReference program
                    && glyphMaps.containsKey(program.getNumber())) {
                int[] map = glyphMaps.remove(program.getNumber());
                PdfIndirectObject added = super.addToBody(dictionary);
                glyphMaps.put(added.getIndirectReference().getNumber(), map);
                return added;
            }
            if (dictionary.get(PdfName.FONTDESCRIPTOR) instanceof PdfIndirectReference descriptor
                    && glyphMaps.containsKey(descriptor.getNumber())) {
                mapGlyphs(dictionary, glyphMaps.remove(descriptor.getNumber()));
            }
        }
        return super.addToBody(object);
    }

    /**
     * A TrueType font program, renumbered to compact glyph IDs where it can be (else with the metrics of absent glyphs
     * zeroed), deflated once at the profile's level.
     */
    private PdfIndirectObject addFontProgram(PdfStream stream) throws IOException {
        byte[] program;
        try {
            program = inflate(content(stream));
        } catch (DataFormatException e) {
            return super.addToBody(stream);
        }
        java.util.Optional<FontProgramCompactor.Renumbered> renumbered = FontProgramCompactor.renumber(program);
        byte[] compact = renumbered.map(FontProgramCompactor.Renumbered::program)
                .orElseGet(() -> FontProgramCompactor.compact(program));
        PdfStream result = new PdfStream(compact);
        result.put(PdfName.LENGTH1, new PdfNumber(compact.length));
        result.flateCompress(compression);
        PdfIndirectObject added = super.addToBody(result);
        renumbered.ifPresent(r -> glyphMaps.put(added.getIndirectReference().getNumber(), r.glyphOf()));
        return added;
    }

    /**
     * Gives the CIDFont of a renumbered program a {@code /CIDToGIDMap} stream that maps each CID (the original glyph
     * ID, which the page content, {@code /W} and ToUnicode go on using) to the glyph ID in the program.
     */
    private void mapGlyphs(PdfDictionary cidFont, int[] glyphOf) throws IOException {
        if (!PdfName.CIDFONTTYPE2.equals(cidFont.get(PdfName.SUBTYPE))) {
            throw new IOException("a renumbered TrueType program is described by a " + cidFont.get(PdfName.SUBTYPE));
        }
        byte[] bytes = new byte[2 * glyphOf.length];
        for (int cid = 0; cid < glyphOf.length; cid++) {
            bytes[2 * cid] = (byte) (glyphOf[cid] >> 8);
            bytes[2 * cid + 1] = (byte) glyphOf[cid];
        }
        PdfStream map = new PdfStream(bytes);
        map.flateCompress(java.util.zip.Deflater.BEST_SPEED); // long runs of one value: level 1 already packs them
        cidFont.put(PdfName.CIDTOGIDMAP, super.addToBody(map).getIndirectReference());
    }

    /**
     * A stream the fonts stored (their ToUnicode maps and CID sets come at the fonts' level, 0) deflated; any other
     * stream as it is.
     */
    private static PdfStream recompressed(PdfStream stream) throws IOException {
        byte[] deflated = content(stream);
        // a zlib header, then a first block of type 00 (stored): nothing was compressed
        if (deflated.length < 3 || (deflated[2] & 0x06) != 0 || stream.get(PdfName.DECODEPARMS) != null) {
            return stream;
        }
        byte[] plain;
        try {
            plain = inflate(deflated);
        } catch (DataFormatException e) {
            return stream;
        }
        PdfStream result = new PdfStream(plain);
        for (PdfName key : stream.getKeys()) {
            if (!PdfName.FILTER.equals(key) && !PdfName.LENGTH.equals(key)) {
                result.put(key, stream.get(key));
            }
        }
        result.flateCompress(SMALL_STREAMS);
        return result;
    }

    private static byte[] content(PdfStream stream) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        stream.writeContent(bytes);
        return bytes.toByteArray();
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
