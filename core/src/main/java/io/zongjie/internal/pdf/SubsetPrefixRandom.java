package io.zongjie.internal.pdf;

import java.security.SecureRandom;

/**
 * The source of the six-letter subset prefix ({@code ABCDEF+SimSun}) that OpenPDF draws for each embedded font.
 *
 * <p>OpenPDF takes the prefix from {@link com.lowagie.text.pdf.BaseFont#setSecureRandom}, a new
 * {@link SecureRandom} by default, which makes every PDF different. Fonts are shared across threads, so the state
 * cannot live in the instance: each rendering thread seeds its own sequence from the document's content hash
 * around {@code Document.close()}, where OpenPDF writes the fonts on that same thread. The prefix only has to
 * differ between fonts in one file, not be secret.
 */
final class SubsetPrefixRandom extends SecureRandom {

    private static final long serialVersionUID = 1L;

    /** The instance every cached font is given. */
    static final SubsetPrefixRandom INSTANCE = new SubsetPrefixRandom();

    private static final ThreadLocal<long[]> STATE = new ThreadLocal<>();

    private SubsetPrefixRandom() {
    }

    /** Starts a deterministic sequence on this thread. */
    static void begin(long seed) {
        STATE.set(new long[] {seed});
    }

    /** Ends this thread's sequence; later draws are truly random again. */
    static void end() {
        STATE.remove();
    }

    @Override
    public double nextDouble() {
        long[] state = STATE.get();
        if (state == null) {
            return super.nextDouble();
        }
        // SplitMix64: cheap, well mixed, and the same on every JVM.
        long z = (state[0] += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return (z >>> 11) * 0x1.0p-53;
    }
}
