package io.zongjie.internal.render;

import io.zongjie.document.Attachment;
import io.zongjie.document.AttachmentNote;
import io.zongjie.document.Block;
import io.zongjie.document.BlockVisitor;
import io.zongjie.document.Document;
import io.zongjie.document.DocumentMeta;
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
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One self-contained HTML file: the styles are inline, and lay the page out after GB/T 9704-2012 on screen and in
 * print (A4, its margins and 22 × 28 grid, 仿宋 body, 黑体 and 楷体 headings, page numbers in the margin boxes).
 */
public final class HtmlRenderer implements Renderer {

    /**
     * The page after GB/T 9704-2012, on screen and in print alike: the 156 mm text block, 3号 body on 28.95 pt lines
     * (22 a page), 28 characters a line on a 15.79 pt pitch (each character 0.21 pt closer than its size, as the PDF
     * sets it), indents and offsets in that pitch, headings without margins so every line stays on the grid, and
     * page numbers in the page's margin boxes (odd pages right, even left). Margin boxes at the top and the foot
     * keep the browser's own title, date and address off the printed page with its default settings.
     */
    private static final String CSS = """
            :root { --pitch: calc(156mm / 28); --line: 28.95pt;
                    --body: "FangSong", "STFangsong", "仿宋", "仿宋_GB2312", "AR PL UMing CN", serif;
                    --title: "FZXiaoBiaoSong-B05S", "方正小标宋简体", "STZhongsong", "SimSun", "宋体", "AR PL UMing CN", serif;
                    --hei: "SimHei", "黑体", "STHeiti", "WenQuanYi Zen Hei", sans-serif;
                    --kai: "KaiTi", "楷体", "楷体_GB2312", "STKaiti", "LXGW WenKai", "AR PL UKai CN", serif; }
            body { font-family: var(--body); font-size: 16pt; line-height: var(--line); color: #111;
                   letter-spacing: calc(156mm / 28 - 16pt - 0.02pt);
                   max-width: 156mm; margin: 2em auto; padding: 0 1.5em; }
            h1 { font-family: var(--title); font-size: 22pt; font-weight: normal; text-align: center;
                 letter-spacing: 0; line-height: var(--line); margin: 0 0 var(--line); }
            h2, h3, h4, h5 { font-size: 16pt; font-weight: normal; line-height: var(--line); margin: 0;
                 text-indent: calc(2 * var(--pitch)); break-after: avoid; }
            h2 { font-family: var(--hei); }
            figure.chart { margin: 0.5em 0; text-align: center; }
            figure.chart svg { width: 100%; height: auto; }
            figure.chart svg text { font-family: var(--body); }
            h3 { font-family: var(--kai); }
            p { margin: 0; text-indent: calc(2 * var(--pitch)); text-align: justify; }
            p.recipient { text-indent: 0; }
            .subtitle { margin: 0 0 var(--line); }
            .subtitle p { text-indent: 0; text-align: center; font-family: var(--kai); }
            ol.items, ul.items { margin: 0; padding: 0; list-style: none; }
            ol.items li, ul.items li { text-indent: calc(2 * var(--pitch)); text-align: justify; }
            em { font-style: normal; font-family: var(--kai); }
            table { border-collapse: collapse; width: 100%; margin: 0.3em 0; font-size: 12pt; line-height: 1.45;
                    letter-spacing: 0; }
            caption { font-family: var(--hei); font-size: 16pt; line-height: var(--line); }
            th, td { border: 0.5pt solid #000; padding: 0.1em 0.4em; }
            th { font-weight: normal; font-family: var(--hei); }
            td.num { text-align: right; }
            .attachment-note { margin-top: var(--line); }
            .attachment-note p, .signature p { text-indent: 0; text-align: left; }
            .signature p { text-align: right; }
            /* never the signature alone on a page: the last lines of the text go over with it */
            p:has(+ .attachment-note), p:has(+ .signature) { break-after: avoid; }
            .attachment-note { break-inside: avoid; break-after: avoid; }
            .signature { break-inside: avoid; }
            .attachment { break-before: page; }
            .attachment-label { text-indent: 0; font-family: var(--hei); }
            .attachment h1 { margin-top: var(--line); }
            @page { size: A4; margin: 37mm 26mm 35mm 28mm;
                    @top-center { content: ""; } }
            @page :right { @bottom-right { content: "— " counter(page) " —"; vertical-align: top;
                 padding-top: 7mm; padding-right: 14pt; font-size: 14pt; font-family: "SimSun", "宋体", var(--body); } }
            @page :left { @bottom-left { content: "— " counter(page) " —"; vertical-align: top;
                 padding-top: 7mm; padding-left: 14pt; font-size: 14pt; font-family: "SimSun", "宋体", var(--body); } }
            @media print {
              body { max-width: none; margin: 0; padding: 0; }
              table { break-inside: auto; } tr { break-inside: avoid; }
              thead { display: table-header-group; }
            }
            """;

    @Override
    public String format() {
        return "html";
    }

    @Override
    public List<String> extensions() {
        return List.of("html", "htm");
    }

    @Override
    public String description() {
        return "one self-contained HTML file with print styles";
    }

    @Override
    public void render(Document document, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        DocumentMeta meta = document.meta();
        w.write("<!DOCTYPE html>\n<html lang=\"" + esc(meta.language()) + "\">\n<head>\n<meta charset=\"utf-8\">\n");
        w.write("<title>" + esc(meta.title()) + "</title>\n");
        w.write("<meta name=\"author\" content=\"" + esc(meta.author()) + "\">\n");
        w.write("<meta name=\"description\" content=\"" + esc(meta.subject()) + "\">\n");
        w.write("<meta name=\"keywords\" content=\"" + esc(String.join(",", meta.keywords())) + "\">\n");
        w.write("<meta name=\"date\" content=\"" + meta.date() + "\">\n");
        w.write("<meta name=\"generator\" content=\"zongjie\">\n");
        w.write("<style>\n" + CSS + "</style>\n</head>\n<body>\n");
        Blocks blocks = new Blocks(w);
        for (Block block : document.blocks()) {
            block.accept(blocks);
        }
        for (int i = 0; i < document.attachments().size(); i++) {
            Attachment attachment = document.attachments().get(i);
            w.write("<section class=\"attachment\">\n<p class=\"attachment-label\">" + document.attachmentLabel(i)
                    + "</p>\n" + title(attachment.title()));
            for (Block block : attachment.blocks()) {
                block.accept(blocks);
            }
            w.write("</section>\n");
        }
        w.write("</body>\n</html>\n");
        w.flush();
    }

    /** Writes each kind of block as HTML. */
    private static final class Blocks implements BlockVisitor<Void, IOException> {
        private final Writer w;

        Blocks(Writer w) {
            this.w = w;
        }

        @Override
        public Void visit(Title t) throws IOException {
            w.write(title(t.text()));
            return null;
        }

        @Override
        public Void visit(Recipient r) throws IOException {
            w.write("<p class=\"recipient\">" + esc(r.text()) + "</p>\n");
            return null;
        }

        @Override
        public Void visit(Subtitle st) throws IOException {
            w.write("<div class=\"subtitle\">\n");
            for (String line : st.lines()) {
                w.write("<p>" + esc(line) + "</p>\n");
            }
            w.write("</div>\n");
            return null;
        }

        @Override
        public Void visit(Heading h) throws IOException {
            int level = h.level() + 1;
            w.write("<h" + level + ">" + esc(h.number() + h.text()) + "</h" + level + ">\n");
            return null;
        }

        @Override
        public Void visit(Paragraph p) throws IOException {
            w.write("<p>" + inlines(p.content()) + "</p>\n");
            return null;
        }

        @Override
        public Void visit(ListBlock l) throws IOException {
            // items are paragraphs of the body, numbered in their text as the standard's third level: 「1.」
            String tag = l.ordered() ? "ol" : "ul";
            w.write("<" + tag + " class=\"items\">\n");
            for (int i = 0; i < l.items().size(); i++) {
                w.write("<li>" + esc(l.label(i)) + inlines(l.items().get(i)) + "</li>\n");
            }
            w.write("</" + tag + ">\n");
            return null;
        }

        @Override
        public Void visit(Table t) throws IOException {
            table(w, t);
            return null;
        }

        /** A chart as inline SVG: JFreeChart's drawing through Batik's SVG generator, its text set in the body face. */
        @Override
        public Void visit(io.zongjie.document.Chart c) throws IOException {
            w.write("<figure class=\"chart\">\n");
            w.write(ChartSvg.svg(c));
            w.write("\n</figure>\n");
            return null;
        }

        @Override
        public Void visit(AttachmentNote n) throws IOException {
            // GB/T 9704 §7.3.4: two characters in; a wrapped or further title under the first title's first character
            w.write("<div class=\"attachment-note\">\n");
            double lead = OfficialLayout.ems(AttachmentNote.LEAD);
            for (int i = 0; i < n.titles().size(); i++) {
                double number = n.numbered() ? OfficialLayout.ems((i + 1) + ".") : 0;
                double hanging = i == 0 ? lead + number : number;
                w.write("<p style=\"padding-left: " + pitches(2 + lead + number) + "; text-indent: "
                        + pitches(-hanging) + "\">" + (i == 0 ? AttachmentNote.LEAD : "") + esc(n.item(i)) + "</p>\n");
            }
            w.write("</div>\n");
            return null;
        }

        @Override
        public Void visit(Signature s) throws IOException {
            // GB/T 9704 §7.3.5, with and without a seal
            OfficialLayout.Placement placement = OfficialLayout.signature(s, OfficialLayout::ems);
            w.write("<div class=\"signature\" style=\"margin-top: calc(" + placement.blankLinesBefore()
                    + " * var(--line))\">\n");
            for (int i = 0; i < s.lines().size(); i++) {
                w.write("<p style=\"padding-right: " + pitches(placement.rightIndents().get(i)) + "\">"
                        + esc(s.lines().get(i)) + "</p>\n");
            }
            w.write("</div>\n");
            return null;
        }
    }

    /** 2号 characters in a line of the 156 mm text block. */
    private static final double TITLE_CHARS = 156 / 25.4 * 72 / 22;

    /** A title in its lines (§7.3.1), broken where the meaning does, as the PDF and the DOCX break it. */
    private static String title(String text) {
        StringBuilder h1 = new StringBuilder("<h1>");
        List<String> lines = OfficialLayout.titleLines(text, TITLE_CHARS);
        for (int i = 0; i < lines.size(); i++) {
            h1.append(i == 0 ? "" : "<br>").append(esc(lines.get(i)));
        }
        return h1.append("</h1>\n").toString();
    }

    /** A length of {@code chars} characters of the grid, in CSS. */
    private static String pitches(double chars) {
        String n = chars == Math.rint(chars) ? String.valueOf((long) chars) : String.valueOf(chars);
        return "calc(" + n + " * var(--pitch))";
    }

    private static void table(Writer w, Table t) throws IOException {
        w.write("<table>\n");
        if (!t.caption().isEmpty()) {
            w.write("<caption>" + esc(t.caption()) + "</caption>\n");
        }
        w.write("<thead><tr>");
        for (String h : t.header()) {
            w.write("<th>" + esc(h) + "</th>");
        }
        w.write("</tr></thead>\n<tbody>\n");
        for (List<String> row : t.rows()) {
            w.write("<tr>");
            for (int c = 0; c < row.size(); c++) {
                w.write(t.isNumeric(c) ? "<td class=\"num\">" : "<td>");
                w.write(esc(row.get(c)) + "</td>");
            }
            w.write("</tr>\n");
        }
        w.write("</tbody>\n</table>\n");
    }

    private static final InlineMarkup INLINES = new InlineMarkup(HtmlRenderer::esc, "<strong>", "</strong>", "<em>", "</em>");

    private static String inlines(List<Inline> runs) {
        return INLINES.write(runs);
    }

    /** Escapes text for HTML content and attribute values. */
    static String esc(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
