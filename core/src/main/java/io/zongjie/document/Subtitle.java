package io.zongjie.document;

import java.util.List;

/**
 * Lines centred under the title: for a report delivered at a congress, the occasion and the speaker
 * (「——在临江市第五中学第七届二次教职工代表大会上」, 「工会主席　林晓燕」, 「（2024年1月12日）」).
 *
 * @param lines the lines, top to bottom
 */
public record Subtitle(List<String> lines) implements Block {
    public Subtitle {
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
