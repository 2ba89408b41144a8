package io.zongjie.api.pdf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The page layout and fonts of a PDF report. {@link #standard()} follows GB/T 9704-2012 (党政机关公文格式) on A4;
 * every figure can be changed with a {@code withX} method or the {@link Builder}, for a looser layout.
 *
 * <p>Lengths on the page are in millimetres as the standard states them; font sizes and leading are in points.
 * The standard's 号 sizes: 2号 = 22 pt, 3号 = 16 pt, 4号 = 14 pt, 小四 = 12 pt.
 *
 * @param marginTopMm              from the top edge of the page to the text block (天头), 37 mm
 * @param marginLeftMm             from the left edge to the text block (订口), 28 mm
 * @param textWidthMm              width of the text block (版心), 156 mm
 * @param textHeightMm             height of the text block, 225 mm
 * @param titleSize                title size, 2号
 * @param titleLeading             distance between the baselines of a wrapped title; the body's line by default, so
 *                                 that page 1's lines stay on the grid of every other page
 * @param bodySize                 size of body text and headings, 3号
 * @param leading                  distance between baselines of body text; 28.95 pt gives 22 lines per page
 * @param tableSize                size of table cells and captions
 * @param pageNumberSize           size of the page number, 4号
 * @param pageNumberGapMm          from the bottom of the text block down to the page number line, 7 mm
 * @param firstLineIndentChars     paragraph first-line indent, in characters of {@code bodySize}
 * @param signatureRightIndentChars how far an unsealed signature stands from the right edge, in characters (2, GB/T
 *                                 9704-2012 §7.3.5.2); a sealed report's date stands two further in (§7.3.5.1)
 * @param fonts                    fonts set explicitly per role; roles not in the map are searched for
 * @param fontDirectories          folders searched (recursively) for the roles' candidate files
 * @param fontCompression          Deflate level (0–9) of the embedded font subsets; they are most of a PDF's
 *                                 bytes and Deflate is much of its rendering time. The default, 4, takes about as
 *                                 long as level 1 took before the subsets were renumbered to compact glyph IDs, for
 *                                 6% fewer bytes than 1; 9 saves 3% more at several times the cost (see
 *                                 docs/PERFORMANCE.md)
 */
public record PdfProfile(
        float marginTopMm,
        float marginLeftMm,
        float textWidthMm,
        float textHeightMm,
        float titleSize,
        float titleLeading,
        float bodySize,
        float leading,
        float tableSize,
        float pageNumberSize,
        float pageNumberGapMm,
        float firstLineIndentChars,
        float signatureRightIndentChars,
        Map<FontRole, FontSource> fonts,
        List<Path> fontDirectories,
        int fontCompression) {

    /** A4 width in millimetres. */
    public static final float A4_WIDTH_MM = 210f;
    /** A4 height in millimetres. */
    public static final float A4_HEIGHT_MM = 297f;

    private static final float POINTS_PER_MM = 72f / 25.4f;

    public PdfProfile {
        // An EnumMap keeps a stable iteration order, which the deterministic output relies on.
        EnumMap<FontRole, FontSource> byRole = new EnumMap<>(FontRole.class);
        byRole.putAll(fonts);
        fonts = Collections.unmodifiableMap(byRole);
        fontDirectories = List.copyOf(fontDirectories);
        positive("textWidthMm", textWidthMm);
        positive("textHeightMm", textHeightMm);
        positive("titleSize", titleSize);
        positive("titleLeading", titleLeading);
        positive("bodySize", bodySize);
        positive("leading", leading);
        positive("tableSize", tableSize);
        positive("pageNumberSize", pageNumberSize);
        if (marginTopMm < 0 || marginLeftMm < 0 || pageNumberGapMm < 0 || firstLineIndentChars < 0
                || signatureRightIndentChars < 0) {
            throw new IllegalArgumentException("margins, gaps and indents must not be negative");
        }
        if (fontCompression < 0 || fontCompression > 9) {
            throw new IllegalArgumentException("fontCompression must be 0..9, was " + fontCompression);
        }
        if (marginLeftMm + textWidthMm > A4_WIDTH_MM || marginTopMm + textHeightMm > A4_HEIGHT_MM) {
            throw new IllegalArgumentException("the text block does not fit on an A4 page");
        }
    }

    private static void positive(String name, float value) {
        if (!(value > 0)) {
            throw new IllegalArgumentException(name + " must be positive, was " + value);
        }
    }

    /** The layout of GB/T 9704-2012 with fonts searched in the platform's font folders. */
    public static PdfProfile standard() {
        return builder().build();
    }

    /** A builder starting from the standard layout. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this profile. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /**
     * The usual font folders of this operating system: Windows {@code %WINDIR%\Fonts} and the user's fonts; macOS
     * {@code ~/Library/Fonts}, {@code /Library/Fonts}, {@code /System/Library/Fonts}; elsewhere
     * {@code ~/.local/share/fonts}, {@code ~/.fonts}, {@code /usr/local/share/fonts}, {@code /usr/share/fonts}.
     */
    public static List<Path> systemFontDirectories() {
        List<Path> dirs = new ArrayList<>();
        String home = System.getProperty("user.home", "");
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String windir = System.getenv("WINDIR");
            dirs.add(Path.of(windir == null ? "C:\\Windows" : windir, "Fonts"));
            String local = System.getenv("LOCALAPPDATA");
            if (local != null) {
                dirs.add(Path.of(local, "Microsoft", "Windows", "Fonts"));
            }
        } else if (os.contains("mac")) {
            dirs.add(Path.of(home, "Library", "Fonts"));
            dirs.add(Path.of("/Library/Fonts"));
            dirs.add(Path.of("/System/Library/Fonts"));
        } else {
            dirs.add(Path.of(home, ".local", "share", "fonts"));
            dirs.add(Path.of(home, ".fonts"));
            dirs.add(Path.of("/usr/local/share/fonts"));
            dirs.add(Path.of("/usr/share/fonts"));
        }
        return dirs;
    }

    /** This profile with {@code source} for {@code role}. */
    public PdfProfile withFont(FontRole role, FontSource source) {
        return toBuilder().font(role, source).build();
    }

    /** This profile with {@code source} for every role, as a single {@code --font} option sets it. */
    public PdfProfile withAllFonts(FontSource source) {
        Builder b = toBuilder();
        for (FontRole role : FontRole.values()) {
            b.font(role, source);
        }
        return b.build();
    }

    /**
     * This profile with a font given the way the CLI's {@code --font} option takes it: {@code FILE[,INDEX]} sets
     * every role, {@code ROLE=FILE[,INDEX]} one role, where ROLE is {@code title}, {@code heading1},
     * {@code heading2} or {@code body} (case-insensitive). Apply repeated options in order; the last one for a
     * role wins.
     *
     * @throws IllegalArgumentException if the role is not one of the four
     */
    public PdfProfile withFontOption(String option) {
        Objects.requireNonNull(option, "option");
        int equals = option.indexOf('=');
        if (equals > 0) {
            String role = option.substring(0, equals).trim().toUpperCase(Locale.ROOT);
            for (FontRole r : FontRole.values()) {
                if (r.name().equals(role)) {
                    return withFont(r, FontSource.parse(option.substring(equals + 1).trim()));
                }
            }
            // Not a role: a file name may contain '=', so only reject what looks like a mistyped role.
            if (role.matches("[A-Z0-9]+")) {
                throw new IllegalArgumentException("unknown font role '" + option.substring(0, equals)
                        + "'; expected title, heading1, heading2 or body");
            }
        }
        return withAllFonts(FontSource.parse(option.trim()));
    }

    /** This profile searching {@code directories} instead of the platform's font folders. */
    public PdfProfile withFontDirectories(List<Path> directories) {
        return toBuilder().fontDirectories(directories).build();
    }

    /** This profile with font subsets compressed at Deflate {@code level} (0–9). */
    public PdfProfile withFontCompression(int level) {
        return toBuilder().fontCompression(level).build();
    }

    /** This profile with body text of {@code size} points and {@code leading} between baselines. */
    public PdfProfile withBody(float size, float leading) {
        return toBuilder().bodySize(size).leading(leading).build();
    }

    /** This profile with the given margins and text block, in millimetres. */
    public PdfProfile withTextBlock(float top, float left, float width, float height) {
        return toBuilder().marginTopMm(top).marginLeftMm(left).textWidthMm(width).textHeightMm(height).build();
    }

    /** Converts millimetres to PDF points. */
    public static float mm(float millimetres) {
        return millimetres * POINTS_PER_MM;
    }

    /**
     * The layout alone, without font paths and folders, which differ between machines: the part of the profile
     * that, with the chosen font files, decides the PDF's bytes.
     *
     * <p>An explicit encoding, stable across Java versions: {@code name=value} for each layout setting, in the
     * order of the record's components from {@code marginTopMm} to {@code signatureRightIndentChars} and then
     * {@code fontCompression}, joined by {@code ;}, each float written by {@link Float#toString(float)} — as in
     * {@code marginTopMm=37.0;marginLeftMm=28.0;…;fontCompression=4}.
     *
     * @return the layout key
     */
    public String layoutKey() {
        StringBuilder key = new StringBuilder();
        float[] values = {marginTopMm, marginLeftMm, textWidthMm, textHeightMm, titleSize, titleLeading, bodySize,
                leading, tableSize, pageNumberSize, pageNumberGapMm, firstLineIndentChars, signatureRightIndentChars};
        for (int i = 0; i < values.length; i++) {
            key.append(LAYOUT_SETTINGS.get(i)).append('=').append(Float.toString(values[i])).append(';');
        }
        return key.append("fontCompression=").append(fontCompression).toString();
    }

    /** The names of the float layout settings, in {@link #layoutKey()}'s order. */
    private static final List<String> LAYOUT_SETTINGS = List.of("marginTopMm", "marginLeftMm", "textWidthMm",
            "textHeightMm", "titleSize", "titleLeading", "bodySize", "leading", "tableSize", "pageNumberSize",
            "pageNumberGapMm", "firstLineIndentChars", "signatureRightIndentChars");

    /** The right margin that the left margin and text width leave on A4. */
    public float marginRightMm() {
        return A4_WIDTH_MM - marginLeftMm - textWidthMm;
    }

    /** The bottom margin that the top margin and text height leave on A4. */
    public float marginBottomMm() {
        return A4_HEIGHT_MM - marginTopMm - textHeightMm;
    }

    /** Mutable builder for {@link PdfProfile}; starts from the standard values. */
    public static final class Builder {
        private float marginTopMm = 37f;
        private float marginLeftMm = 28f;
        private float textWidthMm = 156f;
        private float textHeightMm = 225f;
        private float titleSize = 22f;
        private float titleLeading = 28.95f;
        private float bodySize = 16f;
        private float leading = 28.95f;
        private float tableSize = 12f;
        private float pageNumberSize = 14f;
        private float pageNumberGapMm = 7f;
        private float firstLineIndentChars = 2f;
        private float signatureRightIndentChars = 2f;
        private final Map<FontRole, FontSource> fonts = new EnumMap<>(FontRole.class);
        private List<Path> fontDirectories = systemFontDirectories();
        private int fontCompression = 4;

        private Builder() {
        }

        private Builder(PdfProfile p) {
            marginTopMm = p.marginTopMm;
            marginLeftMm = p.marginLeftMm;
            textWidthMm = p.textWidthMm;
            textHeightMm = p.textHeightMm;
            titleSize = p.titleSize;
            titleLeading = p.titleLeading;
            bodySize = p.bodySize;
            leading = p.leading;
            tableSize = p.tableSize;
            pageNumberSize = p.pageNumberSize;
            pageNumberGapMm = p.pageNumberGapMm;
            firstLineIndentChars = p.firstLineIndentChars;
            signatureRightIndentChars = p.signatureRightIndentChars;
            fonts.putAll(p.fonts);
            fontDirectories = p.fontDirectories;
            fontCompression = p.fontCompression;
        }

        public Builder marginTopMm(float v) {
            marginTopMm = v;
            return this;
        }

        public Builder marginLeftMm(float v) {
            marginLeftMm = v;
            return this;
        }

        public Builder textWidthMm(float v) {
            textWidthMm = v;
            return this;
        }

        public Builder textHeightMm(float v) {
            textHeightMm = v;
            return this;
        }

        public Builder titleSize(float v) {
            titleSize = v;
            return this;
        }

        public Builder titleLeading(float v) {
            titleLeading = v;
            return this;
        }

        public Builder bodySize(float v) {
            bodySize = v;
            return this;
        }

        public Builder leading(float v) {
            leading = v;
            return this;
        }

        public Builder tableSize(float v) {
            tableSize = v;
            return this;
        }

        public Builder pageNumberSize(float v) {
            pageNumberSize = v;
            return this;
        }

        public Builder pageNumberGapMm(float v) {
            pageNumberGapMm = v;
            return this;
        }

        public Builder firstLineIndentChars(float v) {
            firstLineIndentChars = v;
            return this;
        }

        public Builder signatureRightIndentChars(float v) {
            signatureRightIndentChars = v;
            return this;
        }

        /** Uses {@code source} for {@code role} instead of searching. */
        public Builder font(FontRole role, FontSource source) {
            fonts.put(Objects.requireNonNull(role, "role"), Objects.requireNonNull(source, "source"));
            return this;
        }

        /** Forgets the fonts set explicitly, so that every role is searched for. */
        public Builder clearFonts() {
            fonts.clear();
            return this;
        }

        /** The folders searched for candidate fonts; an empty list searches none. */
        public Builder fontDirectories(List<Path> directories) {
            fontDirectories = List.copyOf(directories);
            return this;
        }

        /** Deflate level of the embedded font subsets, 0 (none) to 9 (smallest, slowest). */
        public Builder fontCompression(int level) {
            fontCompression = level;
            return this;
        }

        public PdfProfile build() {
            return new PdfProfile(marginTopMm, marginLeftMm, textWidthMm, textHeightMm, titleSize, titleLeading,
                    bodySize, leading, tableSize, pageNumberSize, pageNumberGapMm, firstLineIndentChars,
                    signatureRightIndentChars, fonts, fontDirectories, fontCompression);
        }
    }
}
