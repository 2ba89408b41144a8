package io.zongjie.internal.render;

import io.zongjie.document.Attachment;
import io.zongjie.document.AttachmentNote;
import io.zongjie.document.Block;
import io.zongjie.document.BlockVisitor;
import io.zongjie.document.Document;
import io.zongjie.document.Heading;
import io.zongjie.document.Inline;
import io.zongjie.document.ListBlock;
import io.zongjie.document.Paragraph;
import io.zongjie.document.Recipient;
import io.zongjie.document.Signature;
import io.zongjie.document.Subtitle;
import io.zongjie.document.Table;
import io.zongjie.document.Title;
import io.zongjie.spi.OfficialLayout;
import io.zongjie.spi.Renderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Plain text as it would be pasted into an e-mail or an OA system: paragraphs indented by two ideographic
 * spaces, the title centred and the signature right-aligned on a line of {@value #WIDTH} columns.
 */
public final class TextRenderer implements Renderer {

    /** Line width in columns, a Chinese character counting two. */
    static final int WIDTH = 64;
    private static final String INDENT = "\u3000\u3000";

    @Override
    public String format() {
        return "txt";
    }

    @Override
    public List<String> extensions() {
        return List.of("txt", "text");
    }

    @Override
    public String description() {
        return "plain UTF-8 text";
    }

    @Override
    public void render(Document document, OutputStream out) throws IOException {
        StringBuilder text = new StringBuilder();
        Blocks blocks = new Blocks(text);
        for (Block block : document.blocks()) {
            block.accept(blocks);
        }
        for (int i = 0; i < document.attachments().size(); i++) {
            Attachment attachment = document.attachments().get(i);
            // a blank line and a form feed: printed, each attachment starts a page of its own
            text.append("\n\f").append(document.attachmentLabel(i)).append("\n\n");
            centred(text, attachment.title());
            for (Block block : attachment.blocks()) {
                block.accept(blocks);
            }
        }
        out.write(text.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Writes each kind of block as plain text. */
    private static final class Blocks implements BlockVisitor<Void, RuntimeException> {
        private final StringBuilder out;

        Blocks(StringBuilder out) {
            this.out = out;
        }

        @Override
        public Void visit(Title t) {
            centred(out, t.text());
            return null;
        }

        @Override
        public Void visit(Recipient r) {
            out.append(r.text()).append('\n');
            return null;
        }

        @Override
        public Void visit(Subtitle st) {
            for (String line : st.lines()) {
                out.append(" ".repeat(Math.max(0, (WIDTH - width(line)) / 2))).append(line).append('\n');
            }
            out.append('\n');
            return null;
        }

        @Override
        public Void visit(Heading h) {
            out.append(INDENT).append(h.number()).append(h.text()).append('\n');
            return null;
        }

        @Override
        public Void visit(Paragraph p) {
            out.append(INDENT).append(Inline.plainText(p.content())).append('\n');
            return null;
        }

        @Override
        public Void visit(ListBlock l) {
            for (int i = 0; i < l.items().size(); i++) {
                out.append(INDENT).append(l.marker(i)).append(Inline.plainText(l.items().get(i))).append('\n');
            }
            return null;
        }

        @Override
        public Void visit(Table t) {
            table(out, t);
            return null;
        }

        /** Plain text has no graphics: the chart's figures as a table under its title. */
        @Override
        public Void visit(io.zongjie.document.Chart chart) {
            return visit(chart.asTable());
        }

        @Override
        public Void visit(AttachmentNote n) {
            // GB/T 9704 §7.3.4: a blank line under the text, two characters in; further titles under the first
            out.append('\n');
            for (int i = 0; i < n.titles().size(); i++) {
                out.append(INDENT).append(i == 0 ? AttachmentNote.LEAD : "\u3000".repeat(AttachmentNote.LEAD.length()))
                        .append(n.item(i)).append('\n');
            }
            return null;
        }

        @Override
        public Void visit(Signature s) {
            // GB/T 9704 §7.3.5, in columns of the line: a character is two
            OfficialLayout.Placement placement = OfficialLayout.signature(s, line -> width(line) / 2.0);
            out.append("\n".repeat(placement.blankLinesBefore()));
            for (int i = 0; i < s.lines().size(); i++) {
                String line = s.lines().get(i);
                long right = Math.round(placement.rightIndents().get(i) * 2);
                out.append(" ".repeat((int) Math.max(0, WIDTH - right - width(line)))).append(line).append('\n');
            }
            return null;
        }
    }

    /** A title centred on the line, broken as the standard breaks it when it is wider (§7.3.1). */
    private static void centred(StringBuilder out, String title) {
        for (String line : OfficialLayout.titleLines(title, WIDTH / 2.0, l -> width(l) / 2.0)) {
            out.append(" ".repeat(Math.max(0, (WIDTH - width(line)) / 2))).append(line).append('\n');
        }
        out.append('\n');
    }

    private static void table(StringBuilder out, Table t) {
        out.append('\n');
        if (!t.caption().isEmpty()) {
            out.append(t.caption()).append('\n');
        }
        int[] widths = new int[t.header().size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = width(t.header().get(c));
            for (List<String> row : t.rows()) {
                widths[c] = Math.max(widths[c], width(row.get(c)));
            }
        }
        line(out, t.header(), widths, t);
        for (int c = 0; c < widths.length; c++) {
            out.append(c == 0 ? "" : "  ").append("-".repeat(widths[c]));
        }
        out.append('\n');
        for (List<String> row : t.rows()) {
            line(out, row, widths, t);
        }
        out.append('\n');
    }

    private static void line(StringBuilder out, List<String> cells, int[] widths, Table t) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            String pad = " ".repeat(widths[c] - width(cells.get(c)));
            line.append(c == 0 ? "" : "  ");
            line.append(t.isNumeric(c) ? pad + cells.get(c) : cells.get(c) + pad);
        }
        out.append(line.toString().stripTrailing()).append('\n');
    }

    /** Display width: East Asian wide and full-width characters take two columns. */
    static int width(String s) {
        int w = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            w += c >= 0x1100 && (c <= 0x115f || c >= 0x2e80 && c <= 0xa4cf || c >= 0xac00 && c <= 0xd7a3
                    || c >= 0xf900 && c <= 0xfaff || c >= 0xfe30 && c <= 0xfe4f || c >= 0xff00 && c <= 0xff60
                    || c >= 0xffe0 && c <= 0xffe6 || c == '“' || c == '”' || c == '—' || c == '…') ? 2 : 1;
        }
        return w;
    }
}
