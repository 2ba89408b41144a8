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
import io.zongjie.spi.Renderer;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** CommonMark with GitHub tables: the title as {@code #}, sections as {@code ##}, and so on down. */
public final class MarkdownRenderer implements Renderer {

    @Override
    public String format() {
        return "md";
    }

    @Override
    public List<String> extensions() {
        return List.of("md", "markdown");
    }

    @Override
    public String description() {
        return "Markdown (CommonMark with tables)";
    }

    @Override
    public void render(Document document, OutputStream out) throws IOException {
        StringBuilder md = new StringBuilder();
        Blocks blocks = new Blocks(md);
        for (Block block : document.blocks()) {
            if (!md.isEmpty()) {
                md.append('\n');
            }
            block.accept(blocks);
        }
        for (int i = 0; i < document.attachments().size(); i++) {
            Attachment attachment = document.attachments().get(i);
            // a thematic break, then the label and the attachment's title as a document title of its own
            md.append("\n---\n\n**").append(document.attachmentLabel(i)).append("**\n\n# ")
                    .append(esc(attachment.title())).append('\n');
            for (Block block : attachment.blocks()) {
                md.append('\n');
                block.accept(blocks);
            }
        }
        out.write(md.toString().getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Writes each kind of block as Markdown. */
    private static final class Blocks implements BlockVisitor<Void, RuntimeException> {
        private final StringBuilder md;

        Blocks(StringBuilder md) {
            this.md = md;
        }

        @Override
        public Void visit(Title t) {
            md.append("# ").append(esc(t.text())).append('\n');
            return null;
        }

        @Override
        public Void visit(Recipient r) {
            md.append(esc(r.text())).append('\n');
            return null;
        }

        @Override
        public Void visit(Subtitle st) {
            for (int i = 0; i < st.lines().size(); i++) {
                md.append(esc(st.lines().get(i))).append(i < st.lines().size() - 1 ? "\\\n" : "\n");
            }
            return null;
        }

        @Override
        public Void visit(Heading h) {
            md.append("#".repeat(h.level() + 1)).append(' ').append(esc(h.number() + h.text())).append('\n');
            return null;
        }

        @Override
        public Void visit(Paragraph p) {
            md.append(inlines(p.content())).append('\n');
            return null;
        }

        @Override
        public Void visit(ListBlock l) {
            for (int i = 0; i < l.items().size(); i++) {
                md.append(l.ordered() ? (i + 1) + ". " : "- ").append(inlines(l.items().get(i))).append('\n');
            }
            return null;
        }

        @Override
        public Void visit(Table t) {
            if (!t.caption().isEmpty()) {
                md.append("**").append(esc(t.caption())).append("**\n\n");
            }
            row(md, t.header());
            md.append('|');
            for (int c = 0; c < t.header().size(); c++) {
                md.append(t.isNumeric(c) ? " ---: |" : " --- |");
            }
            md.append('\n');
            for (List<String> r : t.rows()) {
                row(md, r);
            }
            return null;
        }

        /** Markdown has no graphics: the chart's figures as a table under its title. */
        @Override
        public Void visit(io.zongjie.document.Chart chart) {
            return visit(chart.asTable());
        }

        @Override
        public Void visit(AttachmentNote n) {
            md.append(esc(AttachmentNote.LEAD));
            for (int i = 0; i < n.titles().size(); i++) {
                // a trailing backslash is a hard line break in CommonMark
                md.append(i == 0 ? "" : "\\\n").append(esc(n.item(i)));
            }
            md.append('\n');
            return null;
        }

        @Override
        public Void visit(Signature s) {
            for (int i = 0; i < s.lines().size(); i++) {
                // a trailing backslash is a hard line break in CommonMark
                md.append(esc(s.lines().get(i))).append(i < s.lines().size() - 1 ? "\\\n" : "\n");
            }
            return null;
        }
    }

    private static void row(StringBuilder md, List<String> cells) {
        md.append('|');
        for (String cell : cells) {
            md.append(' ').append(esc(cell)).append(" |");
        }
        md.append('\n');
    }

    private static final InlineMarkup INLINES = new InlineMarkup(MarkdownRenderer::esc, "**", "**", "*", "*");

    private static String inlines(List<Inline> runs) {
        return INLINES.write(runs);
    }

    /** Escapes the characters CommonMark would read as markup, so data text stays text. */
    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\\`*_[]<>#!|~".indexOf(c) >= 0
                    // 「&lt;」 and 「&#60;」 in data are text, not entities a viewer would turn into 「<」
                    || c == '&' && i + 1 < s.length()
                            && (Character.isLetter(s.charAt(i + 1)) || s.charAt(i + 1) == '#')
                    // 「1. 」 opens a list; 「5.86」 does not (CommonMark wants a space or the line's end after the marker)
                    || (c == '.' || c == ')') && i > 0 && Character.isDigit(s.charAt(i - 1)) && allDigits(s, i)
                            && (i + 1 == s.length() || s.charAt(i + 1) == ' ' || s.charAt(i + 1) == '\t')
                    || (c == '-' || c == '+' || c == '=') && i == 0) {
                out.append('\\');
            }
            out.append(c == '\n' ? ' ' : c);
        }
        return out.toString();
    }

    private static boolean allDigits(String s, int end) {
        for (int i = 0; i < end; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
