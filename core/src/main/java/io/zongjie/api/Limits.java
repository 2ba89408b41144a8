package io.zongjie.api;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The bounds within which an engine reads inputs and runs templates and plugins, so that a hostile or broken
 * file, template or plugin fails with a message instead of exhausting memory, the stack or time.
 *
 * <p>Immutable: start from {@link #defaults()} and change one limit at a time with the {@code withX} methods, or
 * by name with {@link #with(String, String)} (what the command line's {@code --limit name=value} does). Every
 * message about a limit names the limit and says how to raise it.
 *
 * @param maxInputBytes   the largest input file, in bytes (default 10 MB): checked before the file is read
 * @param maxNestingDepth how deeply mappings and lists may nest (default 64)
 * @param maxStringLength the longest text value, in characters (default 100 000)
 * @param maxNumberLength the most digits a number may have, written out (default 50): {@code 1e300} has 301
 * @param maxTemplateLoops the most {@code #foreach} iterations one template merge may run (default 100 000)
 * @param maxMacroDepth   how deeply Velocity macros may call each other (default 20)
 * @param sectionTimeout  how long one section (plugin and templates) or one frame template may take (default
 *                        10 s); {@link Duration#ZERO} runs sections in the caller's thread with no deadline
 */
public record Limits(long maxInputBytes, int maxNestingDepth, int maxStringLength, int maxNumberLength,
        int maxTemplateLoops, int maxMacroDepth, Duration sectionTimeout) {

    /** The limit names {@link #with(String, String)} and the command line accept, in order. */
    public static final List<String> NAMES = List.of("input-size", "depth", "string-length", "number-length",
            "template-loops", "macro-depth", "section-timeout");

    private static final Limits DEFAULTS = new Limits(10L << 20, 64, 100_000, 50, 100_000, 20,
            Duration.ofSeconds(10));
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?");
    private static final Pattern TIME = Pattern.compile("(\\d+)\\s*(ms|s|m|min)?");

    public Limits {
        positive("input-size", maxInputBytes);
        positive("depth", maxNestingDepth);
        positive("string-length", maxStringLength);
        positive("number-length", maxNumberLength);
        positive("template-loops", maxTemplateLoops);
        positive("macro-depth", maxMacroDepth);
        Objects.requireNonNull(sectionTimeout, "sectionTimeout");
        if (sectionTimeout.isNegative()) {
            throw new IllegalArgumentException("section-timeout must not be negative: " + sectionTimeout);
        }
    }

    /** The defaults: 10 MB input, depth 64, 100 000-character text, 50-digit numbers, 10 s per section. */
    public static Limits defaults() {
        return DEFAULTS;
    }

    public Limits withMaxInputBytes(long bytes) {
        return new Limits(bytes, maxNestingDepth, maxStringLength, maxNumberLength, maxTemplateLoops,
                maxMacroDepth, sectionTimeout);
    }

    public Limits withMaxNestingDepth(int depth) {
        return new Limits(maxInputBytes, depth, maxStringLength, maxNumberLength, maxTemplateLoops, maxMacroDepth,
                sectionTimeout);
    }

    public Limits withMaxStringLength(int chars) {
        return new Limits(maxInputBytes, maxNestingDepth, chars, maxNumberLength, maxTemplateLoops, maxMacroDepth,
                sectionTimeout);
    }

    public Limits withMaxNumberLength(int digits) {
        return new Limits(maxInputBytes, maxNestingDepth, maxStringLength, digits, maxTemplateLoops, maxMacroDepth,
                sectionTimeout);
    }

    public Limits withMaxTemplateLoops(int loops) {
        return new Limits(maxInputBytes, maxNestingDepth, maxStringLength, maxNumberLength, loops, maxMacroDepth,
                sectionTimeout);
    }

    public Limits withMaxMacroDepth(int depth) {
        return new Limits(maxInputBytes, maxNestingDepth, maxStringLength, maxNumberLength, maxTemplateLoops, depth,
                sectionTimeout);
    }

    public Limits withSectionTimeout(Duration timeout) {
        return new Limits(maxInputBytes, maxNestingDepth, maxStringLength, maxNumberLength, maxTemplateLoops,
                maxMacroDepth, timeout);
    }

    /**
     * Changes one limit by its name in {@link #NAMES}: {@code input-size} takes a size ({@code 60MB},
     * {@code 512KB}, bytes), {@code section-timeout} a duration ({@code 30s}, {@code 500ms}, {@code 2m}, or
     * {@code 0} for none), the others a whole number.
     *
     * @throws IllegalArgumentException naming the limit and what it takes, for an unknown name or a bad value
     */
    public Limits with(String name, String value) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        String v = value.strip().toLowerCase(Locale.ROOT);
        switch (n) {
            case "input-size":
                return withMaxInputBytes(parseSize(v));
            case "depth":
                return withMaxNestingDepth(parseCount(n, v));
            case "string-length":
                return withMaxStringLength(parseCount(n, v));
            case "number-length":
                return withMaxNumberLength(parseCount(n, v));
            case "template-loops":
                return withMaxTemplateLoops(parseCount(n, v));
            case "macro-depth":
                return withMaxMacroDepth(parseCount(n, v));
            case "section-timeout":
                return withSectionTimeout(parseDuration(v));
            default:
                throw new IllegalArgumentException("unknown limit '" + name + "'; the limits are "
                        + String.join(", ", NAMES));
        }
    }

    /** How to raise a limit, for messages: 「raise it with --limit input-size=60MB (Limits.withMaxInputBytes)」. */
    public static String howToRaise(String name, String suggested) {
        String method = switch (name) {
            case "input-size" -> "withMaxInputBytes";
            case "depth" -> "withMaxNestingDepth";
            case "string-length" -> "withMaxStringLength";
            case "number-length" -> "withMaxNumberLength";
            case "template-loops" -> "withMaxTemplateLoops";
            case "macro-depth" -> "withMaxMacroDepth";
            default -> "withSectionTimeout";
        };
        return "raise it with --limit " + name + "=" + suggested + " (Limits." + method + " in Java)";
    }

    /** A byte count for people: 「52 MB」, 「300 KB」, 「12 bytes」. */
    public static String bytes(long n) {
        if (n >= 1L << 20) {
            return ((n + (1L << 20) - 1) >> 20) + " MB";
        }
        if (n >= 1L << 10) {
            return ((n + (1L << 10) - 1) >> 10) + " KB";
        }
        return n + " bytes";
    }

    private static long parseSize(String v) {
        Matcher m = SIZE.matcher(v);
        if (!m.matches()) {
            throw new IllegalArgumentException("input-size takes a size such as 60MB, 512KB or a byte count, not '"
                    + v + "'");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "b" : m.group(2);
        int shift = unit.startsWith("k") ? 10 : unit.startsWith("m") ? 20 : unit.startsWith("g") ? 30 : 0;
        if (n > (Long.MAX_VALUE >> shift)) {
            throw new IllegalArgumentException("input-size " + v + " is too large");
        }
        return n << shift;
    }

    private static int parseCount(String name, String v) {
        try {
            return Integer.parseInt(v.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " takes a whole number up to 2147483647, not '" + v + "'");
        }
    }

    private static Duration parseDuration(String v) {
        Matcher m = TIME.matcher(v);
        if (!m.matches()) {
            throw new IllegalArgumentException("section-timeout takes a duration such as 30s, 500ms or 2m, not '"
                    + v + "'");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "m", "min" -> Duration.ofMinutes(n);
            default -> Duration.ofSeconds(n);
        };
    }

    private static void positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be at least 1, not " + value);
        }
    }
}
