package io.zongjie.api;

import static io.zongjie.testing.SectionHarness.data;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.zongjie.fixtures.EchoModule;
import io.zongjie.fixtures.HostileModule;
import io.zongjie.model.ReportMeta;
import io.zongjie.model.ReportSpec;
import io.zongjie.model.SectionSpec;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile templates, as a colleague's copied override might be: each is refused with a {@link TemplateException}
 * naming the template and the line, within a bounded time, and nothing outside the sandbox is reached.
 */
class SandboxTest {

    @TempDir
    Path dir;

    private ReportEngine engineWith(String template, Limits limits) throws Exception {
        Files.createDirectories(dir.resolve("echo"));
        Files.writeString(dir.resolve("echo").resolve("echo.vm"), template);
        return ReportEngine.builder().discoverPlugins(false).addModule(new EchoModule()).addModule(new HostileModule())
                .templateDirectory(dir).limits(limits).build();
    }

    private static ReportSpec spec(String text) {
        return new ReportSpec(ReportMeta.builder("某厂", "2023年", LocalDate.of(2023, 12, 1)).build(),
                List.of(new SectionSpec("echo", null, data("text", text, "items", List.of("甲", "乙")))));
    }

    /** Each template's second line is the hostile one. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "$data.getClass().forName(\"java.lang.Runtime\").getRuntime().exec(\"id\")   | getClass() may not be called",
            "$fmt.getClass()                                                           | getClass() may not be called",
            "$report.getClass().getClassLoader()                                       | getClass() may not be called",
            "$data.class.forName(\"java.lang.System\")                                   | .class (getClass) may not be called",
            "$data.text.getClass().forName(\"java.lang.System\").getProperty(\"user.home\")| getClass() may not be called",
            "$data.text.getBytes()                                                     | getBytes() may not be called on text",
            "$data.text.repeat(1000000000)                                             | repeat() may not be called on text",
            "$data.items.stream()                                                      | stream() may not be called",
            "$data.items.getClass()                                                    | getClass() may not be called",
            "#set($x = $data.items.iterator())$x.getClass()                            | getClass() may not be called",
            "$report.date.getClass()                                                   | getClass() may not be called",
            "#foreach($i in [1])$foreach.getInfo()#end                                 | getInfo() may not be called",
            "#foreach($i in [1..100000000])#end                                        | #foreach ran more than 100000 times",
            "#macro(r $n)#r($n)#end#r(1)                                                | exceeded",
            "#set($s = \"ab\")#foreach($i in [1..40])#set($s = \"$s$s\")#end$s.length()   | characters or items",
            "#set($s = \"ab\")#foreach($i in [1..40])#set($s = $s.concat($s))#end          | characters or items",
            "#set($l = [1])#foreach($i in [1..40])#set($ok = $l.addAll($l))#end         | characters or items",
            "#set($s = \"ab\")#foreach($i in [1..10])#set($s = $s.replace(\"\", $s))#end   | would build a text of",
            "#set($r = [1..100000000])#foreach($x in [1])$r#end                       | characters or items in all",
            "#set($r = [1..100000000])$r.toString()                                   | toString() may not be called",
            "#set($l = [])$l.addAll([1..100000000])                                   | characters or items in all",
            "$fmt.list([1..100000000])                                                | characters or items in all",
            "#include(\"/etc/passwd\")                                                   | #include is not allowed",
            "#parse(\"../../../../etc/passwd\")                                          | #parse is not allowed",
            "#evaluate(\"$data.getClass()\")                                             | #evaluate is not allowed",
            "#set($x = \"##\")#evaluate(\"#set($y = 1)evaluated $y\")                      | #evaluate is not allowed",
            "#set($x = \"##\")#include(\"/etc/passwd\")                                    | #include is not allowed",
            "#set($x = \"#*\")#parse(\"echo.vm\")                                          | #parse is not allowed"})
    void aHostileTemplateIsRefusedWithItsLine(String hostile, String message) throws Exception {
        refusedOnLineTwo(hostile, message, Limits.defaults());
    }

    /** Runs a template whose second line is {@code hostile}: it must fail there, with {@code message}, in time. */
    private void refusedOnLineTwo(String hostile, String message, Limits limits) throws Exception {
        ReportEngine engine = engineWith("<p>第一行</p>\n<p>" + hostile.strip() + "</p>\n", limits);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                assertThatThrownBy(() -> engine.assemble(spec("数据"))).isInstanceOfSatisfying(TemplateException.class,
                        e -> {
                            assertThat(e.template()).endsWith("echo/echo.vm");
                            assertThat(e.line()).as(e.getMessage()).isEqualTo(2);
                            assertThat(e.column()).as(e.getMessage()).isPositive();
                            assertThat(e.getMessage()).contains(message.strip()).doesNotContain("ran out of time");
                        }));
    }

    /**
     * Values that cost nothing to build and everything to print, hash, compare or concatenate: a tree shared 2^60
     * times over, a list inside itself, a map keyed by such a tree, a #define that prints itself. With a deadline of a
     * minute, each must be stopped by the size budget at its own line (not by the deadline, nor by running out of
     * memory in the test's 1 GB heap), so well within the time guard.
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "#set($l = [1])#foreach($i in [1..60])#set($l = [$l, $l])#end$l                | characters or items in all",
            "#set($l = [1])#foreach($i in [1..60])#set($l = [$l, $l])#end$l.hashCode()     | characters or items in all",
            "#set($l = [1])#foreach($i in [1..60])#set($l = [$l, $l])#end#set($s = \"$l\")  | characters or items in all",
            "#set($l = [1])#foreach($i in [1..60])#set($l = $l.subList(0, 1))#set($ok = $l.add($l))#end$l | characters or items in all",
            "#set($l = [])#set($ok = $l.add($l))$l.hashCode()                                 | characters or items in all",
            "#set($l = [])#set($ok = $l.add($l))#set($m = {$l: 1})                            | characters or items in all",
            "#set($l = [])#set($ok = $l.add($l))#set($s = $l + \"\")                          | characters or items in all",
            "#set($l = [])#set($ok = $l.add($l))#set($m = [])#set($ok = $m.add($m))#if($l == $m)x#end | characters or items in all",
            "#set($l = [])#set($ok = $l.add($l))#set($n = $l - 1)                             | characters or items in all",
            "#set($m = {\"k\": 1})#foreach($i in [1..60])#set($m = {\"a\": $m, \"b\": $m})#end$m | characters or items in all",
            "#set($a = \"x\")#foreach($i in [1..40])#set($a = $a + $a)#end                    | characters or items in all",
            "#set($s = \"#set($l = [1])#foreach($i in [1..60])#set($l = [$l, $l])#end$l\")   | characters or items in all",
            "#set($l = [1])#foreach($i in [1..60])#set($l = [$l, $l])#end$fmt.list($l)       | characters or items in all",
            "#define($d)$d#end$d                                                            | a #define block that prints itself",
            "#define($a)$b#end#define($b)$a#end$a                                           | a #define block that prints itself"})
    void aValueThatIsHugeOnlyWhenWalkedIsChargedItsDeepSizeAtItsLine(String hostile, String message)
            throws Exception {
        refusedOnLineTwo(hostile, message, Limits.defaults().withSectionTimeout(Duration.ofMinutes(1)));
    }

    @Test
    void valuesOfAnOrdinarySizeStillWork() throws Exception {
        // nested and shared, but small: a table of rows, a map of lists, the same list twice
        ReportEngine engine = engineWith("""
                #set($row = ["甲", 1])#set($rows = [$row, $row, ["乙", 2]])#set($m = {"rows": $rows, "n": $rows.size()})
                #set($h = $rows.hashCode())
                <p>#foreach($r in $m.rows)$r.get(0)$r.get(1)#end ${m.n}#if($rows == $rows)同#end#if($h != 0)有#end</p>
                """, Limits.defaults());
        assertThat(engine.assemble(spec("x")).plainText()).contains("甲1甲1乙2 3同有");
    }

    @Test
    void aTemplateThatRunsOutOfTimeIsStoppedAtItsLine() throws Exception {
        ReportEngine engine = engineWith("<p>x</p>\n#foreach($i in [1..2000000000])#set($t = $i.toString())#end\n",
                Limits.defaults().withMaxTemplateLoops(Integer.MAX_VALUE).withSectionTimeout(Duration.ofSeconds(1)));
        assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                assertThatThrownBy(() -> engine.assemble(spec("数据"))).isInstanceOfSatisfying(TemplateException.class,
                        e -> {
                            assertThat(e.line()).isEqualTo(2);
                            assertThat(e.getMessage()).contains("ran out of time (section-timeout)");
                        }));
    }

    @Test
    void aCatastrophicRegexIsStoppedByTheDeadline() throws Exception {
        ReportEngine engine = engineWith("<p>x</p>\n<p>#if($data.text.matches(\"(.*a){15}b\"))y#end</p>\n",
                Limits.defaults().withSectionTimeout(Duration.ofSeconds(1)));
        assertTimeoutPreemptively(Duration.ofSeconds(20), () ->
                assertThatThrownBy(() -> engine.assemble(spec("a".repeat(64)))).isInstanceOfSatisfying(
                        TemplateException.class, e -> assertThat(e.getMessage()).contains("ran out of time")));
    }

    @Test
    void aTemplateNameCannotClimbOutOfItsFolder() throws Exception {
        ReportEngine engine = engineWith("<p>x</p>\n", Limits.defaults());
        for (String name : List.of("../../../../etc/passwd", "/etc/passwd", "..\\..\\x.vm")) {
            ReportSpec spec = new ReportSpec(ReportMeta.builder("某厂", "2023年", LocalDate.of(2023, 12, 1)).build(),
                    List.of(new SectionSpec("hostile", null, Map.of("mode", "template", "template", name))));
            assertThatThrownBy(() -> engine.assemble(spec)).isInstanceOf(TemplateException.class)
                    .hasMessageContaining("a template name is a plain file name");
        }
    }

    @Test
    void whatTemplatesNeedStillWorks() throws Exception {
        ReportEngine engine = engineWith("""
                #set($list = [])#foreach($i in $data.items)#set($ok = $list.add("$i!"))#end
                <p>${data.text.length()}${data.text.substring(0, 1)}${fmt.list($list)}${report.date.year}\
                #if($data.text.matches(".*据"))匹配#end${foreach.count}#foreach($i in [1..3])$foreach.count#end</p>
                """.replace("${foreach.count}", ""), Limits.defaults());
        assertThat(engine.assemble(spec("数据")).plainText()).contains("2数甲!、乙!2023匹配123");
    }

    @Test
    void macrosMayNestUpToTheLimit() throws Exception {
        String template = "#macro(down $n)#if($n > 0)#set($m = $n - 1)#down($m)#end#end\n<p>#down(15)好</p>\n";
        assertThat(engineWith(template, Limits.defaults()).assemble(spec("x")).plainText()).contains("好");
        assertThatThrownBy(() -> engineWith(template, Limits.defaults().withMaxMacroDepth(5)).assemble(spec("x")))
                .isInstanceOf(TemplateException.class).hasMessageContaining("echo.vm:1:").hasMessageContaining("Max calling depth of 5");
    }

    @Test
    void aHugeFileInTheTemplateFolderIsNotReadAsATemplate() throws Exception {
        ReportEngine engine = engineWith("<p>" + "很长".repeat(600_000) + "</p>\n", Limits.defaults());
        assertThatThrownBy(() -> engine.assemble(spec("x"))).isInstanceOf(ZongjieException.class)
                .hasMessageContaining("echo.vm: is 3515 KB; a template is at most 1024 KB");
    }
}
