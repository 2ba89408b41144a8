package io.zongjie.testing;

import com.google.inject.Module;
import io.zongjie.api.ReportEngine;
import io.zongjie.document.Block;
import io.zongjie.document.Document;
import io.zongjie.document.Heading;
import io.zongjie.document.Signature;
import io.zongjie.model.Membership;
import io.zongjie.model.ReportMeta;
import io.zongjie.model.ReportSpec;
import io.zongjie.model.SectionSpec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Renders sections of one plugin in a unit test, in a few lines:
 *
 * <pre>{@code
 * SectionHarness harness = SectionHarness.of(new WelfareModule());
 * Document doc = harness.assemble("welfare", Map.of("visits", List.of(Map.of(
 *         "occasion", "春节", "persons", 12, "amount", 6000))));
 * assertThat(harness.sectionText(doc)).contains("12人次");
 * }</pre>
 *
 * <p>Only the given modules are installed (no class-path discovery), so the test sees exactly its plugin.
 */
public final class SectionHarness {

    private final ReportEngine engine;

    private SectionHarness(ReportEngine engine) {
        this.engine = engine;
    }

    /** A harness with only the given plugin modules installed. */
    public static SectionHarness of(Module... modules) {
        ReportEngine.Builder builder = ReportEngine.builder().discoverPlugins(false);
        for (Module m : modules) {
            builder.addModule(m);
        }
        return new SectionHarness(builder.build());
    }

    /** The engine, for validation and rendering. */
    public ReportEngine engine() {
        return engine;
    }

    /** A school's report frame, for tests that do not care about it. */
    public static ReportMeta schoolMeta() {
        return ReportMeta.builder("临江市实验小学", "2023年", LocalDate.of(2023, 12, 28))
                .membership(new Membership(80, 78, 52, 20)).build();
    }

    /** An enterprise's report frame: its staff are 「职工」. */
    public static ReportMeta companyMeta() {
        return ReportMeta.builder("临江热电有限公司", "2023年", LocalDate.of(2023, 12, 28))
                .membership(new Membership(420, 415, 96, 60)).build();
    }

    /** Assembles a school report with one section of {@code type} holding {@code data}. */
    public Document assemble(String type, Object data) {
        return assemble(schoolMeta(), List.of(new SectionSpec(type, null, data)));
    }

    /** Assembles a report from the given frame and sections. */
    public Document assemble(ReportMeta meta, List<SectionSpec> sections) {
        return engine.assemble(new ReportSpec(meta, sections));
    }

    /** The text of the numbered sections only: from the first section heading to the closing paragraph. */
    public static String sectionText(Document document) {
        List<Block> blocks = document.blocks();
        int start = 0;
        while (start < blocks.size() && !(blocks.get(start) instanceof Heading h && h.level() == 1)) {
            start++;
        }
        int signature = start;
        while (signature < blocks.size() && !(blocks.get(signature) instanceof Signature)) {
            signature++;
        }
        List<String> lines = new ArrayList<>();
        for (Block b : blocks.subList(start, Math.max(start, signature - 1))) { // the block before is the closing
            lines.add(b.plainText());
        }
        return String.join("\n", lines);
    }

    /** The data as a plain map, to write inputs the way YAML would give them. */
    public static Map<String, Object> data(Object... keyValues) {
        Map<String, Object> map = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
