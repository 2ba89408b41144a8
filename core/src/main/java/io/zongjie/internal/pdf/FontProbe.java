package io.zongjie.internal.pdf;

/**
 * Reads the sfnt table directory of a font file to tell TrueType outlines from CFF outlines.
 *
 * <p>OpenPDF 2.0.x corrupts or crashes on subsetting CFF-outline fonts (OpenType {@code .otf} and the Noto/Source
 * Han {@code .ttc} collections), so those must be recognised before OpenPDF sees them. The table tags decide, not
 * the file extension: a {@code .ttc} may hold either kind and a {@code .otf} may hold TrueType outlines.
 */
final class FontProbe {

    /** The outline format of a font face. */
    enum Outline {
        /** {@code glyf} table: quadratic TrueType outlines, which OpenPDF subsets correctly. */
        TRUETYPE,
        /** {@code CFF } or {@code CFF2} table: PostScript outlines, which OpenPDF 2.0.x cannot subset. */
        CFF,
        /** Not an sfnt font, a truncated file, an index past the end of a collection, or no outlines at all. */
        UNKNOWN
    }

    private static final int TAG_TTCF = tag("ttcf");
    private static final int TAG_CFF = tag("CFF ");
    private static final int TAG_CFF2 = tag("CFF2");
    private static final int TAG_GLYF = tag("glyf");

    private FontProbe() {
    }

    /**
     * The outline format of face {@code index} in {@code data} (index 0 for a single font).
     *
     * @param data  the whole font file
     * @param index the face in a collection; ignored unless the file is a {@code ttcf} collection
     */
    static Outline outline(byte[] data, int index) {
        if (data.length < 12) {
            return Outline.UNKNOWN;
        }
        int directory = 0;
        if (u32(data, 0) == TAG_TTCF) {
            long faces = u32(data, 8) & 0xFFFFFFFFL;
            if (index < 0 || index >= faces || 12 + 4L * (index + 1) > data.length) {
                return Outline.UNKNOWN;
            }
            long offset = u32(data, 12 + 4 * index) & 0xFFFFFFFFL;
            if (offset > data.length - 12) {
                return Outline.UNKNOWN;
            }
            directory = (int) offset;
        }
        int tables = u16(data, directory + 4);
        boolean glyf = false;
        for (int i = 0; i < tables; i++) {
            int record = directory + 12 + 16 * i;
            if (record + 16 > data.length) {
                return Outline.UNKNOWN;
            }
            int tag = u32(data, record);
            if (tag == TAG_CFF || tag == TAG_CFF2) {
                return Outline.CFF;
            }
            glyf |= tag == TAG_GLYF;
        }
        return glyf ? Outline.TRUETYPE : Outline.UNKNOWN;
    }

    private static int tag(String s) {
        return (s.charAt(0) << 24) | (s.charAt(1) << 16) | (s.charAt(2) << 8) | s.charAt(3);
    }

    private static int u32(byte[] b, int at) {
        return ((b[at] & 0xFF) << 24) | ((b[at + 1] & 0xFF) << 16) | ((b[at + 2] & 0xFF) << 8) | (b[at + 3] & 0xFF);
    }

    private static int u16(byte[] b, int at) {
        return ((b[at] & 0xFF) << 8) | (b[at + 1] & 0xFF);
    }
}
