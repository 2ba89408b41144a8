package io.zongjie.cli;

import static io.zongjie.cli.MainTest.SAMPLES;
import static io.zongjie.cli.MainTest.zongjie;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.zongjie.cli.MainTest.Run;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Template folders as a colleague's zip might hold them: links that lead out of the folder (to a secret, to a
 * device, through a linked sub-folder), a pipe where a template should be, and templates whose values are huge only
 * when printed. No file outside the folder is ever read, no message quotes it, and every failure is one template
 * error naming file, line and column, exit 3, with nothing written.
 */
@DisabledOnOs(OS.WINDOWS)
class HostileTemplateTest {

    private static final String SECRET = "root:$6$Zq8v1SECRETSECRETSECRET:19000:0:99999:7:::";
    private static final Pattern TRACE = Pattern.compile("(?m)^\\s+at [\\w.$]+\\(");

    @TempDir
    Path dir;

    Path templates;
    Path secret;
    Path out;

    @BeforeEach
    void folders() throws Exception {
        templates = Files.createDirectories(dir.resolve("tpl"));
        Path outside = Files.createDirectories(dir.resolve("outside"));
        secret = Files.writeString(outside.resolve("shadow"), SECRET + "\n" + SECRET + "\n");
        out = dir.resolve("r.txt");
    }

    private Run assemble() {
        return assertTimeoutPreemptively(Duration.ofSeconds(30), () -> zongjie("assemble",
                SAMPLES.resolve("school.yaml").toString(), "-o", out.toString(), "--templates", templates.toString()));
    }

    /** A run that must fail with one template error naming {@code template}, and show nothing of the secret. */
    private void refused(Run run, Path template, String fragment) {
        assertThat(run.code()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).startsWith("zongjie: template error: " + template + ": ").contains(fragment)
                .doesNotContain("SECRET").doesNotContain("19000").doesNotContain("$6$");
        assertThat(run.err().lines().count()).isEqualTo(1);
        assertThat(TRACE.matcher(run.err()).find()).isFalse();
        assertThat(out).doesNotExist();
    }

    private Path link(String inside, Path to) throws Exception {
        Path link = templates.resolve(inside);
        Files.createDirectories(link.getParent());
        return Files.createSymbolicLink(link, to);
    }

    /** Links that lead out of the folder: the override named, what it leads to never read. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "welfare/welfare.vm, SECRET",
            "frame/opening.vm,   SECRET",
            "frame/closing.vm,   ../../outside/shadow",
            "welfare/welfare.vm, ../../outside/shadow",
            "welfare/welfare.vm, /dev/zero",
            "welfare,            FOLDER"})
    void aLinkThatLeadsOutOfTheFolderIsNotRead(String inside, String to) throws Exception {
        Path target = switch (to) {
            case "SECRET" -> secret;
            case "FOLDER" -> {
                Path elsewhere = Files.createDirectories(dir.resolve("outside/welfare"));
                Files.copy(secret, elsewhere.resolve("welfare.vm"));
                yield elsewhere;
            }
            default -> Path.of(to);
        };
        link(inside, target);
        Path template = inside.endsWith(".vm") ? templates.resolve(inside) : templates.resolve(inside + "/welfare.vm");
        refused(assemble(), template, "leads outside the template folder " + templates + " (through a symbolic "
                + "link); templates are read only from inside it, so it was not read");
        if (inside.startsWith("frame")) {
            Run validate = zongjie("validate", SAMPLES.resolve("school.yaml").toString(), "--templates",
                    templates.toString());
            assertThat(validate.code()).isEqualTo(3);
            assertThat(validate.err()).contains(template + ": leads outside").doesNotContain("SECRET");
        }
    }

    @Test
    void aDanglingLinkIsNamed() throws Exception {
        Path link = link("welfare/welfare.vm", dir.resolve("no-such-file.vm"));
        refused(assemble(), link, "is a link to a file that does not exist or cannot be read");
    }

    @Test
    void aPipeWhereATemplateShouldBeIsRefusedNotWaitedFor() throws Exception {
        Path fifo = Files.createDirectories(templates.resolve("welfare")).resolve("welfare.vm");
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        Assumptions.assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "no mkfifo");
        refused(assemble(), fifo, "is not a regular file (a device or a pipe?)");
    }

    @Test
    void aFolderWhereATemplateShouldBeIsRefused() throws Exception {
        Path folder = Files.createDirectories(templates.resolve("welfare/welfare.vm"));
        refused(assemble(), folder, "is a folder, not a template file");
    }

    @Test
    void aTemplateThatIsNotUtf8IsRefused() throws Exception {
        Path file = Files.write(Files.createDirectories(templates.resolve("welfare")).resolve("welfare.vm"),
                "<p>慰问</p>\n".getBytes(java.nio.charset.Charset.forName("GBK")));
        refused(assemble(), file, "is not UTF-8 text; save it as UTF-8");
    }

    @Test
    void linksInsideTheFolderAndALinkedFolderItselfStillWork() throws Exception {
        Path mine = Files.createDirectories(dir.resolve("mine"));
        Files.createDirectories(mine.resolve("shared"));
        Files.writeString(mine.resolve("shared/welfare.vm"), "<p>全年走访慰问${fmt.renci($totals.visitPersons)}。</p>\n");
        Files.createDirectories(mine.resolve("welfare"));
        Files.createSymbolicLink(mine.resolve("welfare/welfare.vm"), Path.of("../shared/welfare.vm"));
        Files.delete(templates);
        Files.createSymbolicLink(templates, mine); // the folder given is itself a link: its real path is the root

        Run run = assemble();

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(Files.readString(out)).contains("全年走访慰问229人次。");
    }

    @Test
    void listingTemplatesShowsNothingOfALinkedFile() throws Exception {
        link("welfare/welfare.vm", secret);
        Run run = zongjie("plugins", "--templates", "welfare", "--template-dir", templates.toString());
        assertThat(run.out() + run.err()).doesNotContain("SECRET").contains("leads outside the template folder");
    }

    @Test
    void aMessageQuotesAtMostAShortExcerptOfTheOutput() throws Exception {
        // text outside any element: the message shows where, and a few characters, not the whole output line
        Files.writeString(Files.createDirectories(templates.resolve("welfare")).resolve("welfare.vm"),
                "#foreach($v in $data.visits)$v.occasion，$v.occasion，$v.occasion，#end\n");
        Run run = assemble();
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("stands outside any element; put it in <p>").contains("「元旦、春节，元旦、春节");
        String quoted = run.err().replaceAll("(?s).*「(.*)」.*", "$1");
        assertThat(quoted.codePointCount(0, quoted.length())).as(run.err()).isLessThanOrEqualTo(30);
    }

    @Test
    void valuesHugeOnlyWhenPrintedAreTemplateErrorsAtTheirLine() throws Exception {
        Path file = Files.createDirectories(templates.resolve("welfare")).resolve("welfare.vm");
        String[] hostile = {
            "#set($l = [1])\n#foreach($i in [1..60])#set($l = [$l, $l])#end<p>$l</p>\n",
            "#set($l = [1])\n#foreach($i in [1..60])#set($l = [$l, $l])#end<p>$l.hashCode()</p>\n",
            "<p>x</p>\n#define($d)$d#end<p>$d</p>\n"};
        for (String template : hostile) {
            Files.writeString(file, template);
            Run run = assemble();
            assertThat(run.code()).as(run.err()).isEqualTo(3);
            assertThat(run.err()).as(template).startsWith("zongjie: template error: " + file + ":2:")
                    .doesNotContain("did not finish").doesNotContain("Exception");
            assertThat(out).doesNotExist();
        }
    }
}
