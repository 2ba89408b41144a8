package io.zongjie.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
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

/** The embedded fonts after compaction: smaller, every drawn glyph's metrics intact, checksums valid. */
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
    void glyphsWithOutlinesKeepTheirMetricsAndTheOthersAreZero() throws IOException {
        for (byte[] program : PROGRAMS) {
            TrueTypeFont ttf = new TTFParser(true).parse(new RandomAccessReadBuffer(program));
            try (ttf) {
                long[] offsets = ttf.getIndexToLocation().getOffsets();
                HorizontalMetricsTable hmtx = ttf.getHorizontalMetrics();
                int drawn = 0;
                for (int g = 1; g < ttf.getNumberOfGlyphs(); g++) {
                    if (offsets[g] != offsets[g + 1]) {
                        drawn++;
                        assertThat(hmtx.getAdvanceWidth(g)).as("advance of drawn glyph %d", g).isPositive();
                    } else {
                        assertThat(hmtx.getAdvanceWidth(g)).as("advance of absent glyph %d", g).isZero();
                        assertThat(hmtx.getLeftSideBearing(g)).as("bearing of absent glyph %d", g).isZero();
                    }
                }
                assertThat(drawn).isPositive();
            }
        }
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
        byte[] truncated = java.util.Arrays.copyOf(PROGRAMS.get(0), 200);
        assertThat(FontProgramCompactor.compact(truncated)).isSameAs(truncated);
    }
}
