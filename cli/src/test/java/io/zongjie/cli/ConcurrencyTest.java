package io.zongjie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zongjie.api.ReportEngine;
import io.zongjie.document.Document;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * One engine shared by 8 threads, 200 renders each, of several reports in every installed format, gives byte for
 * byte what a single thread gives: nothing in reading, assembly, templates or rendering is shared mutable state.
 */
class ConcurrencyTest {

    static final int THREADS = 8;
    /** Per thread: each of the 3 inputs × every format (five with docx) is rendered about 50 times at once. */
    static final int RENDERS = 100;

    @Test
    @Timeout(120)
    void eightThreadsRenderExactlyWhatOneThreadDoes() throws Exception {
        ReportEngine engine = ReportEngine.builder().build();
        String school = Files.readString(MainTest.SAMPLES.resolve("school.yaml"));
        List<byte[]> inputs = List.of(
                school.getBytes(StandardCharsets.UTF_8),
                school.replace("keyFigures: true", "keyFigures: false").replace("  - type: welfare\n",
                        "  - type: welfare\n    title: 做好送温暖工作\n").getBytes(StandardCharsets.UTF_8),
                ("report: {organization: 临江热电有限公司, period: 2023年, date: 2023-12-28, recipient: 公司党委}\n"
                        + "sections:\n  - type: welfare\n    data:\n      visits:\n"
                        + "        - {occasion: 春节, persons: 120, amount: 60000}\n"
                        + "      checkup: {people: 300}\n").getBytes(StandardCharsets.UTF_8));
        List<String> formats = List.copyOf(engine.formats());
        assertThat(formats).contains("html", "md", "txt");

        List<byte[]> expected = new ArrayList<>();
        for (byte[] input : inputs) {
            for (String format : formats) {
                expected.add(render(engine, input, format));
            }
        }

        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    int checked = 0;
                    for (int i = 0; i < RENDERS; i++) {
                        int job = (thread * 7 + i) % expected.size(); // each thread walks the jobs from elsewhere
                        byte[] input = inputs.get(job / formats.size());
                        String format = formats.get(job % formats.size());
                        byte[] got = render(engine, input, format);
                        if (!Arrays.equals(got, expected.get(job))) {
                            throw new AssertionError("thread " + thread + ", render " + i + " (input " + job
                                    / formats.size() + ", " + format + ") differs from the single-threaded bytes");
                        }
                        checked++;
                    }
                    return checked;
                }));
            }
            int total = 0;
            for (Future<Integer> f : results) {
                total += f.get(110, TimeUnit.SECONDS);
            }
            assertThat(total).isEqualTo(THREADS * RENDERS);
        } finally {
            pool.shutdownNow();
        }
    }

    private static byte[] render(ReportEngine engine, byte[] input, String format) throws Exception {
        Document doc = engine.assemble(engine.read(new ByteArrayInputStream(input), "report.yaml"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        engine.render(doc, format, out);
        return out.toByteArray();
    }
}
