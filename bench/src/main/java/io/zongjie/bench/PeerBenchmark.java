package io.zongjie.bench;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import io.zongjie.api.ReportEngine;
import io.zongjie.document.Document;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One report, warm, three ways in the same run: zongjie's PDF renderer on the assembled document; openhtmltopdf (the
 * Java HTML-to-PDF library a user would otherwise pick) on zongjie's own HTML of the same document, parsed by jsoup as
 * openhtmltopdf's docs advise for HTML5, with the same three font files embedded as subsets; and zongjie's whole report (read the input, validate, assemble, render the PDF), which
 * is what {@code zongjie batch} does per file. The ratio of the first two is what docs/PERFORMANCE.md reports. A fourth,
 * {@link #fontDeflate}, deflates the PDF's embedded font programs at zongjie's level: the part of each report that
 * is the zlib's, not the layout's.
 *
 * <pre>
 * mvn -q -B -Pbench -pl bench -am package -DskipTests
 * java -jar bench/target/benchmarks.jar PeerBenchmark
 * </pre>
 *
 * <p>The fonts default to Debian's files of the free faces zongjie falls back on ({@code fonts-arphic-uming},
 * {@code fonts-wqy-zenhei}, {@code fonts-lxgw-wenkai}); {@code -p fonts=…} takes others. {@link Peers} runs this and
 * prints the medians side by side with their ratios.
 */
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 3)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PeerBenchmark {

    /** The report, relative to the repository root (where the benchmark is started). */
    @Param("samples/school.yaml")
    public String input;

    /** Debian's files of the three free faces zongjie's PDF embeds when the official ones are absent. */
    static final String DEBIAN_FACES = "/usr/share/fonts/truetype/arphic/uming.ttc#UMingCN#AR PL UMing CN"
            + "|/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc#WenQuanYiZenHei#WenQuanYi Zen Hei"
            + "|/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf#LXGWWenKai-Regular#LXGW WenKai";

    /**
     * The faces openhtmltopdf embeds: {@code debian} for {@link #DEBIAN_FACES}, or each {@code FILE#PostScriptName#CSS
     * family} separated by {@code |}, naming the families zongjie's HTML asks for.
     */
    @Param("debian")
    public String fonts;

    private ReportEngine engine;
    private Document document;
    private String html;
    private String baseUri;
    private final Map<String, TrueTypeFont> faces = new LinkedHashMap<>();
    private final List<AutoCloseable> open = new ArrayList<>();

    @Setup
    public void setUp() throws IOException {
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false); // a line per font and page otherwise, on every render
        engine = ReportEngine.builder().build();
        document = engine.assemble(engine.read(Path.of(input)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        engine.render(document, "html", out);
        html = withoutCssVariables(out.toString(StandardCharsets.UTF_8));
        baseUri = Path.of(input).toAbsolutePath().getParent().toUri().toString();
        for (String face : (fonts.equals("debian") ? DEBIAN_FACES : fonts).split("\\|")) {
            String[] part = face.split("#");
            faces.put(part[2], load(new File(part[0]), part[1]));
        }
        // once each before measuring: font discovery and parsing are per process in both
        zongjiePdf();
        openhtmltopdf();
        wholeReport();
    }

    @TearDown
    public void tearDown() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
        engine.close();
    }

    /** zongjie's PDF renderer on the assembled document. */
    @Benchmark
    public byte[] zongjiePdf() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 19);
        engine.render(document, "pdf", out);
        return out.toByteArray();
    }

    /** openhtmltopdf on zongjie's HTML of the same document, the same faces embedded as subsets. */
    @Benchmark
    public byte[] openhtmltopdf() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 19);
        PDDocument pdf = new PDDocument();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.usePDDocument(pdf);
        for (Map.Entry<String, TrueTypeFont> face : faces.entrySet()) {
            builder.useFont(new PDFontSupplier(PDType0Font.load(pdf, face.getValue(), true)), face.getKey(), 400,
                    FontStyle.NORMAL, true);
        }
        builder.withW3cDocument(new org.jsoup.helper.W3CDom().fromJsoup(org.jsoup.Jsoup.parse(html, baseUri)), baseUri);
        builder.toStream(out);
        builder.run();
        return out.toByteArray();
    }

    /** The whole report as {@code zongjie batch} makes it: read and validate the input, assemble, render the PDF. */
    @Benchmark
    public byte[] wholeReport() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 19);
        engine.render(engine.assemble(engine.read(Path.of(input))), "pdf", out);
        return out.toByteArray();
    }

    /**
     * The font programs a report's PDF embeds, decoded, and the Deflate level to pack them at: {@code profile} for the
     * level zongjie's PDF uses (the profile's {@code fontCompression}), or a number ({@code -p level=1,4,9}).
     */
    @State(Scope.Benchmark)
    public static class Fonts {
        @Param("samples/school.yaml")
        public String input;

        @Param("profile")
        public String level;

        List<byte[]> programs;
        int deflateLevel;

        @Setup
        public void setUp() throws IOException {
            try (ReportEngine engine = ReportEngine.builder().build()) {
                ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 19);
                engine.render(engine.assemble(engine.read(Path.of(input))), "pdf", out);
                programs = fontPrograms(out.toByteArray());
            }
            deflateLevel = level.equals("profile") ? io.zongjie.api.pdf.PdfProfile.standard().fontCompression()
                    : Integer.parseInt(level);
        }
    }

    /**
     * Deflating the PDF's embedded font programs once, at the level zongjie's PDF deflates them: work every report's
     * PDF does, whatever lays it out, at the size it has. Its ratio to {@link #wholeReport} is the share of a report
     * that no change to zongjie's own code can take away.
     */
    @Benchmark
    public long fontDeflate(Fonts fonts) {
        return deflated(fonts.programs, fonts.deflateLevel);
    }

    /** The bytes the programs take deflated at the level given. */
    static long deflated(List<byte[]> programs, int level) {
        long written = 0;
        byte[] buffer = new byte[1 << 16];
        for (byte[] program : programs) {
            java.util.zip.Deflater deflater = new java.util.zip.Deflater(level);
            deflater.setInput(program);
            deflater.finish();
            while (!deflater.finished()) {
                written += deflater.deflate(buffer);
            }
            deflater.end();
        }
        return written;
    }

    /** The embedded font programs ({@code /FontFile2}) of a PDF, decoded, each once. */
    static List<byte[]> fontPrograms(byte[] pdf) throws IOException {
        List<byte[]> programs = new ArrayList<>();
        java.util.Set<org.apache.pdfbox.cos.COSBase> seen = new java.util.HashSet<>();
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            for (org.apache.pdfbox.pdmodel.PDPage page : doc.getPages()) {
                org.apache.pdfbox.pdmodel.PDResources resources = page.getResources();
                for (org.apache.pdfbox.cos.COSName name : resources.getFontNames()) {
                    if (resources.getFont(name) instanceof PDType0Font font
                            && font.getDescendantFont().getFontDescriptor().getFontFile2() != null) {
                        org.apache.pdfbox.pdmodel.common.PDStream file = font.getDescendantFont().getFontDescriptor()
                                .getFontFile2();
                        if (seen.add(file.getCOSObject())) {
                            programs.add(file.toByteArray());
                        }
                    }
                }
            }
        }
        if (programs.isEmpty()) {
            throw new IOException("the PDF embeds no TrueType font program");
        }
        return programs;
    }

    private TrueTypeFont load(File file, String postScriptName) throws IOException {
        if (file.getName().toLowerCase().endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(file);
            open.add(collection);
            TrueTypeFont font = collection.getFontByName(postScriptName);
            if (font == null) {
                throw new IOException(file + " has no face " + postScriptName);
            }
            return font;
        }
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(file));
        open.add(font);
        return font;
    }

    private static final Pattern DEFINITION = Pattern.compile("(--[\\w-]+)\\s*:\\s*([^;]+);");
    private static final Pattern USE = Pattern.compile("var\\((--[\\w-]+)\\)");

    /**
     * The HTML with each {@code var(--name)} replaced by the value its {@code :root} rule gives, for a CSS engine without
     * custom properties; the families named stay the same.
     */
    static String withoutCssVariables(String html) {
        Map<String, String> values = new LinkedHashMap<>();
        Matcher definition = DEFINITION.matcher(html);
        while (definition.find()) {
            values.putIfAbsent(definition.group(1), definition.group(2).strip());
        }
        Matcher use = USE.matcher(html);
        StringBuilder out = new StringBuilder();
        while (use.find()) {
            use.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(use.group(1), use.group())));
        }
        use.appendTail(out);
        return out.toString();
    }

    /** Writes one PDF of each to {@code target/} for a look, and prints their sizes. */
    public static void main(String[] args) throws Exception {
        PeerBenchmark b = new PeerBenchmark();
        b.input = args.length > 0 ? args[0] : "samples/school.yaml";
        b.fonts = "debian";
        b.setUp();
        byte[] z = b.zongjiePdf();
        byte[] o = b.openhtmltopdf();
        java.nio.file.Files.write(Path.of("bench", "target", "zongjie.pdf"), z);
        java.nio.file.Files.write(Path.of("bench", "target", "openhtmltopdf.pdf"), o);
        System.out.printf("zongjie %,d bytes, openhtmltopdf %,d bytes (bench/target/*.pdf)%n", z.length, o.length);
        List<byte[]> programs = fontPrograms(z);
        long raw = programs.stream().mapToLong(p -> p.length).sum();
        int profileLevel = io.zongjie.api.pdf.PdfProfile.standard().fontCompression();
        long atProfile = deflated(programs, profileLevel);
        System.out.printf("its %d font programs: %,d bytes; deflated at level%n", programs.size(), raw);
        for (int level = 1; level <= 9; level++) {
            long size = deflated(programs, level);
            System.out.printf("  %d: %,9d bytes, the PDF %,d bytes%s%n", level, size, z.length - atProfile + size,
                    level == profileLevel ? " (the profile's level)" : "");
        }
        b.tearDown();
    }
}
