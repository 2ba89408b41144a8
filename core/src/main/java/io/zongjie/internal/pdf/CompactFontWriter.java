package io.zongjie.internal.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * A {@link PdfWriter} that compacts each embedded TrueType font program ({@link FontProgramCompactor}) before it
 * is compressed at the profile's level. For the faces zongjie parsed ({@link TrueTypeFace}) it cuts each subset from
 * the face itself and writes the font's objects as OpenPDF would ({@link #addSharedObjectsToBody()}); any other font
 * comes to it from OpenPDF's subsetter stored (compression level 0, set on the shared fonts), so each program is
 * deflated once, after compaction.
 */
final class CompactFontWriter extends PdfWriter {

    private final int compression;

    /**
     * The Deflate level of the fonts' small streams (ToUnicode, CID set): within a few per cent of level 9 in size, at a
     * fraction of its time.
     */
    private static final int SMALL_STREAMS = 4;

    /** The face each font was read from, for cutting its subsets; empty for a font OpenPDF is to subset. */
    private final Function<BaseFont, Optional<TrueTypeFace>> faces;

    private CompactFontWriter(PdfDocument document, OutputStream os, int compression,
            Function<BaseFont, Optional<TrueTypeFace>> faces) {
        super(document, os);
        this.compression = compression;
        this.faces = faces;
    }

    /**
     * Like {@link PdfWriter#getInstance(com.lowagie.text.Document, OutputStream)}, with compacted fonts; the subsets of
     * fonts that {@code faces} knows are cut from their faces.
     */
    static CompactFontWriter create(com.lowagie.text.Document document, OutputStream os, int compression,
            Function<BaseFont, Optional<TrueTypeFace>> faces) throws DocumentException {
        PdfDocument pdf = new PdfDocument();
        pdf.setTextRenderingOptions(document.getTextRenderingOptions());
        document.addDocListener(pdf);
        CompactFontWriter writer = new CompactFontWriter(pdf, os, compression, faces);
        pdf.addWriter(writer);
        return writer;
    }

    /** The glyph maps of renumbered font programs, by the object number of the program, then of its descriptor. */
    private final java.util.Map<Integer, byte[]> glyphMaps = new java.util.HashMap<>();

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
                byte[] map = glyphMaps.remove(program.getNumber());
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

    private int fontsCut;

    /** How many of the document's fonts were written with subsets cut from their faces (0: all by OpenPDF). */
    int fontsCut() {
        return fontsCut;
    }

    /** One font of the document, to be written with a subset cut from its face. */
    private record CutFont(BaseFont font, PdfIndirectReference reference, int[][] metrics,
            Map<Integer, int[]> filler, FontProgramCompactor.Renumbered subset) {
    }

    /**
     * Writes the fonts as OpenPDF's {@code TrueTypeFontUnicode.writeFont} does — the same objects in the same order,
     * the dictionaries and maps from OpenPDF's own methods ({@link OpenPdfFontParts}) — but with each program cut from
     * the font's face, read once per process, instead of by OpenPDF's subsetter, which reads the whole face's
     * {@code loca} a byte at a time and writes one entry per glyph of the font, for every document; the program is the
     * same, byte for byte. When the parts are missing or any font of the document is not one this can cut (not
     * embedded, not a face read, a glyph it cannot place), OpenPDF writes all of them, as before.
     */
    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    protected void addSharedObjectsToBody() throws IOException {
        List<CutFont> cut = cutFonts();
        if (cut == null) {
            super.addSharedObjectsToBody();
            return;
        }
        for (CutFont font : cut) {
            writeFont(font);
        }
        fontsCut = cut.size();
        Map written = new LinkedHashMap(documentFonts); // the rest of the shared objects, without the fonts again
        documentFonts.clear();
        try {
            super.addSharedObjectsToBody();
        } finally {
            documentFonts.putAll(written);
        }
    }

    /** Every font of the document with its subset cut, in OpenPDF's order; {@code null} if any cannot be. */
    @SuppressWarnings("unchecked") // TrueTypeFontUnicode is a Comparator<int[]>, OpenPDF's order of metrics
    private List<CutFont> cutFonts() {
        OpenPdfFontParts parts = OpenPdfFontParts.get().orElse(null);
        if (parts == null || documentFonts.isEmpty()) {
            return null;
        }
        List<CutFont> cut = new ArrayList<>();
        for (Map.Entry<BaseFont, ?> entry : documentFonts.entrySet()) {
            BaseFont font = entry.getKey();
            Optional<TrueTypeFace> face = faces.apply(font);
            if (!parts.isUnicodeTrueType(font) || !font.isSubset() || face.isEmpty()
                    || !BaseFont.IDENTITY_H.equals(font.getEncoding())) {
                return null;
            }
            Map<Integer, int[]> used = parts.usedGlyphs(entry.getValue());
            Optional<FontProgramCompactor.Renumbered> subset = FontProgramCompactor.subset(face.get(), used.keySet());
            if (subset.isEmpty()) {
                return null;
            }
            int[][] metrics = used.values().toArray(new int[0][]);
            Arrays.sort(metrics, (Comparator<int[]>) font); // OpenPDF's order: by glyph ID
            cut.add(new CutFont(font, parts.reference(entry.getValue()), metrics,
                    parts.fillerCmap(entry.getValue()), subset.get()));
        }
        return cut;
    }

    /** One font, as OpenPDF writes it: CID set, program, descriptor, CIDFont (with its glyph map), ToUnicode, Type 0. */
    private void writeFont(CutFont cut) throws IOException {
        OpenPdfFontParts parts = OpenPdfFontParts.get().orElseThrow();
        BaseFont font = cut.font();
        PdfIndirectReference cidSet = null;
        if (font.isIncludeCidSet() || getPDFXConformance() == PDFA1A || getPDFXConformance() == PDFA1B) {
            PdfStream set;
            if (cut.metrics().length == 0) {
                set = new PdfStream(new byte[] {(byte) 0x80});
            } else {
                byte[] bits = new byte[cut.metrics()[cut.metrics().length - 1][0] / 8 + 1];
                for (int[] metric : cut.metrics()) {
                    bits[metric[0] / 8] |= (byte) (0x80 >>> (metric[0] % 8));
                }
                set = new PdfStream(bits);
                set.flateCompress(SMALL_STREAMS); // what addToBody makes of OpenPDF's stored one
            }
            cidSet = super.addToBody(set).getIndirectReference();
        }
        byte[] compact = cut.subset().program();
        PdfStream program = new PdfStream(compact);
        program.put(PdfName.LENGTH1, new PdfNumber(compact.length));
        program.flateCompress(compression);
        PdfIndirectReference programRef = super.addToBody(program).getIndirectReference();
        glyphMaps.put(programRef.getNumber(), cut.subset().glyphMap());
        String prefix = parts.subsetPrefix(font);
        PdfIndirectReference descriptor = addToBody(parts.fontDescriptor(font, programRef, prefix, cidSet))
                .getIndirectReference();
        PdfIndirectReference cidFont = addToBody(parts.cidFont(font, descriptor, prefix, cut.metrics()))
                .getIndirectReference();
        byte[] toUnicode = toUnicode(cut.metrics(), cut.filler());
        PdfIndirectReference toUnicodeRef = null;
        if (toUnicode != null) {
            PdfStream map = new PdfStream(toUnicode);
            map.flateCompress(SMALL_STREAMS);
            toUnicodeRef = super.addToBody(map).getIndirectReference();
        }
        addToBody(parts.type0(font, cidFont, prefix, toUnicodeRef), cut.reference());
    }

    /** The fixed beginning of a ToUnicode CMap as OpenPDF writes it. */
    private static final String CMAP_HEAD = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
            + "/CIDSystemInfo\n<< /Registry (TTX+0)\n/Ordering (T42UV)\n/Supplement 0\n>> def\n"
            + "/CMapName /TTX+0 def\n/CMapType 2 def\n1 begincodespacerange\n<0000><FFFF>\nendcodespacerange\n";
    private static final String CMAP_TAIL = "endbfrange\nendcmap\nCMapName currentdict /CMap defineresource pop\n"
            + "end end\n";

    /**
     * The ToUnicode CMap OpenPDF's {@code TrueTypeFontUnicode} writes for these metrics ({glyph ID, width, Unicode},
     * by glyph ID) and filler CMap — the same entries in the same order, in ranges of 100 — or {@code null} when no
     * glyph maps to a character. OpenPDF builds it through a string per number; this writes the digits directly.
     */
    static byte[] toUnicode(int[][] metrics, Map<Integer, int[]> filler) {
        // OpenPDF's mergeMetricsAndFillerCmap: its order is this map's
        Map<Integer, int[]> merged = new java.util.HashMap<>();
        for (int[] metric : metrics) {
            merged.put(metric[0], metric);
        }
        for (Map.Entry<Integer, int[]> entry : filler.entrySet()) {
            int[] row = entry.getValue();
            merged.put(entry.getKey(), new int[] {row[0], 0, row[1]});
        }
        List<int[]> mapped = new ArrayList<>(merged.size());
        for (int[] metric : merged.values()) {
            if (metric.length >= 3) { // a glyph drawn without a character (showText of a GlyphVector) has none
                mapped.add(metric);
            }
        }
        if (mapped.isEmpty()) {
            return null;
        }
        StringBuilder cmap = new StringBuilder(CMAP_HEAD.length() + 24 * mapped.size() + 200).append(CMAP_HEAD);
        for (int k = 0; k < mapped.size(); k += 100) {
            if (k > 0) {
                cmap.append("endbfrange\n");
            }
            int end = Math.min(mapped.size(), k + 100);
            cmap.append(end - k).append(" beginbfrange\n");
            for (int[] metric : mapped.subList(k, end)) {
                hex(cmap, metric[0]);
                hex(cmap, metric[0]);
                hex(cmap, metric[2]);
                cmap.append('\n');
            }
        }
        return cmap.append(CMAP_TAIL).toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** {@code <hhhh>}, or {@code [<hhhhhhhh>]} (a surrogate pair) past the BMP: OpenPDF's {@code toHex}. */
    private static void hex(StringBuilder out, int n) {
        if (n < 0x10000) {
            hex4(out.append('<'), n).append('>');
        } else {
            int m = n - 0x10000;
            hex4(hex4(out.append("[<"), m / 0x400 + 0xD800), m % 0x400 + 0xDC00).append(">]");
        }
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** The last four lower-case hexadecimal digits of {@code n}, with leading zeros. */
    private static StringBuilder hex4(StringBuilder out, int n) {
        return out.append(HEX[(n >>> 12) & 0xF]).append(HEX[(n >>> 8) & 0xF]).append(HEX[(n >>> 4) & 0xF])
                .append(HEX[n & 0xF]);
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
        renumbered.ifPresent(r -> glyphMaps.put(added.getIndirectReference().getNumber(), r.glyphMap()));
        return added;
    }

    /**
     * Gives the CIDFont of a renumbered program a {@code /CIDToGIDMap} stream that maps each CID (the original glyph
     * ID, which the page content, {@code /W} and ToUnicode go on using) to the glyph ID in the program.
     */
    private void mapGlyphs(PdfDictionary cidFont, byte[] glyphMap) throws IOException {
        if (!PdfName.CIDFONTTYPE2.equals(cidFont.get(PdfName.SUBTYPE))) {
            throw new IOException("a renumbered TrueType program is described by a " + cidFont.get(PdfName.SUBTYPE));
        }
        PdfStream map = new PdfStream(glyphMap);
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
