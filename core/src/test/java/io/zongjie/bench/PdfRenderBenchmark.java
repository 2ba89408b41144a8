package io.zongjie.bench;

import io.zongjie.api.pdf.PdfProfile;
import io.zongjie.document.Document;
import io.zongjie.internal.pdf.PdfRenderer;
import io.zongjie.internal.pdf.SampleDocuments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Renders the nine-page sample annual report ({@link SampleDocuments#annualReport()}) to PDF: the warm time per
 * PDF on one thread (median from sampled times) and PDFs per second on two threads. Run with the command in
 * {@code docs/PERFORMANCE.md}; {@link #main} also prints the size of one PDF.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 3)
public class PdfRenderBenchmark {

    /** Deflate level of the font subsets: 4 is the default, 1 the fastest, 6 OpenPDF's own default. */
    @Param({"1", "4", "6"})
    public int fontCompression = 4;

    private PdfRenderer renderer;
    private Document report;

    @Setup
    public void setUp() throws IOException {
        renderer = new PdfRenderer(PdfProfile.standard().withFontCompression(fontCompression));
        report = SampleDocuments.annualReport();
        // Font discovery and parsing happen once per process; keep them out of the measurement.
        render();
    }

    /** Warm time per PDF on one thread; the median is the p0.50 line of JMH's sample-time output. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Threads(1)
    public byte[] singleThread() throws IOException {
        return render();
    }

    /** PDFs per second with two threads sharing one renderer, as a server would. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public byte[] twoThreads() throws IOException {
        return render();
    }

    private byte[] render() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 18);
        renderer.render(report, out);
        return out.toByteArray();
    }

    /**
     * Runs both benchmarks and prints the PDF's size. JMH options may follow, such as {@code -prof stack} or
     * {@code -wi 2 -i 3 singleThread}.
     */
    public static void main(String[] args) throws RunnerException, IOException, CommandLineOptionException {
        StringBuilder sizes = new StringBuilder();
        for (int level : new int[] {1, 6}) {
            PdfRenderBenchmark sizing = new PdfRenderBenchmark();
            sizing.fontCompression = level;
            sizing.setUp();
            byte[] pdf = sizing.render();
            sizes.append(String.format("PDF size at fontCompression=%d: %,d bytes (%.1f KB)%n", level, pdf.length,
                    pdf.length / 1024.0));
        }
        CommandLineOptions cli = new CommandLineOptions(args);
        OptionsBuilder builder = new OptionsBuilder();
        builder.parent(cli);
        if (cli.getIncludes().isEmpty()) {
            builder.include(PdfRenderBenchmark.class.getName());
        }
        Options options = builder.build();
        new Runner(options).run();
        System.out.print(sizes);
    }
}
