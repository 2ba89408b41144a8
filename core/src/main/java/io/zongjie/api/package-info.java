/**
 * The embedding API: build a {@link io.zongjie.api.ReportEngine} once, then read, assemble and render reports
 * from any number of threads.
 *
 * <pre>{@code
 * ReportEngine engine = ReportEngine.builder().build();          // finds the plugins on the class path
 * ReportSpec spec = engine.read(Path.of("report.yaml"));         // InvalidReportException lists every problem
 * Document doc = engine.assemble(spec);
 * engine.renderTo(doc, "pdf", Path.of("report.pdf"));            // atomic: temp file, then move
 * }</pre>
 *
 * <p>The host application needs no Guice of its own: extra Guice modules are optional.
 */
package io.zongjie.api;
