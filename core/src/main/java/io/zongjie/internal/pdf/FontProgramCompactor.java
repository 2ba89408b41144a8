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

    /**
     * A subset renumbered to compact glyph IDs: its program, and its {@code CIDToGIDMap}: for each glyph ID of the
     * original (which stays the CID the page content, {@code /W} and the ToUnicode map use) the glyph ID in the
     * program, as a big-endian 16-bit number.
     */
    record Renumbered(byte[] program, byte[] glyphMap) {
    }

    /** The tables a renumbered program may carry as they are: none of them refers to a glyph by its ID. */
    private static final java.util.Set<String> KEPT_AS_IS = java.util.Set.of("cvt ", "fpgm", "prep", "gasp", "OS/2",
            "name");
    /** The tables a renumbered program gets new: written from the glyphs carried. */
    private static final java.util.Set<String> REBUILT = java.util.Set.of("glyf", "loca", "hmtx");
    /** The tables it keeps with a field changed: the glyph count, the metrics count, the offsets' format, no names. */
    private static final java.util.Set<String> AMENDED = java.util.Set.of("head", "hhea", "maxp", "post");

    /**
     * The subset with its glyphs renumbered: {@code .notdef} stays 0, ID 1 is one empty glyph, and the glyphs that have
     * outlines follow in their original order. Every glyph without an outline (the blank ones a text may use, such as
     * the space, and the many the subset left out) maps to the empty glyph, so the {@code CIDToGIDMap} built from
     * {@link Renumbered#glyphMap()} draws exactly what the original IDs drew. {@code loca} and {@code hmtx} then hold
     * one entry per glyph carried rather than one per glyph of the whole font, and {@code post} keeps no glyph names
     * (version 3).
     *
     * <p>Empty when the program is not one this can renumber safely: not TrueType, damaged, or carrying a table that
     * refers to glyph IDs ({@code cmap}, {@code kern}, …), which OpenPDF's subsets do not; then the caller embeds it
     * with the original IDs.
     */
    static java.util.Optional<Renumbered> renumber(byte[] font) {
        try {
            return java.util.Optional.ofNullable(renumberOrNull(font));
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static Renumbered renumberOrNull(byte[] font) {
        TrueTypeFace face = TrueTypeFace.read(font, 0).orElse(null);
        if (face == null) {
            return null;
        }
        for (String tag : face.tables().keySet()) {
            if (!KEPT_AS_IS.contains(tag) && !REBUILT.contains(tag) && !AMENDED.contains(tag)) {
                return null; // a table that may name glyph IDs
            }
        }
        java.util.TreeMap<String, int[]> kept = new java.util.TreeMap<>(face.tables());
        kept.keySet().removeAll(REBUILT);
        int[] start = face.start();
        int[] carried = new int[face.glyphs()];
        int count = 0;
        for (int g = 1; g < face.glyphs(); g++) {
            if (start[g + 1] > start[g]) {
                carried[count++] = g;
            }
        }
        return renumbered(face, ByteBuffer.wrap(font).getInt(0), kept, java.util.Arrays.copyOf(carried, count));
    }

    /** The tables OpenPDF's subsetter copies into a subset besides {@code glyf} and {@code loca}. */
    private static final java.util.List<String> SUBSET_TABLES = java.util.List.of("cvt ", "fpgm", "head", "hhea",
            "hmtx", "maxp", "prep");

    /**
     * The subset of a face that OpenPDF's subsetter makes for these glyphs, renumbered as {@link #renumber} does:
     * the same bytes, cut from the face read once instead of from a subset OpenPDF built and this read back. The
     * subset holds the glyphs used, {@code .notdef} and every component of a composite glyph it holds, and the tables
     * OpenPDF copies ({@code cvt }, {@code fpgm}, {@code head}, {@code hhea}, {@code hmtx}, {@code maxp},
     * {@code prep}).
     *
     * <p>Empty when a glyph ID is not in the face or a composite glyph cannot be read; then the caller leaves the
     * subset to OpenPDF.
     */
    static java.util.Optional<Renumbered> subset(TrueTypeFace face, java.util.Collection<Integer> used) {
        try {
            return java.util.Optional.ofNullable(subsetOrNull(face, used));
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }

    private static Renumbered subsetOrNull(TrueTypeFace face, java.util.Collection<Integer> used) {
        byte[] font = face.data();
        int[] start = face.start();
        int glyf = face.offset("glyf");
        // Only the glyphs held are visited (a few hundred of the face's tens of thousands), their IDs read with byte
        // arithmetic: ByteBuffer's accessors cost several times as much in the C1 code a command runs.
        boolean[] held = new boolean[face.glyphs()];
        int[] list = new int[used.size() + 16]; // every glyph held, in the order found; the components appended
        int count = 0;
        held[0] = true;
        list[count++] = 0;
        for (int g : used) {
            if (g < 0 || g >= held.length) {
                return null;
            }
            if (!held[g]) {
                held[g] = true;
                list[count++] = g;
            }
        }
        for (int next = 0; next < count; next++) { // the components of composite glyphs, and theirs
            int g = list[next];
            int from = glyf + start[g];
            int length = start[g + 1] - start[g];
            if (length == 0 || font[from] >= 0) { // numberOfContours >= 0: a simple glyph
                continue;
            }
            int at = 10;
            int flags;
            do {
                if (at + 4 > length) {
                    return null;
                }
                flags = u16(font, from + at);
                int component = u16(font, from + at + 2);
                if (component >= held.length) {
                    return null;
                }
                if (!held[component]) {
                    held[component] = true;
                    if (count == list.length) {
                        list = java.util.Arrays.copyOf(list, 2 * count);
                    }
                    list[count++] = component;
                }
                at += componentLength(flags);
            } while ((flags & 0x0020) != 0);
        }
        java.util.TreeMap<String, int[]> kept = new java.util.TreeMap<>();
        for (String tag : SUBSET_TABLES) {
            if (face.tables().containsKey(tag) && !REBUILT.contains(tag)) {
                kept.put(tag, face.tables().get(tag));
            }
        }
        java.util.Arrays.sort(list, 0, count);
        int carried = 0;
        for (int i = 0; i < count; i++) {
            int g = list[i];
            if (g > 0 && start[g + 1] > start[g]) {
                list[carried++] = g;
            }
        }
        return renumbered(face, 0x00010000, kept, java.util.Arrays.copyOf(list, carried));
    }

    private static int u16(byte[] data, int at) {
        return ((data[at] & 0xFF) << 8) | (data[at + 1] & 0xFF);
    }

    /**
     * The program of the {@code carried} glyphs of a face (those with outlines, in ascending order, without
     * {@code .notdef}), renumbered: 0 {@code .notdef}, 1 one empty glyph, then the carried glyphs in their order; with
     * the {@code kept} tables, amended.
     */
    private static Renumbered renumbered(TrueTypeFace face, int version, java.util.TreeMap<String, int[]> kept,
            int[] carried) {
        byte[] font = face.data();
        int[] start = face.start();
        int glyf = face.offset("glyf");
        int hmtx = face.offset("hmtx");
        int longMetrics = face.longMetrics();
        ByteBuffer in = ByteBuffer.wrap(font);
        int count = carried.length + 2;
        int[] original = new int[count];
        original[1] = -1;
        System.arraycopy(carried, 0, original, 2, carried.length);
        short[] glyphOf = new short[face.glyphs()];
        java.util.Arrays.fill(glyphOf, (short) 1);
        glyphOf[0] = 0;
        int size = 0;
        for (int n = 0; n < count; n++) {
            int g = original[n];
            if (g >= 0) {
                if (n > 1) {
                    glyphOf[g] = (short) n;
                }
                size += (start[g + 1] - start[g] + 3) & ~3;
            }
        }

        byte[] glyfOut = new byte[size];
        int written = 0;
        ByteBuffer locaOut = ByteBuffer.allocate(4 * (count + 1));
        ByteBuffer hmtxOut = ByteBuffer.allocate(4 * count);
        for (int n = 0; n < count; n++) {
            locaOut.putInt(written);
            int g = original[n];
            if (g < 0) {
                hmtxOut.putInt(0);
                continue;
            }
            int from = glyf + start[g];
            int length = start[g + 1] - start[g];
            System.arraycopy(font, from, glyfOut, written, length);
            // a composite glyph: its components are renumbered too
            if (length >= 10 && in.getShort(from) < 0 && !renumberComponents(glyfOut, written, length, glyphOf)) {
                return null;
            }
            written += (length + 3) & ~3; // each glyph padded with zeros to four bytes
            int metric = Math.min(g, longMetrics - 1);
            hmtxOut.putShort(in.getShort(hmtx + 4 * metric));
            hmtxOut.putShort(g < longMetrics ? in.getShort(hmtx + 4 * g + 2)
                    : in.getShort(hmtx + 4 * longMetrics + 2 * (g - longMetrics)));
        }
        locaOut.putInt(written);

        java.util.TreeMap<String, byte[]> out = new java.util.TreeMap<>();
        for (java.util.Map.Entry<String, int[]> table : kept.entrySet()) {
            int[] at = table.getValue();
            out.put(table.getKey(), java.util.Arrays.copyOfRange(font, at[0], at[0] + at[1]));
        }
        ByteBuffer.wrap(out.get("head")).putInt(8, 0).putShort(50, (short) 1);
        ByteBuffer.wrap(out.get("hhea")).putShort(34, (short) count);
        ByteBuffer.wrap(out.get("maxp")).putShort(4, (short) count);
        out.put("glyf", glyfOut);
        out.put("loca", locaOut.array());
        out.put("hmtx", hmtxOut.array());
        if (out.containsKey("post")) {
            byte[] post = java.util.Arrays.copyOf(out.get("post"), 32);
            ByteBuffer.wrap(post).putInt(0, 0x00030000);
            out.put("post", post);
        }
        byte[] glyphMap = new byte[2 * glyphOf.length];
        ByteBuffer.wrap(glyphMap).asShortBuffer().put(glyphOf);
        return new Renumbered(assemble(version, out), glyphMap);
    }

    /**
     * Rewrites the component glyph IDs of the composite glyph at {@code from} in place; false if it cannot be read
     * within its {@code length} bytes.
     */
    private static boolean renumberComponents(byte[] data, int from, int length, short[] glyphOf) {
        ByteBuffer glyph = ByteBuffer.wrap(data, from, length).slice();
        int at = 10;
        int flags;
        do {
            if (at + 4 > length) {
                return false;
            }
            flags = glyph.getShort(at) & 0xFFFF;
            int component = glyph.getShort(at + 2) & 0xFFFF;
            if (component >= glyphOf.length) {
                return false;
            }
            glyph.putShort(at + 2, glyphOf[component]);
            at += componentLength(flags);
        } while ((flags & 0x0020) != 0);
        return at <= length;
    }

    /**
     * The length of a composite glyph's component record with these flags: flags and glyph ID, its two arguments
     * (bytes or words), and its scale, if any (one value, x and y, or a 2 × 2 matrix).
     */
    private static int componentLength(int flags) {
        int length = 4 + ((flags & 0x0001) != 0 ? 4 : 2);
        if ((flags & 0x0008) != 0) {
            length += 2;
        } else if ((flags & 0x0040) != 0) {
            length += 4;
        } else if ((flags & 0x0080) != 0) {
            length += 8;
        }
        return length;
    }

    /** A font file from its tables (in tag order, each padded to four bytes), with every checksum as the spec has it. */
    private static byte[] assemble(int version, java.util.TreeMap<String, byte[]> tables) {
        int count = tables.size();
        int power = Integer.highestOneBit(count);
        int size = 12 + 16 * count;
        for (byte[] table : tables.values()) {
            size += (table.length + 3) & ~3;
        }
        byte[] out = new byte[size];
        ByteBuffer buf = ByteBuffer.wrap(out);
        buf.putInt(version).putShort((short) count).putShort((short) (16 * power))
                .putShort((short) Integer.numberOfTrailingZeros(power)).putShort((short) (16 * (count - power)));
        int record = 12;
        int offset = 12 + 16 * count;
        int headAt = -1;
        long whole = 0; // the font's checksum: its tables' (each padded with zeros) and its directory's
        for (java.util.Map.Entry<String, byte[]> table : tables.entrySet()) {
            byte[] data = table.getValue();
            System.arraycopy(data, 0, out, offset, data.length);
            buf.put(record, table.getKey().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            long sum = checksum(data, 0, data.length);
            whole += sum;
            buf.putInt(record + 4, (int) sum);
            buf.putInt(record + 8, offset);
            buf.putInt(record + 12, data.length);
            if (table.getKey().equals("head")) {
                headAt = offset;
            }
            record += 16;
            offset += (data.length + 3) & ~3;
        }
        whole += checksum(out, 0, 12 + 16 * count);
        buf.putInt(headAt + 8, (int) (0xB1B0AFBAL - (whole & 0xFFFFFFFFL)));
        return out;
    }

    /** The sum of the big-endian 32-bit words of a range, padded with zeros to a multiple of four bytes. */
    static long checksum(byte[] data, int offset, int length) {
        long sum = 0;
        int end = Math.min(offset + length, data.length);
        int words = Math.max(0, (end - offset) / 4);
        java.nio.IntBuffer in = ByteBuffer.wrap(data, offset, 4 * words).slice().asIntBuffer();
        int[] chunk = new int[Math.min(words, CHUNK)];
        while (in.hasRemaining()) {
            int n = Math.min(chunk.length, in.remaining());
            in.get(chunk, 0, n);
            for (int k = 0; k < n; k++) {
                sum += chunk[k] & 0xFFFFFFFFL;
            }
        }
        int i = offset + 4 * words;
        if (i < end) {
            int word = 0;
            for (int k = 0; k < 4; k++) {
                word = (word << 8) | (i + k < end ? data[i + k] & 0xFF : 0);
            }
            sum += word & 0xFFFFFFFFL;
        }
        return sum & 0xFFFFFFFFL;
    }

    // The loops over every word of a table or every glyph of the font read big-endian words in bulk (IntBuffer.get and
    // ShortBuffer.get copy and swap natively) rather than a ByteBuffer accessor or byte arithmetic per word: a short
    // command and a batch run them in C1 code (the launcher's setting), where a call per word costs several times as
    // much.

    /** How many words a bulk read takes at a time. */
    private static final int CHUNK = 4096;

    /** {@code count} {@code loca} offsets from {@code at}: 32-bit ones as they are, 16-bit ones doubled. */
    static int[] offsets(byte[] font, int at, int count, boolean longOffsets) {
        int[] out = new int[count];
        if (longOffsets) {
            ByteBuffer.wrap(font, at, 4 * count).slice().asIntBuffer().get(out);
            return out;
        }
        short[] half = new short[count];
        ByteBuffer.wrap(font, at, 2 * count).slice().asShortBuffer().get(half);
        for (int g = 0; g < count; g++) {
            out[g] = 2 * (half[g] & 0xFFFF);
        }
        return out;
    }
}
