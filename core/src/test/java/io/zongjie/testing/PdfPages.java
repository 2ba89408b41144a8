package io.zongjie.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A PDF read back as a reader measures it: pages of lines, each line its glyphs on one baseline with their
 * positions. For tests of zongjie's own PDF and of the PDFs LibreOffice and Chromium make of the DOCX and HTML.
 *
 * <p>Coordinates are PDF points from the top-left corner of the page ({@code y} grows downwards).
 */
public final class PdfPages {

    /** One line of text: its glyphs left to right on one baseline. */
    public record Line(String text, float baseline, float left, float right, float fontSize, List<String> fonts) {
        /** The number of characters, spaces left out. */
        public int chars() {
            return (int) text.codePoints().filter(c -> !Character.isWhitespace(c) && c != 0x3000).count();
        }

        /** The text without spaces, as a reader would copy it from a Chinese document. */
        public String squashed() {
            return text.replaceAll("[\\s\\u00A0\\u3000]+", "");
        }
    }

    /** One page: its size and its lines top to bottom. */
    public record Page(int number, float width, float height, List<Line> lines) {
        /** The lines of the text block: without the page number at the foot. */
        public List<Line> body() {
            return lines.stream().filter(l -> !isPageNumber(l.squashed())).toList();
        }

        /** The page-number line, such as 「— 3 —」, if the page has one. */
        public Optional<Line> pageNumber() {
            return lines.stream().filter(l -> isPageNumber(l.squashed())).findFirst();
        }

        /** The first line whose text satisfies {@code test}. */
        public Optional<Line> line(Predicate<String> test) {
            return lines.stream().filter(l -> test.test(l.squashed())).findFirst();
        }
    }

    private PdfPages() {
    }

    /** Whether a line's text is a page number after GB/T 9704 (一字线, number, 一字线). */
    public static boolean isPageNumber(String squashed) {
        return squashed.matches("[—－-]+\\d+[—－-]+");
    }

    /** Reads every page of {@code pdf}. */
    public static List<Page> read(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<Page> pages = new ArrayList<>();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                Collector collector = new Collector();
                collector.setStartPage(i);
                collector.setEndPage(i);
                collector.setSortByPosition(true);
                collector.getText(doc);
                PDPage page = doc.getPage(i - 1);
                pages.add(new Page(i, page.getMediaBox().getWidth(), page.getMediaBox().getHeight(),
                        collector.lines()));
            }
            return pages;
        }
    }

    /** Collects glyphs and groups them by baseline. */
    private static final class Collector extends PDFTextStripper {
        private final List<TextPosition> glyphs = new ArrayList<>();

        Collector() throws IOException {
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            glyphs.addAll(positions);
        }

        List<Line> lines() {
            List<TextPosition> sorted = new ArrayList<>(glyphs);
            sorted.sort(Comparator.comparingDouble(TextPosition::getYDirAdj).thenComparingDouble(TextPosition::getXDirAdj));
            List<List<TextPosition>> groups = new ArrayList<>();
            for (TextPosition g : sorted) {
                if (g.getUnicode() == null || g.getUnicode().isBlank()) {
                    continue;
                }
                List<TextPosition> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
                // glyphs of one line may sit a little off each other's baseline (mixed faces): 3 pt of slack
                if (last != null && Math.abs(last.get(0).getYDirAdj() - g.getYDirAdj()) < 3) {
                    last.add(g);
                } else {
                    List<TextPosition> line = new ArrayList<>();
                    line.add(g);
                    groups.add(line);
                }
            }
            List<Line> lines = new ArrayList<>();
            for (List<TextPosition> group : groups) {
                group.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
                StringBuilder text = new StringBuilder();
                float size = 0;
                List<String> fonts = new ArrayList<>();
                for (TextPosition g : group) {
                    text.append(g.getUnicode());
                    size = Math.max(size, g.getFontSizeInPt());
                    String font = g.getFont() == null || g.getFont().getName() == null ? "?" : g.getFont().getName();
                    if (!fonts.contains(font)) {
                        fonts.add(font);
                    }
                }
                TextPosition first = group.get(0);
                TextPosition end = group.get(group.size() - 1);
                lines.add(new Line(text.toString(), first.getYDirAdj(), first.getXDirAdj(),
                        end.getXDirAdj() + end.getWidthDirAdj(), size, List.copyOf(fonts)));
            }
            return List.copyOf(lines);
        }
    }
}
