package io.zongjie.internal.pdf;

import io.zongjie.api.pdf.PdfProfile;
import io.zongjie.api.pdf.FontRole;
import io.zongjie.api.pdf.FontSource;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds, checks and parses the fonts of a {@link PdfProfile}, once per process.
 *
 * <p>Parsing a CJK TrueType font takes tens of milliseconds and its bytes (15–20 MB) must stay in memory for
 * subsetting, so parsed fonts are cached by file and face index and shared by every document and thread.
 * OpenPDF's {@link BaseFont} is safe to share: the glyphs a document uses are recorded in its {@code PdfWriter},
 * not in the font.
 */
final class FontLibrary {

    private static final Logger LOG = LoggerFactory.getLogger(FontLibrary.class);

    /** The process-wide library. */
    static final FontLibrary SHARED = new FontLibrary();

    private static final int MAX_DEPTH = 8;

    private final Map<Key, Memo> fonts = new ConcurrentHashMap<>();
    private final Map<List<Path>, Map<String, Path>> indexes = new ConcurrentHashMap<>();
    private final Memo fallback = new Memo(null);

    /** A parsed face, by file and face index. */
    private record Key(FontSource source) {
    }

    /** The font chosen for each role, and where it came from (a file, or STSong-Light), for logs and hashing. */
    record Resolved(Map<FontRole, BaseFont> fonts, Map<FontRole, String> sources) {
        BaseFont get(FontRole role) {
            return fonts.get(role);
        }

        /**
         * What to tell the user when the body is not set in a 仿宋 face or the title not in a 小标宋 face, as
         * GB/T 9704-2012 asks: the faces used and how to give the real ones; empty when both are official.
         */
        Optional<String> unofficialFaces() {
            List<String> wrong = new ArrayList<>();
            if (!isFace(get(FontRole.BODY), "仿宋", "fangsong", "fang song", "fs_gb2312")) {
                wrong.add("the body in " + name(FontRole.BODY) + ", not 仿宋 (--font body=C:/Windows/Fonts/simfang.ttf)");
            }
            if (!isFace(get(FontRole.TITLE), "小标宋", "xiaobiaosong", "xbs")) {
                wrong.add("the title in " + name(FontRole.TITLE) + ", not 方正小标宋 (--font title=…/FZXBSJW.TTF)");
            }
            if (wrong.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of("GB/T 9704 faces not found: the PDF sets " + String.join(", and ", wrong)
                    + ". Give the office's font files with --font ROLE=FILE or a profile's fonts; docs/PDF.md lists "
                    + "the free faces (there is no free simplified 仿宋 in Debian).");
        }

        private String name(FontRole role) {
            BaseFont font = get(role);
            String source = sources.get(role);
            String file = source == null || source.equals("STSong-Light") ? null
                    : Path.of(source.replaceAll(",\\d+$", "")).getFileName().toString();
            String family = font == null ? "?" : font.getPostscriptFontName();
            String[][] names = font == null ? new String[0][] : font.getFamilyFontName();
            if (names != null && names.length > 0) {
                family = names[0][names[0].length - 1];
            }
            return file == null ? family : family + " (" + file + ")";
        }

        private static boolean isFace(BaseFont font, String... words) {
            if (font == null) {
                return false;
            }
            List<String> names = new ArrayList<>();
            names.add(font.getPostscriptFontName());
            String[][] family = font.getFamilyFontName();
            if (family != null) {
                for (String[] entry : family) {
                    names.add(entry[entry.length - 1]);
                }
            }
            for (String name : names) {
                String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
                for (String w : words) {
                    if (n.contains(w)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /**
     * Chooses a font for every role: the profile's explicit font (an error if it cannot be used), else the first
     * usable candidate file found in the
     * profile's font folders, else the body's (or any other role's) font, else STSong-Light. Logs a warning for
     * each rejected or missing font.
     */
    Resolved resolve(PdfProfile profile) {
        Map<FontRole, BaseFont> chosen = new EnumMap<>(FontRole.class);
        Map<FontRole, String> sources = new EnumMap<>(FontRole.class);
        EnumSet<FontRole> missing = EnumSet.noneOf(FontRole.class);
        for (FontRole role : FontRole.values()) {
            FontSource explicit = profile.fonts().get(role);
            if (explicit != null) {
                Optional<BaseFont> font = load(explicit);
                if (font.isPresent()) {
                    chosen.put(role, font.get());
                    sources.put(role, explicit.toString());
                    continue;
                }
                // A font the user named and cannot be had is an error, not a silent substitute.
                throw new io.zongjie.api.ZongjieException("the font " + explicit + " set for " + role.name()
                        .toLowerCase(java.util.Locale.ROOT) + " cannot be used (missing, unreadable, not TrueType, "
                        + "or with CFF outlines, which cannot be embedded as a subset); choose a TrueType font "
                        + "(.ttf, or .ttc with its face index)");
            }
            Optional<FontSource> found = search(role, profile.fontDirectories());
            if (found.isPresent()) {
                chosen.put(role, load(found.get()).orElseThrow());
                sources.put(role, found.get().toString());
                LOG.debug("Font for {}: {}", role, found.get());
            } else {
                missing.add(role);
            }
        }
        if (!missing.isEmpty() && !chosen.isEmpty()) {
            // Another role's embedded face is closer to the standard than a font the reader has to supply.
            FontRole donor = chosen.containsKey(FontRole.BODY) ? FontRole.BODY : chosen.keySet().iterator().next();
            LOG.warn("No font found for {}; using the {} font {} instead. Install the official faces or pass "
                    + "--font ROLE=FILE for them.", missing, donor, sources.get(donor));
            for (FontRole role : missing) {
                chosen.put(role, chosen.get(donor));
                sources.put(role, sources.get(donor));
            }
        } else if (!missing.isEmpty()) {
            LOG.warn("No embeddable TrueType Chinese font found in {}; using STSong-Light, which is not "
                    + "embedded and looks different on every reader. To embed fonts, install fonts-arphic-uming "
                    + "(apt-get install fonts-arphic-uming fonts-wqy-zenhei fonts-lxgw-wenkai) or pass "
                    + "--font <file.ttf | file.ttc,index>.", profile.fontDirectories());
            BaseFont stSong = stSongLight();
            for (FontRole role : missing) {
                chosen.put(role, stSong);
                sources.put(role, "STSong-Light");
            }
        }
        return new Resolved(Collections.unmodifiableMap(chosen), Collections.unmodifiableMap(sources));
    }

    /** The first candidate of {@code role} found in {@code directories} that is a usable TrueType face. */
    private Optional<FontSource> search(FontRole role, List<Path> directories) {
        Map<String, Path> index = indexes.computeIfAbsent(directories, FontLibrary::scan);
        for (String candidate : role.candidates()) {
            int comma = candidate.lastIndexOf(',');
            String name = comma < 0 ? candidate : candidate.substring(0, comma);
            int face = comma < 0 ? 0 : Integer.parseInt(candidate.substring(comma + 1));
            Path file = index.get(name.toLowerCase(Locale.ROOT));
            if (file != null) {
                FontSource source = new FontSource(file, face);
                if (load(source).isPresent()) {
                    return Optional.of(source);
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The parsed face (its subsets are compressed later, by {@link CompactFontWriter}), or empty (with a warning logged
     * once) when it is missing, unreadable or CFF.
     */
    Optional<BaseFont> load(FontSource source) {
        return fonts.computeIfAbsent(new Key(source), Memo::new).get();
    }

    /** OpenPDF's built-in, non-embedded STSong-Light: the last resort for a character no font has. */
    BaseFont stSongLight() {
        return fallback.get().orElseThrow(() -> new IllegalStateException("STSong-Light is not available"));
    }

    /** Lower-case file name to the first path with that name, walking each folder in order. */
    private static Map<String, Path> scan(List<Path> directories) {
        Map<String, Path> index = new HashMap<>();
        for (Path dir : directories) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try {
                Files.walkFileTree(dir, EnumSet.of(FileVisitOption.FOLLOW_LINKS), MAX_DEPTH,
                        new SimpleFileVisitor<>() {
                            @Override
                            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                                index.putIfAbsent(file.getFileName().toString().toLowerCase(Locale.ROOT), file);
                                return FileVisitResult.CONTINUE;
                            }

                            @Override
                            public FileVisitResult visitFileFailed(Path file, IOException e) {
                                // Unreadable entries and symlink loops are common in font folders; skip them.
                                return FileVisitResult.CONTINUE;
                            }
                        });
            } catch (IOException e) {
                LOG.debug("Cannot list font folder {}: {}", dir, e.toString());
            }
        }
        return Map.copyOf(index);
    }

    /** Loads one face at most once, even when many threads ask for it at the same time. */
    private static final class Memo {
        private final Key key;
        private volatile Optional<BaseFont> value;

        Memo(Key key) {
            this.key = key;
        }

        Optional<BaseFont> get() {
            Optional<BaseFont> v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        v = key == null ? Optional.of(createStSong()) : parse(key.source());
                        value = v;
                    }
                }
            }
            return v;
        }
    }

    private static BaseFont createStSong() {
        try {
            return BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("OpenPDF's built-in STSong-Light is missing", e);
        }
    }

    private static Optional<BaseFont> parse(FontSource source) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(source.file());
        } catch (IOException | UncheckedIOException e) {
            LOG.warn("Cannot read font {}: {}", source, e.toString());
            return Optional.empty();
        }
        FontProbe.Outline outline = FontProbe.outline(bytes, source.index());
        if (outline == FontProbe.Outline.CFF) {
            LOG.warn("Font {} has CFF (PostScript) outlines, which OpenPDF cannot subset correctly; skipping it. "
                    + "Use a TrueType (glyf) font such as uming.ttc or simsun.ttc.", source);
            return Optional.empty();
        }
        if (outline != FontProbe.Outline.TRUETYPE) {
            LOG.warn("Font {} is not a TrueType font (or has no face {}); skipping it", source, source.index());
            return Optional.empty();
        }
        try {
            // OpenPDF picks its parser by the name's extension; passing the bytes avoids a second read from disk.
            BaseFont font = BaseFont.createFont(openPdfName(source), BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    false, bytes, null);
            font.setSubset(true);
            // Stored, not deflated: CompactFontWriter compacts each program, then deflates it once at the profile's level.
            font.setCompressionLevel(java.util.zip.Deflater.NO_COMPRESSION);
            font.setSecureRandom(SubsetPrefixRandom.INSTANCE);
            return Optional.of(font);
        } catch (IOException | RuntimeException e) {
            LOG.warn("OpenPDF cannot parse font {}: {}", source, e.toString());
            return Optional.empty();
        }
    }

    private static String openPdfName(FontSource source) {
        String name = source.file().getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (source.isCollection()) {
            return name + "," + source.index();
        }
        return lower.endsWith(".ttf") || lower.endsWith(".otf") ? name : name + ".ttf";
    }
}
