package org.example.host;

import io.zongjie.api.InvalidReportException;
import io.zongjie.api.Problem;
import io.zongjie.api.ReportEngine;
import io.zongjie.document.Document;
import io.zongjie.model.Membership;
import io.zongjie.model.ReportMeta;
import io.zongjie.model.ReportSpec;
import io.zongjie.model.SectionSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A host application's report service: one {@link ReportEngine} for the whole application, shared by every
 * request thread. Building the engine (finding plugins, compiling templates) is the expensive part; assembling
 * and rendering a report is cheap and thread-safe.
 */
public final class ReportService {

    private final ReportEngine engine;

    /** Builds the engine once; plugins on the class path (here: welfare) are found with ServiceLoader. */
    public ReportService() {
        this.engine = ReportEngine.builder().build();
    }

    /** One union's year, as the host's own database would give it: the frame and the welfare facts. */
    public static ReportSpec yearOf(String organization, int visits, int amount) {
        ReportMeta meta = ReportMeta.builder(organization, "2024年", LocalDate.of(2024, 12, 27))
                .recipient("区总工会")
                .membership(new Membership(200, 196, 90, 30))
                .build();
        // Section data is given as the YAML would give it (maps and lists), or as the plugin's data class.
        Map<String, Object> welfare = Map.of("visits", List.of(
                Map.of("occasion", "春节", "persons", visits, "amount", amount),
                Map.of("occasion", "生病住院", "persons", 6, "amount", 3000)));
        return new ReportSpec(meta, List.of(new SectionSpec("welfare", null, welfare)));
    }

    /**
     * Assembles one report and writes it atomically to {@code target} (no partial file on failure).
     *
     * @return the problems, if the facts are invalid (nothing is written then); empty when written
     */
    public List<Problem> write(ReportSpec spec, String format, Path target) throws IOException {
        try {
            Document document = engine.assemble(spec);
            engine.renderTo(document, format, target);
            return List.of();
        } catch (InvalidReportException e) {
            return e.problems();
        }
    }

    /** Renders {@code count} reports on {@code threads} threads into {@code folder}; returns the files written. */
    public List<Path> renderMany(Path folder, int count, int threads) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Path>> futures = new ArrayList<>();
            for (int i = 1; i <= count; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    Path target = folder.resolve("union-" + n + ".html");
                    List<Problem> problems = write(yearOf("临江市第" + n + "机械厂", 10 * n, 5000 * n), "html",
                            target);
                    if (!problems.isEmpty()) {
                        throw new IllegalStateException("report " + n + " is invalid: " + problems);
                    }
                    return target;
                }));
            }
            List<Path> written = new ArrayList<>();
            for (Future<Path> f : futures) {
                try {
                    written.add(f.get());
                } catch (ExecutionException e) {
                    if (e.getCause() instanceof IOException io) {
                        throw new UncheckedIOException(io);
                    }
                    throw new IllegalStateException(e.getCause());
                }
            }
            return written;
        } finally {
            pool.shutdown();
        }
    }

    /** Renders twelve reports on four threads into the folder given (default {@code reports}). */
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "reports");
        List<Path> written = new ReportService().renderMany(folder, 12, 4);
        System.out.println("wrote " + written.size() + " reports to " + folder.toAbsolutePath());
    }
}
