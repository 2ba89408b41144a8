package io.zongjie.internal.pdf;

import java.nio.ByteBuffer;

/**
 * Makes an embedded TrueType subset smaller without changing a glyph: the horizontal metrics ({@code hmtx}) of
 * glyphs that the subset does not carry are set to zero, and the table checksums are brought up to date.
 *
 * <p>Why: OpenPDF's subsetter keeps the original glyph IDs, so a subset still holds one {@code hmtx} entry for
 * every glyph of the font (27,000–45,000 in a Chinese face) with the original advance and side bearing, which
 * compress poorly and were a third of a report's bytes. A PDF viewer takes widths from the font dictionary's
 * {@code /W} array, never from {@code hmtx}, and a glyph without an outline draws nothing, so those entries are dead
 * weight; as zeros they compress to almost nothing. Glyphs that are in the subset keep their metrics exactly.
 */
final class FontProgramCompactor {

    private FontProgramCompactor() {
    }

    /**
     * The font program with the metrics of absent glyphs zeroed, or the same array when it is not a TrueType font
     * this understands (then nothing is changed).
     */
    static byte[] compact(byte[] font) {
        try {
            return compactOrThrow(font);
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            return font; // not the layout expected: embed it as it is rather than risk a broken font
        }
    }

    private static byte[] compactOrThrow(byte[] font) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int version = in.getInt(0);
        if (version != 0x00010000 && version != 0x74727565) { // 1.0 or 'true'
            return font;
        }
        int tables = in.getShort(4) & 0xFFFF;
        int[] head = null;
        int[] hhea = null;
        int[] maxp = null;
        int[] loca = null;
        int[] hmtx = null;
        int hmtxRecord = -1;
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            String tag = new String(font, record, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
            int[] entry = {in.getInt(record + 8), in.getInt(record + 12)};
            switch (tag) {
                case "head" -> head = entry;
                case "hhea" -> hhea = entry;
                case "maxp" -> maxp = entry;
                case "loca" -> loca = entry;
                case "hmtx" -> {
                    hmtx = entry;
                    hmtxRecord = record;
                }
                default -> { }
            }
        }
        if (head == null || hhea == null || maxp == null || loca == null || hmtx == null) {
            return font;
        }
        boolean longOffsets = in.getShort(head[0] + 50) != 0;
        int glyphs = in.getShort(maxp[0] + 4) & 0xFFFF;
        int longMetrics = in.getShort(hhea[0] + 34) & 0xFFFF;
        if (longMetrics == 0 || longMetrics > glyphs
                || hmtx[1] < 4 * longMetrics + 2 * (glyphs - longMetrics)
                || loca[1] < (longOffsets ? 4 : 2) * (glyphs + 1)) {
            return font;
        }
        byte[] out = font.clone();
        ByteBuffer buf = ByteBuffer.wrap(out);
        boolean changed = false;
        for (int g = 0; g < glyphs; g++) {
            long start = longOffsets ? in.getInt(loca[0] + 4 * g) & 0xFFFFFFFFL : 2L * (in.getShort(loca[0] + 2 * g) & 0xFFFF);
            long end = longOffsets ? in.getInt(loca[0] + 4 * g + 4) & 0xFFFFFFFFL
                    : 2L * (in.getShort(loca[0] + 2 * g + 2) & 0xFFFF);
            if (start != end || g == 0) {
                continue; // a glyph with an outline, or .notdef: keep its metrics
            }
            if (g < longMetrics) {
                int at = hmtx[0] + 4 * g;
                changed |= buf.getInt(at) != 0;
                buf.putInt(at, 0);
            } else {
                int at = hmtx[0] + 4 * longMetrics + 2 * (g - longMetrics);
                changed |= buf.getShort(at) != 0;
                buf.putShort(at, (short) 0);
            }
        }
        if (!changed) {
            return font;
        }
        // The table's checksum, then the whole font's (head.checkSumAdjustment), as the TrueType spec defines them.
        buf.putInt(hmtxRecord + 4, (int) checksum(out, hmtx[0], hmtx[1]));
        buf.putInt(head[0] + 8, 0);
        long whole = checksum(out, 0, out.length);
        buf.putInt(head[0] + 8, (int) (0xB1B0AFBAL - whole));
        return out;
    }

    /** The sum of the big-endian 32-bit words of a range, padded with zeros to a multiple of four bytes. */
    static long checksum(byte[] data, int offset, int length) {
        long sum = 0;
        int end = offset + length;
        for (int i = offset; i < end; i += 4) {
            int word = 0;
            for (int k = 0; k < 4; k++) {
                word = (word << 8) | (i + k < end && i + k < data.length ? data[i + k] & 0xFF : 0);
            }
            sum = (sum + (word & 0xFFFFFFFFL)) & 0xFFFFFFFFL;
        }
        return sum;
    }
}
