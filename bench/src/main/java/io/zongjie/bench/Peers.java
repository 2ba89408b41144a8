package io.zongjie.bench;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link PeerBenchmark} and prints each median (p0.50 of the sampled times) with its ratios to zongjie's PDF
 * renderer and to its whole report, all from the same run:
 *
 * <pre>
 * java -cp bench/target/benchmarks.jar io.zongjie.bench.Peers            # JMH options may follow (-f 3, -i 10, …)
 * </pre>
 */
public final class Peers {

    private Peers() {
    }

    private static String ratio(double value, Double base) {
        return base == null ? "—" : String.format("%.2f", value / base);
    }

    public static void main(String[] args) throws Exception {
        Options options = new OptionsBuilder().parent(new CommandLineOptions(args))
                .include(PeerBenchmark.class.getName() + "\\.").build();
        Collection<RunResult> results = new Runner(options).run();
        Map<String, Double> medians = new LinkedHashMap<>();
        for (RunResult result : results) {
            String name = result.getParams().getBenchmark();
            medians.put(name.substring(name.lastIndexOf('.') + 1),
                    result.getPrimaryResult().getStatistics().getPercentile(50));
        }
        Double zongjie = medians.get("zongjiePdf");
        Double whole = medians.get("wholeReport");
        System.out.println();
        System.out.printf("%-16s %12s %16s %16s%n", "benchmark", "median (ms)", "× zongjiePdf", "× wholeReport");
        for (Map.Entry<String, Double> m : medians.entrySet()) {
            System.out.printf("%-16s %12.2f %16s %16s%n", m.getKey(), m.getValue(), ratio(m.getValue(), zongjie),
                    ratio(m.getValue(), whole));
        }
    }
}
