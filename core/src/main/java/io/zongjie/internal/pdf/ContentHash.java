package io.zongjie.internal.pdf;

import io.zongjie.document.Attachment;
import io.zongjie.document.AttachmentNote;
import io.zongjie.document.BlockVisitor;
import io.zongjie.document.Document;
import io.zongjie.document.DocumentMeta;
import io.zongjie.document.Heading;
import io.zongjie.document.Inline;
import io.zongjie.document.InlineVisitor;
import io.zongjie.document.ListBlock;
import io.zongjie.document.Paragraph;
import io.zongjie.document.Recipient;
import io.zongjie.document.Signature;
import io.zongjie.document.Table;
import io.zongjie.document.Title;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * The hash a PDF's file ID and font-subset prefixes are derived from: SHA-256 over an explicit encoding of
 * everything that decides the PDF's bytes, so that they depend on the content alone and not on how Java happens
 * to print records.
 *
 * <p>The encoding (version 3). A <em>text</em> is its UTF-8 length as a 4-byte big-endian int followed by its
 * bytes; a <em>number</em> is a 4-byte big-endian int; an absent value is the number -1; a <em>list</em> is its size
 * as a number followed by its elements. In order:
 * <ol>
 *   <li>the text {@code zongjie-pdf-content/3};</li>
 *   <li>the document's meta: title, author, subject (texts), keywords (a list of texts), date (an ISO-8601 text,
 *       or absent), language (a BCP 47 text);</li>
 *   <li>the blocks, a list; each is a kind tag (a text) and its fields: {@code title} text; {@code recipient}
 *       text; {@code heading} level (number), number, text; {@code paragraph} runs; {@code list} ordered (number 1
 *       or 0), items (a list of runs); {@code table} caption, header (a list of texts), rows (a list of lists of
 *       texts); {@code attachment-note} titles (a list of texts); {@code signature} lines (a list of texts) and
 *       seal (number 1 or 0). Runs are a list of a kind tag ({@code text}, {@code strong}, {@code emphasis}) and
 *       the run's text;</li>
 *   <li>the attachments, a list; each is its title (a text) and its blocks (a list, as above);</li>
 *   <li>the profile's {@link io.zongjie.api.pdf.PdfProfile#layoutKey() layout key} (a text), the file name of each
 *       role's font in role order (a list of texts), and the renderer's version (a text).</li>
 * </ol>
 * A new kind of block or run needs its tag here: the visitors below do not compile until it has one.
 */
final class ContentHash {

    static final String FORMAT = "zongjie-pdf-content/3";

    private final MessageDigest sha;

    private ContentHash() {
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /**
     * The first 16 bytes of the hash of a document as laid out by a profile with fonts.
     *
     * @param document  the document
     * @param layoutKey the profile's layout key
     * @param fontNames the file name of each role's font, in role order
     * @param version   the renderer's version
     * @return 16 bytes
     */
    static byte[] of(Document document, String layoutKey, List<String> fontNames, String version) {
        ContentHash h = new ContentHash();
        h.text(FORMAT);
        DocumentMeta meta = document.meta();
        h.text(meta.title());
        h.text(meta.author());
        h.text(meta.subject());
        h.texts(meta.keywords());
        h.text(meta.date() == null ? null : meta.date().toString());
        h.text(meta.language());
        h.number(document.blocks().size());
        Blocks blocks = h.new Blocks();
        document.blocks().forEach(b -> b.accept(blocks));
        h.number(document.attachments().size());
        for (Attachment attachment : document.attachments()) {
            h.text(attachment.title());
            h.number(attachment.blocks().size());
            attachment.blocks().forEach(b -> b.accept(blocks));
        }
        h.text(layoutKey);
        h.texts(fontNames);
        h.text(version);
        return Arrays.copyOf(h.sha.digest(), 16);
    }

    private void number(int n) {
        sha.update(ByteBuffer.allocate(4).putInt(n).array());
    }

    private void text(String s) {
        if (s == null) {
            number(-1);
            return;
        }
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        number(bytes.length);
        sha.update(bytes);
    }

    private void texts(Collection<String> list) {
        number(list.size());
        list.forEach(this::text);
    }

    private void runs(List<Inline> runs) {
        number(runs.size());
        for (Inline run : runs) {
            text(run.accept(RUN_TAGS));
            text(run.text());
        }
    }

    private static final InlineVisitor<String> RUN_TAGS = new InlineVisitor<>() {
        @Override
        public String visit(Inline.Text text) {
            return "text";
        }

        @Override
        public String visit(Inline.Strong strong) {
            return "strong";
        }

        @Override
        public String visit(Inline.Emphasis emphasis) {
            return "emphasis";
        }
    };

    /** Encodes each kind of block: its tag, then its fields. */
    private final class Blocks implements BlockVisitor<Void, RuntimeException> {
        @Override
        public Void visit(Title title) {
            text("title");
            text(title.text());
            return null;
        }

        @Override
        public Void visit(Recipient recipient) {
            text("recipient");
            text(recipient.text());
            return null;
        }

        @Override
        public Void visit(io.zongjie.document.Subtitle subtitle) {
            text("subtitle");
            texts(subtitle.lines());
            return null;
        }

        @Override
        public Void visit(Heading heading) {
            text("heading");
            number(heading.level());
            text(heading.number());
            text(heading.text());
            return null;
        }

        @Override
        public Void visit(Paragraph paragraph) {
            text("paragraph");
            runs(paragraph.content());
            return null;
        }

        @Override
        public Void visit(ListBlock list) {
            text("list");
            number(list.ordered() ? 1 : 0);
            number(list.items().size());
            list.items().forEach(ContentHash.this::runs);
            return null;
        }

        @Override
        public Void visit(Table table) {
            text("table");
            text(table.caption());
            texts(table.header());
            number(table.rows().size());
            table.rows().forEach(ContentHash.this::texts);
            return null;
        }

        @Override
        public Void visit(io.zongjie.document.Chart chart) {
            text("chart");
            text(chart.title());
            text(chart.unit());
            texts(chart.categories());
            number(chart.series().size());
            for (io.zongjie.document.Chart.Series s : chart.series()) {
                text(s.name());
                texts(s.values().stream().map(java.math.BigDecimal::toPlainString).toList());
            }
            return null;
        }

        @Override
        public Void visit(AttachmentNote note) {
            text("attachment-note");
            texts(note.titles());
            return null;
        }

        @Override
        public Void visit(Signature signature) {
            text("signature");
            texts(signature.lines());
            number(signature.seal() ? 1 : 0);
            return null;
        }
    }
}
