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

    /** How a role got its face. */
    enum Origin {
        /** Set in the profile ({@code --font}). */
        EXPLICIT,
        /** Found in the font folders among the role's candidates. */
        FOUND,
        /** None of the role's candidates was found: another role's face stands in. */
        BORROWED,
        /** No embeddable face at all: OpenPDF's STSong-Light, which the reader supplies. */
        BUILT_IN
    }

    /**
     * The font chosen for each role, where it came from (a file, or STSong-Light) and how it was chosen, for the
     * font check, the warnings and hashing.
     */
    record Resolved(Map<FontRole, BaseFont> fonts, Map<FontRole, String> sources, Map<FontRole, Origin> origins,
            List<Path> directories) {
        BaseFont get(FontRole role) {
            return fonts.get(role);
        }

        /** The face's file and index, or {@code null} for STSong-Light. */
        FontSource source(FontRole role) {
            return origins.get(role) == Origin.BUILT_IN ? null : FontSource.parse(sources.get(role));
        }

        /** The face's family name, as a user would recognise it (「AR PL UMing CN」). */
        String family(FontRole role) {
            BaseFont font = get(role);
            String[][] names = font.getFamilyFontName();
            // prefer the English (Windows, en-US) name: it is the one font menus and `fc-list` show first
            if (names != null) {
                for (String[] entry : names) {
                    if (entry.length >= 4 && "3".equals(entry[0]) && "1033".equals(entry[2])) {
                        return entry[3];
                    }
                }
                if (names.length > 0) {
                    return names[0][names[0].length - 1];
                }
            }
            return font.getPostscriptFontName();
        }

        /** The face and its file, for messages: 「AR PL UMing CN (uming.ttc)」. */
        String name(FontRole role) {
            FontSource source = source(role);
            String family = family(role);
            return source == null ? family : family + " (" + source.file().getFileName() + ")";
        }

        /** Every name the face gives itself (PostScript and family names in each language), lower-cased. */
        List<String> names(FontRole role) {
            BaseFont font = get(role);
            List<String> names = new ArrayList<>();
            names.add(font.getPostscriptFontName());
            String[][] family = font.getFamilyFontName();
            if (family != null) {
                for (String[] entry : family) {
                    names.add(entry[entry.length - 1]);
                }
            }
            FontSource source = source(role);
            if (source != null) {
                names.add(source.file().getFileName().toString());
            }
            return names.stream().filter(java.util.Objects::nonNull).map(n -> n.toLowerCase(Locale.ROOT)).toList();
        }
    }

    /**
     * Chooses a font for every role: the profile's explicit font (an error if it cannot be used), else the first
     * usable candidate file found in the profile's font folders, else the body's (or any other role's) font, else
     * STSong-Light. Says nothing: {@link FontAdvice} words what the choice lacks.
     */
    Resolved resolve(PdfProfile profile) {
        Map<FontRole, BaseFont> chosen = new EnumMap<>(FontRole.class);
        Map<FontRole, String> sources = new EnumMap<>(FontRole.class);
        Map<FontRole, Origin> origins = new EnumMap<>(FontRole.class);
        EnumSet<FontRole> missing = EnumSet.noneOf(FontRole.class);
        for (FontRole role : FontRole.values()) {
            FontSource explicit = profile.fonts().get(role);
            if (explicit != null) {
                Optional<BaseFont> font = load(explicit);
                if (font.isPresent()) {
                    chosen.put(role, font.get());
                    sources.put(role, explicit.toString());
                    origins.put(role, Origin.EXPLICIT);
                    continue;
                }
                // A font the user named and cannot be had is an error, not a silent substitute.
                throw new io.zongjie.api.ZongjieException(io.zongjie.api.Message.of("fonts.unusable",
                        explicit.toString(), role.name().toLowerCase(java.util.Locale.ROOT)));
            }
            Optional<FontSource> found = search(role, profile.fontDirectories());
            if (found.isPresent()) {
                chosen.put(role, load(found.get()).orElseThrow());
                sources.put(role, found.get().toString());
                origins.put(role, Origin.FOUND);
                LOG.debug("Font for {}: {}", role, found.get());
            } else {
                missing.add(role);
            }
        }
        if (!missing.isEmpty() && !chosen.isEmpty()) {
            // Another role's embedded face is closer to the standard than a font the reader has to supply.
            FontRole donor = chosen.containsKey(FontRole.BODY) ? FontRole.BODY : chosen.keySet().iterator().next();
            for (FontRole role : missing) {
                chosen.put(role, chosen.get(donor));
                sources.put(role, sources.get(donor));
                origins.put(role, Origin.BORROWED);
            }
        } else if (!missing.isEmpty()) {
            BaseFont stSong = stSongLight();
            for (FontRole role : missing) {
                chosen.put(role, stSong);
                sources.put(role, "STSong-Light");
                origins.put(role, Origin.BUILT_IN);
            }
        }
        return new Resolved(Collections.unmodifiableMap(chosen), Collections.unmodifiableMap(sources),
                Collections.unmodifiableMap(origins), profile.fontDirectories());
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

    /**
     * The TrueType face a font of this library was parsed from, read once for cutting subsets
     * ({@link FontProgramCompactor#subset}); empty for a font it did not parse, STSong-Light, or a face whose tables it
     * cannot read (OpenPDF subsets those).
     */
    Optional<TrueTypeFace> face(BaseFont font) {
        for (Memo memo : fonts.values()) {
            if (memo.face != null && memo.face.font() == font) {
                return Optional.of(memo.face.face());
            }
        }
        return Optional.empty();
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
        /** The font and its face read for subsetting, once the font is parsed and if its tables could be read. */
        private volatile Parsed face;

        Memo(Key key) {
            this.key = key;
        }

        Optional<BaseFont> get() {
            Optional<BaseFont> v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        if (key == null) {
                            v = Optional.of(createStSong());
                        } else {
                            Optional<Parsed> parsed = parse(key.source());
                            face = parsed.filter(p -> p.face() != null).orElse(null);
                            v = parsed.map(Parsed::font);
                        }
                        value = v;
                    }
                }
            }
            return v;
        }
    }

    /** A font OpenPDF parsed, and its face as {@link TrueTypeFace} read it ({@code null} if it could not). */
    private record Parsed(BaseFont font, TrueTypeFace face) {
    }

    private static BaseFont createStSong() {
        try {
            return BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("OpenPDF's built-in STSong-Light is missing", e);
        }
    }

    private static Optional<Parsed> parse(FontSource source) {
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
            DenseCmap.install(font);
            return Optional.of(new Parsed(font, TrueTypeFace.read(bytes, source.index()).orElse(null)));
        } catch (IOException | RuntimeException e) {
            LOG.warn("OpenPDF cannot parse font {}: {}", source, e.toString());
            return Optional.empty();
        }
    }

    static String openPdfName(FontSource source) {
        String name = source.file().getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (source.isCollection()) {
            return name + "," + source.index();
        }
        return lower.endsWith(".ttf") || lower.endsWith(".otf") ? name : name + ".ttf";
    }
}
