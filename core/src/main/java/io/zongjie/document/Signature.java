package io.zongjie.document;

import java.util.List;

/**
 * The signature block at the end (落款): the union's name and the date, right-aligned.
 *
 * @param lines the lines, top to bottom, such as 「滨江实验中学工会委员会」 and 「2023年12月28日」
 */
public record Signature(List<String> lines) implements Block {
    public Signature {
        lines = List.copyOf(lines);
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
