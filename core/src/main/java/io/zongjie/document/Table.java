package io.zongjie.document;

import java.util.List;

/**
 * A table of plain-text cells with one header row, such as a list of visits or the key-figure table.
 *
 * @param caption the table's caption, or an empty string
 * @param header  the header cells
 * @param rows    the body rows; each has as many cells as the header
 */
public record Table(String caption, List<String> header, List<List<String>> rows) implements Block {
    public Table {
        caption = caption == null ? "" : caption;
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).size() != header.size()) {
                throw new IllegalArgumentException("table row " + i + " has " + rows.get(i).size()
                        + " cells but the header has " + header.size());
            }
        }
    }

    /** Whether column {@code column} holds figures (every body cell starts with a digit), for right alignment. */
    public boolean isNumeric(int column) {
        return !rows.isEmpty() && rows.stream().allMatch(r -> {
            String cell = r.get(column);
            return !cell.isEmpty() && (Character.isDigit(cell.charAt(0)) || cell.charAt(0) == '-');
        });
    }

    @Override
    public <R, X extends Exception> R accept(BlockVisitor<R, X> visitor) throws X {
        return visitor.visit(this);
    }

    @Override
    public String plainText() {
        StringBuilder out = new StringBuilder();
        if (!caption.isEmpty()) {
            out.append(caption).append('\n');
        }
        out.append(String.join("\t", header));
        for (List<String> row : rows) {
            out.append('\n').append(String.join("\t", row));
        }
        return out.toString();
    }
}
