package io.zongjie.internal.script;

import io.zongjie.model.Script;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;

/**
 * Which characters belong to one script only, from OpenCC's character tables (as opencc4j ships them): 「會」 is
 * Traditional only, 「会」 Simplified only, 「台」 and 「里」 are both.
 *
 * <p>The tables are read directly, not through opencc4j's converters: telling a Traditional name takes a few
 * milliseconds this way, where starting the converters takes a few hundred, and a Simplified report must not pay
 * that.
 */
public final class Hanzi {

    private Hanzi() {
    }

    /** Characters whose Simplified forms do not include themselves: 會, 區, 職. */
    private static final class TraditionalOnly {
        static final BitSet CHARS = onlyIn("data/dictionary/TSCharacters.txt");
    }

    /** Characters whose Traditional forms do not include themselves: 会, 区, 职. */
    private static final class SimplifiedOnly {
        static final BitSet CHARS = onlyIn("data/dictionary/STCharacters.txt");
    }

    /** Whether {@code codePoint} is written in Traditional Chinese only. */
    public static boolean traditionalOnly(int codePoint) {
        return TraditionalOnly.CHARS.get(codePoint);
    }

    /** Whether {@code codePoint} is written in Simplified Chinese only. */
    public static boolean simplifiedOnly(int codePoint) {
        return SimplifiedOnly.CHARS.get(codePoint);
    }

    /**
     * The script that names written like these suggest: Traditional (OpenCC standard) when they hold more
     * Traditional-only characters than Simplified-only ones, as 「地區教育工會」 does; else Simplified.
     */
    public static Script scriptOf(String... names) {
        int traditional = 0;
        int simplified = 0;
        for (String name : names) {
            if (name == null) {
                continue;
            }
            for (int i = 0; i < name.length(); ) {
                int cp = name.codePointAt(i);
                i += Character.charCount(cp);
                if (traditionalOnly(cp)) {
                    traditional++;
                } else if (simplifiedOnly(cp)) {
                    simplified++;
                }
            }
        }
        return traditional > simplified ? Script.HANT : Script.HANS;
    }

    /** The keys of an OpenCC table («key TAB value value …») that are not among their own values. */
    private static BitSet onlyIn(String table) {
        BitSet chars = new BitSet(0x30000);
        try (InputStream in = Hanzi.class.getClassLoader().getResourceAsStream(table)) {
            if (in == null) {
                throw new IllegalStateException("OpenCC's " + table + " is missing from the class path (opencc4j)");
            }
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int tab = line.indexOf('\t');
                if (tab <= 0) {
                    continue;
                }
                String key = line.substring(0, tab);
                if (key.codePointCount(0, key.length()) != 1) {
                    continue;
                }
                boolean self = false;
                for (String value : line.substring(tab + 1).strip().split(" ")) {
                    self |= value.equals(key);
                }
                if (!self) {
                    chars.set(key.codePointAt(0));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return chars;
    }
}
