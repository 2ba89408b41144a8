package io.zongjie.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.zongjie.api.ReportEngine;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of {@link Block} and {@link Inline} reaches the output of every registered renderer. When a kind is
 * added to either sealed interface, these tests fail until it has a sample here, a method in its visitor, and a
 * renderer for each format that prints it.
 */
class EveryKindIsRenderedTest {

    private static final ReportEngine ENGINE = ReportEngine.builder().discoverPlugins(false).build();

    /** One run of each kind, each with words no other sample has. */
    private static final Map<Class<?>, Inline> INLINES = new LinkedHashMap<>();
    /** One block of each kind, and the words of it that must appear in every format. */
    private static final Map<Class<?>, Block> BLOCKS = new LinkedHashMap<>();
    private static final Map<Class<?>, List<String>> WORDS = new LinkedHashMap<>();

    static {
        INLINES.put(Inline.Text.class, new Inline.Text("正文甲一"));
        INLINES.put(Inline.Strong.class, new Inline.Strong("加重乙二"));
        INLINES.put(Inline.Emphasis.class, new Inline.Emphasis("着重丙三"));
        block(new Title("标题丁四"), "标题丁四");
        block(new Subtitle(List.of("——在副题子一大会上", "主讲丑二")), "副题子一", "主讲丑二");
        block(new Recipient("抬头戊五："), "抬头戊五");
        block(new Heading(1, "一、", "节名己六"), "节名己六");
        block(new Paragraph(List.copyOf(INLINES.values())), "正文甲一", "加重乙二", "着重丙三");
        block(new ListBlock(true, List.of(List.of(new Inline.Text("条目庚七")))), "条目庚七");
        block(new Table("表题辛八", List.of("项目", "数据"), List.of(List.of("行名壬九", "10人"))), "表题辛八",
                "行名壬九");
        block(new AttachmentNote(List.of("附件子一")), "附件子一");
        block(new Signature(List.of("署名癸十工会", "2023年12月28日")), "署名癸十工会");
        // a DOCX shows a chart as a picture: its title (the caption) is the text every format has
        block(new Chart("图题寅三", "人次", List.of("类目卯四"),
                List.of(new Chart.Series("", List.of(java.math.BigDecimal.TEN)))), "图题寅三");
    }

    /** An attachment, printed after the signature; its words must appear too. */
    private static final Attachment ATTACHMENT = new Attachment("附件子一", List.of(Paragraph.of("附文丑二")));

    private static void block(Block block, String... words) {
        BLOCKS.put(block.getClass(), block);
        WORDS.put(block.getClass(), List.of(words));
    }

    @Test
    void everyPermittedKindHasASample() {
        assertThat(BLOCKS.keySet()).as("a sample block of each permitted kind of Block")
                .containsExactlyInAnyOrder(Block.class.getPermittedSubclasses());
        assertThat(INLINES.keySet()).as("a sample run of each permitted kind of Inline")
                .containsExactlyInAnyOrder(Inline.class.getPermittedSubclasses());
    }

    @Test
    void theVisitorsHaveAMethodForEveryPermittedKind() {
        assertThat(visited(BlockVisitor.class)).as("BlockVisitor's visit methods")
                .containsExactlyInAnyOrder(Block.class.getPermittedSubclasses());
        assertThat(visited(InlineVisitor.class)).as("InlineVisitor's visit methods")
                .containsExactlyInAnyOrder(Inline.class.getPermittedSubclasses());
    }

    private static Class<?>[] visited(Class<?> visitor) {
        return Arrays.stream(visitor.getMethods()).filter(m -> m.getName().equals("visit"))
                .map(Method::getParameterTypes).map(p -> p[0]).toArray(Class<?>[]::new);
    }

    static Stream<String> formats() {
        return ENGINE.formats().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("formats")
    void everyKindReachesTheOutput(String format) throws Exception {
        Document document = new Document(new DocumentMeta("标题丁四", "署名癸十工会", "2023年工会工作总结",
                List.of("节名己六"), LocalDate.of(2023, 12, 28)), List.copyOf(BLOCKS.values()), List.of(ATTACHMENT));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ENGINE.render(document, format, out);
        String text = (format.equals("pdf") ? pdfText(out.toByteArray()) : out.toString(StandardCharsets.UTF_8))
                .replaceAll("[\\s\\u00A0\\u3000]+", "");

        WORDS.forEach((kind, words) -> assertThat(text)
                .as("the %s output of a %s", format, kind.getSimpleName()).contains(words));
        assertThat(text).as("the %s output of an attachment", format).contains("附文丑二");
        assertThat(text.lastIndexOf("附件子一")).as("the attachment's title before its text in %s", format)
                .isGreaterThan(text.indexOf("署名癸十工会")).isLessThan(text.indexOf("附文丑二"));
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(doc);
        }
    }
}
