package io.zongjie.document;

import java.util.List;

/**
 * The signature block at the end (落款): the union's name and, on the last line, the date.
 *
 * <p>Renderers place it after GB/T 9704-2012 §7.3.5. Without a seal the name stands two characters in from the
 * right and the date starts two characters to the right of the name's first character (if the date is the longer,
 * it stands two characters in and the name moves left to keep that offset). With a seal the date stands four
 * characters in from the right and the name is centred over it, with room above for the seal.
 *
 * @param lines the lines, top to bottom, such as 「滨江实验中学工会委员会」 and 「2023年12月28日」; the last is the date
 * @param seal  whether the report is sealed (加盖印章), which decides the layout above
 */
public record Signature(List<String> lines, boolean seal) implements Block {
    public Signature {
        lines = List.copyOf(lines);
    }

    /** A signature without a seal. */
    public Signature(List<String> lines) {
        this(lines, false);
    }

    /** The names that sign, every line but the date; all lines when there is only one. */
    public List<String> names() {
        return lines.size() <= 1 ? lines : lines.subList(0, lines.size() - 1);
    }

    /** The date line, or an empty string when the signature has fewer than two lines. */
    public String date() {
        return lines.size() < 2 ? "" : lines.get(lines.size() - 1);
    }

    @Override
    public <R, X extends Exception> R accept(BlockVisitor<R, X> visitor) throws X {
        return visitor.visit(this);
    }

    @Override
    public String plainText() {
        return String.join("\n", lines);
    }
}
