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
 * @param maxInputBytes   the largest input file, in bytes (default 10 MB, at most 64 MB): checked before the file
 *                        is read
 * @param maxNestingDepth how deeply mappings and lists may nest (default 64, at most 1000)
 * @param maxStringLength the longest text value, in characters (default 100 000, at most 1 000 000)
 * @param maxNumberLength the most digits a number may have, written out (default 50, at most 1000): {@code 1e300}
 *                        has 301
 * @param maxTemplateLoops the most {@code #foreach} iterations one template merge may run (default 100 000)
 * @param maxMacroDepth   how deeply Velocity macros may call each other (default 20, at most 100)
 * @param sectionTimeout  how long one section (plugin and templates) or one frame template may take (default
 *                        10 s); {@link Duration#ZERO} runs sections in the caller's thread with no deadline
 * @param maxSections     the most sections one report may have (default 100, at most 99 999)
 * @param maxListItems    the most items one list in the input may have (default 10 000)
 */
public record Limits(long maxInputBytes, int maxNestingDepth, int maxStringLength, int maxNumberLength,
        int maxTemplateLoops, int maxMacroDepth, Duration sectionTimeout, int maxSections, int maxListItems) {

    /** The limit names {@link #with(String, String)} and the command line accept, in order. */
    public static final List<String> NAMES = List.of("input-size", "depth", "string-length", "number-length",
            "template-loops", "macro-depth", "section-timeout", "sections", "list-items");

    /**
     * The highest value each limit may be raised to, where there is one: beyond it the limit would no longer keep
     * zongjie safe (a deeper nesting or a larger file than this cannot be read within a bounded stack and heap;
     * more sections than this cannot be numbered; longer numbers are refused by templates anyway).
     */
    public static final long MAX_INPUT_BYTES = 64L << 20;
    /** The deepest nesting {@code depth} accepts. */
    public static final int MAX_DEPTH = 1000;
    /** The longest text {@code string-length} accepts. */
    public static final int MAX_STRING_LENGTH = 1_000_000;
    /** The most digits {@code number-length} accepts: what a template may print of a number. */
    public static final int MAX_NUMBER_LENGTH = 1000;
    /** The deepest macro calls {@code macro-depth} accepts. */
    public static final int MAX_MACRO_DEPTH = 100;
    /** The most sections {@code sections} accepts: section headings are numbered up to 九万九千九百九十九. */
    public static final int MAX_SECTIONS = 99_999;

    private static final Limits DEFAULTS = new Limits(10L << 20, 64, 100_000, 50, 100_000, 20,
            Duration.ofSeconds(10), 100, 10_000);
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?");
    private static final Pattern TIME = Pattern.compile("(\\d+)\\s*(ms|s|m|min)?");

    public Limits {
        positive("input-size", maxInputBytes);
        positive("depth", maxNestingDepth);
        positive("string-length", maxStringLength);
        positive("number-length", maxNumberLength);
        positive("template-loops", maxTemplateLoops);
        positive("macro-depth", maxMacroDepth);
        positive("sections", maxSections);
        positive("list-items", maxListItems);
        atMost("input-size", maxInputBytes, MAX_INPUT_BYTES, "64MB", "a larger file cannot be read safely in one go");
        atMost("depth", maxNestingDepth, MAX_DEPTH, String.valueOf(MAX_DEPTH), "deeper nesting cannot be read "
                + "safely");
        atMost("string-length", maxStringLength, MAX_STRING_LENGTH, String.valueOf(MAX_STRING_LENGTH),
                "no report needs a longer text");
        atMost("number-length", maxNumberLength, MAX_NUMBER_LENGTH, String.valueOf(MAX_NUMBER_LENGTH),
                "templates print no longer number");
        atMost("macro-depth", maxMacroDepth, MAX_MACRO_DEPTH, String.valueOf(MAX_MACRO_DEPTH), "deeper calls "
                + "would overflow the stack");
        atMost("sections", maxSections, MAX_SECTIONS, String.valueOf(MAX_SECTIONS), "section headings are "
                + "numbered up to 九万九千九百九十九");
        Objects.requireNonNull(sectionTimeout, "sectionTimeout");
        if (sectionTimeout.isNegative()) {
            throw new IllegalArgumentException("section-timeout must not be negative: " + sectionTimeout);
        }
    }

    /**
     * The limits before {@code sections} and {@code list-items} existed; those two take their defaults.
     *
     * @deprecated name every limit, or start from {@link #defaults()} and use the {@code withX} methods
     */
    @Deprecated
    public Limits(long maxInputBytes, int maxNestingDepth, int maxStringLength, int maxNumberLength,
            int maxTemplateLoops, int maxMacroDepth, Duration sectionTimeout) {
        this(maxInputBytes, maxNestingDepth, maxStringLength, maxNumberLength, maxTemplateLoops, maxMacroDepth,
                sectionTimeout, 100, 10_000);
    }

    /**
     * The defaults: 10 MB input, depth 64, 100 000-character text, 50-digit numbers, 100 000 template loops, macros
     * 20 deep, 10 s per section, 100 sections, 10 000 items in a list.
     */
    public static Limits defaults() {
        return DEFAULTS;
    }

    public Limits withMaxInputBytes(long bytes) {
        return new Limits(bytes, maxNestingDepth, maxStringLength, maxNumberLength, maxTemplateLoops,
                maxMacroDepth, sectionTimeout, maxSections, maxListItems);
    }

    public Limits withMaxNestingDepth(int depth) {
        return new Limits(maxInputBytes, depth, maxStringLength, maxNumberLength, maxTemplateLoops, maxMacroDepth,
                sectionTimeout, maxSections, maxListItems);
    }

    public Limits withMaxStringLength(int chars) {
        return new Limits(maxInputBytes, maxNestingDepth, chars, maxNumberLength, maxTemplateLoops, maxMacroDepth,
                sectionTimeout, maxSections, maxListItems);
    }

    public Limits withMaxNumberLength(int digits) {
        return new Limits(maxInputBytes, maxNestingDepth, maxStringLength, digits, maxTemplateLoops, maxMacroDepth,
                sectionTimeout, maxSections, maxListItems);
    }

    public Limits withMaxTemplateLoops(int loops) {
        return new Limits(maxInputBytes, maxNestingDepth, maxStringLength, maxNumberLength, loops, maxMacroDepth,
                sectionTimeout, maxSections, maxListItems);
    }

    public Limits withMaxMacroDepth(int depth) {
        return new Limits(maxInputBytes, maxNestingDepth, maxStringLength, maxNumberLength, maxTemplateLoops, depth,
                sectionTimeout, maxSections, maxListItems);
    }

    public Limits withSectionTimeout(Duration timeout) {
        return new Limits(maxInputBytes, maxNestingDepth, maxStringLength, maxNumberLength, maxTemplateLoops,
                maxMacroDepth, timeout, maxSections, maxListItems);
    }

    public Limits withMaxSections(int sections) {
        return new Limits(maxInputBytes, maxNestingDepth, maxStringLength, maxNumberLength, maxTemplateLoops,
                maxMacroDepth, sectionTimeout, sections, maxListItems);
    }

    public Limits withMaxListItems(int items) {
        return new Limits(maxInputBytes, maxNestingDepth, maxStringLength, maxNumberLength, maxTemplateLoops,
                maxMacroDepth, sectionTimeout, maxSections, items);
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
            case "sections":
                return withMaxSections(parseCount(n, v));
            case "list-items":
                return withMaxListItems(parseCount(n, v));
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
            case "sections" -> "withMaxSections";
            case "list-items" -> "withMaxListItems";
            default -> "withSectionTimeout";
        };
        return "raise it with --limit " + name + "=" + suggested + " (Limits." + method + " in Java)";
    }

    /**
     * How to get past a limit for a value that needs {@code needed}: 「raise it with --limit depth=128 (…)」, or, when
     * that is beyond what the limit accepts, that it cannot be raised so far.
     *
     * @param name   the limit, one of {@link #NAMES}
     * @param needed what the input needs: bytes for {@code input-size}, a count for the others
     * @return the end of a message, after 「; 」
     */
    public static String howToRaise(String name, long needed) {
        long max = switch (name) {
            case "input-size" -> MAX_INPUT_BYTES;
            case "depth" -> MAX_DEPTH;
            case "string-length" -> MAX_STRING_LENGTH;
            case "number-length" -> MAX_NUMBER_LENGTH;
            case "macro-depth" -> MAX_MACRO_DEPTH;
            case "sections" -> MAX_SECTIONS;
            default -> Integer.MAX_VALUE;
        };
        if (needed > max) {
            return "the limit cannot be raised so far (" + name + " is at most " + (name.equals("input-size")
                    ? bytes(max) : String.valueOf(max)) + ")";
        }
        return howToRaise(name, name.equals("input-size") ? sizeAtLeast(needed) : String.valueOf(needed));
    }

    /** The smallest round size for {@code --limit input-size} that holds {@code n} bytes: 「1KB」, 「61MB」. */
    private static String sizeAtLeast(long n) {
        if (n <= 1L << 20) {
            return Math.max(1, (n + (1L << 10) - 1) >> 10) + "KB";
        }
        return ((n + (1L << 20) - 1) >> 20) + "MB";
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

    private static void atMost(String name, long value, long max, String written, String why) {
        if (value > max) {
            throw new IllegalArgumentException(name + " can be at most " + written + " (" + why + "), not "
                    + value);
        }
    }

    private static void positive(String name, long value) {
        if (value <= 0) {
            throw new IllegalArgumentException(name + " must be at least 1, not " + value);
        }
    }
}
