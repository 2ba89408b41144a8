package io.zongjie.formats.docx;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The named styles of a zongjie DOCX, as a 公文 template defines them: fonts in all four slots by role, sizes in
 * 号, the 28.95 pt exact line of the 22-line grid, outline levels on the headings (so Word's navigation pane and a
 * generated table of contents find them) and keep-with-next. Also the font table that tells Word and WPS which
 * installed face stands in for a missing one.
 *
 * <p>Built-in style names (Title, heading 1–4, Body Text, Salutation, Signature, footer, Strong, Emphasis) are the ones Word shows in the user's language (标题, 标题 1, 正文文本, 称呼, 签名, 页脚 …); the styles the
 * standard adds have Chinese names.
 */
final class DocxStyles {

    /** Exact line pitch: 225 mm / 22 lines = 28.95 pt, in twentieths of a point. */
    static final int LINE = 579;
    /** Condensed character spacing, in twentieths of a point: 28 × (16 − 0.25) pt fits the 442 pt line. */
    static final int CONDENSED = -5;
    /** The character pitch of the grid: 156 mm / 28 characters, in twips. */
    static final double CHAR = 156 * DocxRenderer.TWIPS_PER_MM / 28;

    static final String NORMAL = "Normal";
    static final String TITLE = "Title";
    static final String RECIPIENT = "Salutation";
    static final String SUBTITLE = "Subtitle";
    static final String BODY = "BodyText";
    static final String SIGNATURE = "Signature";
    static final String ATTACHMENT_NOTE = "AttachmentNote";
    static final String ATTACHMENT_LABEL = "AttachmentLabel";
    static final String ATTACHMENT_TITLE = "AttachmentTitle";
    static final String TABLE_CAPTION = "TableCaption";
    static final String TABLE_TEXT = "TableText";
    static final String TABLE_HEADING = "TableHeading";
    static final String FOOTER = "Footer";
    static final String STRONG = "Strong";
    static final String EMPHASIS = "Emphasis";

    /** The style of a heading of {@code level} (1–4). */
    static String heading(int level) {
        return "Heading" + level;
    }

    private DocxStyles() {
    }

    /** Installs the styles in {@code doc}. */
    static void install(XWPFDocument doc) {
        CTStyles styles = CTStyles.Factory.newInstance();

        CTRPr base = styles.addNewDocDefaults().addNewRPrDefault().addNewRPr();
        fonts(base, Face.BODY);
        // 28 characters of 3号 on the 156 mm line: each 0.25 pt closer than its 16 pt, 15.75 pt in all (see below)
        base.addNewSpacing().setVal(BigInteger.valueOf(CONDENSED));
        size(base, 32);
        CTLanguage lang = base.addNewLang();
        lang.setVal("en-US");
        lang.setEastAsia("zh-CN");
        lang.setBidi("ar-SA");
        CTPPrGeneral basePara = styles.getDocDefaults().addNewPPrDefault().addNewPPr();
        // Paragraphs keep to the 28.95 pt lines by their exact spacing and to 28 characters by the condensed
        // spacing, not by snapping to the document grid: LibreOffice sets a 16 pt character in two cells of a
        // 15.79 pt character grid (14 a line), while Word and WPS squeeze it into one. This way all three agree.
        basePara.addNewSnapToGrid().setVal(false);
        // Word's automatic space between Chinese and Latin or digits would take characters off the 28 a line
        basePara.addNewAutoSpaceDE().setVal(false);
        basePara.addNewAutoSpaceDN().setVal(false);
        CTSpacing spacing = basePara.addNewSpacing();
        spacing.setBefore(BigInteger.ZERO);
        spacing.setAfter(BigInteger.ZERO);

        CTStyle normal = paragraph(styles, NORMAL, "Normal", null, null);
        normal.setDefault(true);
        exact(normal.addNewPPr(), LINE);
        normal.getPPr().addNewJc().setVal(STJc.BOTH);
        // the grid's character pitch is reckoned from Normal's size: 3号
        size(normal.addNewRPr(), 32);

        CTStyle title = paragraph(styles, TITLE, "Title", NORMAL, RECIPIENT);
        CTPPrGeneral tp = title.addNewPPr();
        tp.addNewKeepNext();
        tp.addNewKeepLines();
        tp.addNewJc().setVal(STJc.CENTER);
        exact(tp, LINE).setAfter(BigInteger.valueOf(LINE)); // 空一行 before the recipient
        CTRPr tr = title.addNewRPr();
        fonts(tr, Face.TITLE);
        size(tr, 44);

        CTStyle subtitle = paragraph(styles, SUBTITLE, "Subtitle", NORMAL, RECIPIENT);
        CTPPrGeneral stp = subtitle.addNewPPr();
        stp.addNewKeepNext();
        stp.addNewKeepLines();
        stp.addNewJc().setVal(STJc.CENTER);
        exact(stp, LINE).setAfter(BigInteger.valueOf(LINE)); // 空一行 before the salutation
        fonts(subtitle.addNewRPr(), Face.HEADING2);

        CTStyle recipient = paragraph(styles, RECIPIENT, "Salutation", NORMAL, BODY);
        recipient.addNewPPr().addNewJc().setVal(STJc.LEFT);

        CTStyle body = paragraph(styles, BODY, "Body Text", NORMAL, BODY);
        firstLine(body.addNewPPr(), 2);

        Face[] headingFaces = {Face.HEADING1, Face.HEADING2, Face.BODY, Face.BODY};
        for (int level = 1; level <= 4; level++) {
            CTStyle h = paragraph(styles, heading(level), "heading " + level, NORMAL, BODY);
            h.addNewUiPriority().setVal(BigInteger.valueOf(9));
            CTPPrGeneral hp = h.addNewPPr();
            hp.addNewKeepNext();
            hp.addNewKeepLines();
            hp.addNewOutlineLvl().setVal(BigInteger.valueOf(level - 1));
            firstLine(hp, 2);
            CTRPr hr = h.addNewRPr();
            fonts(hr, headingFaces[level - 1]);
            // Word's heading styles are bold by default; the standard's are not
            hr.addNewB().setVal(false);
            hr.addNewBCs().setVal(false);
        }

        CTStyle note = paragraph(styles, ATTACHMENT_NOTE, "附件说明", BODY, BODY);
        note.addNewPPr().addNewKeepLines();
        note.getPPr().addNewKeepNext(); // with the signature
        note.getPPr().addNewJc().setVal(STJc.LEFT);

        CTStyle signature = paragraph(styles, SIGNATURE, "Signature", NORMAL, NORMAL);
        CTPPrGeneral sp = signature.addNewPPr();
        sp.addNewKeepNext();
        sp.addNewJc().setVal(STJc.RIGHT);

        CTStyle label = paragraph(styles, ATTACHMENT_LABEL, "附件标识", NORMAL, ATTACHMENT_TITLE);
        CTPPrGeneral lp = label.addNewPPr();
        lp.addNewPageBreakBefore();
        lp.addNewKeepNext();
        lp.addNewJc().setVal(STJc.LEFT);
        fonts(label.addNewRPr(), Face.HEADING1);

        CTStyle attachmentTitle = paragraph(styles, ATTACHMENT_TITLE, "附件标题", TITLE, BODY);
        CTPPrGeneral ap = attachmentTitle.addNewPPr();
        ap.addNewOutlineLvl().setVal(BigInteger.ZERO);
        exact(ap, LINE).setBefore(BigInteger.valueOf(LINE)); // on the third line: one blank line under the label
        ap.getSpacing().setAfter(BigInteger.valueOf(LINE));

        CTStyle caption = paragraph(styles, TABLE_CAPTION, "表题", NORMAL, NORMAL);
        caption.addNewPPr().addNewKeepNext();
        caption.getPPr().addNewJc().setVal(STJc.CENTER);
        fonts(caption.addNewRPr(), Face.HEADING1);

        CTStyle cell = paragraph(styles, TABLE_TEXT, "表格文字", NORMAL, TABLE_TEXT);
        CTPPrGeneral cp = cell.addNewPPr();
        CTSpacing single = cp.addNewSpacing();
        single.setLine(BigInteger.valueOf(240));
        single.setLineRule(STLineSpacingRule.AUTO);
        cp.addNewJc().setVal(STJc.LEFT);
        size(cell.addNewRPr(), 24);

        CTStyle head = paragraph(styles, TABLE_HEADING, "表头", TABLE_TEXT, TABLE_TEXT);
        head.addNewPPr().addNewJc().setVal(STJc.CENTER);
        fonts(head.addNewRPr(), Face.HEADING1);

        CTStyle footer = paragraph(styles, FOOTER, "footer", NORMAL, FOOTER);
        CTPPrGeneral fp = footer.addNewPPr();
        CTSpacing fs = fp.addNewSpacing();
        fs.setLine(BigInteger.valueOf(360));
        fs.setLineRule(STLineSpacingRule.EXACT);
        CTRPr fr = footer.addNewRPr();
        fonts(fr, Face.PAGE_NUMBER);
        size(fr, 28);

        CTStyle strong = character(styles, STRONG, "Strong");
        strong.addNewRPr().addNewB();
        strong.getRPr().addNewBCs();

        CTStyle emphasis = character(styles, EMPHASIS, "Emphasis");
        fonts(emphasis.addNewRPr(), Face.HEADING2);
        emphasis.getRPr().addNewI().setVal(false);

        doc.createStyles().setStyles(styles);
    }

    private static CTStyle paragraph(CTStyles styles, String id, String name, String basedOn, String next) {
        CTStyle s = styles.addNewStyle();
        s.setType(STStyleType.PARAGRAPH);
        s.setStyleId(id);
        s.addNewName().setVal(name);
        if (basedOn != null) {
            s.addNewBasedOn().setVal(basedOn);
        }
        if (next != null) {
            s.addNewNext().setVal(next);
        }
        s.addNewQFormat();
        return s;
    }

    private static CTStyle character(CTStyles styles, String id, String name) {
        CTStyle s = styles.addNewStyle();
        s.setType(STStyleType.CHARACTER);
        s.setStyleId(id);
        s.addNewName().setVal(name);
        s.addNewQFormat();
        return s;
    }

    /** The face of {@code face} in all four slots: Latin, high ANSI, East Asian and complex script. */
    static void fonts(CTRPr rpr, Face face) {
        CTFonts f = rpr.addNewRFonts();
        f.setAscii(face.name);
        f.setHAnsi(face.name);
        f.setEastAsia(face.name);
        f.setCs(face.name);
    }

    private static void size(CTRPr rpr, int halfPoints) {
        rpr.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        rpr.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
    }

    private static CTSpacing exact(CTPPrGeneral ppr, int twips) {
        CTSpacing s = ppr.isSetSpacing() ? ppr.getSpacing() : ppr.addNewSpacing();
        s.setLine(BigInteger.valueOf(twips));
        s.setLineRule(STLineSpacingRule.EXACT);
        return s;
    }

    /** A first-line indent of {@code chars} characters, in character units and, for readers without them, twips. */
    private static void firstLine(CTPPrGeneral ppr, int chars) {
        var ind = ppr.addNewInd();
        ind.setFirstLineChars(BigInteger.valueOf(chars * 100L));
        ind.setFirstLine(BigInteger.valueOf(Math.round(chars * CHAR)));
    }

    /**
     * Adds {@code word/fontTable.xml}: each role's face with the name Windows installs it under today as its
     * alternative, its GB2312 character set and its pitch, so Word and WPS substitute a face of the same kind.
     */
    static void installFontTable(XWPFDocument doc) throws IOException {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
        for (Face face : Face.values()) {
            xml.append("<w:font w:name=\"").append(face.name).append("\"><w:altName w:val=\"").append(face.altName)
                    .append("\"/><w:charset w:val=\"86\"/><w:family w:val=\"").append(face.family)
                    .append("\"/><w:pitch w:val=\"").append(face.pitch).append("\"/></w:font>");
        }
        xml.append("</w:fonts>");
        try {
            PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
            PackagePart part = doc.getPackage().createPart(name,
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml");
            try (OutputStream out = part.getOutputStream()) {
                out.write(xml.toString().getBytes(StandardCharsets.UTF_8));
            }
            doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL,
                    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable");
        } catch (InvalidFormatException e) {
            throw new IOException("cannot add the font table: " + e.getMessage(), e);
        }
    }
}
