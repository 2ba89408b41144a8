package io.zongjie.api;

import static io.zongjie.testing.SectionHarness.data;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zongjie.document.Document;
import io.zongjie.fixtures.EchoModule;
import io.zongjie.model.ReportSpec;
import io.zongjie.model.SectionSpec;
import io.zongjie.testing.SectionHarness;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** {@code byte[] render(document, format)}: what a host that sends reports on, rather than writing files, calls. */
class RenderToBytesTest {

    private static final ReportEngine ENGINE = ReportEngine.builder().discoverPlugins(false)
            .addModule(new EchoModule()).build();
    private static final Document DOCUMENT = ENGINE.assemble(new ReportSpec(SectionHarness.schoolMeta(),
            List.of(new SectionSpec("echo", "送温暖", data("text", "走访慰问教职工58人次")))));

    @AfterAll
    static void close() {
        ENGINE.close();
    }

    @Test
    void givesTheSameBytesAsRenderingToAStream() throws Exception {
        for (String format : ENGINE.formats()) {
            ByteArrayOutputStream stream = new ByteArrayOutputStream();
            ENGINE.render(DOCUMENT, format, stream);
            assertThat(ENGINE.render(DOCUMENT, format)).as(format).isEqualTo(stream.toByteArray());
        }
    }

    @Test
    void aPdfInMemoryReadsBackWithItsText() throws Exception {
        byte[] pdf = ENGINE.render(DOCUMENT, "pdf");

        try (PDDocument read = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(read).replaceAll("\\s+", ""))
                    .contains("一、送温暖").contains("走访慰问教职工58人次");
        }
        assertThat(new String(ENGINE.render(DOCUMENT, "txt"), StandardCharsets.UTF_8)).contains("一、送温暖");
    }

    @Test
    void anUnknownFormatNamesTheAvailableOnes() {
        assertThatThrownBy(() -> ENGINE.render(DOCUMENT, "wps")).isInstanceOf(ZongjieException.class)
                .hasMessageContaining("unknown format 'wps'").hasMessageContaining("pdf");
    }
}
