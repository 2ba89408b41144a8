package io.zongjie.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfEncryption;
import com.lowagie.text.pdf.PdfName;
import io.zongjie.api.pdf.FontRole;
import io.zongjie.api.pdf.PdfProfile;
import io.zongjie.api.pdf.FontSource;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The fonts written with subsets cut from their faces are the fonts OpenPDF writes, byte for byte: the same
 * document written both ways is the same file.
 */
class CompactFontWriterTest {

    private static final java.util.Calendar DAY = new java.util.GregorianCalendar(2026, 11, 3);

    /** A document in every font of the standard profile: the given text in each, on pages of its own. */
    private static byte[] write(String text, Function<BaseFont, Optional<TrueTypeFace>> faces, int[] cut)
            throws Exception {
        FontLibrary.Resolved resolved = FontLibrary.SHARED.resolve(PdfProfile.standard());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4);
        CompactFontWriter writer = CompactFontWriter.create(document, out, 4, faces);
        writer.setFullCompression();
        SubsetPrefixRandom.begin(42);
        try {
            document.open();
            // OpenPDF stamps the current time and a random /ID: fixed here, as PdfRenderer fixes them
            writer.getInfo().put(PdfName.CREATIONDATE, new PdfDate(DAY));
            writer.getInfo().put(PdfName.MODDATE, new PdfDate(DAY));
            writer.getInfo().put(PdfName.FILEID, PdfEncryption.createInfoId(new byte[16], new byte[16]));
            Set<BaseFont> fonts = new LinkedHashSet<>();
            for (FontRole role : FontRole.values()) {
                fonts.add(resolved.get(role));
            }
            for (BaseFont font : fonts) {
                document.add(new Paragraph(new Chunk(text, new Font(font, 10))));
                document.newPage();
            }
            document.close();
        } finally {
            SubsetPrefixRandom.end();
        }
        cut[0] = writer.fontsCut();
        return out.toByteArray();
    }

    /**
     * Some Latin and CJK punctuation, the characters of the body face drawn by composite glyphs (whose components
     * the subset must carry too), then CJK characters in a random order up to {@code count}.
     */
    private static String sample(long seed, int count) throws Exception {
        FontLibrary.Resolved resolved = FontLibrary.SHARED.resolve(PdfProfile.standard());
        BaseFont body = resolved.get(FontRole.BODY);
        StringBuilder text = new StringBuilder("Zongjie 2026，第1季度：工会工作总结（①②③）");
        text.append(compositeCharacters(resolved.source(FontRole.BODY), 40));
        Random random = new Random(seed);
        while (text.length() < count) {
            char c = (char) (0x4E00 + random.nextInt(0x9FA5 - 0x4E00));
            if (body.charExists(c)) {
                text.append(c);
            }
        }
        return text.toString();
    }

    /** Up to {@code max} BMP characters whose glyph in the face is a composite, read with PDFBox's FontBox. */
    private static String compositeCharacters(FontSource source, int max) throws Exception {
        List<TrueTypeFont> faces = new ArrayList<>();
        if (source.isCollection()) {
            new TrueTypeCollection(source.file().toFile()).processAllFonts(faces::add);
        } else {
            faces.add(new TTFParser().parse(new RandomAccessReadBufferedFile(source.file().toFile())));
        }
        TrueTypeFont face = faces.get(source.isCollection() ? source.index() : 0);
        CmapLookup cmap = face.getUnicodeCmapLookup();
        StringBuilder found = new StringBuilder();
        for (int gid = 1; gid < face.getNumberOfGlyphs() && found.length() < max; gid++) {
            GlyphData glyph = face.getGlyph().getGlyph(gid);
            List<Integer> codes = cmap.getCharCodes(gid);
            if (glyph != null && glyph.getDescription().isComposite() && codes != null) {
                codes.stream().filter(c -> c > 0x20 && c < 0xFFFF).findFirst().ifPresent(c -> found.append((char) (int) c));
            }
        }
        assertThat(found).as("characters with composite glyphs in %s", source).isNotEmpty();
        return found.toString();
    }

    @Test
    void fontsCutFromTheirFacesAreTheBytesOpenPdfWrites() throws Exception {
        for (long seed = 1; seed <= 3; seed++) {
            String text = sample(seed, 600);
            int[] cut = new int[1];
            int[] byOpenPdf = new int[1];
            byte[] fast = write(text, FontLibrary.SHARED::face, cut);
            byte[] openPdf = write(text, font -> Optional.empty(), byOpenPdf);
            assertThat(cut[0]).as("fonts cut from their faces").isPositive();
            assertThat(byOpenPdf[0]).as("fonts cut when no face is known").isZero();
            assertThat(fast.length).as("seed %d: bytes either way", seed).isEqualTo(openPdf.length);
            assertThat(java.util.Arrays.mismatch(fast, openPdf)).as("seed %d: the first byte that differs", seed)
                    .isEqualTo(-1);
            try (PDDocument doc = Loader.loadPDF(fast)) {
                assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s", ""))
                        .as("the text reads back").contains(text.replaceAll("\\s", "").substring(0, 200));
            }
        }
    }

    @Test
    void theFastPathIsThereForThisOpenPdf() {
        // if an OpenPDF upgrade moves the members it reaches, fonts silently go back to OpenPDF's slower subsetter
        assertThat(OpenPdfFontParts.get()).as("OpenPDF's font-writing parts, by reflection").isPresent();
    }

    @Test
    void aFaceWithAGlyphItDoesNotHaveIsLeftToOpenPdf() {
        FontLibrary.Resolved resolved = FontLibrary.SHARED.resolve(PdfProfile.standard());
        TrueTypeFace face = FontLibrary.SHARED.face(resolved.get(FontRole.BODY)).orElseThrow();
        assertThat(FontProgramCompactor.subset(face, Set.of(1, face.glyphs()))).isEmpty();
        assertThat(FontProgramCompactor.subset(face, Set.of(1, -1))).isEmpty();
        assertThat(FontProgramCompactor.subset(face, Set.of(1, face.glyphs() - 1))).isPresent();
    }
}
