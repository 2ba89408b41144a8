package io.zongjie.spi;

import io.zongjie.document.Signature;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placement rules of GB/T 9704-2012 (党政机关公文格式) that every paged format applies alike: how a long title
 * breaks into lines, and where the signature and date stand. The PDF, DOCX and HTML renderers share them, so a
 * report breaks and signs the same way in each; a renderer of one's own can use them too.
 *
 * <p>Widths are in characters of the text grid (one ideograph is 1, a Latin letter or digit about ½). A renderer
 * that knows its font measures with it; one that does not uses {@link #ems(CharSequence)}.
 *
 * <pre>{@code
 * List<String> lines = OfficialLayout.titleLines("临江市滨江区第二实验中学教育集团2023年工会工作总结", 20);
 * // [临江市滨江区第二实验中学, 教育集团2023年工会工作总结]
 * OfficialLayout.Placement p = OfficialLayout.signature(signature, OfficialLayout::ems);
 * // p.rightIndents(): how far each line stands from the right edge, in characters
 * }</pre>
 */
public final class OfficialLayout {

    /** Characters a line of the standard's text block holds (28 of 3号 on 156 mm). */
    public static final int CHARS_PER_LINE = 28;
    /** Lines a page of the standard's text block holds (22 on 225 mm). */
    public static final int LINES_PER_PAGE = 22;

    /** Where a title may break, best first: between the unit and the period or subject, then at word ends. */
    private static final Pattern PRIMARY = Pattern.compile(
            "(?=关于)|(?<![\\d—\\-～至])(?=(?:19|20)\\d\\d(?:年|学年|—|-|～|至))");
    /** The kind of document at the end of a title, found once: 「工会工作总结」, 「工作报告」, 「总结」 … */
    private static final Pattern KIND = Pattern.compile("(?:工会)?(?:工作)?(?:总结|报告|计划|意见|方案)$");
    private static final Pattern SECONDARY = Pattern.compile(
            "(?<=[省市区县镇乡]|街道|中学|小学|学校|学院|大学|幼儿园|公司|集团|总厂|分厂|医院|中心|局|委员会|办公室)"
                    + "|(?<=工会)(?!委员会)|(?<=的)|(?=暨)|(?<=暨)");

    private OfficialLayout() {
    }

    /**
     * The width of {@code text} in characters, as a Chinese body face sets it: ideographs, kana, hangul and
     * full-width punctuation 1, everything else (Latin letters, digits, half-width marks) ½.
     */
    public static double ems(CharSequence text) {
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowSurrogate(c)) {
                continue;
            }
            w += isWide(c) ? 1 : 0.5;
        }
        return w;
    }

    private static boolean isWide(char c) {
        return Character.isHighSurrogate(c) || c >= 0x2E80 && c < 0xD7A4 || c >= 0xF900 && c < 0xFB00
                || c >= 0xFE30 && c < 0xFE50 || c >= 0xFF00 && c < 0xFF61 || c >= 0xFFE0 && c < 0xFFE7
                || c == '“' || c == '”' || c == '‘' || c == '’' || c == '—' || c == '…' || c == '·';
    }

    /** {@link #titleLines(String, double, ToDoubleFunction)} measured with {@link #ems(CharSequence)}. */
    public static List<String> titleLines(String title, double maxWidth) {
        return titleLines(title, maxWidth, OfficialLayout::ems);
    }

    /**
     * Breaks a title wider than {@code maxWidth} into lines of near-equal length (§7.3.1: 词意完整, 排列对称, 梯形 or
     * 菱形), never leaving a short last line. Lines break where the meaning does: before the period (「2023年…」), before
     * 「关于」 or the kind of document (「工作总结」), else after a place or unit (「…市」, 「…中学」, 「…公司」), and only
     * as a last resort between two ideographs. A title that fits is one line.
     *
     * @param title    the title
     * @param maxWidth the widest a line may be, in the units of {@code width}
     * @param width    measures a line
     * @return the lines, top to bottom; their concatenation is {@code title}
     */
    public static List<String> titleLines(String title, double maxWidth, ToDoubleFunction<String> width) {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(width, "width");
        if (title.isEmpty() || width.applyAsDouble(title) <= maxWidth) {
            return List.of(title);
        }
        int[] tier = new int[title.length() + 1]; // 0: no break; 1: primary, 2: secondary, 3: between ideographs
        mark(tier, PRIMARY.matcher(title), 1);
        Matcher kind = KIND.matcher(title);
        if (kind.find() && kind.start() > 0 && tier[kind.start()] == 0) {
            tier[kind.start()] = 1;
        }
        mark(tier, SECONDARY.matcher(title), 2);
        for (int i = 1; i < title.length(); i++) {
            if (tier[i] == 0 && isIdeograph(title.charAt(i - 1)) && isIdeograph(title.charAt(i))) {
                tier[i] = 3;
            }
        }
        // 「关于」 leads its object: never the end of a line
        for (int at = title.indexOf("关于"); at >= 0; at = title.indexOf("关于", at + 1)) {
            tier[at + 2] = 0;
        }
        tier[0] = 0;
        tier[title.length()] = 0;
        int minLines = (int) Math.ceil(width.applyAsDouble(title) / maxWidth);
        Best best = new Best();
        // the fewest lines that can fit, or one more when that lets every line break where the meaning does
        int fewest = Math.max(2, minLines);
        for (int lines = fewest; lines <= fewest + 1; lines++) {
            best.extra = (lines - fewest) * 0.3;
            search(title, tier, maxWidth, width, new int[lines - 1], 0, 1, best);
        }
        if (best.breaks == null) {
            // nothing fits, not even between ideographs: one line the reader's software wraps as it can
            return List.of(title);
        }
        List<String> out = new ArrayList<>();
        int from = 0;
        for (int b : best.breaks) {
            out.add(title.substring(from, b));
            from = b;
        }
        out.add(title.substring(from));
        return List.copyOf(out);
    }

    private static void mark(int[] tier, Matcher m, int level) {
        while (m.find()) {
            int at = m.start();
            if (at > 0 && at < tier.length - 1 && (tier[at] == 0 || tier[at] > level)) {
                tier[at] = level;
            }
        }
    }

    private static boolean isIdeograph(char c) {
        return c >= 0x3400 && c < 0xA000 || c >= 0xF900 && c < 0xFB00 || Character.isSurrogate(c);
    }

    private static final class Best {
        int[] breaks;
        double cost = Double.MAX_VALUE;
        double extra;
    }

    /** Tries every choice of break positions (titles are short) and keeps the cheapest whose lines all fit. */
    private static void search(String title, int[] tier, double maxWidth, ToDoubleFunction<String> width,
            int[] breaks, int depth, int from, Best best) {
        if (depth == breaks.length) {
            double cost = cost(title, tier, breaks, maxWidth, width) + best.extra;
            if (cost < best.cost) {
                best.cost = cost;
                best.breaks = breaks.clone();
            }
            return;
        }
        for (int at = from; at < title.length(); at++) {
            if (tier[at] == 0) {
                continue;
            }
            int start = depth == 0 ? 0 : breaks[depth - 1];
            if (width.applyAsDouble(title.substring(start, at)) > maxWidth) {
                break;
            }
            breaks[depth] = at;
            search(title, tier, maxWidth, width, breaks, depth + 1, at + 1, best);
        }
    }

    private static double cost(String title, int[] tier, int[] breaks, double maxWidth,
            ToDoubleFunction<String> width) {
        double[] w = new double[breaks.length + 1];
        int from = 0;
        for (int i = 0; i <= breaks.length; i++) {
            int to = i < breaks.length ? breaks[i] : title.length();
            w[i] = width.applyAsDouble(title.substring(from, to));
            if (w[i] > maxWidth || to == from) {
                return Double.MAX_VALUE;
            }
            from = to;
        }
        double max = 0;
        double min = Double.MAX_VALUE;
        double sum = 0;
        for (double x : w) {
            max = Math.max(max, x);
            min = Math.min(min, x);
            sum += x;
        }
        double mean = sum / w.length;
        // near-equal lines first; then breaks that follow the meaning; a last line shorter than the rest is the
        // shape the standard forbids, and a top-heavy pair reads worse than the upright trapezoid (上短下长)
        double cost = (max - min) / mean;
        for (int b : breaks) {
            cost += switch (tier[b]) {
                case 1 -> 0;
                case 2 -> 0.12;
                default -> 1.5; // inside a word: only when nothing else fits
            };
        }
        double last = w[w.length - 1];
        if (last < min + 1e-9 && last < 0.6 * max) {
            cost += 0.3; // a stub of a last line
        }
        if (w.length == 2 && w[0] > w[1]) {
            cost += 0.05;
        }
        return cost;
    }

    /**
     * Where a signature's lines stand, in characters from the right edge of the text block, and how many blank lines
     * separate it from the text above (§7.3.5).
     *
     * @param rightIndents one per line of {@link Signature#lines()}, top to bottom
     * @param blankLinesBefore blank lines between the text (or the attachment note) and the first line
     */
    public record Placement(List<Double> rightIndents, int blankLinesBefore) {
        public Placement {
            rightIndents = List.copyOf(rightIndents);
        }
    }

    /**
     * Places a signature after §7.3.5. Without a seal (§7.3.5.2) each name stands two characters in from the right
     * and the date starts two characters to the right of the (longest) name's first character; when the date is
     * the longer, it stands two characters in and the names move left to keep that offset. With a seal
     * (§7.3.5.1) the date stands four characters in and each name is centred over it, two blank lines above
     * leaving the seal room to overlap name and date while its top stays within a line of the text. A signature
     * of one line is a name two (or, sealed, four) characters in.
     *
     * @param signature the signature
     * @param width     measures a line, in characters
     * @return the placement of each line
     */
    public static Placement signature(Signature signature, ToDoubleFunction<String> width) {
        return signature(signature, width, 2);
    }

    /**
     * {@link #signature(Signature, ToDoubleFunction)} with the unsealed signature {@code right} characters in from
     * the right instead of the standard's two, and a sealed date two further in.
     *
     * @param signature the signature
     * @param width     measures a line, in characters
     * @param right     the unsealed right indent, in characters
     * @return the placement of each line
     */
    public static Placement signature(Signature signature, ToDoubleFunction<String> width, double right) {
        double sealed = right + 2;
        List<String> lines = signature.lines();
        List<Double> indents = new ArrayList<>();
        if (lines.size() < 2) {
            lines.forEach(l -> indents.add(signature.seal() ? sealed : right));
            return new Placement(indents, signature.seal() ? 2 : 1);
        }
        double date = width.applyAsDouble(signature.date());
        double names = 0;
        for (String name : signature.names()) {
            names = Math.max(names, width.applyAsDouble(name));
        }
        if (signature.seal()) {
            for (String name : signature.names()) {
                indents.add(Math.max(0, sealed + (date - width.applyAsDouble(name)) / 2));
            }
            indents.add(sealed);
            return new Placement(indents, 2);
        }
        double dateRight = Math.max(right, right + names - date - 2);
        double namesRight = dateRight + date + 2 - names;
        for (String name : signature.names()) {
            // names of several lines share their first character's position
            indents.add(namesRight + names - width.applyAsDouble(name));
        }
        indents.add(dateRight);
        return new Placement(indents, 1);
    }
}
