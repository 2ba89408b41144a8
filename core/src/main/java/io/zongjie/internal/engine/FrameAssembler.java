package io.zongjie.internal.engine;

import io.zongjie.document.Attachment;
import io.zongjie.document.AttachmentNote;
import io.zongjie.document.Block;
import io.zongjie.document.Document;
import io.zongjie.document.DocumentMeta;
import io.zongjie.document.Heading;
import io.zongjie.document.Recipient;
import io.zongjie.document.Signature;
import io.zongjie.document.Table;
import io.zongjie.document.Title;
import io.zongjie.internal.template.Templates;
import io.zongjie.model.ReportMeta;
import io.zongjie.spi.ChineseFormat;
import io.zongjie.spi.Figure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine's third stage: puts the rendered sections into the report's frame. Numbers the section headings
 * 一、二、 and their sub-headings （一）, 1., （1） afresh in each section (GB/T 9704-2012 §7.3.3); sums the
 * figures published under one key; and adds the title, recipient, opening, closing, signature and, when asked,
 * the key figures as an attachment named in the note above the signature.
 */
final class FrameAssembler {

    /** The template folder name and built-in resources of the frame. */
    static final String FRAME = "frame";
    static final String FRAME_RESOURCES = "io/zongjie/templates/frame";

    /** The title of the key-figure attachment, after the period: 「2023年主要工作数据」. */
    static final String KEY_FIGURES_TITLE = "主要工作数据";

    /** The most key figures the opening paragraph cites. */
    static final int MAX_HEADLINES = 8;

    private final Templates templates;
    private final ChineseFormat format;

    /** Compiles the frame templates now, so that a broken override fails at start-up rather than mid-batch. */
    FrameAssembler(Templates templates, ChineseFormat format) {
        this.templates = templates;
        this.format = format;
        frameTemplate("opening.vm");
        frameTemplate("closing.vm");
    }

    /**
     * The whole report.
     *
     * @param meta     the report's frame
     * @param sections the sections that have something to say, in order
     * @return the document
     */
    Document assemble(ReportMeta meta, List<SectionRunner.Rendered> sections) {
        List<Block> body = new ArrayList<>();
        Map<String, Figure> figures = new LinkedHashMap<>();
        List<List<String>> headlineKeys = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        List<String> types = new ArrayList<>();
        Numbering sectionNumbers = new Numbering();
        for (SectionRunner.Rendered section : sections) {
            String type = section.section().plugin().type();
            titles.add(section.title());
            if (!types.contains(type)) {
                types.add(type);
            }
            body.add(new Heading(1, sectionNumbers.next(1), section.title()));
            Numbering inner = new Numbering();
            for (Block block : section.blocks()) {
                if (block instanceof Heading h) {
                    int level = h.level();
                    body.add(new Heading(level, inner.next(level), h.text()));
                } else {
                    body.add(block);
                }
            }
            List<String> keys = new ArrayList<>();
            for (Figure f : section.figures()) {
                figures.merge(f.key(), f, Figure::plus);
                if (f.headline() && !keys.contains(f.key())
                        && headlineKeys.stream().noneMatch(earlier -> earlier.contains(f.key()))) {
                    keys.add(f.key());
                }
            }
            headlineKeys.add(keys);
        }
        List<Figure> all = List.copyOf(figures.values());
        List<List<Figure>> headlineGroups = selectHeadlines(headlineKeys, figures);
        Map<String, Object> frame = new LinkedHashMap<>();
        frame.put("report", meta);
        frame.put("fmt", format);
        frame.put("figures", all);
        frame.put("headlines", headlineGroups.stream().flatMap(List::stream).toList());
        frame.put("headlineGroups", headlineGroups);
        frame.put("sections", List.copyOf(titles));
        frame.put("types", List.copyOf(types));

        List<Block> blocks = new ArrayList<>();
        blocks.add(new Title(meta.effectiveTitle()));
        if (meta.recipient() != null && !meta.recipient().isBlank()) {
            String r = meta.recipient().strip();
            blocks.add(new Recipient(r.endsWith("：") || r.endsWith(":") ? r.replaceAll(":$", "：") : r + "："));
        }
        blocks.addAll(templates.render(frameTemplate("opening.vm"), frame));
        blocks.addAll(body);
        blocks.addAll(templates.render(frameTemplate("closing.vm"), frame));
        List<Attachment> attachments = attachments(meta, all);
        if (!attachments.isEmpty()) {
            blocks.add(AttachmentNote.of(attachments));
        }
        blocks.add(new Signature(List.of(meta.signingUnion(), format.date(meta.date())), meta.seal()));
        DocumentMeta docMeta = new DocumentMeta(meta.effectiveTitle(), meta.signingUnion(),
                meta.period() + "工会工作总结", titles, meta.date());
        return new Document(docMeta, blocks, attachments);
    }

    /**
     * The report's attachments (附件): the table of every published figure, 「2023年主要工作数据」, when the report asks
     * for it ({@code keyFigures}) and a section published any.
     */
    private List<Attachment> attachments(ReportMeta meta, List<Figure> figures) {
        if (!meta.keyFigures() || figures.isEmpty()) {
            return List.of();
        }
        List<List<String>> rows = new ArrayList<>();
        for (Figure f : figures) {
            rows.add(List.of(f.label(), format.figureValue(f)));
        }
        return List.of(new Attachment(meta.period() + KEY_FIGURES_TITLE,
                List.of(new Table("", List.of("项目", "数据"), rows))));
    }

    /**
     * The figures the opening cites, grouped by section: each printed section's first headline figure, then the
     * sections' further ones in order, up to {@value #MAX_HEADLINES} in all, so the opening stays one sentence.
     */
    static List<List<Figure>> selectHeadlines(List<List<String>> keysBySection, Map<String, Figure> figures) {
        int[] taken = new int[keysBySection.size()];
        int budget = MAX_HEADLINES;
        for (int i = 0; i < taken.length && budget > 0; i++) {
            if (!keysBySection.get(i).isEmpty()) {
                taken[i] = 1;
                budget--;
            }
        }
        for (int i = 0; i < taken.length && budget > 0; i++) {
            int more = Math.min(budget, keysBySection.get(i).size() - taken[i]);
            taken[i] += Math.max(0, more);
            budget -= Math.max(0, more);
        }
        List<List<Figure>> groups = new ArrayList<>();
        for (int i = 0; i < taken.length; i++) {
            if (taken[i] > 0) {
                groups.add(keysBySection.get(i).subList(0, taken[i]).stream().map(figures::get).toList());
            }
        }
        return groups;
    }

    private Templates.CompiledTemplate frameTemplate(String name) {
        return templates.get(FRAME, name, FrameAssembler.class.getClassLoader(), FRAME_RESOURCES);
    }
}
