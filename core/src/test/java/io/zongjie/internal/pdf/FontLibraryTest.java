package io.zongjie.internal.pdf;

import io.zongjie.api.pdf.PdfProfile;
import io.zongjie.api.pdf.FontRole;
import io.zongjie.api.pdf.FontSource;
import static io.zongjie.internal.pdf.PdfTestSupport.render;
import static io.zongjie.internal.pdf.PdfTestSupport.squash;
import static io.zongjie.internal.pdf.PdfTestSupport.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.BaseFont;
import io.zongjie.document.Document;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FontLibraryTest {

    private static final Path UMING = Path.of("/usr/share/fonts/truetype/arphic/uming.ttc");

    @Test
    void findsTheFreeFacesForEachRole() {
        FontLibrary.Resolved fonts = FontLibrary.SHARED.resolve(PdfProfile.standard());
        assertThat(fonts.sources().values()).as("install fonts-arphic-uming fonts-wqy-zenhei fonts-lxgw-wenkai")
                .doesNotContain("STSong-Light");
        assertThat(fonts.sources().get(FontRole.HEADING1)).endsWith("wqy-zenhei.ttc,0");
        assertThat(fonts.sources().get(FontRole.HEADING2)).endsWith("LXGWWenKai-Regular.ttf");
        assertThat(fonts.sources().get(FontRole.BODY)).endsWith("uming.ttc,0");
    }

    @Test
    void sharesParsedFontsAcrossCallers() {
        FontSource source = FontSource.parse(UMING + ",0");
        BaseFont first = FontLibrary.SHARED.load(source).orElseThrow();
        assertThat(FontLibrary.SHARED.load(new FontSource(UMING, 0))).containsSame(first);
    }

    @Test
    void explicitFontWinsOverTheSearch() {
        PdfProfile profile = PdfProfile.standard().withFont(FontRole.HEADING1, new FontSource(UMING, 0));
        assertThat(FontLibrary.SHARED.resolve(profile).sources().get(FontRole.HEADING1)).isEqualTo(UMING + ",0");
    }

    @Test
    void neverUsesACffFontAndSaysWhy(@TempDir Path dir) throws Exception {
        // found by the search, a CFF face is skipped with a warning and the next candidate taken
        Path cff = dir.resolve("simhei.ttf");
        Files.write(cff, FontProbeTest.sfnt("OTTO", "CFF ", "OS/2", "cmap", "head", "hhea", "hmtx", "maxp", "name"));
        List<Path> folders = new java.util.ArrayList<>(List.of(dir));
        folders.addAll(PdfProfile.standard().fontDirectories());
        PdfProfile searching = PdfProfile.standard().withFontDirectories(folders);

        String log = stderrOf(() -> FontLibrary.SHARED.resolve(searching));

        FontLibrary.Resolved fonts = FontLibrary.SHARED.resolve(searching);
        assertThat(fonts.sources().values()).noneMatch(s -> s.startsWith(cff.toString()));
        assertThat(fonts.sources().get(FontRole.HEADING1)).isNotBlank();
        assertThat(log).contains("CFF").contains(cff.toString());
    }

    @Test
    void aNamedFontThatCannotBeUsedIsAnError(@TempDir Path dir) throws Exception {
        Path cff = dir.resolve("NotoSansCJK-Regular.otf");
        Files.write(cff, FontProbeTest.sfnt("OTTO", "CFF ", "OS/2", "cmap", "head", "hhea", "hmtx", "maxp", "name"));
        PdfProfile profile = PdfProfile.standard().withFont(FontRole.BODY, FontSource.of(cff));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FontLibrary.SHARED.resolve(profile))
                .isInstanceOf(io.zongjie.api.ZongjieException.class)
                .hasMessageContaining(cff.toString()).hasMessageContaining("set for body cannot be used");
    }

    @Test
    void withoutAnyFontFallsBackToStSongLightAndWarns(@TempDir Path empty) throws Exception {
        PdfProfile profile = PdfProfile.standard().withFontDirectories(List.of(empty));
        Document doc = SampleDocuments.annualReport();
        byte[][] pdf = new byte[1][];

        String log = stderrOf(() -> pdf[0] = render(new PdfRenderer(profile), doc));

        assertThat(log).contains("STSong-Light").contains("fonts-arphic-uming").contains("--font");
        try (PDDocument read = Loader.loadPDF(pdf[0])) {
            PDResources resources = read.getPage(0).getResources();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                assertThat(font.getName()).startsWith("STSong-Light");
                assertThat(font.isEmbedded()).isFalse();
            }
        }
        assertThat(squash(text(pdf[0]))).startsWith(squash("滨江实验中学2023年工会工作总结 区教育工会：2023年，"));
    }

    @Test
    void aRoleWithoutItsOwnFontBorrowsTheBodyFontRatherThanStSong(@TempDir Path empty) throws Exception {
        PdfProfile profile = PdfProfile.standard().withFontDirectories(List.of(empty))
                .withFontOption("body=" + UMING + ",0");
        FontLibrary.Resolved fonts = FontLibrary.SHARED.resolve(profile);

        assertThat(fonts.sources().values()).containsOnly(UMING + ",0");
        assertThat(fonts.origins()).containsEntry(FontRole.BODY, FontLibrary.Origin.EXPLICIT)
                .containsEntry(FontRole.TITLE, FontLibrary.Origin.BORROWED);
        assertThat(FontAdvice.warnings(fonts, io.zongjie.api.Messages.of(java.util.Locale.ENGLISH)))
                .first().asString().startsWith("no font found for title, heading1, heading2; set in the body face "
                        + "AR PL UMing");
    }

    @Test
    void parsesTheFontOption() {
        assertThat(FontSource.parse("/fonts/uming.ttc,2")).isEqualTo(new FontSource(Path.of("/fonts/uming.ttc"), 2));
        assertThat(FontSource.parse("/fonts/simfang.ttf")).isEqualTo(FontSource.of(Path.of("/fonts/simfang.ttf")));
        assertThat(FontSource.parse("C:\\Windows\\Fonts\\simsun.ttc,0").index()).isZero();
        assertThatThrownBy(() -> new FontSource(Path.of("x.ttc"), -1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Runs {@code action} and returns what was logged meanwhile (slf4j-simple writes to System.err). */
    private static String stderrOf(Callable<?> action) throws Exception {
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            action.call();
        } finally {
            System.setErr(saved);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        saved.print(log);
        return log;
    }
}
