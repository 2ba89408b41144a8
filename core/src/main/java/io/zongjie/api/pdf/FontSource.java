package io.zongjie.api.pdf;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A font face in a file: a TrueType font ({@code .ttf}) or one face of a collection ({@code .ttc}, with index).
 *
 * @param file  the font file
 * @param index the face's index in a collection; 0 for a single font
 */
public record FontSource(Path file, int index) {
    public FontSource {
        Objects.requireNonNull(file, "file");
        if (index < 0) {
            throw new IllegalArgumentException("font index must be >= 0, was " + index);
        }
    }

    /** The first (or only) face of {@code file}. */
    public static FontSource of(Path file) {
        return new FontSource(file, 0);
    }

    /**
     * Parses the form users type after {@code --font}: a path, optionally followed by a comma and the face index
     * in a collection, such as {@code /usr/share/fonts/truetype/arphic/uming.ttc,0}.
     */
    public static FontSource parse(String spec) {
        Objects.requireNonNull(spec, "spec");
        int comma = spec.lastIndexOf(',');
        if (comma > 0 && comma < spec.length() - 1 && spec.substring(comma + 1).chars().allMatch(Character::isDigit)) {
            return new FontSource(Path.of(spec.substring(0, comma)), Integer.parseInt(spec.substring(comma + 1)));
        }
        return of(Path.of(spec));
    }

    /** Whether the file is a font collection, whose faces need an index. */
    public boolean isCollection() {
        return file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".ttc");
    }

    @Override
    public String toString() {
        return isCollection() ? file + "," + index : file.toString();
    }
}
