package io.zongjie.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.zongjie.api.pdf.FontRole;
import io.zongjie.api.pdf.FontSource;
import io.zongjie.api.pdf.PdfProfile;
import java.awt.geom.PathIterator;
import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The embedded fonts after compaction: renumbered to compact glyph IDs, every glyph shown drawing the original
 * font's outline at the original width, checksums valid.
 */
class FontProgramCompactorTest {

    private static byte[] pdf;
    private static final List<byte[]> PROGRAMS = new ArrayList<>();

    @BeforeAll
    static void render() throws IOException {
        pdf = PdfTestSupport.render(new PdfRenderer(), SampleDocuments.annualReport());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDResources resources = doc.getPage(0).getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                if (font instanceof PDType0Font type0 && type0.getDescendantFont() instanceof PDCIDFontType2 cid) {
                    try (InputStream in = cid.getFontDescriptor().getFontFile2().createInputStream()) {
                        PROGRAMS.add(in.readAllBytes());
                    }
                }
            }
        }
        assertThat(PROGRAMS).as("embedded TrueType programs on page 1").isNotEmpty();
    }

    @Test
    void theTypicalReportStaysUnderTheSizeTarget() {
        assertThat(pdf.length).as("bytes of the 8-page sample report").isLessThanOrEqualTo(250 * 1024);
    }

    @Test
    void everyGlyphShownDrawsTheOutlineOfTheOriginalFontThroughTheCidToGidMap() throws IOException {
        FontLibrary.Resolved resolved = FontLibrary.SHARED.resolve(PdfProfile.standard());
        Map<String, TrueTypeFont> originals = new HashMap<>();
        for (FontRole role : FontRole.values()) {
            FontSource source = resolved.source(role);
            if (source != null) {
                TrueTypeFont original = source.isCollection()
                        ? collectionFont(source)
                        : new TTFParser().parse(new RandomAccessReadBufferedFile(source.file().toFile()));
                originals.putIfAbsent(original.getName(), original);
            }
        }
        // by the font's name: PDFBox may load one embedded font once per page that uses it
        Map<String, Set<Integer>> shown = new LinkedHashMap<>();
        Map<String, PDCIDFontType2> fonts = new HashMap<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    if (text.getFont() instanceof PDType0Font type0 && type0.getDescendantFont() instanceof PDCIDFontType2 cid) {
                        String name = cid.getName().substring(cid.getName().indexOf('+') + 1);
                        fonts.putIfAbsent(name, cid);
                        for (int code : text.getCharacterCodes()) {
                            shown.computeIfAbsent(name, k -> new TreeSet<>()).add(code);
                        }
                    }
                }
            };
            stripper.getText(doc);
            assertThat(shown).as("CID fonts shown").isNotEmpty();
            int checked = 0;
            for (Map.Entry<String, Set<Integer>> font : shown.entrySet()) {
                String name = font.getKey();
                PDCIDFontType2 cid = fonts.get(name);
                TrueTypeFont original = originals.get(name);
                assertThat(original).as("the source file of %s", name).isNotNull();
                TrueTypeFont embedded = cid.getTrueTypeFont();
                assertThat(cid.getCOSObject().getDictionaryObject(COSName.CID_TO_GID_MAP))
                        .as("%s maps CIDs to compact glyph IDs", name).isInstanceOf(COSStream.class);
                // .notdef, the one empty glyph, the glyphs shown, and the few a composite glyph is built from
                assertThat(embedded.getNumberOfGlyphs()).as("glyphs carried by %s", name)
                        .isLessThanOrEqualTo(font.getValue().size() + 10)
                        .isLessThan(original.getNumberOfGlyphs() / 10);
                for (int code : font.getValue()) {
                    int gid = cid.codeToGID(code);
                    assertThat(outline(embedded.getGlyph().getGlyph(gid)))
                            .as("%s CID %d (glyph %d in the subset)", name, code, gid)
                            .isEqualTo(outline(original.getGlyph().getGlyph(code)));
                    assertThat(cid.getWidth(code)).as("%s width of CID %d", name, code)
                            .isEqualTo(original.getAdvanceWidth(code) * 1000f / original.getUnitsPerEm(),
                                    org.assertj.core.data.Offset.offset(1f));
                    checked++;
                }
            }
            assertThat(checked).as("glyphs compared").isGreaterThan(300);
        } finally {
            for (TrueTypeFont original : originals.values()) {
                original.close();
            }
        }
    }

    private static TrueTypeFont collectionFont(FontSource source) throws IOException {
        TrueTypeCollection collection = new TrueTypeCollection(source.file().toFile());
        TrueTypeFont[] found = new TrueTypeFont[1];
        int[] index = {0};
        collection.processAllFonts(font -> {
            if (index[0]++ == source.index()) {
                found[0] = font;
            }
        });
        return found[0];
    }

    /** A glyph's outline as its path segments and their coordinates; empty for a glyph without one. */
    private static List<String> outline(GlyphData glyph) throws IOException {
        List<String> segments = new ArrayList<>();
        if (glyph == null) {
            return segments;
        }
        float[] coords = new float[6];
        for (PathIterator it = glyph.getPath().getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(coords);
            segments.add(type + java.util.Arrays.toString(coords));
        }
        return segments;
    }

    @Test
    void checksumsFollowTheTrueTypeRules() {
        for (byte[] program : PROGRAMS) {
            // with head.checkSumAdjustment in place, the whole font sums to the magic number
            assertThat(FontProgramCompactor.checksum(program, 0, program.length)).isEqualTo(0xB1B0AFBAL);
        }
    }

    @Test
    void compactingIsIdempotentAndLeavesOtherBytesAlone() {
        for (byte[] program : PROGRAMS) {
            assertThat(FontProgramCompactor.compact(program)).isSameAs(program);
        }
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        assertThat(FontProgramCompactor.compact(noise)).isSameAs(noise);
        assertThat(FontProgramCompactor.renumber(noise)).isEmpty();
        byte[] truncated = java.util.Arrays.copyOf(PROGRAMS.get(0), 200);
        assertThat(FontProgramCompactor.compact(truncated)).isSameAs(truncated);
        assertThat(FontProgramCompactor.renumber(truncated)).isEmpty();
    }
}
