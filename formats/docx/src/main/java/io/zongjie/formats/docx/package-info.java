/**
 * The {@code docx} output format: a Word file after GB/T 9704-2012 that a union office finishes in Word or WPS.
 *
 * <p>{@link io.zongjie.formats.docx.DocxModule} registers {@link io.zongjie.formats.docx.DocxRenderer} through the
 * plugin SPI, exactly as a third party would register a format of its own:
 *
 * <pre>{@code
 * ReportEngine engine = ReportEngine.builder().build();        // finds the docx format on the class path
 * engine.renderTo(engine.assemble(spec), "docx", Path.of("report.docx"));
 * }</pre>
 */
package io.zongjie.formats.docx;
