package io.zongjie.document;

import java.util.Objects;

/**
 * The report's title, centred at the top of the first page.
 *
 * @param text the title, such as 「滨江实验中学2023年工会工作总结」
 */
public record Title(String text) implements Block {
    public Title {
        Objects.requireNonNull(text, "text");
    }

    @Override
    public <R, X extends Exception> R accept(BlockVisitor<R, X> visitor) throws X {
        return visitor.visit(this);
    }

    @Override
    public String plainText() {
        return text;
    }
}
