package io.zongjie.internal.template;

import io.zongjie.api.TemplateException;
import io.zongjie.document.Block;
import io.zongjie.document.Heading;
import io.zongjie.document.Inline;
import io.zongjie.document.ListBlock;
import io.zongjie.document.Paragraph;
import io.zongjie.document.Table;
import io.zongjie.document.Whitespace;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Parses the XHTML fragment a section template writes into document blocks.
 *
 * <p>The vocabulary is small on purpose (see docs/TEMPLATES.md): {@code p} with {@code strong}/{@code em};
 * {@code h2}–{@code h4} for sub-headings the engine numbers; {@code ul}/{@code ol} with {@code li};
 * {@code table} with an optional {@code caption}, a header row of {@code th} and rows of {@code td}.
 * Whitespace is collapsed, and dropped entirely next to Chinese characters, so templates may wrap lines freely.
 */
public final class FragmentParser {

    private static final XMLInputFactory FACTORY = newFactory();

    private final String template;

    public FragmentParser(String template) {
        this.template = template;
    }

    /** Parses {@code fragment}, the merged output of the template. */
    public List<Block> parse(String fragment) {
        String wrapped = "<fragment>" + fragment + "</fragment>";
        XMLStreamReader r = null;
        try {
            r = FACTORY.createXMLStreamReader(new StringReader(wrapped));
            r.nextTag(); // <fragment>
            List<Block> blocks = new ArrayList<>();
            while (next(r) == XMLStreamConstants.START_ELEMENT) {
                blocks.add(block(r));
            }
            return blocks;
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            String message = Excerpt.message(e.getMessage().replaceFirst(
                    "(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", ""));
            throw error(line, "the template wrote markup that does not parse: " + message + near(wrapped, line));
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing to release for a string reader
                }
            }
        }
    }

    /** Skips whitespace; returns START_ELEMENT or END_ELEMENT; non-blank text between blocks is an error. */
    private int next(XMLStreamReader r) throws XMLStreamException {
        while (true) {
            int event = r.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT, XMLStreamConstants.END_ELEMENT, XMLStreamConstants.END_DOCUMENT:
                    return event;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE:
                    if (!r.getText().isBlank()) {
                        throw error(r.getLocation().getLineNumber(), "text 「" + abbreviate(r.getText().strip())
                                + "」 stands outside any element; put it in <p>");
                    }
                    break;
                default:
                    break;
            }
        }
    }

    private Block block(XMLStreamReader r) throws XMLStreamException {
        String tag = r.getLocalName();
        int line = r.getLocation().getLineNumber();
        return switch (tag) {
            case "p" -> new Paragraph(inlines(r));
            case "h2", "h3", "h4" -> heading(r, tag.charAt(1) - '0', line);
            case "ul", "ol" -> list(r, tag.equals("ol"));
            case "table" -> table(r);
            default -> throw error(line, "<" + tag + "> cannot stand at the top of a fragment; use <p>, <h2>–<h4>, "
                    + "<ul>, <ol> or <table>");
        };
    }

    /** A sub-heading; {@code id="visits"} names the part it opens, for the user's own paragraphs. */
    private Heading heading(XMLStreamReader r, int level, int line) throws XMLStreamException {
        String id = "";
        for (int i = 0; i < r.getAttributeCount(); i++) {
            String name = r.getAttributeLocalName(i);
            if (!name.equals("id")) {
                throw error(line, "<h" + level + "> takes no attribute '" + name + "'; only id, naming the part");
            }
            id = r.getAttributeValue(i).strip();
            if (!id.matches("[a-z][a-z0-9-]*")) {
                throw error(line, "a part id is lower case letters, digits and hyphens, such as \"visits\"; got \""
                        + id + "\"");
            }
        }
        return new Heading(level, "", text(r), id);
    }

    private List<Inline> inlines(XMLStreamReader r) throws XMLStreamException {
        List<Inline> runs = new ArrayList<>();
        String parent = r.getLocalName();
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                runs.add(new Inline.Text(r.getText()));
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                String tag = r.getLocalName();
                switch (tag) {
                    case "strong" -> runs.add(new Inline.Strong(text(r)));
                    case "em" -> runs.add(new Inline.Emphasis(text(r)));
                    default -> throw error(r.getLocation().getLineNumber(), "<" + tag + "> cannot stand inside <"
                            + parent + ">; only <strong> and <em> can");
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return Whitespace.normalize(runs);
            }
        }
    }

    /** The text of an element that may hold text only. */
    private String text(XMLStreamReader r) throws XMLStreamException {
        String tag = r.getLocalName();
        StringBuilder out = new StringBuilder();
        while (true) {
            int event = r.next();
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                out.append(r.getText());
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                throw error(r.getLocation().getLineNumber(), "<" + r.getLocalName() + "> cannot stand inside <"
                        + tag + ">, which holds text only");
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                return Whitespace.normalize(out.toString());
            }
        }
    }

    private ListBlock list(XMLStreamReader r, boolean ordered) throws XMLStreamException {
        List<List<Inline>> items = new ArrayList<>();
        while (next(r) == XMLStreamConstants.START_ELEMENT) {
            if (!r.getLocalName().equals("li")) {
                throw error(r.getLocation().getLineNumber(), "<" + r.getLocalName()
                        + "> cannot stand inside a list; use <li>");
            }
            items.add(inlines(r));
        }
        return new ListBlock(ordered, items);
    }

    private Table table(XMLStreamReader r) throws XMLStreamException {
        int line = r.getLocation().getLineNumber();
        String caption = "";
        List<String> header = null;
        List<List<String>> rows = new ArrayList<>();
        while (next(r) == XMLStreamConstants.START_ELEMENT) {
            String tag = r.getLocalName();
            if (tag.equals("caption")) {
                caption = text(r);
            } else if (tag.equals("tr")) {
                List<String> cells = new ArrayList<>();
                boolean headerRow = false;
                while (next(r) == XMLStreamConstants.START_ELEMENT) {
                    String cell = r.getLocalName();
                    if (!cell.equals("th") && !cell.equals("td")) {
                        throw error(r.getLocation().getLineNumber(), "<" + cell
                                + "> cannot stand inside <tr>; use <th> or <td>");
                    }
                    headerRow |= cell.equals("th");
                    cells.add(text(r));
                }
                if (headerRow && header == null && rows.isEmpty()) {
                    header = cells;
                } else {
                    rows.add(cells);
                }
            } else {
                throw error(r.getLocation().getLineNumber(), "<" + tag
                        + "> cannot stand inside <table>; use <caption> and <tr>");
            }
        }
        if (header == null) {
            throw error(line, "a <table> needs a first row of <th> header cells");
        }
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw error(line, "a table row has " + row.size() + " cells but its header has " + header.size());
            }
        }
        return new Table(caption, header, rows);
    }

    private TemplateException error(int outputLine, String message) {
        // Fragment lines are lines of the template's output, which differ from the template's own lines.
        return new TemplateException(template, 0, 0,
                (outputLine > 0 ? "output line " + outputLine + ": " : "") + message, null);
    }

    private static String near(String text, int line) {
        String[] lines = text.split("\n", -1);
        if (line < 1 || line > lines.length) {
            return "";
        }
        return " (near 「" + abbreviate(lines[line - 1].strip()) + "」)";
    }

    private static String abbreviate(String s) {
        return Excerpt.of(s);
    }

    private static XMLInputFactory newFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        return f;
    }
}
