package io.zongjie.api;

import static io.zongjie.testing.SectionHarness.data;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zongjie.document.Document;
import io.zongjie.fixtures.EchoModule;
import io.zongjie.model.ReportMeta;
import io.zongjie.model.ReportSpec;
import io.zongjie.model.SectionSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Template overrides, the fragment vocabulary and the sandbox, as a user overriding a template meets them. */
class TemplatesTest {

    @TempDir
    Path dir;

    private ReportEngine engineWith(String type, String name, String template) throws Exception {
        Files.createDirectories(dir.resolve(type));
        Files.writeString(dir.resolve(type).resolve(name), template);
        return ReportEngine.builder().discoverPlugins(false).addModule(new EchoModule()).templateDirectory(dir).build();
    }

    private static ReportSpec spec() {
        return new ReportSpec(ReportMeta.builder("某厂", "2023年", LocalDate.of(2023, 12, 1)).build(),
                List.of(new SectionSpec("echo", null, data("text", "数据"))));
    }

    @Test
    void anOverrideInTheTemplateFolderWins() throws Exception {
        Document doc = engineWith("echo", "echo.vm", "<p>改写后的${data.text}。</p>").assemble(spec());
        assertThat(doc.plainText()).contains("改写后的数据。").doesNotContain("文本：");
    }

    @Test
    void frameTemplatesCanBeOverriddenToo() throws Exception {
        Document doc = engineWith("frame", "closing.vm", "<p>${report.organization}工会，谢谢大家。</p>").assemble(spec());
        assertThat(doc.plainText()).contains("某厂工会，谢谢大家。");
    }

    @Test
    void unknownMarkupNamesTemplateLineAndColumn() throws Exception {
        ReportEngine engine = engineWith("echo", "echo.vm", "## comment with <div> is fine\n<p>x</p>\n  <div>y</div>\n");
        assertThatThrownBy(() -> engine.assemble(spec())).isInstanceOfSatisfying(TemplateException.class, e -> {
            assertThat(e.template()).endsWith("echo/echo.vm");
            assertThat(e.line()).isEqualTo(3);
            assertThat(e.column()).isEqualTo(3);
            assertThat(e.getMessage()).contains("tag <div> is not in the fragment vocabulary");
        });
    }

    @Test
    void brokenFrameOverrideFailsAtStartUp() throws Exception {
        assertThatThrownBy(() -> engineWith("frame", "opening.vm", "<p>\n#if($report)\n</p>\n"))
                .isInstanceOfSatisfying(TemplateException.class, e -> {
                    assertThat(e.template()).endsWith("frame/opening.vm");
                    assertThat(e.getMessage()).contains("does not parse");
                });
    }

    @Test
    void includeAndParseAreRefused() throws Exception {
        ReportEngine engine = engineWith("echo", "echo.vm", "<p>x</p>\n<p>#include(\"/etc/passwd\")</p>\n");
        assertThatThrownBy(() -> engine.assemble(spec())).isInstanceOfSatisfying(TemplateException.class, e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.getMessage()).contains("#include is not allowed");
        });
    }

    @Test
    void reflectionIsRefused() throws Exception {
        ReportEngine engine = engineWith("echo", "echo.vm",
                "<p>$data.getClass().forName(\"java.lang.Runtime\").getRuntime()</p>\n");
        assertThatThrownBy(() -> engine.assemble(spec())).isInstanceOfSatisfying(TemplateException.class, e -> {
            assertThat(e.template()).endsWith("echo/echo.vm");
            assertThat(e.line()).isEqualTo(1);
        });
    }

    @Test
    void aMisspeltVariableIsAnErrorWithItsLine() throws Exception {
        ReportEngine engine = engineWith("echo", "echo.vm", "<p>x</p>\n<p>${dta.text}</p>\n");
        assertThatThrownBy(() -> engine.assemble(spec())).isInstanceOfSatisfying(TemplateException.class, e -> {
            assertThat(e.line()).isEqualTo(2);
            assertThat(e.getMessage()).contains("dta");
        });
    }

    @Test
    void textOutsideAnyElementIsAnError() throws Exception {
        ReportEngine engine = engineWith("echo", "echo.vm", "<p>x</p>\n裸露的文字\n");
        assertThatThrownBy(() -> engine.assemble(spec())).isInstanceOf(TemplateException.class)
                .hasMessageContaining("stands outside any element");
    }
}
