package io.zongjie.internal.pdf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One TrueType face of a font file, read once: its table directory and the glyph offsets of its {@code loca} table,
 * so that each document's subset is cut from it in time proportional to the glyphs it uses
 * ({@link FontProgramCompactor#subset}) rather than to the 27,000–45,000 glyphs of a Chinese face.
 *
 * <p>Immutable and shared by every document and thread that embeds the face. The file's bytes are not copied: they
 * are the array OpenPDF parsed the face from, which it keeps for the life of the font anyway.
 *
 * @param data        the whole file (a collection's every face)
 * @param tables      tag to {offset in {@code data}, length}, of this face's directory
 * @param glyphs      the face's glyph count ({@code maxp.numGlyphs})
 * @param longMetrics the number of long horizontal metrics ({@code hhea.numberOfHMetrics})
 * @param start       the offset of each glyph in {@code glyf} and, at {@code glyphs}, the end of the last
 */
record TrueTypeFace(byte[] data, Map<String, int[]> tables, int glyphs, int longMetrics, int[] start) {

    /**
     * Face {@code index} of {@code data} (0 for a single font), or empty when it is not a TrueType face whose tables
     * are all inside the file and whose {@code loca} is in order; then its subsets are left to OpenPDF.
     */
    static Optional<TrueTypeFace> read(byte[] data, int index) {
        try {
            return Optional.ofNullable(readOrNull(data, index));
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static TrueTypeFace readOrNull(byte[] data, int index) {
        ByteBuffer in = ByteBuffer.wrap(data);
        int directory = 0;
        if (in.getInt(0) == 0x74746366) { // 'ttcf': a collection, then the offset of each face's directory
            if (index < 0 || index >= in.getInt(8)) {
                return null;
            }
            directory = in.getInt(12 + 4 * index);
        }
        int version = in.getInt(directory);
        if (version != 0x00010000 && version != 0x74727565) { // 1.0 or 'true'
            return null;
        }
        int count = in.getShort(directory + 4) & 0xFFFF;
        Map<String, int[]> tables = new TreeMap<>();
        for (int i = 0; i < count; i++) {
            int record = directory + 12 + 16 * i;
            String tag = new String(data, record, 4, StandardCharsets.ISO_8859_1);
            int offset = in.getInt(record + 8);
            int length = in.getInt(record + 12);
            if (offset < 0 || length < 0 || offset > data.length - length) {
                return null;
            }
            tables.put(tag, new int[] {offset, length});
        }
        int[] head = tables.get("head");
        int[] hhea = tables.get("hhea");
        int[] maxp = tables.get("maxp");
        int[] loca = tables.get("loca");
        int[] hmtx = tables.get("hmtx");
        int[] glyf = tables.get("glyf");
        if (head == null || hhea == null || maxp == null || loca == null || hmtx == null || glyf == null
                || head[1] < 54 || hhea[1] < 36 || maxp[1] < 6) {
            return null;
        }
        boolean longOffsets = in.getShort(head[0] + 50) != 0;
        int glyphs = in.getShort(maxp[0] + 4) & 0xFFFF;
        int longMetrics = in.getShort(hhea[0] + 34) & 0xFFFF;
        if (glyphs < 1 || longMetrics == 0 || longMetrics > glyphs
                || hmtx[1] < 4 * longMetrics + 2 * (glyphs - longMetrics)
                || loca[1] < (longOffsets ? 4 : 2) * (glyphs + 1)) {
            return null;
        }
        int[] start = FontProgramCompactor.offsets(data, loca[0], glyphs + 1, longOffsets);
        for (int g = 0; g <= glyphs; g++) {
            // unsigned: an offset of 2 GB or more is negative here, and out of range like one past the table
            if (start[g] < 0 || start[g] > glyf[1] || (g > 0 && start[g] < start[g - 1])) {
                return null;
            }
        }
        return new TrueTypeFace(data, Map.copyOf(tables), glyphs, longMetrics, start);
    }

    /** The offset of a table in {@link #data()}, or -1 when the face has none by that tag. */
    int offset(String tag) {
        int[] table = tables.get(tag);
        return table == null ? -1 : table[0];
    }
}
