package io.zongjie.cli;

import static io.zongjie.cli.MainTest.SAMPLES;
import static io.zongjie.cli.MainTest.zongjie;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code zongjie fonts} on a machine with the free faces and on one without any, and what assemble says then. */
class FontsCommandTest {

    @TempDir
    Path dir;

    /** A profile whose font folders are {@code folder} alone. */
    private Path profileSearching(Path folder) throws Exception {
        return Files.writeString(dir.resolve("fonts.yaml"), "fontDirectories: [\"" + folder + "\"]\n");
    }

    @Test
    void withTheFreeFacesEveryRoleIsEmbeddedAndTheAdviceNamesTheMissingOfficialOnes() {
        MainTest.Run run = zongjie("fonts", "--lang", "en");

        assertThat(run.code()).as(run.err() + run.out()).isZero();
        assertThat(run.out()).as("install fonts-arphic-uming fonts-wqy-zenhei fonts-lxgw-wenkai")
                .containsPattern("title +AR PL UMing CN +yes +no, not 方正小标宋 +/\\S+/uming.ttc,0")
                .containsPattern("heading1 +WenQuanYi Zen Hei +yes +yes \\(黑体\\) +/\\S+/wqy-zenhei.ttc,0")
                .containsPattern("heading2 +LXGW WenKai +yes +yes \\(楷体\\) +/\\S+/LXGWWenKai-Regular.ttf")
                .containsPattern("body +AR PL UMing CN +yes +no, not 仿宋 +/\\S+/uming.ttc,0")
                .containsPattern("page numbers +AR PL UMing CN +yes +yes \\(宋体\\) +the body's face")
                .contains("To do better:")
                .contains("body: pass --font body=C:/Windows/Fonts/simfang.ttf")
                .contains("title: copy the office's licensed 方正小标宋简体 (FZXBSJW.TTF)")
                .endsWith("Every part has an embeddable face; a PDF made here reads the same everywhere.\n");
    }

    @Test
    void theOfficialFaceGivenWithFontIsNoLongerAdvised() {
        Path kai = Path.of("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf");
        MainTest.Run run = zongjie("fonts", "--lang", "en", "--font", "heading1=" + kai);

        assertThat(run.code()).isZero();
        // a 楷体 face set for the 黑体 role is embedded but not official, and the advice says how to do better
        assertThat(run.out()).containsPattern("heading1 +LXGW WenKai +yes +no, not 黑体 +" + kai)
                .contains("heading1: apt-get install fonts-wqy-zenhei, or pass --font heading1=");
    }

    @Test
    void withoutAnyFontNoRoleIsEmbeddedAndItExits3WithTheCommandThatHelps() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("no-fonts"));
        MainTest.Run run = zongjie("fonts", "--lang", "en", "--profile", profileSearching(empty).toString());

        assertThat(run.code()).isEqualTo(Main.ENVIRONMENT);
        assertThat(run.out()).contains("searched in " + empty + ":")
                .containsPattern("body +STSong-Light +no +no, not 仿宋 +none: the reader's STSong-Light")
                .contains("No embeddable Chinese font in " + empty + ": apt-get install fonts-arphic-uming "
                        + "fonts-wqy-zenhei fonts-lxgw-wenkai, or pass --font FILE")
                .contains("Not every part has an embeddable face");
    }

    @Test
    void saysItInChineseWhereTheLocaleIsChinese() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("no-fonts"));
        MainTest.Run run = MainTest.zongjieIn(java.util.Map.of("LANG", "zh_CN.UTF-8"), "fonts", "--profile",
                profileSearching(empty).toString());

        assertThat(run.code()).isEqualTo(Main.ENVIRONMENT);
        assertThat(run.out()).startsWith("PDF 所用字体（GB/T 9704-2012），查找位置：" + empty)
                .containsPattern("正文（body） +STSong-Light +否 +否，不是仿宋 +无：阅读器自带的 STSong-Light")
                .contains("中没有可嵌入的中文字体：apt-get install fonts-arphic-uming")
                .contains("并非各部分都有可嵌入的字体");
    }

    @Test
    void oneFreeFaceFillsEveryRoleAndTheAdviceNamesWhatIsMissing() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("one-font"));
        Files.createSymbolicLink(folder.resolve("uming.ttc"), Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"));
        MainTest.Run run = zongjie("fonts", "--lang", "en", "--profile", profileSearching(folder).toString());

        // uming is a candidate of every role: each finds it, none borrows
        assertThat(run.code()).isZero();
        assertThat(run.out()).containsPattern("heading2 +AR PL UMing CN +yes +no, not 楷体")
                .contains("heading2: apt-get install fonts-lxgw-wenkai, or pass --font heading2=");
    }

    @Test
    void assembleSaysThereIsNoUsableFontBeforeAnyWorkAndOnlyOnce() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("no-fonts"));
        Path profile = profileSearching(empty);
        Path out = dir.resolve("school.pdf");
        PrintStream stderr = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        MainTest.Run run;
        System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
        try {
            run = zongjie("assemble", SAMPLES.resolve("school.yaml").toString(), "-o", out.toString(), "--profile",
                    profile.toString(), "--lang", "en");
        } finally {
            System.setErr(stderr);
        }

        assertThat(run.code()).as(run.err()).isZero();
        String warning = "zongjie: warning: no embeddable TrueType Chinese font found in " + empty;
        assertThat(run.err()).startsWith(warning).contains("apt-get install fonts-arphic-uming fonts-wqy-zenhei "
                + "fonts-lxgw-wenkai").contains("zongjie fonts shows the face of each role");
        assertThat(run.err().split("no embeddable", -1)).hasSize(2);
        assertThat(log.toString(StandardCharsets.UTF_8)).as("the renderer does not say it again")
                .doesNotContain("STSong-Light");
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertThat(pdf.getNumberOfPages()).isPositive();
        }
    }

    @Test
    void theWarningComesBeforeTheInputIsRead() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("no-fonts"));
        Path bad = Files.writeString(dir.resolve("bad.yaml"), "report: {organization: 甲}\nsections: []\n");
        MainTest.Run run = zongjie("assemble", bad.toString(), "-o", dir.resolve("r.pdf").toString(), "--profile",
                profileSearching(empty).toString(), "--lang", "en");

        assertThat(run.code()).isEqualTo(Main.INVALID_INPUT);
        assertThat(run.err()).startsWith("zongjie: warning: no embeddable").contains("nothing was written");
        assertThat(dir.resolve("r.pdf")).doesNotExist();
    }

    @Test
    void aBatchSaysItOnce() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("no-fonts"));
        Path inputs = Files.createDirectory(dir.resolve("in"));
        Files.copy(SAMPLES.resolve("school.yaml"), inputs.resolve("a.yaml"));
        Files.copy(SAMPLES.resolve("school.yaml"), inputs.resolve("b.yaml"));
        MainTest.Run run = zongjie("batch", inputs.toString(), "-o", dir.resolve("out").toString(), "-j", "2",
                "--profile", profileSearching(empty).toString(), "--lang", "en");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err().split("no embeddable", -1)).hasSize(2);
        assertThat(dir.resolve("out/a.pdf")).exists();
        assertThat(dir.resolve("out/b.pdf")).exists();
    }
}
