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
 * The plugin author's test kit: renders a section of one plugin in a unit test, in a few lines, through the real
 * engine (binding, Bean Validation, the plugin's {@code validate}, its templates, numbering and the frame):
 *
 * <pre>{@code
 * SectionHarness harness = SectionHarness.of(new RetireesModule());
 *
 * SectionHarness.Section s = harness.section("retirees", data("checkup", data("persons", 36)));
 * assertThat(s.text()).contains("健康体检");                           // the section's text, heading included
 * assertThat(s.headings()).containsExactly("一、离退休工作");             // numbered as printed
 * assertThat(s.figures()).containsEntry("组织离退休教职工体检", "36人");   // its published figures, summed
 * assertThat(s.opening()).contains("体检36人");                         // how the report's opening cites them
 *
 * assertThat(harness.problems("retirees", data("checkup", data("persons", -1))))
 *         .containsExactly("sections[0].data.checkup.persons: must be greater than or equal to 0 (was -1)");
 * }</pre>
 *
 * <p>Data is given as the YAML would give it: maps, lists, strings and numbers ({@link #data} builds a map), or as
 * an instance of the plugin's data class. Only the given modules are installed (no class-path discovery), so the
 * test sees exactly its plugin; {@link #withTemplates} tries a template folder. It lives in
 * {@code zongjie-core}'s test jar: depend on {@code io.zongjie:zongjie-core} with {@code <type>test-jar</type>}
 * and {@code <scope>test</scope>}.
 */
public final class SectionHarness {

    private final ReportEngine engine;
    private final List<Module> modules;

    private SectionHarness(ReportEngine engine, List<Module> modules) {
        this.engine = engine;
        this.modules = modules;
    }

    /** A harness with only the given plugin modules installed. */
    public static SectionHarness of(Module... modules) {
        return build(List.of(modules), null);
    }

    /** The same plugins with the template overrides of {@code directory} ({@code <dir>/<type>/<name>.vm}). */
    public SectionHarness withTemplates(java.nio.file.Path directory) {
        return build(modules, directory);
    }

    private static SectionHarness build(List<Module> modules, java.nio.file.Path templates) {
        ReportEngine.Builder builder = ReportEngine.builder().discoverPlugins(false).templateDirectory(templates);
        for (Module m : modules) {
            builder.addModule(m);
        }
        return new SectionHarness(builder.build(), modules);
    }

    /**
     * Assembles a school's report with one section of {@code type} holding {@code data}, and returns that section.
     *
     * @throws io.zongjie.api.InvalidReportException if the data has problems (use {@link #problems} to see them)
     */
    public Section section(String type, Object data) {
        return section(schoolMeta(), type, data);
    }

    /** Assembles a report with the frame {@code meta} and one section of {@code type}, and returns that section. */
    public Section section(ReportMeta meta, String type, Object data) {
        // the key-figure table is switched on so that the section's published figures can be read back from it
        return new Section(assemble(meta.withKeyFigures(true), List.of(new SectionSpec(type, null, data))));
    }

    /** Every problem in a section of {@code type} holding {@code data}, as {@code "path: message"}; empty if none. */
    public List<String> problems(String type, Object data) {
        return engine.validate(new ReportSpec(schoolMeta(), List.of(new SectionSpec(type, null, data)))).stream()
                .map(p -> p.path() + ": " + p.message()).toList();
    }

    /** One assembled section, for assertions. */
    public static final class Section {
        private final Document document;

        Section(Document document) {
            this.document = document;
        }

        /** The whole report the section was assembled into. */
        public Document document() {
            return document;
        }

        /** Whether the section was left out (its data held nothing to say). */
        public boolean isEmpty() {
            return document.headings().isEmpty();
        }

        /** The section's plain text, one block a line, from its numbered heading to its last block. */
        public String text() {
            return sectionText(document);
        }

        /** The section's headings as printed, number and text: 「一、女职工工作」, 「（一）维护特殊权益」 … */
        public List<String> headings() {
            return document.headings().stream().map(h -> h.number() + h.text()).toList();
        }

        /** The figures the section published, by label, as the key-figure table prints them: 「96人」, 「3.2万元」. */
        public Map<String, String> figures() {
            Map<String, String> figures = new java.util.LinkedHashMap<>();
            document.attachments().stream().filter(a -> a.title().endsWith("主要工作数据"))
                    .flatMap(a -> a.blocks().stream())
                    .filter(io.zongjie.document.Table.class::isInstance)
                    .map(io.zongjie.document.Table.class::cast)
                    .flatMap(t -> t.rows().stream())
                    .forEach(row -> figures.put(row.get(0), row.get(1)));
            return figures;
        }

        /**
         * The report's opening paragraphs, before its first heading, as the real frame writes them: they cite the
         * section's headline figures ({@code Figure.headline}, not {@code Figure.of}), at most 6 in all. In this
         * report the section stands alone, so up to 6 of its own are cited; in a report of several sections the
         * opening takes each printed section's first headline figure, then the further ones in report order while
         * fewer than 6 are cited — so publish the figure that matters most first, and expect only that one to be
         * cited in a full report.
         */
        public String opening() {
            List<String> paragraphs = new ArrayList<>();
            for (Block b : document.blocks()) {
                if (b instanceof Heading) {
                    break;
                }
                if (b instanceof io.zongjie.document.Paragraph) {
                    paragraphs.add(b.plainText());
                }
            }
            return String.join("\n", paragraphs);
        }

        @Override
        public String toString() {
            return document.plainText();
        }
    }

    /**
     * Fails, naming each template with its line and column, unless every template of the harness's plugins
     * compiles. The engine compiles them all when it is built and skips a section whose template does not (a real
     * engine lists it in {@code pluginProblems()}, and the CLI warns): a test of that section would otherwise fail
     * with 「section type '…' is installed but was skipped」.
     *
     * @throws AssertionError listing each template that does not compile, and why
     */
    public void assertTemplatesCompile() {
        List<String> problems = engine.pluginProblems();
        if (!problems.isEmpty()) {
            throw new AssertionError("templates that do not compile (their sections are skipped):\n  "
                    + String.join("\n  ", problems));
        }
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
        int signature = start; // the frame's end: the attachment note or the signature
        while (signature < blocks.size() && !(blocks.get(signature) instanceof Signature
                || blocks.get(signature) instanceof io.zongjie.document.AttachmentNote)) {
            signature++;
        }
        List<String> lines = new ArrayList<>();
        for (Block b : blocks.subList(start, Math.max(start, signature - 1))) { // the block before is the closing
            lines.add(b.plainText());
        }
        return String.join("\n", lines);
    }

    /**
     * Reads a class-path resource holding sections as a YAML list (such as a plugin's {@code sample-school.yaml}),
     * exactly as a report file would be read, and returns them under the frame {@code meta}.
     *
     * @throws io.zongjie.api.InvalidReportException if the sections have problems, listing each with its line
     */
    public ReportSpec readSections(String resource, ReportMeta meta) throws java.io.IOException {
        String sections;
        try (java.io.InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new java.io.FileNotFoundException("no class-path resource " + resource);
            }
            sections = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        String report = "report:\n  organization: " + meta.organization() + "\n  period: " + meta.period()
                + "\n  date: " + meta.date() + "\nsections:\n" + sections.indent(2);
        ReportSpec read = engine.read(new java.io.ByteArrayInputStream(
                report.getBytes(java.nio.charset.StandardCharsets.UTF_8)), resource);
        return new ReportSpec(meta, read.sections());
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
