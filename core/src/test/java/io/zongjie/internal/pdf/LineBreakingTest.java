package io.zongjie.internal.pdf;

import io.zongjie.api.pdf.PdfProfile;
import static io.zongjie.internal.pdf.PdfTestSupport.keep;
import static io.zongjie.internal.pdf.PdfTestSupport.render;
import static io.zongjie.internal.pdf.PdfTestSupport.squash;
import static io.zongjie.internal.pdf.PdfTestSupport.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.zongjie.document.Block;
import io.zongjie.document.Document;
import io.zongjie.document.Paragraph;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Chinese line-breaking rules (禁则), checked on the text read back from rendered PDFs. */
class LineBreakingTest {

    /** Closing marks per GB/T 15834 and clreq that must not start a line (written out here, not shared). */
    private static final String CLOSING = "，。、；：？！）》」』】〕”’…—%,.;:?!)";
    /** Opening marks that must not end a line. */
    private static final String OPENING = "（《「『【〔“‘([";

    @Test
    void noLineStartsWithClosingOrEndsWithOpeningPunctuation() throws IOException {
        for (long seed = 1; seed <= 3; seed++) {
            Document doc = SampleDocuments.punctuationStress(seed, 40);
            byte[] pdf = render(new PdfRenderer(), doc);
            keep("punctuation-" + seed + ".pdf", pdf);
            List<String> violations = checkBreaks(doc, text(pdf));
            assertThat(violations).as("line breaks that violate 禁则 (seed %d)", seed).isEmpty();
        }
    }

    @Test
    void narrowColumnsStillObeyTheRules() throws IOException {
        // A 60 mm text block makes a line of about 10 characters, so nearly every mark meets a line edge.
        PdfProfile narrow = PdfProfile.standard().withTextBlock(37, 28, 60, 225);
        Document doc = SampleDocuments.punctuationStress(99, 12);
        byte[] pdf = render(new PdfRenderer(narrow), doc);
        keep("punctuation-narrow.pdf", pdf);
        assertThat(checkBreaks(doc, text(pdf))).isEmpty();
    }

    @Test
    void boundariesBetweenPlainStrongAndEmphasisedRunsObeyTheRules() throws IOException {
        // OpenPDF may break between any two chunks, where the split-character rule cannot see both sides; cut the
        // stress text into runs at random places so that marks land on both sides of chunk boundaries.
        Document plain = SampleDocuments.punctuationStress(5, 40);
        java.util.Random random = new java.util.Random(5);
        List<Block> blocks = new ArrayList<>();
        for (Block block : plain.blocks()) {
            if (block instanceof Paragraph p) {
                String text = p.plainText();
                List<io.zongjie.document.Inline> runs = new ArrayList<>();
                int start = 0;
                while (start < text.length()) {
                    int end = Math.min(text.length(), start + 1 + random.nextInt(6));
                    String piece = text.substring(start, end);
                    runs.add(switch (random.nextInt(3)) {
                        case 0 -> new io.zongjie.document.Inline.Text(piece);
                        case 1 -> new io.zongjie.document.Inline.Strong(piece);
                        default -> new io.zongjie.document.Inline.Emphasis(piece);
                    });
                    start = end;
                }
                blocks.add(new Paragraph(runs));
            } else {
                blocks.add(block);
            }
        }
        Document mixed = new Document(plain.meta(), blocks);
        byte[] pdf = render(new PdfRenderer(), mixed);
        keep("punctuation-mixed-runs.pdf", pdf);
        assertThat(checkBreaks(mixed, text(pdf))).isEmpty();
    }

    /**
     * Walks the lines read back against the paragraphs' text and reports every break inside a paragraph that puts
     * a closing mark first, an opening mark last, or splits a run of Latin letters and digits.
     */
    private static List<String> checkBreaks(Document doc, String extracted) {
        StringBuilder all = new StringBuilder();
        Set<Integer> paragraphEnds = new HashSet<>();
        for (Block block : doc.blocks()) {
            if (block instanceof Paragraph p) {
                all.append(squash(p.plainText()));
                paragraphEnds.add(all.length());
            }
        }
        String text = all.toString();
        List<String> violations = new ArrayList<>();
        int pos = 0;
        int breaks = 0;
        for (String raw : extracted.split("\\R")) {
            String line = squash(raw);
            if (line.isEmpty() || line.matches("—\\d+—") || line.equals("标点禁则测试")) {
                continue;
            }
            assertThat(text.startsWith(line, pos)).as("line «%s» continues the text at %d", line, pos).isTrue();
            pos += line.length();
            if (pos >= text.length() || paragraphEnds.contains(pos)) {
                continue;
            }
            breaks++;
            char last = text.charAt(pos - 1);
            char first = text.charAt(pos);
            if (CLOSING.indexOf(first) >= 0) {
                violations.add("line starts with «" + first + "»: " + context(text, pos));
            }
            if (OPENING.indexOf(last) >= 0) {
                violations.add("line ends with «" + last + "»: " + context(text, pos));
            }
            if (isLatin(last) && isLatin(first)) {
                violations.add("Latin run split: " + context(text, pos));
            }
        }
        assertThat(pos).as("all text read back").isEqualTo(text.length());
        assertThat(breaks).as("line breaks inside paragraphs").isGreaterThan(100);
        return violations;
    }

    private static boolean isLatin(char c) {
        return c > ' ' && c < 0x7F;
    }

    private static String context(String text, int pos) {
        return text.substring(Math.max(0, pos - 6), pos) + "⏎" + text.substring(pos, Math.min(text.length(), pos + 6));
    }
}
