package io.zongjie.cli;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.zongjie.api.Limits;
import io.zongjie.api.ReportEngine;
import io.zongjie.api.ZongjieException;
import io.zongjie.document.Document;
import io.zongjie.model.ReportSpec;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;

/**
 * Fuzzes the whole path a file takes — parse, validate, assemble, render as text and HTML — with the built-in
 * sections. Any outcome but a report or a {@link ZongjieException} (of which {@code InvalidReportException} is
 * one) is a bug: Jazzer reports it with the input that caused it.
 *
 * <p>Without {@code JAZZER_FUZZ=1} (every build) this runs once per committed input in
 * {@code src/test/resources/io/zongjie/cli/ReportFuzzTestInputs/parseValidateAssembleRender/}; with it, it fuzzes
 * for {@code maxDuration} (see docs/RELIABILITY.md).
 */
class ReportFuzzTest {

    // Smaller than the defaults so that one input costs milliseconds; the limits themselves are the corpus's job.
    static final ReportEngine ENGINE = ReportEngine.builder().limits(Limits.defaults().withMaxInputBytes(1 << 20)
            .withSectionTimeout(Duration.ofSeconds(5))).build();

    @FuzzTest(maxDuration = "10m")
    void parseValidateAssembleRender(byte[] input) throws IOException {
        String name = input.length > 0 && input[0] == '{' ? "report.json" : "report.yaml";
        try {
            ReportSpec spec = ENGINE.read(new ByteArrayInputStream(input), name);
            Document document = ENGINE.assemble(spec);
            ENGINE.render(document, "txt", new ByteArrayOutputStream());
            ENGINE.render(document, "html", new ByteArrayOutputStream());
        } catch (ZongjieException expected) {
            // an input zongjie refuses with a message: what every bad input must get
        }
    }
}
