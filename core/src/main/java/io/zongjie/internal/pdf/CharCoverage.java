package io.zongjie.internal.pdf;

import com.lowagie.text.pdf.BaseFont;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Which characters a font has ({@link BaseFont#charExists}), remembered per font as they are asked for.
 *
 * <p>Every character of a report is looked up in its font before it is set (the fallback faces), and OpenPDF answers
 * from a {@code HashMap<Integer, int[]>}, boxing each code point: a few per cent of a report's time. Here a character
 * of the Basic Multilingual Plane is asked of OpenPDF once per font and process, and kept as two bits (known, has)
 * in an {@code int} of 16 characters. Threads share the bits without locks: an {@code int} is written whole, and an
 * update lost to a race leaves the character unknown, to be asked again, never wrong. Other characters go to OpenPDF.
 */
final class CharCoverage {

    private static final Map<BaseFont, CharCoverage> FONTS = Collections.synchronizedMap(new WeakHashMap<>());

    /** Per character of the BMP, two bits: 1 known, 2 the font has it. */
    private final int[] bits = new int[0x10000 / 16];

    private CharCoverage() {
    }

    /**
     * The coverage of a font, shared by every document that uses it (and kept no longer than the font: it does not
     * hold the font, so the weak key can go).
     */
    static CharCoverage of(BaseFont font) {
        return FONTS.computeIfAbsent(font, f -> new CharCoverage());
    }

    /** Whether {@code font}, the font this is the coverage of, has the character, as {@link BaseFont#charExists} says. */
    boolean has(BaseFont font, int codePoint) {
        if (codePoint < 0 || codePoint > 0xFFFF) {
            return font.charExists(codePoint);
        }
        int word = codePoint >>> 4;
        int shift = (codePoint & 15) << 1;
        int known = bits[word] >>> shift;
        if ((known & 1) != 0) {
            return (known & 2) != 0;
        }
        boolean has = font.charExists(codePoint);
        bits[word] |= (has ? 3 : 1) << shift;
        return has;
    }
}
