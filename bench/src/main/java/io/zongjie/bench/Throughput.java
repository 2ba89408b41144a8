package io.zongjie.bench;

import com.sun.management.OperatingSystemMXBean;
import io.zongjie.api.ReportEngine;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine's steady state with several reports at once, as a host (or {@code zongjie batch}) renders them: one
 * engine, T threads each making N whole reports (read, validate, assemble, PDF) in a round, R rounds; each of the last
 * three rounds prints the reports a second and the process's CPU a report. The first rounds warm the JIT up.
 *
 * <pre>
 * java -XX:+UseSerialGC -Xms512m -Xmx512m -cp bench/target/benchmarks.jar io.zongjie.bench.Throughput \
 *     samples/school.yaml 300 2 7          # input, reports a thread a round, threads, rounds
 * </pre>
 */
public final class Throughput {

    private Throughput() {
    }

    public static void main(String[] args) throws Exception {
        Path input = Path.of(args.length > 0 ? args[0] : "samples/school.yaml");
        int perThread = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        int rounds = args.length > 3 ? Integer.parseInt(args[3]) : 7;
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (ReportEngine engine = ReportEngine.builder().build()) {
            for (int round = 1; round <= rounds; round++) {
                long wall = System.nanoTime();
                long cpu = os.getProcessCpuTime();
                List<Thread> workers = new ArrayList<>();
                List<Throwable> failed = java.util.Collections.synchronizedList(new ArrayList<>());
                for (int t = 0; t < threads; t++) {
                    Thread worker = new Thread(() -> {
                        try {
                            for (int i = 0; i < perThread; i++) {
                                ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 19);
                                engine.render(engine.assemble(engine.read(input)), "pdf", out);
                            }
                        } catch (Exception | Error e) {
                            failed.add(e);
                        }
                    });
                    workers.add(worker);
                    worker.start();
                }
                for (Thread worker : workers) {
                    worker.join();
                }
                if (!failed.isEmpty()) {
                    throw new IllegalStateException("a report failed", failed.get(0));
                }
                int reports = threads * perThread;
                double seconds = (System.nanoTime() - wall) / 1e9;
                if (round > rounds - 3) {
                    System.out.printf("round %d: %.1f reports/s, %.2f ms of CPU a report%n", round, reports / seconds,
                            (os.getProcessCpuTime() - cpu) / 1e6 / reports);
                }
            }
        }
    }
}
