package io.zongjie.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.BaseFont;
import io.zongjie.api.pdf.FontRole;
import io.zongjie.api.pdf.PdfProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The remembered coverage answers as OpenPDF does, for every character, on any thread, first time and after. */
class CharCoverageTest {

    @Test
    void everyCharacterIsAnsweredAsOpenPdfAnswersIt() throws Exception {
        FontLibrary.Resolved resolved = FontLibrary.SHARED.resolve(PdfProfile.standard());
        List<BaseFont> fonts = new ArrayList<>(List.of(resolved.get(FontRole.BODY), FontLibrary.SHARED.stSongLight()));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (BaseFont font : fonts) {
                CharCoverage coverage = CharCoverage.of(font);
                assertThat(CharCoverage.of(font)).isSameAs(coverage);
                List<Future<Integer>> rounds = new ArrayList<>();
                for (int round = 0; round < 4; round++) { // two threads at once, then from what they remembered
                    rounds.add(pool.submit(() -> {
                        int had = 0;
                        for (int cp = 0; cp <= 0x10FFFF; cp += cp < 0x10000 ? 1 : 0x3FF) {
                            boolean has = coverage.has(font, cp);
                            assertThat(has).as("%s U+%04X", font.getPostscriptFontName(), cp)
                                    .isEqualTo(font.charExists(cp));
                            had += has ? 1 : 0;
                        }
                        return had;
                    }));
                }
                int had = rounds.get(0).get();
                assertThat(had).as("characters %s has", font.getPostscriptFontName()).isGreaterThan(5000);
                for (Future<Integer> round : rounds) {
                    assertThat(round.get()).isEqualTo(had);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
