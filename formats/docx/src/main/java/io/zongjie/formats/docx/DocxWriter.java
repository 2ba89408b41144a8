package io.zongjie.formats.docx;

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
import io.zongjie.document.Subtitle;
import io.zongjie.document.Table;
import io.zongjie.document.Title;
import io.zongjie.spi.OfficialLayout;
import java.io.IOException;
import java.math.BigInteger;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STDocGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/** Writes one document into a new POI document; not shared between threads. */
final class DocxWriter {

    /** The text block: 156 mm wide. */
    static final int TEXT_WIDTH = twips(156);
    /** 2号 title characters in a line of the text block. */
    private static final double TITLE_CHARS = TEXT_WIDTH / 440.0;
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);

    private final Document source;
    private final XWPFDocument docx;

    DocxWriter(Document source, XWPFDocument docx) {
        this.source = source;
        this.docx = docx;
    }

    void write() throws IOException {
        DocxStyles.install(docx, source.meta().language());
        DocxStyles.installFontTable(docx);
        properties(source.meta());
        List<Block> blocks = source.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            blocks.get(i).accept(visitor);
            boolean beforeSignature = i + 1 < blocks.size()
                    && (blocks.get(i + 1) instanceof AttachmentNote || blocks.get(i + 1) instanceof Signature);
            if (beforeSignature && blocks.get(i) instanceof Paragraph && !docx.getParagraphs().isEmpty()) {
                // never the signature alone on a page: the text's last lines go over with it
                XWPFParagraph last = docx.getParagraphs().get(docx.getParagraphs().size() - 1);
                CTPPr ppr = last.getCTP().isSetPPr() ? last.getCTP().getPPr() : last.getCTP().addNewPPr();
                ppr.addNewKeepNext();
            }
        }
        for (int i = 0; i < source.attachments().size(); i++) {
            attachment(i);
        }
        page();
    }

    private void properties(DocumentMeta meta) {
        POIXMLProperties.CoreProperties core = docx.getProperties().getCoreProperties();
        core.setTitle(meta.title());
        core.setCreator(meta.author());
        core.setLastModifiedByUser(meta.author());
        core.setSubjectProperty(meta.subject());
        core.setKeywords(String.join(", ", meta.keywords()));
        core.setDescription(meta.subject());
        // the report's day, not the time of writing, so the bytes depend on the content only
        Date day = Date.from(meta.date().atStartOfDay().toInstant(CHINA));
        core.setCreated(Optional.of(day));
        core.setModified(Optional.of(day));
        docx.getProperties().getExtendedProperties().setApplication("zongjie");
        docx.getProperties().getExtendedProperties().setCompany(meta.author());
    }

    /**
     * A4, the standard's margins (37 mm top, 28 mm left, a 156 × 225 mm text block), the document grid of 22 lines
     * of 28 characters, and page numbers 「— 1 —」 in 4号 宋体 one character in from the outer edge, 7 mm under the
     * text block: right on odd pages, left on even ones.
     */
    private void page() {
        CTSectPr sect = docx.getDocument().getBody().isSetSectPr() ? docx.getDocument().getBody().getSectPr()
                : docx.getDocument().getBody().addNewSectPr();
        footer(HeaderFooterType.DEFAULT, ParagraphAlignment.RIGHT);
        footer(HeaderFooterType.EVEN, ParagraphAlignment.LEFT);
        docx.getSettings().setEvenAndOddHeadings(true);
        wordCompatibility();
        CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
        size.setW(BigInteger.valueOf(twips(210)));
        size.setH(BigInteger.valueOf(twips(297)));
        CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
        margins.setTop(BigInteger.valueOf(twips(37)));
        margins.setBottom(BigInteger.valueOf(twips(297 - 37 - 225)));
        margins.setLeft(BigInteger.valueOf(twips(28)));
        margins.setRight(BigInteger.valueOf(twips(210 - 28 - 156)));
        margins.setHeader(BigInteger.valueOf(twips(15)));
        // the footer's line (18 pt) ends this far above the page's edge, so that its top is 7 mm under the text
        margins.setFooter(BigInteger.valueOf(twips(297 - 37 - 225 - 7) - 360));
        margins.setGutter(BigInteger.ZERO);
        CTDocGrid grid = sect.isSetDocGrid() ? sect.getDocGrid() : sect.addNewDocGrid();
        grid.setType(STDocGrid.LINES_AND_CHARS);
        grid.setLinePitch(BigInteger.valueOf(DocxStyles.LINE));
        // the character pitch is the 16 pt body size plus charSpace/4096 pt: 156 mm / 28 = 15.79 pt
        grid.setCharSpace(BigInteger.valueOf(Math.round((156 / 25.4 * 72 / 28 - 16) * 4096)));
    }

    /**
     * Declares the file as Word 2013 and later's own ({@code compatibilityMode} 15), so Word opens it for editing
     * rather than in compatibility mode. Written as plain XML: POI's lean schema jar has no type for it.
     */
    private void wordCompatibility() {
        String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
        try (org.apache.xmlbeans.XmlCursor c = docx.getSettings().getCTSettings().newCursor()) {
            c.toEndToken();
            c.beginElement(new javax.xml.namespace.QName(w, "compat", "w"));
            c.beginElement(new javax.xml.namespace.QName(w, "compatSetting", "w"));
            c.insertAttributeWithValue(new javax.xml.namespace.QName(w, "name", "w"), "compatibilityMode");
            c.insertAttributeWithValue(new javax.xml.namespace.QName(w, "uri", "w"),
                    "http://schemas.microsoft.com/office/word");
            c.insertAttributeWithValue(new javax.xml.namespace.QName(w, "val", "w"), "15");
        }
    }

    private void footer(HeaderFooterType type, ParagraphAlignment alignment) {
        XWPFFooter footer = docx.createFooter(type);
        XWPFParagraph p = footer.getParagraphs().isEmpty() ? footer.createParagraph() : footer.getParagraphs().get(0);
        p.setStyle(DocxStyles.FOOTER);
        p.setAlignment(alignment);
        CTInd ind = ind(p);
        if (alignment == ParagraphAlignment.RIGHT) {
            ind.setRight(BigInteger.valueOf(280)); // 空一字 of 4号
        } else {
            ind.setLeft(BigInteger.valueOf(280));
        }
        p.createRun().setText("— ");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        CTText instruction = p.createRun().getCTR().addNewInstrText();
        instruction.setStringValue(" PAGE ");
        instruction.setSpace(org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute.Space.PRESERVE);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        p.createRun().setText("1");
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        p.createRun().setText(" —");
    }

    // ---------------------------------------------------------------- blocks

    /** Writes each kind of block as Word paragraphs and tables. */
    private final BlockVisitor<Void, RuntimeException> visitor = new BlockVisitor<>() {
        @Override
        public Void visit(Title t) {
            title(DocxStyles.TITLE, t.text());
            return null;
        }

        @Override
        public Void visit(Subtitle st) {
            // the meeting, the speaker and the date, centred in 楷体 under the title, a line break between them
            XWPFParagraph p = paragraph(DocxStyles.SUBTITLE);
            for (int i = 0; i < st.lines().size(); i++) {
                XWPFRun run = p.createRun();
                run.setText(st.lines().get(i));
                if (i < st.lines().size() - 1) {
                    run.addBreak();
                }
            }
            return null;
        }

        @Override
        public Void visit(Recipient r) {
            paragraph(DocxStyles.RECIPIENT).createRun().setText(r.text());
            return null;
        }

        @Override
        public Void visit(Heading h) {
            paragraph(DocxStyles.heading(h.level())).createRun().setText(h.number() + h.text());
            return null;
        }

        @Override
        public Void visit(Paragraph p) {
            runs(paragraph(DocxStyles.BODY), p.content());
            return null;
        }

        @Override
        public Void visit(ListBlock l) {
            // each item a paragraph of body text, numbered 「1.」 as the standard's third level
            for (int i = 0; i < l.items().size(); i++) {
                XWPFParagraph p = paragraph(DocxStyles.BODY);
                p.createRun().setText(l.label(i));
                runs(p, l.items().get(i));
            }
            return null;
        }

        @Override
        public Void visit(Table t) {
            table(t);
            return null;
        }

        /**
         * A chart as a picture: JFreeChart's drawing as a PNG at print resolution, the width of the text block, centred;
         * its title as a caption above it (the text a reader copies).
         */
        @Override
        public Void visit(io.zongjie.document.Chart c) {
            XWPFParagraph caption = paragraph(DocxStyles.TABLE_CAPTION);
            caption.createRun().setText(c.title());
            XWPFParagraph p = paragraph(DocxStyles.BODY);
            p.setAlignment(ParagraphAlignment.CENTER);
            p.setIndentationFirstLine(0);
            // the body's exact line height would clip the picture to one line: single spacing, as tall as it is
            p.setSpacingBetween(1.0, org.apache.poi.xwpf.usermodel.LineSpacingRule.AUTO);
            // 156 mm wide at 2.5 px per mm (about 160 dpi); the drawing's own title is the caption above
            int width = 1560;
            int height = Math.round(width * 0.58f);
            byte[] png = io.zongjie.spi.ChartDrawing.png(new io.zongjie.document.Chart("", c.unit(), c.categories(),
                    c.series()), width, height, java.awt.Font.SERIF, 36f);
            try (java.io.InputStream in = new java.io.ByteArrayInputStream(png)) {
                p.createRun().addPicture(in, org.apache.poi.common.usermodel.PictureType.PNG, "chart.png",
                        org.apache.poi.util.Units.toEMU(156 / 25.4 * 72), org.apache.poi.util.Units.toEMU(
                                156 / 25.4 * 72 * 0.58));
            } catch (IOException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
                throw new IllegalStateException("the chart picture could not be added", e);
            }
            return null;
        }

        @Override
        public Void visit(AttachmentNote n) {
            note(n);
            return null;
        }

        @Override
        public Void visit(Signature s) {
            signature(s);
            return null;
        }
    };

    /** Sets a run's character style by the kind of inline: 「Strong」 (bold, body face) or 「Emphasis」 (楷体). */
    private static final InlineVisitor<String> RUN_STYLES = new InlineVisitor<>() {
        @Override
        public String visit(Inline.Text text) {
            return null;
        }

        @Override
        public String visit(Inline.Strong strong) {
            return DocxStyles.STRONG;
        }

        @Override
        public String visit(Inline.Emphasis emphasis) {
            return DocxStyles.EMPHASIS;
        }
    };

    private XWPFParagraph paragraph(String style) {
        XWPFParagraph p = docx.createParagraph();
        p.setStyle(style);
        return p;
    }

    /** A title in its lines (GB/T 9704 §7.3.1), broken where the meaning does, one line break between them. */
    private void title(String style, String text) {
        XWPFParagraph p = paragraph(style);
        List<String> lines = OfficialLayout.titleLines(text, TITLE_CHARS);
        for (int i = 0; i < lines.size(); i++) {
            XWPFRun run = p.createRun();
            run.setText(lines.get(i));
            if (i < lines.size() - 1) {
                run.addBreak();
            }
        }
    }

    private static void runs(XWPFParagraph p, List<Inline> inlines) {
        for (Inline inline : inlines) {
            XWPFRun run = p.createRun();
            String style = inline.accept(RUN_STYLES);
            if (style != null) {
                run.setStyle(style);
            }
            run.setText(inline.text());
        }
    }

    /** 「附件：」 two characters in, the titles numbered when several, each aligned under the first (§7.3.4). */
    private void note(AttachmentNote n) {
        double lead = OfficialLayout.ems(AttachmentNote.LEAD);
        for (int i = 0; i < n.titles().size(); i++) {
            double number = n.numbered() ? OfficialLayout.ems((i + 1) + ".") : 0;
            XWPFParagraph p = paragraph(DocxStyles.ATTACHMENT_NOTE);
            CTInd ind = ind(p);
            double left = 2 + lead + number;
            double hanging = i == 0 ? lead + number : number;
            ind.setLeftChars(BigInteger.valueOf(Math.round(left * 100)));
            ind.setLeft(BigInteger.valueOf(Math.round(left * DocxStyles.CHAR)));
            ind.setHangingChars(BigInteger.valueOf(Math.round(hanging * 100)));
            ind.setHanging(BigInteger.valueOf(Math.round(hanging * DocxStyles.CHAR)));
            ind.setFirstLineChars(BigInteger.ZERO);
            if (i == 0) {
                before(p, 1); // 正文下空一行
            }
            p.createRun().setText((i == 0 ? AttachmentNote.LEAD : "") + n.item(i));
        }
    }

    /** The signature and date after §7.3.5, with the offsets {@link OfficialLayout#signature} gives. */
    private void signature(Signature s) {
        OfficialLayout.Placement placement = OfficialLayout.signature(s, OfficialLayout::ems);
        for (int i = 0; i < s.lines().size(); i++) {
            XWPFParagraph p = paragraph(DocxStyles.SIGNATURE);
            double right = placement.rightIndents().get(i);
            CTInd ind = ind(p);
            ind.setRightChars(BigInteger.valueOf(Math.round(right * 100)));
            ind.setRight(BigInteger.valueOf(Math.round(right * DocxStyles.CHAR)));
            if (i == 0) {
                before(p, placement.blankLinesBefore());
            }
            p.createRun().setText(s.lines().get(i));
        }
    }

    private static void before(XWPFParagraph p, int lines) {
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTSpacing spacing = ppr.isSetSpacing() ? ppr.getSpacing() : ppr.addNewSpacing();
        spacing.setBefore(BigInteger.valueOf((long) lines * DocxStyles.LINE));
        spacing.setBeforeLines(BigInteger.valueOf(lines * 100L));
    }

    private static CTInd ind(XWPFParagraph p) {
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        return ppr.isSetInd() ? ppr.getInd() : ppr.addNewInd();
    }

    /** A table across the text block: columns by content, the header row repeated on every page, rows whole. */
    private void table(Table t) {
        if (!t.caption().isEmpty()) {
            paragraph(DocxStyles.TABLE_CAPTION).createRun().setText(t.caption());
        }
        int columns = t.header().size();
        if (columns == 0) {
            return;
        }
        XWPFTable table = docx.createTable(t.rows().size() + 1, columns);
        table.setWidthType(TableWidthType.PCT);
        table.setWidth("100%");
        table.setTableAlignment(TableRowAlign.CENTER);
        // ½ pt rules all round, as the PDF draws them
        XWPFTable.XWPFBorderType rule = XWPFTable.XWPFBorderType.SINGLE;
        table.setTopBorder(rule, 4, 0, "000000");
        table.setBottomBorder(rule, 4, 0, "000000");
        table.setLeftBorder(rule, 4, 0, "000000");
        table.setRightBorder(rule, 4, 0, "000000");
        table.setInsideHBorder(rule, 4, 0, "000000");
        table.setInsideVBorder(rule, 4, 0, "000000");
        table.setCellMargins(30, 85, 60, 85); // twips: the PDF's 2 pt over and 5 pt under a cell's text
        int[] weights = t.columnWeights();
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int[] widths = new int[columns];
        CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (int c = 0; c < columns; c++) {
            widths[c] = TEXT_WIDTH * weights[c] / total;
            grid.addNewGridCol().setW(BigInteger.valueOf(widths[c]));
        }
        boolean[] numeric = new boolean[columns];
        for (int c = 0; c < columns; c++) {
            numeric[c] = t.isNumeric(c);
        }
        for (int r = 0; r <= t.rows().size(); r++) {
            XWPFTableRow row = table.getRow(r);
            row.setCantSplitRow(true);
            if (r == 0) {
                row.setRepeatHeader(true);
            }
            List<String> cells = r == 0 ? t.header() : t.rows().get(r - 1);
            for (int c = 0; c < columns; c++) {
                XWPFTableCell cell = row.getCell(c);
                cell.setWidth(String.valueOf(widths[c]));
                cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setStyle(r == 0 ? DocxStyles.TABLE_HEADING : DocxStyles.TABLE_TEXT);
                if (r > 0 && numeric[c]) {
                    p.setAlignment(ParagraphAlignment.RIGHT);
                }
                p.createRun().setText(cells.get(c));
            }
        }
    }

    /**
     * Attachment {@code index} on a new page (GB/T 9704-2012 §8): 「附件」 or 「附件1」 in 3号黑体 flush left on the first
     * line, its title centred on the third, then its blocks.
     */
    private void attachment(int index) {
        Attachment attachment = source.attachments().get(index);
        paragraph(DocxStyles.ATTACHMENT_LABEL).createRun().setText(source.attachmentLabel(index));
        title(DocxStyles.ATTACHMENT_TITLE, attachment.title());
        for (Block block : attachment.blocks()) {
            block.accept(visitor);
        }
    }

    static int twips(double mm) {
        return (int) Math.round(mm * DocxRenderer.TWIPS_PER_MM);
    }
}
