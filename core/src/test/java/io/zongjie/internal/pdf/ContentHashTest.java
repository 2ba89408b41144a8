package io.zongjie.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.zongjie.document.Attachment;
import io.zongjie.document.Block;
import io.zongjie.document.Document;
import io.zongjie.document.DocumentMeta;
import io.zongjie.document.Heading;
import io.zongjie.document.Inline;
import io.zongjie.document.Paragraph;
import io.zongjie.document.Signature;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The PDF's content hash is the documented encoding of the document, not its {@code toString()}. */
class ContentHashTest {

    private static Document document(Block... blocks) {
        return new Document(new DocumentMeta("标题", "某工会", "2023年工会工作总结", List.of("甲"),
                LocalDate.of(2023, 12, 28)), List.of(blocks));
    }

    @Test
    void isSha256OfTheEncodingTheClassDocuments() throws Exception {
        Document doc = document(new Heading(1, "一、", "甲"), new Paragraph(List.of(new Inline.Text("正文"),
                new Inline.Strong("加重"))));

        // written out here from the class comment, independently of the implementation
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        text(out, "zongjie-pdf-content/2");
        text(out, "标题");
        text(out, "某工会");
        text(out, "2023年工会工作总结");
        out.writeInt(1);
        text(out, "甲");
        text(out, "2023-12-28");
        out.writeInt(2);
        text(out, "heading");
        out.writeInt(1);
        text(out, "一、");
        text(out, "甲");
        text(out, "paragraph");
        out.writeInt(2);
        text(out, "text");
        text(out, "正文");
        text(out, "strong");
        text(out, "加重");
        out.writeInt(0); // no attachments
        text(out, "layout");
        out.writeInt(1);
        text(out, "uming.ttc");
        text(out, "1.0");
        byte[] expected = Arrays.copyOf(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()), 16);

        assertThat(ContentHash.of(doc, "layout", List.of("uming.ttc"), "1.0")).isEqualTo(expected);
    }

    @Test
    void tellsApartWhatTheOutputTellsApart() {
        byte[] strong = ContentHash.of(document(new Paragraph(List.of(new Inline.Strong("一")))), "k", List.of(), "v");
        byte[] emphasis = ContentHash.of(document(new Paragraph(List.of(new Inline.Emphasis("一")))), "k", List.of(),
                "v");
        // without the lengths, 「一二」+「三」 and 「一」+「二三」 would encode alike
        byte[] split1 = ContentHash.of(document(new Paragraph(List.of(new Inline.Text("一二"), new Inline.Text("三")))),
                "k", List.of(), "v");
        byte[] split2 = ContentHash.of(document(new Paragraph(List.of(new Inline.Text("一"), new Inline.Text("二三")))),
                "k", List.of(), "v");

        assertThat(strong).isNotEqualTo(emphasis);
        byte[] signed = ContentHash.of(document(new Signature(List.of("某工会", "2023年12月28日"))), "k", List.of(), "v");
        byte[] sealed = ContentHash.of(document(new Signature(List.of("某工会", "2023年12月28日"), true)), "k",
                List.of(), "v");
        assertThat(signed).isNotEqualTo(sealed);
        Document plain = document(Paragraph.of("正文"));
        Document attached = new Document(plain.meta(), plain.blocks(),
                List.of(new Attachment("附表", List.of(Paragraph.of("正文")))));
        assertThat(ContentHash.of(plain, "k", List.of(), "v")).isNotEqualTo(ContentHash.of(attached, "k", List.of(), "v"));
        assertThat(split1).isNotEqualTo(split2);
        assertThat(ContentHash.of(document(new Paragraph(List.of(new Inline.Strong("一")))), "k", List.of(), "v"))
                .isEqualTo(strong);
    }

    private static void text(DataOutputStream out, String s) throws IOException {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }
}
