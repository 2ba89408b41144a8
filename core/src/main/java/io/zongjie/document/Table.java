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

    /** The cell a table prints where a row has no figure: a dash, which does not make a column of figures text. */
    public static final String NO_FIGURE = "—";

    /**
     * Whether column {@code column} holds figures, for right alignment: every body cell starts with a digit or is
     * {@link #NO_FIGURE}, and at least one is a figure.
     */
    public boolean isNumeric(int column) {
        return rows.stream().anyMatch(r -> isFigure(r.get(column)))
                && rows.stream().allMatch(r -> isFigure(r.get(column)) || NO_FIGURE.equals(r.get(column)));
    }

    private static boolean isFigure(String cell) {
        return !cell.isEmpty() && (Character.isDigit(cell.charAt(0)) || cell.charAt(0) == '-');
    }

    /**
     * Relative column widths for a paged format: each column's widest cell in display columns (an ideograph two,
     * other characters one, capped at 40), plus two for the cell's padding, so that short figures do not take half
     * the page and a two-character header such as 序号 stays on one line.
     */
    public int[] columnWeights() {
        int[] widths = new int[header.size()];
        for (int c = 0; c < widths.length; c++) {
            int widest = displayWidth(header.get(c));
            for (List<String> row : rows) {
                widest = Math.max(widest, displayWidth(row.get(c)));
            }
            widths[c] = Math.min(widest, 40) + 2;
        }
        return widths;
    }

    private static int displayWidth(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) < 0x2E80 ? 1 : 2;
        }
        return w;
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
