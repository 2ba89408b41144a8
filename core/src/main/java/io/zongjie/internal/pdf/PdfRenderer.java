package io.zongjie.internal.pdf;

import io.zongjie.api.pdf.PdfProfile;
import io.zongjie.api.pdf.FontCheck;
import io.zongjie.api.pdf.FontRole;
import io.zongjie.api.Messages;
import com.lowagie.text.Chunk;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfOutline;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import io.zongjie.document.Attachment;
import io.zongjie.document.AttachmentNote;
import io.zongjie.document.Block;
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
import io.zongjie.spi.OfficialLayout;
import io.zongjie.spi.Renderer;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TimeZone;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders a {@link Document} as a PDF laid out after GB/T 9704-2012 (党政机关公文格式), with OpenPDF.
 *
 * <p>Fonts are embedded as subsets, chosen per role by {@link PdfProfile} and {@link FontRole}; lines break by the
 * Chinese rules of {@link ClreqSplitCharacter}; headings become bookmarks; pages are numbered 「— 1 —」 on the
 * outside edge. The output is deterministic: dates come from {@link DocumentMeta#date()} and the file ID and
 * font subset prefixes from a hash of the content, so the same document gives the same bytes on any thread.
 *
 * <p>Instances are immutable and thread-safe; fonts are resolved on first use and shared by all renderers.
 */
public final class PdfRenderer implements Renderer {

    /** The version written in the PDF's Creator entry: the jar's Implementation-Version, or "dev". */
    static final String VERSION = versionOf(PdfRenderer.class);

    private static final Logger LOG = LoggerFactory.getLogger(PdfRenderer.class);
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private final PdfProfile profile;
    private final Locale language;
    private volatile FontLibrary.Resolved fonts;
    /** Whether the font warnings were handed over ({@link #environmentWarnings}), so that render need not log them. */
    private final java.util.concurrent.atomic.AtomicBoolean warned = new java.util.concurrent.atomic.AtomicBoolean();

    /** A renderer with the standard GB/T 9704-2012 layout and fonts found on this machine. */
    public PdfRenderer() {
        this(PdfProfile.standard());
    }

    /** A renderer with the given layout and fonts, warning in English. */
    public PdfRenderer(PdfProfile profile) {
        this(profile, Messages.ENGLISH);
    }

    /** A renderer with the given layout and fonts, whose log warnings are in {@code language}. */
    public PdfRenderer(PdfProfile profile, Locale language) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.language = Objects.requireNonNull(language, "language");
    }

    /** Each role's face on this machine, and how to do better, in {@code language}. */
    public FontCheck fontCheck(Locale language) {
        return FontAdvice.check(fonts(), Messages.of(language));
    }

    /**
     * {@inheritDoc}
     *
     * <p>No embeddable font, roles without a face of their own, faces that are not GB/T 9704's: resolving the fonts
     * once, now.
     */
    @Override
    public List<String> environmentWarnings(Locale language) {
        warned.set(true);
        return FontAdvice.warnings(fonts(), Messages.of(language));
    }

    /** The layout and fonts this renderer uses. */
    public PdfProfile profile() {
        return profile;
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public List<String> extensions() {
        return List.of("pdf");
    }

    @Override
    public String description() {
        return "PDF after GB/T 9704-2012, fonts embedded";
    }

    @Override
    public void render(Document document, OutputStream out) throws IOException {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(out, "out");
        FontLibrary.Resolved resolved = fonts();
        if (warned.compareAndSet(false, true)) {
            // once per renderer, as the fonts are resolved once: an engine (and a batch) warns once
            FontAdvice.warnings(resolved, Messages.of(language)).forEach(LOG::warn);
        }
        byte[] hash = contentHash(document, resolved);
        // OpenPDF writes many small pieces; buffer them. The writer is told not to close the caller's stream.
        BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        SubsetPrefixRandom.begin(ByteBuffer.wrap(hash).getLong());
        try {
            new Layout(profile, resolved, document, hash).write(buffered);
        } catch (DocumentException e) {
            throw new IOException("OpenPDF could not lay out the document: " + e.getMessage(), e);
        } finally {
            SubsetPrefixRandom.end();
        }
        buffered.flush();
    }

    private FontLibrary.Resolved fonts() {
        FontLibrary.Resolved f = fonts;
        if (f == null) {
            synchronized (this) {
                f = fonts;
                if (f == null) {
                    f = FontLibrary.SHARED.resolve(profile);
                    fonts = f;
                }
            }
        }
        return f;
    }

    /** A hash of everything that decides the output, to derive the file ID and subset prefixes from. */
    private byte[] contentHash(Document document, FontLibrary.Resolved resolved) {
        // Font file names, not paths: the same fonts installed elsewhere give the same bytes. The map is an EnumMap.
        List<String> fontNames = resolved.sources().values().stream()
                .map(font -> java.nio.file.Path.of(font).getFileName().toString()).toList();
        return ContentHash.of(document, profile.layoutKey(), fontNames, VERSION);
    }

    private static String versionOf(Class<?> type) {
        Package pkg = type.getPackage();
        String version = pkg == null ? null : pkg.getImplementationVersion();
        return version == null || version.isBlank() ? "dev" : version;
    }

    /** One document being laid out; not shared between threads. */
    /** AWT's faces made from the PDF's font files, by file and index, made once per process. */
    private static final Map<io.zongjie.api.pdf.FontSource, java.awt.Font> AWT_FACES =
            new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The AWT face of a font file, registered with AWT so that a chart names it by family: PdfGraphics2D fits each
     * label to the width AWT measures, so a label measured in another face would be spaced out or squeezed. Without a
     * file (STSong-Light) or where AWT cannot read it, the logical serif face.
     */
    static java.awt.Font awtFace(io.zongjie.api.pdf.FontSource source) {
        java.awt.Font serif = new java.awt.Font(java.awt.Font.SERIF, java.awt.Font.PLAIN, 1);
        if (source == null) {
            return serif;
        }
        return AWT_FACES.computeIfAbsent(source, s -> {
            try {
                java.awt.Font[] faces = java.awt.Font.createFonts(s.file().toFile());
                java.awt.Font face = faces[Math.min(s.index(), faces.length - 1)];
                java.awt.GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(face);
                return face;
            } catch (java.awt.FontFormatException | IOException e) {
                return serif;
            }
        });
    }

    private static final class Layout extends PdfPageEventHelper {
        private final PdfProfile profile;
        private final Document source;
        private final byte[] hash;
        private final BaseFont bodyBase;
        private final Font title;
        private final Font heading1;
        private final Font heading2;
        private final Font body;
        private final Font strong;
        private final Font emphasis;
        private final Font tableBody;
        private final Font tableHead;
        private final Font pageNumber;
        /** Faces to try, in order, for a character the run's own font lacks. */
        private final List<BaseFont> fallbacks = new ArrayList<>();
        /** Whether STSong-Light, the last resort, has been added to {@link #fallbacks}. */
        private boolean lastResortTaken;
        /** The fonts' character coverage, shared across documents, looked up once per document. */
        private final java.util.Map<BaseFont, CharCoverage> coverage = new java.util.IdentityHashMap<>();
        private final Map<FallbackKey, Font> fallbackFonts = new HashMap<>();
        /** Characters no face has, reported once per document. */
        private final Set<String> missing = new java.util.TreeSet<>();
        /** The text grid's character pitch: the text block's width over the characters a line holds (28). */
        /** The writer, once {@link #write} has opened it: a chart draws onto a template of its content. */
        private PdfWriter writer;
        /** The body face's file, for a chart's labels: measured by AWT in the same face the PDF sets them in. */
        private final io.zongjie.api.pdf.FontSource bodySource;
        private final float pitch;
        /** What each body-size character gives up (or gains) to sit on that pitch: 15.79 − 16 pt. */
        private final float tracking;
        private final float indent;

        /** Bookmarks to create when their tagged chunk is placed: tag → level (0 for the title) and text. */
        private final Map<String, Mark> marks = new HashMap<>();
        private final Set<String> marked = new HashSet<>();
        private final PdfOutline[] parents = new PdfOutline[Heading.MAX_LEVEL + 1];

        private record Mark(int level, String text) {
        }

        /** A face standing in for a run's own, at the run's size and style (a bold lead-in stays bold). */
        private record FallbackKey(BaseFont base, float size, int style) {
        }

        Layout(PdfProfile profile, FontLibrary.Resolved fonts, Document source, byte[] hash) {
            this.profile = profile;
            this.source = source;
            this.hash = hash;
            bodyBase = fonts.get(FontRole.BODY);
            bodySource = fonts.source(FontRole.BODY);
            title = new Font(fonts.get(FontRole.TITLE), profile.titleSize());
            heading1 = new Font(fonts.get(FontRole.HEADING1), profile.bodySize());
            heading2 = new Font(fonts.get(FontRole.HEADING2), profile.bodySize());
            body = new Font(bodyBase, profile.bodySize());
            // bold lead-ins stay in the body face, set bold (GB/T 9704 knows no 黑体 inside a paragraph)
            strong = new Font(bodyBase, profile.bodySize(), Font.BOLD);
            emphasis = heading2;
            tableBody = new Font(bodyBase, profile.tableSize());
            tableHead = new Font(fonts.get(FontRole.HEADING1), profile.tableSize());
            pageNumber = new Font(bodyBase, profile.pageNumberSize());
            for (FontRole role : List.of(FontRole.BODY, FontRole.HEADING1, FontRole.HEADING2, FontRole.TITLE)) {
                if (!fallbacks.contains(fonts.get(role))) {
                    fallbacks.add(fonts.get(role));
                }
            }
            float width = PdfProfile.mm(profile.textWidthMm());
            pitch = width / Math.max(1, Math.round(width / profile.bodySize()));
            // a hair under the pitch, so that float rounding never pushes the 28th character to the next line;
            // justification spreads the half point back over the line
            tracking = pitch - profile.bodySize() - 0.02f;
            indent = profile.firstLineIndentChars() * pitch;
        }

        /** The width of a line of body-size text in characters of the grid. */
        private double chars(String line) {
            return (bodyBase.getWidthPoint(line, profile.bodySize()) + tracking * line.codePointCount(0, line.length()))
                    / pitch;
        }

        /** A title's lines, broken where the meaning does into lines of near-equal length (§7.3.1). */
        private List<Run> titleRuns(String text) {
            List<String> lines = OfficialLayout.titleLines(text, PdfProfile.mm(profile.textWidthMm()),
                    line -> title.getBaseFont().getWidthPoint(line, profile.titleSize()));
            List<Run> runs = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                runs.add(new Run(i < lines.size() - 1 ? lines.get(i) + "\n" : lines.get(i), title));
            }
            return runs;
        }

        void write(OutputStream out) throws DocumentException {
            com.lowagie.text.Document pdf = new com.lowagie.text.Document(PageSize.A4,
                    PdfProfile.mm(profile.marginLeftMm()), PdfProfile.mm(profile.marginRightMm()),
                    PdfProfile.mm(profile.marginTopMm()), PdfProfile.mm(profile.marginBottomMm()));
            PdfWriter writer = CompactFontWriter.create(pdf, out, profile.fontCompression(),
                    FontLibrary.SHARED::face);
            this.writer = writer;
            writer.setCloseStream(false);
            writer.setFullCompression();
            // content streams (text and line drawing) deflate well and cheaply at the highest level; the fonts keep
            // the profile's level, where the time goes
            writer.setCompressionLevel(java.util.zip.Deflater.BEST_COMPRESSION);
            writer.setPageEvent(this);
            writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);

            DocumentMeta meta = source.meta();
            pdf.addTitle(meta.title());
            pdf.addAuthor(meta.author());
            pdf.addSubject(meta.subject());
            if (!meta.keywords().isEmpty()) {
                pdf.addKeywords(String.join(", ", meta.keywords()));
            }
            pdf.addCreator("zongjie " + VERSION);
            pdf.open();

            // OpenPDF stamps the current time and a random /ID; replace both so the bytes depend on content only.
            Calendar day = new GregorianCalendar(TimeZone.getTimeZone(CHINA));
            day.clear();
            day.set(meta.date().getYear(), meta.date().getMonthValue() - 1, meta.date().getDayOfMonth(), 0, 0, 0);
            writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(day));
            writer.getInfo().put(PdfName.MODDATE, new PdfDate(day));
            writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(hash, hash));
            // the document's language, for screen readers, search and text extraction
            writer.getExtraCatalog().put(PdfName.LANG, new com.lowagie.text.pdf.PdfString(meta.language()));
            // XMP after the dates are fixed, so that it carries the report's day too
            writer.createXmpMetadata();

            List<Block> blocks = source.blocks();
            int closing = closingIndex(blocks);
            for (int i = 0; i < blocks.size(); i++) {
                String tag = "b" + i;
                keepWithNext(pdf, writer, blocks.get(i));
                if (i == closing) {
                    keepWithSignature(pdf, writer, blocks, i);
                }
                for (Element element : elements(blocks.get(i), tag)) {
                    pdf.add(element);
                }
            }
            for (int i = 0; i < source.attachments().size(); i++) {
                attachment(pdf, writer, i, "a" + i);
            }
            if (writer.getPageNumber() == 1 && writer.isPageEmpty()) {
                // An empty report still gets its numbered page rather than OpenPDF's "no pages" error.
                writer.setPageEmpty(false);
            }
            pdf.close();
            if (!missing.isEmpty()) {
                LOG.warn("No available font has the characters {} of \"{}\"; they are missing from the PDF. "
                        + "Pass a font that has them with --font.", missing, source.meta().title());
            }
        }

        /**
         * Attachment {@code index} on a new page (GB/T 9704-2012 §8): 「附件」 or 「附件1」 in 3号黑体 flush left on the
         * first line, its title centred below, then its blocks; a bookmark beside the report's own.
         */
        private void attachment(com.lowagie.text.Document pdf, PdfWriter writer, int index, String tag)
                throws DocumentException {
            Attachment attachment = source.attachments().get(index);
            pdf.newPage();
            String label = source.attachmentLabel(index);
            marks.put(tag, new Mark(0, label + "　" + attachment.title()));
            com.lowagie.text.Paragraph head = paragraph(profile.leading(), Element.ALIGN_LEFT, 0);
            addRuns(head, List.of(new Run(label, heading1)), tag);
            pdf.add(head);
            com.lowagie.text.Paragraph title = paragraph(profile.titleLeading(), Element.ALIGN_CENTER, 0);
            addRuns(title, titleRuns(attachment.title()), null);
            // on the third line: one blank line under the label
            title.setSpacingBefore(profile.leading());
            title.setSpacingAfter(profile.leading());
            pdf.add(title);
            int blockIndex = 0;
            for (Block block : attachment.blocks()) {
                keepWithNext(pdf, writer, block);
                for (Element element : elements(block, tag + "b" + blockIndex++)) {
                    pdf.add(element);
                }
            }
        }

        /** The paragraph just before the attachment note or the signature, or -1. */
        private static int closingIndex(List<Block> blocks) {
            for (int i = 1; i < blocks.size(); i++) {
                if (blocks.get(i) instanceof AttachmentNote || blocks.get(i) instanceof Signature) {
                    return blocks.get(i - 1) instanceof Paragraph ? i - 1 : -1;
                }
            }
            return -1;
        }

        /**
         * Starts a new page before the last paragraph when it would fit on this page but the attachment note and
         * the signature after it would not: a page must never hold the signature alone (GB/T 9704-2012 §7.3.5.3
         * 不能出现只有落款而无正文的页面), and the paragraph, a few lines closing the report, goes over with it. A long
         * last paragraph is left to break across the pages as it falls.
         */
        private void keepWithSignature(com.lowagie.text.Document pdf, PdfWriter writer, List<Block> blocks,
                int closing) throws DocumentException {
            float paragraph = height(elements(blocks.get(closing), "measure"));
            float rest = 0;
            for (Block b : blocks.subList(closing + 1, blocks.size())) {
                rest += height(elements(b, "measure"));
            }
            float room = writer.getVerticalPosition(true) - pdf.bottom();
            if (!writer.isPageEmpty() && paragraph <= room && paragraph + rest > room
                    && paragraph <= 6 * profile.leading()) {
                pdf.newPage();
            }
        }

        /** How tall elements are set on the text block's width, measured by laying them out on a scratch column. */
        private float height(List<Element> elements) throws DocumentException {
            ColumnText column = new ColumnText(null);
            float top = 100_000;
            column.setSimpleColumn(0, 0, PdfProfile.mm(profile.textWidthMm()), top);
            for (Element e : elements) {
                column.addElement(e);
            }
            column.go(true);
            // a column drops the space before its first paragraph; the page keeps it
            float before = !elements.isEmpty() && elements.get(0) instanceof com.lowagie.text.Paragraph p
                    ? p.getSpacingBefore() : 0;
            return top - column.getYLine() + before;
        }

        /**
         * Starts a new page when a heading or table caption would be stranded at the foot of this one. OpenPDF
         * only moves a paragraph that has room for less than two lines, so a heading could end a page with its
         * text overleaf; it needs its own line and the next paragraph's two, a caption its line and the table's
         * header and first rows.
         */
        private void keepWithNext(com.lowagie.text.Document pdf, PdfWriter writer, Block block) {
            float needed;
            if (block instanceof Heading) {
                needed = 3 * profile.leading();
            } else if (block instanceof Table t && !t.caption().isEmpty()) {
                needed = profile.leading() + 4 * (profile.tableSize() * 1.3f + 7);
            } else {
                return;
            }
            if (writer.isPageEmpty()) {
                return;
            }
            if (writer.getVerticalPosition(true) - pdf.bottom() < needed) {
                pdf.newPage();
            }
        }

        private List<Element> elements(Block block, String tag) {
            return block.accept(new Elements(tag));
        }

        /** The OpenPDF elements of each kind of block; {@code tag} marks a title's or heading's chunks. */
        private final class Elements implements BlockVisitor<List<Element>, RuntimeException> {
            private final String tag;

            Elements(String tag) {
                this.tag = tag;
            }

            @Override
            public List<Element> visit(Title t) {
                marks.put(tag, new Mark(0, t.text()));
                com.lowagie.text.Paragraph p = paragraph(profile.titleLeading(), Element.ALIGN_CENTER, 0);
                addRuns(p, titleRuns(t.text()), tag);
                p.setSpacingAfter(profile.leading());
                return List.of(p);
            }

            @Override
            public List<Element> visit(io.zongjie.document.Subtitle st) {
                List<Element> lines = new ArrayList<>();
                for (int i = 0; i < st.lines().size(); i++) {
                    com.lowagie.text.Paragraph p = paragraph(profile.leading(), Element.ALIGN_CENTER, 0);
                    addRuns(p, List.of(new Run(st.lines().get(i), emphasis)), null);
                    if (i == st.lines().size() - 1) {
                        p.setSpacingAfter(profile.leading());
                    }
                    lines.add(p);
                }
                return lines;
            }

            @Override
            public List<Element> visit(Recipient r) {
                com.lowagie.text.Paragraph p = paragraph(profile.leading(), Element.ALIGN_LEFT, 0);
                addRuns(p, List.of(new Run(r.text(), body)), null);
                return List.of(p);
            }

            @Override
            public List<Element> visit(Heading h) {
                marks.put(tag, new Mark(h.level(), h.plainText()));
                Font font = h.level() == 1 ? heading1 : h.level() == 2 ? heading2 : body;
                com.lowagie.text.Paragraph p = paragraph(profile.leading(), Element.ALIGN_JUSTIFIED, indent);
                addRuns(p, List.of(new Run(h.number() + h.text(), font)), tag);
                return List.of(p);
            }

            @Override
            public List<Element> visit(Paragraph para) {
                com.lowagie.text.Paragraph p = paragraph(profile.leading(), Element.ALIGN_JUSTIFIED, indent);
                addRuns(p, runs(para.content()), null);
                return List.of(p);
            }

            @Override
            public List<Element> visit(ListBlock list) {
                List<Element> items = new ArrayList<>();
                for (int i = 0; i < list.items().size(); i++) {
                    List<Run> runs = new ArrayList<>();
                    runs.add(new Run(list.label(i), body));
                    runs.addAll(runs(list.items().get(i)));
                    com.lowagie.text.Paragraph p = paragraph(profile.leading(), Element.ALIGN_JUSTIFIED, indent);
                    addRuns(p, runs, null);
                    items.add(p);
                }
                return items;
            }

            @Override
            public List<Element> visit(Table t) {
                return table(t);
            }
            /**
             * A chart as vectors: JFreeChart draws onto a template of the page's content through PdfGraphics2D, its
             * labels in the body face (so they copy back as text), and the template stands as a form, not a picture.
             */
            @Override
            public List<Element> visit(io.zongjie.document.Chart c) {
                float w = PdfProfile.mm(profile.textWidthMm());
                float h = Math.round(w * 0.58f);
                com.lowagie.text.pdf.PdfTemplate template = writer.getDirectContent().createTemplate(w, h);
                // a form inherits the page's text state: the body's tracking (Tc) would space the labels out
                template.setCharacterSpacing(0);
                template.setWordSpacing(0);
                template.setHorizontalScaling(100);
                com.lowagie.text.pdf.FontMapper faces = new com.lowagie.text.pdf.FontMapper() {
                    @Override
                    public BaseFont awtToPdf(java.awt.Font font) {
                        return bodyBase;
                    }

                    @Override
                    public java.awt.Font pdfToAwt(BaseFont font, int size) {
                        return new java.awt.Font(java.awt.Font.SERIF, java.awt.Font.PLAIN, size);
                    }
                };
                java.awt.Graphics2D g = template.createGraphics(w, h, faces);
                try {
                    io.zongjie.spi.ChartDrawing.draw(c, g, new java.awt.geom.Rectangle2D.Double(0, 0, w, h),
                            awtFace(bodySource).getFamily(), profile.tableSize());
                } finally {
                    g.dispose();
                }
                com.lowagie.text.Image chart = com.lowagie.text.Image.getInstance(template);
                chart.setAlignment(com.lowagie.text.Image.MIDDLE);
                chart.setSpacingBefore(profile.leading() / 2);
                chart.setSpacingAfter(profile.leading() / 2);
                return List.of(chart);
            }

            @Override
            public List<Element> visit(AttachmentNote n) {
                // GB/T 9704 §7.3.4: a blank line under the text, two characters in, 「附件：」 and the titles;
                // a wrapped or further title lines up under the first title's first character
                List<Element> lines = new ArrayList<>();
                float lead = indent + (float) chars(AttachmentNote.LEAD) * pitch;
                for (int i = 0; i < n.titles().size(); i++) {
                    String number = n.numbered() ? (i + 1) + "." : "";
                    float numberWidth = (float) chars(number) * pitch;
                    com.lowagie.text.Paragraph p = paragraph(profile.leading(), Element.ALIGN_LEFT, 0);
                    p.setIndentationLeft(lead + numberWidth);
                    p.setFirstLineIndent(i == 0 ? -(lead - indent) - numberWidth : -numberWidth);
                    if (i == 0) {
                        p.setSpacingBefore(profile.leading());
                    }
                    addRuns(p, List.of(new Run((i == 0 ? AttachmentNote.LEAD : "") + n.item(i), body)), null);
                    lines.add(p);
                }
                return lines;
            }

            @Override
            public List<Element> visit(Signature s) {
                // GB/T 9704 §7.3.5: unsealed, the name two characters in and the date two to the right of its
                // start; sealed, the date four in and the name centred over it, with room above for the seal
                OfficialLayout.Placement placement = OfficialLayout.signature(s, line -> chars(line),
                        profile.signatureRightIndentChars());
                List<Element> lines = new ArrayList<>();
                for (int i = 0; i < s.lines().size(); i++) {
                    com.lowagie.text.Paragraph p = paragraph(profile.leading(), Element.ALIGN_RIGHT, 0);
                    // the last character's tracking is drawn after it: take it back so the line ends on the grid
                    p.setIndentationRight(placement.rightIndents().get(i).floatValue() * pitch + tracking);
                    if (i == 0) {
                        p.setSpacingBefore(placement.blankLinesBefore() * profile.leading());
                    }
                    addRuns(p, List.of(new Run(s.lines().get(i), body)), null);
                    lines.add(p);
                }
                return lines;
            }
        }

        private List<Element> table(Table t) {
            List<Element> out = new ArrayList<>();
            if (!t.caption().isEmpty()) {
                com.lowagie.text.Paragraph caption = paragraph(profile.leading(), Element.ALIGN_CENTER, 0);
                addRuns(caption, List.of(new Run(t.caption(), heading1)), null);
                out.add(caption);
            }
            int columns = t.header().size();
            if (columns == 0) {
                return out;
            }
            PdfPTable table = new PdfPTable(columnWidths(t));
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            table.setSpacingBefore(profile.tableSize() / 2);
            table.setSpacingAfter(profile.leading() / 2);
            for (String head : t.header()) {
                table.addCell(cell(head, tableHead, Element.ALIGN_CENTER));
            }
            boolean[] numeric = new boolean[columns];
            for (int c = 0; c < columns; c++) {
                numeric[c] = t.isNumeric(c);
            }
            for (List<String> row : t.rows()) {
                for (int c = 0; c < columns; c++) {
                    table.addCell(cell(row.get(c), tableBody, numeric[c] ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT));
                }
            }
            out.add(table);
            return out;
        }

        private PdfPCell cell(String text, Font font, int alignment) {
            Phrase phrase = new Phrase(font.getSize() * 1.3f, "", font);
            for (Run run : glue(withFallbacks(List.of(new Run(text, font))))) {
                Chunk chunk = new Chunk(run.text(), run.font());
                chunk.setSplitCharacter(ClreqSplitCharacter.INSTANCE);
                phrase.add(chunk);
            }
            PdfPCell cell = new PdfPCell(phrase);
            cell.setHorizontalAlignment(alignment);
            cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
            cell.setLeading(profile.tableSize() * 1.3f, 0);
            cell.setPaddingTop(2);
            cell.setPaddingBottom(5);
            cell.setPaddingLeft(4);
            cell.setPaddingRight(4);
            cell.setBorderWidth(0.5f);
            return cell;
        }

        private static float[] columnWidths(Table t) {
            int[] weights = t.columnWeights();
            float[] widths = new float[weights.length];
            for (int c = 0; c < weights.length; c++) {
                widths[c] = weights[c];
            }
            return widths;
        }

        private com.lowagie.text.Paragraph paragraph(float leading, int alignment, float firstLineIndent) {
            // The paragraph's own font is used for its line ends; OpenPDF's default would add Helvetica, unembedded.
            com.lowagie.text.Paragraph p = new com.lowagie.text.Paragraph(leading, "", body);
            p.setAlignment(alignment);
            p.setFirstLineIndent(firstLineIndent);
            return p;
        }

        private record Run(String text, Font font) {
        }

        private List<Run> runs(List<Inline> inlines) {
            List<Run> runs = new ArrayList<>(inlines.size());
            InlineVisitor<Font> fonts = new InlineVisitor<>() {
                @Override
                public Font visit(Inline.Text text) {
                    return body;
                }

                @Override
                public Font visit(Inline.Strong run) {
                    return strong;
                }

                @Override
                public Font visit(Inline.Emphasis run) {
                    return emphasis;
                }
            };
            for (Inline inline : inlines) {
                runs.add(new Run(inline.text(), inline.accept(fonts)));
            }
            return runs;
        }

        private void addRuns(com.lowagie.text.Paragraph p, List<Run> runs, String tag) {
            for (Run run : glue(withFallbacks(runs))) {
                Chunk chunk = new Chunk(run.text(), run.font());
                chunk.setSplitCharacter(ClreqSplitCharacter.INSTANCE);
                if (run.font().getSize() == profile.bodySize()) {
                    chunk.setCharacterSpacing(tracking); // 28 characters a line, on the grid's pitch
                }
                if (tag != null) {
                    chunk.setGenericTag(tag);
                }
                p.add(chunk);
            }
        }

        /**
         * Splits runs so that every character is set in a face that has it: the run's own font, else the other
         * roles' faces, else STSong-Light. OpenPDF would silently drop a character its font lacks, and the free
         * faces differ in coverage (UMing lacks rare ideographs such as 匃 that Zen Hei and WenKai have).
         */
        private List<Run> withFallbacks(List<Run> runs) {
            List<Run> out = new ArrayList<>(runs.size());
            for (Run run : runs) {
                String text = run.text();
                BaseFont own = run.font().getBaseFont();
                CharCoverage ownCoverage = covered(own);
                int start = 0;
                Font current = run.font();
                for (int i = 0; i < text.length(); ) {
                    int cp = text.codePointAt(i);
                    Font font = ownCoverage.has(own, cp) || Character.isWhitespace(cp) ? run.font() : fallback(cp, run.font());
                    if (font != current) {
                        if (i > start) {
                            out.add(new Run(text.substring(start, i), current));
                        }
                        start = i;
                        current = font;
                    }
                    i += Character.charCount(cp);
                }
                if (start < text.length()) {
                    out.add(new Run(text.substring(start), current));
                }
            }
            return out;
        }

        private CharCoverage covered(BaseFont font) {
            return coverage.computeIfAbsent(font, CharCoverage::of);
        }

        private Font fallback(int cp, Font font) {
            Font found = fallbackAmongFaces(cp, font);
            if (found == null && !lastResortTaken) {
                // OpenPDF's STSong-Light comes last, and is read (its CMaps, on every command) only for a character
                // no embedded face has
                lastResortTaken = true;
                BaseFont stSong = FontLibrary.SHARED.stSongLight();
                if (!fallbacks.contains(stSong)) {
                    fallbacks.add(stSong);
                    found = fallbackAmongFaces(cp, font);
                }
            }
            if (found != null) {
                return found;
            }
            missing.add(new String(Character.toChars(cp)));
            return font;
        }

        private Font fallbackAmongFaces(int cp, Font font) {
            for (BaseFont candidate : fallbacks) {
                if (candidate != font.getBaseFont() && covered(candidate).has(candidate, cp)) {
                    return fallbackFonts.computeIfAbsent(new FallbackKey(candidate, font.getSize(), font.getStyle()),
                            k -> new Font(candidate, k.size(), k.style()));
                }
            }
            return null;
        }

        /**
         * Moves closing marks and the rest of a Latin word at the start of a run onto the previous run, and opening
         * marks at the end of a run onto the next, because OpenPDF may always break between two chunks and never shows the split character
         * rule what the neighbouring chunk holds.
         */
        private static List<Run> glue(List<Run> runs) {
            List<Run> out = new ArrayList<>(runs.size());
            String carry = "";
            for (Run run : runs) {
                String text = carry + run.text();
                carry = "";
                if (!out.isEmpty()) {
                    String before = out.get(out.size() - 1).text();
                    boolean inWord = !before.isEmpty()
                            && ClreqSplitCharacter.isAsciiWord(before.charAt(before.length() - 1));
                    int lead = 0;
                    while (lead < text.length()) {
                        char c = text.charAt(lead);
                        // Closing marks always join the previous run; so does the rest of a Latin word or number
                        // that the previous run began, at the cost of its style changing mid-word.
                        if (!ClreqSplitCharacter.startsNoLine(c)
                                && !(inWord && ClreqSplitCharacter.isAsciiWord(c))) {
                            break;
                        }
                        inWord = ClreqSplitCharacter.isAsciiWord(c);
                        lead++;
                    }
                    if (lead > 0) {
                        Run prev = out.remove(out.size() - 1);
                        out.add(new Run(prev.text() + text.substring(0, lead), prev.font()));
                        text = text.substring(lead);
                    }
                }
                int tail = text.length();
                while (tail > 0 && ClreqSplitCharacter.endsNoLine(text.charAt(tail - 1))) {
                    tail--;
                }
                carry = text.substring(tail);
                text = text.substring(0, tail);
                if (!text.isEmpty()) {
                    out.add(new Run(text, run.font()));
                }
            }
            if (!carry.isEmpty()) {
                if (out.isEmpty()) {
                    out.add(new Run(carry, runs.get(runs.size() - 1).font()));
                } else {
                    Run prev = out.remove(out.size() - 1);
                    out.add(new Run(prev.text() + carry, prev.font()));
                }
            }
            return out;
        }

        @Override
        public void onGenericTag(PdfWriter writer, com.lowagie.text.Document document, Rectangle rect, String tag) {
            Mark mark = marks.get(tag);
            if (mark == null || !marked.add(tag)) {
                // A heading wrapped over several lines reports each piece; the first one is the bookmark's target.
                return;
            }
            PdfOutline parent = writer.getRootOutline();
            for (int level = mark.level() - 1; level >= 0; level--) {
                if (parents[level] != null) {
                    parent = parents[level];
                    break;
                }
            }
            PdfDestination target = new PdfDestination(PdfDestination.FITH, rect.getTop() + profile.bodySize());
            PdfOutline outline = new PdfOutline(parent, target, mark.text(), mark.level() <= 1);
            parents[mark.level()] = outline;
            Arrays.fill(parents, mark.level() + 1, parents.length, null);
        }

        @Override
        public void onEndPage(PdfWriter writer, com.lowagie.text.Document document) {
            int page = writer.getPageNumber();
            float size = profile.pageNumberSize();
            // GB/T 9704 7.5: the page number's dashes sit 7 mm below the text block, one character in from the
            // outside edge: right on odd pages, left on even ones.
            float y = document.bottom() - PdfProfile.mm(profile.pageNumberGapMm()) - size * 0.5f;
            boolean odd = page % 2 == 1;
            float x = odd ? document.right() - size : document.left() + size;
            ColumnText.showTextAligned(writer.getDirectContent(), odd ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT,
                    new Phrase("— " + page + " —", pageNumber), x, y, 0);
        }
    }
}
