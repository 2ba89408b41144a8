package io.zongjie.internal.pdf;

import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Chinese line breaking (禁则) for OpenPDF: a line may not start with closing punctuation nor end with opening
 * punctuation (GB/T 15834-2011, W3C clreq), and a run of Latin letters and digits is kept whole.
 *
 * <p>OpenPDF asks, for each character that still fits on the line, whether the line may break after it; the last
 * position that answers yes wins. Answering no where a break would orphan a mark pushes the preceding character
 * to the next line with it (推入), which is how Word and WPS treat 公文 by default.
 *
 * <p>OpenPDF only shows one chunk's characters at a time, so the renderer keeps marks that must not be separated
 * in one chunk (see {@link PdfRenderer}).
 */
final class ClreqSplitCharacter extends DefaultSplitCharacter {

    /** The shared instance; the class has no state. */
    static final ClreqSplitCharacter INSTANCE = new ClreqSplitCharacter();

    /** Marks that may not begin a line: closing brackets and quotes, stops, commas, dashes, ellipses. */
    static final String NO_LINE_START = "，。、；：？！）》」』】〕〗〙〛〉］｝’”…‥—―–～・︰︶︸︺︼︾﹀﹂"
            + "％‰℃°′″々〻ゝゞヽヾ"
            + ",.;:?!)]}%";

    /** Marks that may not end a line: opening brackets and quotes. */
    static final String NO_LINE_END = "（《「『【〔〖〘〚〈［｛‘“" + "([{";

    /** Per character, the rules above it is under: {@link #STARTS_NO_LINE}, {@link #ENDS_NO_LINE}. */
    private static final byte[] RULES = new byte[Character.MAX_VALUE + 1];
    private static final byte STARTS_NO_LINE = 1;
    private static final byte ENDS_NO_LINE = 2;

    static {
        NO_LINE_START.chars().forEach(c -> RULES[c] |= STARTS_NO_LINE);
        NO_LINE_END.chars().forEach(c -> RULES[c] |= ENDS_NO_LINE);
    }

    private ClreqSplitCharacter() {
    }

    /** Whether a line may not begin with {@code c} (one of {@link #NO_LINE_START}). */
    static boolean startsNoLine(char c) {
        return (RULES[c] & STARTS_NO_LINE) != 0;
    }

    /** Whether a line may not end with {@code c} (one of {@link #NO_LINE_END}). */
    static boolean endsNoLine(char c) {
        return (RULES[c] & ENDS_NO_LINE) != 0;
    }

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        char c = getCurrentCharacter(current, cc, ck);
        if (current + 1 >= end) {
            return !endsNoLine(c);
        }
        return canBreakBetween(c, getCurrentCharacter(current + 1, cc, ck));
    }

    /** Whether a line may end after {@code before} and the next start with {@code after}. */
    static boolean canBreakBetween(char before, char after) {
        if (Character.isHighSurrogate(before) && Character.isLowSurrogate(after)) {
            return false; // the two halves of one character beyond the BMP, such as 𠮷
        }
        if (endsNoLine(before) || startsNoLine(after)) {
            return false;
        }
        if (Character.isWhitespace(before)) {
            return true;
        }
        if (Character.isWhitespace(after)) {
            // Break after the space instead, so the space stays at the end of the line.
            return false;
        }
        if (isAsciiWord(before) && isAsciiWord(after)) {
            // Words, numbers, versions and dates such as 2023-2024 or 3.5 stay whole; a hyphen between letters is
            // the only break Latin typesetting allows inside them.
            return before == '-' && Character.isLetter(after);
        }
        return isBreakable(before) || isBreakable(after);
    }

    /** Printable ASCII other than the space: letters, digits and the marks inside numbers and codes. */
    static boolean isAsciiWord(char c) {
        return c > ' ' && c < 0x7F;
    }

    /** Ideographs (also beyond the BMP), kana, hangul, CJK punctuation and full-width forms: lines may break here. */
    private static boolean isBreakable(char c) {
        // A surrogate here is the edge of a character beyond the BMP: the CJK extensions B to H (𠮷, 𪚥) break
        // like other ideographs (and so does the occasional emoji).
        return Character.isSurrogate(c)
                || (c >= 0x2E80 && c < 0xD7A0)
                || (c >= 0xF900 && c < 0xFB00)
                || (c >= 0xFE30 && c < 0xFE50)
                || (c >= 0xFF00 && c < 0xFFA0)
                || c == '—' || c == '…' || c == '―' || c == '“' || c == '”' || c == '‘' || c == '’';
    }
}
