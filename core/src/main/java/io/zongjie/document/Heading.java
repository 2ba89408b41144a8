package io.zongjie.document;

import java.util.Objects;

/**
 * A numbered heading. Level 1 is a section (一、), level 2 a part of it (（一）), then 1. and （1）.
 *
 * <p>The engine assigns {@code number}; templates never type it.
 *
 * @param level  1 to 4
 * @param number the number with its punctuation, such as 「一、」 or 「（二）」
 * @param text   the heading's words, such as 「送温暖与职工福利」
 * @param id     the part of its section the heading opens, such as {@code "visits"} (a template writes
 *               {@code <h2 id="visits">}), so that the engine can place the user's own paragraphs under it; {@code ""}
 *               for none. The assembled document carries no ids.
 */
public record Heading(int level, String number, String text, String id) implements Block {
    /** The deepest heading level. */
    public static final int MAX_LEVEL = 4;

    public Heading {
        if (level < 1 || level > MAX_LEVEL) {
            throw new IllegalArgumentException("heading level must be 1.." + MAX_LEVEL + ", was " + level);
        }
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(text, "text");
        id = id == null ? "" : id;
    }

    /**
     * A heading that opens no named part.
     *
     * @param level  1 to 4
     * @param number the number with its punctuation
     * @param text   the heading's words
     */
    public Heading(int level, String number, String text) {
        this(level, number, text, "");
    }

    @Override
    public <R, X extends Exception> R accept(BlockVisitor<R, X> visitor) throws X {
        return visitor.visit(this);
    }

    @Override
    public String plainText() {
        return number + text;
    }
}
