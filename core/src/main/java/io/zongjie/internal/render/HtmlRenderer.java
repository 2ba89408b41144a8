package io.zongjie.internal.render;

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
import io.zongjie.spi.Renderer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One self-contained HTML file: the styles are inline, and a print style sheet lays the page out after
 * GB/T 9704-2012 (A4, its margins, 仿宋 body, 黑体 and 楷体 headings, two-character indents).
 */
public final class HtmlRenderer implements Renderer {

    private static final String CSS = """
            :root { --body: "FangSong", "STFangsong", "仿宋", "仿宋_GB2312", "AR PL UMing CN", serif; }
            body { font-family: var(--body); font-size: 16pt; line-height: 1.8; color: #111;
                   max-width: 44em; margin: 2em auto; padding: 0 1.5em; }
            h1 { font-family: "FZXiaoBiaoSong-B05S", "方正小标宋简体", "STZhongsong", "SimSun", "宋体", serif;
                 font-size: 22pt; font-weight: normal; text-align: center; line-height: 1.5; margin: 0 0 1em; }
            h2 { font-family: "SimHei", "黑体", "STHeiti", "WenQuanYi Zen Hei", sans-serif;
                 font-size: 16pt; font-weight: normal; margin: 0.6em 0 0; text-indent: 2em; }
            h3 { font-family: "KaiTi", "楷体", "STKaiti", "LXGW WenKai", serif;
                 font-size: 16pt; font-weight: normal; margin: 0.4em 0 0; text-indent: 2em; }
            h4, h5 { font-size: 16pt; font-weight: normal; margin: 0.3em 0 0; text-indent: 2em; }
            p { margin: 0; text-indent: 2em; text-align: justify; }
            p.recipient { text-indent: 0; }
            .subtitle { margin: -0.6em 0 1em; }
            .subtitle p { text-indent: 0; text-align: center; font-family: "KaiTi", "楷体", "STKaiti", "LXGW WenKai", serif; }
            ol, ul { margin: 0; padding-left: 4em; }
            table { border-collapse: collapse; margin: 0.6em auto; font-size: 14pt; }
            caption { font-family: "SimHei", "黑体", sans-serif; margin-bottom: 0.3em; }
            th, td { border: 1px solid #333; padding: 0.15em 0.6em; }
            th { font-weight: normal; font-family: "SimHei", "黑体", sans-serif; }
            td.num { text-align: right; }
            .signature { text-align: right; margin-top: 2em; padding-right: 4em; }
            .signature p { text-indent: 0; text-align: right; }
            em { font-style: normal; font-family: "KaiTi", "楷体", "STKaiti", serif; }
            @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
            @media print {
              body { max-width: none; margin: 0; padding: 0; line-height: 28.9pt; }
              table { page-break-inside: auto; } tr { page-break-inside: avoid; }
              thead { display: table-header-group; }
              h2, h3, h4 { page-break-after: avoid; }
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
        w.write("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
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
            w.write("<h1>" + esc(t.text()) + "</h1>\n");
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
            String tag = l.ordered() ? "ol" : "ul";
            w.write("<" + tag + ">\n");
            for (List<Inline> item : l.items()) {
                w.write("<li>" + inlines(item) + "</li>\n");
            }
            w.write("</" + tag + ">\n");
            return null;
        }

        @Override
        public Void visit(Table t) throws IOException {
            table(w, t);
            return null;
        }

        @Override
        public Void visit(Signature s) throws IOException {
            w.write("<div class=\"signature\">\n");
            for (String line : s.lines()) {
                w.write("<p>" + esc(line) + "</p>\n");
            }
            w.write("</div>\n");
            return null;
        }
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
