package io.zongjie.internal.script;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import com.github.houbb.opencc4j.util.ZhHkConverterUtil;
import com.github.houbb.opencc4j.util.ZhTwConverterUtil;
import io.zongjie.document.Attachment;
import io.zongjie.document.AttachmentNote;
import io.zongjie.document.Block;
import io.zongjie.document.BlockVisitor;
import io.zongjie.document.Document;
import io.zongjie.document.DocumentMeta;
import io.zongjie.document.Heading;
import io.zongjie.document.Inline;
import io.zongjie.document.InlineVisitor;
import io.zongjie.document.ListBlock;
import io.zongjie.document.Paragraph;
import io.zongjie.document.Recipient;
import io.zongjie.document.Signature;
import io.zongjie.document.Subtitle;
import io.zongjie.document.Table;
import io.zongjie.document.Title;
import io.zongjie.model.Script;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Writes an assembled document in a Traditional script with OpenCC's phrase and character tables (through
 * opencc4j): every block, the attachments and the metadata, so that each section's template, the frame, the
 * headings and the figures' measure words (「萬元」, 「人次」) are covered, whichever plugin wrote them.
 *
 * <p>Text that came from the input is left as it was typed: the converter is given every phrase of the input and
 * never converts inside one, so that names keep their characters (「范」 does not become 「範」, nor 「台山」 「臺山」).
 * Immutable and thread-safe.
 */
public final class ScriptConverter {

    private final Script script;
    private final UnaryOperator<String> convert;
    private final Phrases verbatim;
    private final Phrases overrides;

    /**
     * A converter to {@code script} that leaves {@code inputText} alone.
     *
     * @param script    the script to write; {@link Script#HANS} leaves the document as it is
     * @param inputText every text value of the input (names, descriptions, the user's own paragraphs)
     */
    public ScriptConverter(Script script, Collection<String> inputText) {
        this.script = Objects.requireNonNull(script, "script");
        this.convert = converter(script);
        this.verbatim = Phrases.verbatim(inputText);
        this.overrides = Overrides.of(script);
    }

    /** The OpenCC conversion for {@code script}, started once per process and shared. */
    private static UnaryOperator<String> converter(Script script) {
        return switch (script) {
            case HANS -> UnaryOperator.identity();
            case HANT -> Standard.CONVERT;
            case HANT_HK -> HongKong.CONVERT;
            case HANT_TW -> Taiwan.CONVERT;
        };
    }

    // Each converter loads its tables when first used; a class initialiser does it once, whatever the threads.
    private static final class Standard {
        static final UnaryOperator<String> CONVERT = warm(ZhConverterUtil::toTraditional);
    }

    private static final class HongKong {
        static final UnaryOperator<String> CONVERT = warm(ZhHkConverterUtil::toTraditional);
    }

    private static final class Taiwan {
        static final UnaryOperator<String> CONVERT = warm(ZhTwConverterUtil::toTraditional);
    }

    private static UnaryOperator<String> warm(UnaryOperator<String> convert) {
        convert.apply("工会工作总结");
        return convert;
    }

    /** {@return the script this converter writes} */
    public Script script() {
        return script;
    }

    /** The document in this converter's script; the same document for Simplified. */
    public Document convert(Document document) {
        if (!script.traditional()) {
            return document;
        }
        DocumentMeta m = document.meta();
        DocumentMeta meta = new DocumentMeta(text(m.title()), text(m.author()), text(m.subject()),
                m.keywords().stream().map(this::text).toList(), m.date(), script.languageTag());
        List<Block> blocks = document.blocks().stream().map(this::block).toList();
        List<Attachment> attachments = document.attachments().stream()
                .map(a -> new Attachment(text(a.title()), a.blocks().stream().map(this::block).toList())).toList();
        return new Document(meta, blocks, attachments);
    }

    /** One piece of text, its input phrases kept. */
    public String text(String text) {
        if (!script.traditional() || text.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int start = 0;
        int i = 0;
        while (i < text.length()) {
            int match = verbatim.longestAt(text, i);
            if (match > 0) {
                out.append(convert.apply(text.substring(start, i))).append(text, i, i + match);
                i += match;
                start = i;
                continue;
            }
            match = overrides.longestAt(text, i);
            if (match > 0) {
                out.append(convert.apply(text.substring(start, i))).append(overrides.value(text, i, match));
                i += match;
                start = i;
                continue;
            }
            i++;
        }
        return out.append(convert.apply(text.substring(start))).toString();
    }

    private Block block(Block block) {
        return block.accept(blocks);
    }

    private List<Inline> inlines(List<Inline> runs) {
        return runs.stream().map(r -> r.accept(inlines)).toList();
    }

    private final InlineVisitor<Inline> inlines = new InlineVisitor<>() {
        @Override
        public Inline visit(Inline.Text t) {
            return new Inline.Text(text(t.text()));
        }

        @Override
        public Inline visit(Inline.Strong s) {
            return new Inline.Strong(text(s.text()));
        }

        @Override
        public Inline visit(Inline.Emphasis e) {
            return new Inline.Emphasis(text(e.text()));
        }
    };

    private final BlockVisitor<Block, RuntimeException> blocks = new BlockVisitor<>() {
        @Override
        public Block visit(Title title) {
            return new Title(text(title.text()));
        }

        @Override
        public Block visit(Recipient recipient) {
            return new Recipient(text(recipient.text()));
        }

        @Override
        public Block visit(Subtitle subtitle) {
            return new Subtitle(subtitle.lines().stream().map(ScriptConverter.this::text).toList());
        }

        @Override
        public Block visit(Heading heading) {
            return new Heading(heading.level(), text(heading.number()), text(heading.text()));
        }

        @Override
        public Block visit(Paragraph paragraph) {
            return new Paragraph(inlines(paragraph.content()));
        }

        @Override
        public Block visit(ListBlock list) {
            return new ListBlock(list.ordered(), list.items().stream().map(ScriptConverter.this::inlines).toList());
        }

        @Override
        public Block visit(Table table) {
            return new Table(text(table.caption()), table.header().stream().map(ScriptConverter.this::text).toList(),
                    table.rows().stream().map(row -> row.stream().map(ScriptConverter.this::text).toList()).toList());
        }

        @Override
        public Block visit(io.zongjie.document.Chart chart) {
            return new io.zongjie.document.Chart(text(chart.title()), text(chart.unit()),
                    chart.categories().stream().map(ScriptConverter.this::text).toList(),
                    chart.series().stream().map(s -> new io.zongjie.document.Chart.Series(text(s.name()), s.values()))
                            .toList());
        }

        @Override
        public Block visit(AttachmentNote note) {
            return new AttachmentNote(note.titles().stream().map(ScriptConverter.this::text).toList());
        }

        @Override
        public Block visit(Signature signature) {
            return new Signature(signature.lines().stream().map(ScriptConverter.this::text).toList(),
                    signature.seal());
        }
    };

    /**
     * Where OpenCC's phrases read the words of a work report wrongly, what zongjie writes instead, by script: from
     * {@code script-overrides.txt} beside this class. Taiwan's table takes 「项目」 and 「程序」 for software (專案,
     * 程式) and 「通过」 for 透過 everywhere, where a report's 「4个项目」, 「选举程序」 and 「表决通过」 mean 項目, 程序 and
     * 通過.
     */
    private static final class Overrides {
        private static final Map<Script, Phrases> BY_SCRIPT = load();

        static Phrases of(Script script) {
            return BY_SCRIPT.getOrDefault(script, Phrases.NONE);
        }

        private static Map<Script, Phrases> load() {
            Map<Script, Map<String, String>> tables = new java.util.EnumMap<>(Script.class);
            try (java.io.InputStream in = ScriptConverter.class.getResourceAsStream("script-overrides.txt")) {
                if (in == null) {
                    throw new IllegalStateException("script-overrides.txt is missing from zongjie-core");
                }
                String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                for (String line : text.split("\n")) {
                    String l = line.strip();
                    if (l.isEmpty() || l.startsWith("#")) {
                        continue;
                    }
                    String[] cells = l.split("\\s+");
                    tables.computeIfAbsent(Script.of(cells[0]), k -> new java.util.LinkedHashMap<>())
                            .put(cells[1], cells[2]);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            Map<Script, Phrases> out = new java.util.EnumMap<>(Script.class);
            tables.forEach((script, table) -> out.put(script, new Phrases(table)));
            return out;
        }
    }

    /** Phrases in a trie, each with what to write for it (itself, for the input's). */
    private static final class Phrases {
        static final Phrases NONE = new Phrases(Map.of());

        private final Node root = new Node();

        private static final class Node {
            final Map<Character, Node> next = new HashMap<>();
            String value;
        }

        Phrases(Map<String, String> phrases) {
            phrases.forEach((phrase, value) -> {
                Node node = root;
                for (int i = 0; i < phrase.length(); i++) {
                    node = node.next.computeIfAbsent(phrase.charAt(i), c -> new Node());
                }
                node.value = value;
            });
        }

        /**
         * The input's phrases: each text value split at white space and at the 「**」 of the user's emphasis (which
         * the printed text no longer has), keeping the pieces of two characters or more that hold a Chinese
         * character.
         */
        static Phrases verbatim(Collection<String> inputText) {
            Map<String, String> phrases = new HashMap<>();
            for (String value : inputText) {
                if (value == null) {
                    continue;
                }
                for (String piece : value.split("[\\s*]+")) {
                    if (piece.length() >= 2 && piece.codePoints().anyMatch(cp ->
                            Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
                        phrases.put(piece, piece);
                    }
                }
            }
            return new Phrases(phrases);
        }

        /**
         * The length of the longest phrase at {@code index} of {@code text}, or 0: 「临江区教育工会」 is kept whole
         * rather than 「临江区」 alone.
         */
        int longestAt(String text, int index) {
            Node node = root;
            int longest = 0;
            for (int i = index; i < text.length(); i++) {
                node = node.next.get(text.charAt(i));
                if (node == null) {
                    break;
                }
                if (node.value != null) {
                    longest = i - index + 1;
                }
            }
            return longest;
        }

        /** What to write for the phrase of {@code length} at {@code index}. */
        String value(String text, int index, int length) {
            Node node = root;
            for (int i = index; i < index + length; i++) {
                node = node.next.get(text.charAt(i));
            }
            return node.value;
        }
    }
}
