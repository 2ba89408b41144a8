package io.zongjie.document;

import java.util.Objects;

/**
 * The addressee line under the title (主送机关), flush left, such as 「区教育工会：」.
 *
 * @param text the addressee, ending with a full-width colon
 */
public record Recipient(String text) implements Block {
    public Recipient {
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
