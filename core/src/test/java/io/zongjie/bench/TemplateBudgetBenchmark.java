package io.zongjie.bench;

import static io.zongjie.testing.SectionHarness.data;

import io.zongjie.api.Limits;
import io.zongjie.api.ReportEngine;
import io.zongjie.api.TemplateException;
import io.zongjie.fixtures.EchoModule;
import io.zongjie.model.ReportMeta;
import io.zongjie.model.ReportSpec;
import io.zongjie.model.SectionSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * How long a template that builds a value huge only when walked takes to be refused: from the start of the
 * assembly to the {@link TemplateException}, with the deadline a minute away so that only the size budget can stop
 * it. Before the deep-size budget, the first of these ran 15 s and 1.7 GB to the section deadline. In a 256 MB
 * heap, so that one that needed large memory would fail rather than be measured. See {@code docs/PERFORMANCE.md}.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class TemplateBudgetBenchmark {

    /** The hostile template, by name. */
    @Param({"shared-tree", "shared-tree-hash", "self-list-as-map-key", "define-prints-itself"})
    public String template;

    private ReportEngine engine;
    private ReportSpec spec;

    static String text(String name) {
        return switch (name) {
            case "shared-tree" -> "#set($l = [1])#foreach($i in [1..60])#set($l = [$l, $l])#end<p>$l</p>\n";
            case "shared-tree-hash" -> "#set($l = [1])#foreach($i in [1..60])#set($l = [$l, $l])#end"
                    + "<p>$l.hashCode()</p>\n";
            case "self-list-as-map-key" -> "#set($l = [])#set($ok = $l.add($l))#set($m = {$l: 1})<p>x</p>\n";
            case "define-prints-itself" -> "#define($d)$d#end<p>$d</p>\n";
            default -> throw new IllegalArgumentException(name);
        };
    }

    @Setup
    public void setUp() throws IOException {
        Path dir = Files.createTempDirectory("zongjie-budget");
        Files.createDirectories(dir.resolve("echo"));
        Files.writeString(dir.resolve("echo/echo.vm"), text(template));
        engine = ReportEngine.builder().discoverPlugins(false).addModule(new EchoModule()).templateDirectory(dir)
                .limits(Limits.defaults().withSectionTimeout(Duration.ofMinutes(1))).build();
        spec = new ReportSpec(ReportMeta.builder("某厂", "2023年", LocalDate.of(2023, 12, 1)).build(),
                List.of(new SectionSpec("echo", null, data("text", "数据"))));
        refuse(); // must be refused, not assembled
    }

    /** Time from the start of the assembly to the refusal; the median is the p0.50 line. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public String refuse() {
        try {
            engine.assemble(spec);
        } catch (TemplateException e) {
            return e.getMessage();
        }
        throw new IllegalStateException("the template was not refused: " + template);
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        CommandLineOptions cli = new CommandLineOptions(args);
        OptionsBuilder builder = new OptionsBuilder();
        builder.parent(cli);
        if (cli.getIncludes().isEmpty()) {
            builder.include(TemplateBudgetBenchmark.class.getName());
        }
        new Runner(builder.build()).run();
    }
}
