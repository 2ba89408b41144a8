package io.zongjie.internal.engine;

import io.zongjie.api.InvalidReportException;
import io.zongjie.api.Problem;
import io.zongjie.document.Attachment;
import io.zongjie.document.AttachmentNote;
import io.zongjie.document.Block;
import io.zongjie.document.Document;
import io.zongjie.document.DocumentMeta;
import io.zongjie.document.Heading;
import io.zongjie.document.Paragraph;
import io.zongjie.document.Recipient;
import io.zongjie.document.Signature;
import io.zongjie.document.Subtitle;
import io.zongjie.document.Chart;
import io.zongjie.document.Table;
import io.zongjie.document.Title;
import io.zongjie.internal.template.Templates;
import io.zongjie.model.Period;
import io.zongjie.model.ReportMeta;
import io.zongjie.model.Variant;
import io.zongjie.model.Vocabulary;
import io.zongjie.spi.ChineseFormat;
import io.zongjie.spi.Figure;
import io.zongjie.spi.Phrasing;
import io.zongjie.spi.SectionPart;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The engine's third stage: puts the rendered sections into the report's frame, by the kind of document
 * ({@link Variant}): the title (and for a 工作报告 its subtitle and the salutation), the opening, the body — the
 * sections as 一、二、, or for a 工作报告 and a 总结及计划 grouped as 一、过去一年工作回顾（一）… and
 * 二、新一年工作任务 — the closing, the signature (none for a 工作报告), and, when asked, the key figures as an attachment (附件) named in the note above the signature.
 * Headings are numbered 一、 then （一）, 1., （1） (GB/T 9704-2012 §7.3.3); figures published under one key are
 * summed.
 */
final class FrameAssembler {

    /** The most key figures the opening cites. */
    static final int MAX_HEADLINES = 6;

    /** The template folder name and built-in resources of the frame. */
    static final String FRAME = "frame";
    static final String FRAME_RESOURCES = "io/zongjie/templates/frame";

    /** The title of the key-figure attachment, after the period: 「2023年主要工作数据」. */
    static final String KEY_FIGURES_TITLE = "主要工作数据";

    /** The frame templates, compiled at start-up. */
    static final List<String> TEMPLATES = List.of("opening.vm", "closing.vm");

    private final Templates templates;
    private final ChineseFormat format;

    /** Compiles the frame templates now, so that a broken override fails at start-up rather than mid-batch. */
    FrameAssembler(Templates templates, ChineseFormat format) {
        this.templates = templates;
        this.format = format;
        TEMPLATES.forEach(this::frameTemplate);
    }

    /** One section as its plugin and the user's words made it: its type, heading and body blocks. */
    private record Section(String type, String title, List<Block> blocks) {
    }

    /**
     * The whole report.
     *
     * @param meta     the report's frame
     * @param rendered the sections that have something to say, in order
     * @return the document
     */
    Document assemble(ReportMeta meta, List<SectionRunner.Rendered> rendered) {
        return assemble(meta, rendered, List.of(), line -> { });
    }

    /** A unit of a roll-up as the frame keeps it: its name and its figures by section type, never its document. */
    record Unit(String name, String file, Map<String, String> titles, Map<String, Map<String, Figure>> figures) {
        static Unit of(String name, String file, List<SectionRunner.Rendered> rendered) {
            Map<String, String> titles = new LinkedHashMap<>();
            Map<String, Map<String, Figure>> figures = new LinkedHashMap<>();
            for (SectionRunner.Rendered r : rendered) {
                String type = r.section().plugin().type();
                titles.putIfAbsent(type, r.title());
                for (Figure f : r.figures()) {
                    figures.computeIfAbsent(type, t -> new LinkedHashMap<>()).merge(f.key(), f, Figure::plus);
                }
            }
            return new Unit(name, file, titles, figures);
        }

        Figure figure(String key) {
            Figure out = null;
            for (Map<String, Figure> byKey : figures.values()) {
                Figure f = byKey.get(key);
                if (f != null) {
                    out = out == null ? f : out.plus(f);
                }
            }
            return out;
        }
    }

    /** The most units a standout sentence names, and the most figure columns of the unit table. */
    static final int STANDOUTS = 3;
    static final int UNIT_COLUMNS = 5;

    /**
     * A roll-up: the report's own sections, with the units' figures summed into its frame (rates recomputed, figures
     * that do not add up left out), the unit count in the opening, a sentence per section type on the units that
     * stand out, and the unit table as an attachment. Units with no data for a section type are named in {@code log}.
     */
    Document assemble(ReportMeta meta, List<SectionRunner.Rendered> rendered, List<Unit> units,
            java.util.function.Consumer<String> log) {
        return assemble(meta, rendered, units, null, log);
    }

    /**
     * Last period's figures, computed as this report's are, and its period (which names its column and says
     * whether it is 上年 or 上年同期).
     */
    record Previous(Period period, Map<String, Figure> figures) {
        String than(Period now) {
            return YearOverYear.than(now, period);
        }
    }

    /**
     * Every figure of a report, as its frame sums them: its own sections' (by key, in order), then its units'
     * (figures that do not add up, such as a year, left out).
     */
    static Map<String, Figure> totals(List<SectionRunner.Rendered> rendered, List<Unit> units) {
        Map<String, Figure> figures = new LinkedHashMap<>();
        for (SectionRunner.Rendered r : rendered) {
            for (Figure f : r.figures()) {
                figures.merge(f.key(), f, Figure::plus);
            }
        }
        for (Unit u : units) {
            for (Map<String, Figure> byKey : u.figures().values()) {
                for (Figure f : byKey.values()) {
                    if (f.combine() != Figure.Combine.NONE) {
                        figures.merge(f.key(), f, Figure::plus);
                    }
                }
            }
        }
        return figures;
    }

    /**
     * A report with its units (none for a single unit's report) and last period's figures ({@code null} for none):
     * the headline figures the opening cites and the key-figure table then carry the change (「比上年增长12.5%」).
     */
    Document assemble(ReportMeta meta, List<SectionRunner.Rendered> rendered, List<Unit> units,
            Previous previous, java.util.function.Consumer<String> log) {
        Map<String, Figure> own = new LinkedHashMap<>();
        List<List<String>> headlineKeys = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        for (SectionRunner.Rendered r : rendered) {
            sections.add(new Section(r.section().plugin().type(), r.title(), r.blocks()));
            List<String> keys = new ArrayList<>();
            for (Figure f : r.figures()) {
                own.merge(f.key(), f, Figure::plus);
                if (f.headline() && !keys.contains(f.key())
                        && headlineKeys.stream().noneMatch(earlier -> earlier.contains(f.key()))) {
                    keys.add(f.key());
                }
            }
            headlineKeys.add(keys);
        }
        Map<String, Figure> figures = totals(rendered, units);
        Map<String, String> unitTypes = new LinkedHashMap<>();
        Map<String, List<String>> unitHeadlines = new LinkedHashMap<>();
        for (Unit u : units) {
            u.titles().forEach(unitTypes::putIfAbsent);
            for (Map.Entry<String, Map<String, Figure>> e : u.figures().entrySet()) {
                for (Figure f : e.getValue().values()) {
                    if (f.combine() == Figure.Combine.NONE) {
                        continue; // a year or a rank does not add up across units
                    }
                    List<String> keys = unitHeadlines.computeIfAbsent(e.getKey(), t -> new ArrayList<>());
                    if (f.headline() && !keys.contains(f.key())) {
                        keys.add(f.key());
                    }
                }
            }
        }
        for (List<String> keys : unitHeadlines.values()) {
            List<String> fresh = keys.stream().filter(k -> headlineKeys.stream().noneMatch(l -> l.contains(k)))
                    .toList();
            headlineKeys.add(new ArrayList<>(fresh));
        }
        for (String type : unitTypes.keySet()) {
            List<String> none = units.stream().filter(u -> !u.figures().containsKey(type)).map(Unit::name).toList();
            if (!none.isEmpty()) {
                log.accept("no data for " + type + " from " + none.size() + " unit" + (none.size() == 1 ? "" : "s")
                        + ": " + String.join("、", none));
            }
        }
        Vocabulary words = meta.vocabulary();
        Period period = words.period();
        Phrasing vary = Phrasing.of(meta);
        Variant variant = meta.effectiveVariant();

        List<Block> plans = new ArrayList<>();
        List<Section> review = new ArrayList<>();
        for (Section s : sections) {
            List<Block> blocks = s.blocks();
            if (variant.grouped()) {
                blocks = extractPart(blocks, SectionPart.PLANS, plans);
            }
            blocks = dropLonePartHeading(blocks);
            if (!blocks.isEmpty()) {
                review.add(new Section(s.type(), s.title(), blocks));
            }
        }
        // what the units did together, in the section of that type (a new one, before the plans, if the report has
        // none of its own)
        for (Map.Entry<String, String> t : unitTypes.entrySet()) {
            Paragraph together = together(units, t.getKey(), unitHeadlines.getOrDefault(t.getKey(), List.of()));
            if (together == null) {
                continue;
            }
            int at = indexOf(review, t.getKey());
            if (at >= 0) {
                List<Block> blocks = new ArrayList<>(review.get(at).blocks());
                blocks.add(together);
                review.set(at, new Section(t.getKey(), review.get(at).title(), blocks));
            } else {
                int plansAt = indexOf(review, "shortcomings-plans");
                review.add(plansAt < 0 ? review.size() : plansAt, new Section(t.getKey(), t.getValue(),
                        List.of(together)));
            }
        }
        if (variant == Variant.SUMMARY_AND_PLAN && plans.isEmpty()) {
            throw new InvalidReportException(List.of(new Problem("<input>", "report.variant", 0, 0,
                    "a summary-and-plan needs the plans for " + period.nextLabel() + ": add plans to a "
                            + "shortcomings-plans section, or write variant: summary")));
        }
        boolean grouped = variant.grouped() && !plans.isEmpty();

        List<String> titles = review.stream().map(Section::title).toList();
        List<String> types = new ArrayList<>();
        for (Section s : sections) {
            if (!types.contains(s.type())) {
                types.add(s.type());
            }
        }
        List<Figure> all = List.copyOf(figures.values());
        List<List<Figure>> headlineGroups = selectHeadlines(headlineKeys, figures);
        Map<String, Object> vars = new LinkedHashMap<>();
        vars.put("report", meta);
        vars.put("fmt", format);
        vars.put("words", words);
        vars.put("vary", vary);
        vars.put("variant", variant.toString());
        vars.put("grouped", grouped);
        vars.put("figures", all);
        vars.put("headlines", headlineGroups.stream().flatMap(List::stream).toList());
        vars.put("headlineGroups", headlineGroups);
        List<YearOverYear> changes = new ArrayList<>();
        if (previous != null) {
            headlineGroups.stream().flatMap(List::stream)
                    .forEach(f -> YearOverYear.of(f, previous.figures().get(f.key()), previous.than(period))
                            .ifPresent(changes::add));
        }
        vars.put("changes", YearOverYear.sentence(changes));
        vars.put("sections", titles);
        vars.put("types", List.copyOf(types));
        vars.put("plans", !plans.isEmpty() || types.contains("shortcomings-plans"));
        vars.put("unitCount", units.size());
        vars.put("ownFigures", !own.isEmpty());
        vars.put("unitWord", words.federation() ? "基层工会" : "分工会");

        List<Block> opening = templates.render(frameTemplate("opening.vm"), vars);
        // a speaker's 「我受…委托」 stands before the body; the rest of the opening opens its first part
        List<Block> underReview = List.of();
        if (variant == Variant.REPORT && grouped && !opening.isEmpty()) {
            underReview = opening.subList(1, opening.size());
            opening = opening.subList(0, 1);
        }

        List<Block> body = new ArrayList<>();
        Numbering numbers = new Numbering();
        int shift = grouped ? 1 : 0;
        if (grouped) {
            body.add(new Heading(1, numbers.next(1), reviewHeading(meta, period, variant)));
            body.addAll(underReview);
        }
        for (Section s : review) {
            body.add(new Heading(1 + shift, numbers.next(1 + shift), s.title()));
            for (Block b : s.blocks()) {
                body.add(b instanceof Heading h ? numbered(h, h.level() + shift, numbers) : b);
            }
        }
        if (grouped) {
            body.add(new Heading(1, numbers.next(1), planHeading(meta, period, variant)));
            for (Block b : plans) {
                body.add(b instanceof Heading h ? numbered(h, h.level() - 1, numbers) : b);
            }
        }

        List<Block> blocks = new ArrayList<>();
        blocks.add(new Title(meta.effectiveTitle()));
        if (variant == Variant.REPORT) {
            blocks.add(new Subtitle(subtitle(meta)));
            String salutation = meta.salutation() == null || meta.salutation().isBlank() ? "各位代表、同志们"
                    : meta.salutation().strip();
            blocks.add(new Recipient(withColon(salutation)));
        } else if (meta.recipient() != null && !meta.recipient().isBlank()) {
            blocks.add(new Recipient(withColon(meta.recipient().strip())));
        }
        blocks.addAll(opening);
        blocks.addAll(body);
        blocks.addAll(templates.render(frameTemplate("closing.vm"), vars));
        List<Attachment> attachments = new ArrayList<>(attachments(meta, period, all, previous, !units.isEmpty()));
        if (!units.isEmpty()) {
            attachments.add(unitTable(meta, period, units, own, unitHeadlines));
        }
        if (!attachments.isEmpty()) {
            blocks.add(AttachmentNote.of(attachments));
        }
        if (variant != Variant.REPORT) {
            blocks.add(new Signature(List.of(meta.signingUnion(), format.date(meta.date())), meta.seal()));
        }
        DocumentMeta docMeta = new DocumentMeta(meta.effectiveTitle(), meta.signingUnion(), meta.subject(), titles,
                meta.date());
        return new Document(docMeta, blocks, attachments);
    }

    /**
     * The report's attachments (附件): the table of every published figure, 「2023年主要工作数据」, when the report asks
     * for it ({@code keyFigures}) and a section published any.
     */
    private List<Attachment> attachments(ReportMeta meta, Period period, List<Figure> figures,
            Previous previous, boolean rollUp) {
        if (!meta.keyFigures() || figures.isEmpty()) {
            return List.of();
        }
        List<List<String>> rows = new ArrayList<>();
        for (Figure f : figures) {
            if (previous == null) {
                rows.add(List.of(f.label(), format.figureValue(f)));
                continue;
            }
            Figure before = previous.figures().get(f.key());
            rows.add(List.of(f.label(), before == null ? Table.NO_FIGURE : format.figureValue(before),
                    format.figureValue(f), YearOverYear.of(f, before, previous.than(period)).map(YearOverYear::cell)
                            .orElse(Table.NO_FIGURE)));
        }
        List<String> header = previous == null ? List.of("项目", "数据")
                : List.of("项目", previous.period().label(), period.label(), "增减");
        List<Block> blocks = new ArrayList<>(List.of(new Table("", header, rows)));
        if (previous != null && meta.chartsFor(rollUp)) {
            comparison(figures, previous, period).ifPresent(blocks::add);
        }
        return List.of(new Attachment(period.label() + KEY_FIGURES_TITLE, blocks));
    }

    /**
     * Last period's and this period's figures side by side: the figures with a comparison that share the unit most of
     * them have (人次, most often), at most {@value #UNIT_COLUMNS}, money in 万元 when it reaches it.
     */
    private java.util.Optional<Chart> comparison(List<Figure> figures, Previous previous, Period period) {
        Map<String, List<Figure>> byUnit = new LinkedHashMap<>();
        for (Figure f : figures) {
            if (!f.isRate() && YearOverYear.of(f, previous.figures().get(f.key()), "").isPresent()) {
                byUnit.computeIfAbsent(f.unit(), u -> new ArrayList<>()).add(f);
            }
        }
        List<Figure> group = byUnit.values().stream().max(java.util.Comparator.comparingInt(List::size))
                .orElse(List.of());
        if (group.isEmpty()) {
            return java.util.Optional.empty();
        }
        group = group.subList(0, Math.min(UNIT_COLUMNS, group.size()));
        String unit = group.get(0).unit();
        if ("元".equals(unit)) {
            java.math.BigDecimal largest = group.stream().map(Figure::value).max(java.math.BigDecimal::compareTo)
                    .orElseThrow();
            unit = format.moneyUnit(largest);
        }
        List<java.math.BigDecimal> before = new ArrayList<>();
        List<java.math.BigDecimal> now = new ArrayList<>();
        for (Figure f : group) {
            before.add(new java.math.BigDecimal(cell(previous.figures().get(f.key()), unit)));
            now.add(new java.math.BigDecimal(cell(f, unit)));
        }
        return java.util.Optional.of(new Chart("主要工作数据与" + YearOverYear.than(period, previous.period()) + "对比（"
                + unit + "）", unit, group.stream().map(Figure::label).toList(),
                List.of(new Chart.Series(previous.period().label(), before), new Chart.Series(period.label(), now))));
    }

    private static int indexOf(List<Section> sections, String type) {
        for (int i = 0; i < sections.size(); i++) {
            if (sections.get(i).type().equals(type)) {
                return i;
            }
        }
        return -1;
    }

    /** The most figures the units' paragraph of one section type cites. */
    static final int TOGETHER_FIGURES = 4;

    /**
     * What the units did together in one section type: their summed figures, and up to {@value #STANDOUTS} units
     * with the largest headline figure, ties broken by name: 「各报送单位共组织教职工参加文体活动1023人次、举办文体活动
     * 7次。其中，组织教职工参加文体活动较多的有临江区第一中学（260人次）、……。」; {@code null} when they published none.
     */
    private Paragraph together(List<Unit> units, String type, List<String> headlineKeys) {
        Map<String, Figure> sums = new LinkedHashMap<>();
        for (Unit u : units) {
            for (Figure f : u.figures().getOrDefault(type, Map.of()).values()) {
                if (f.combine() != Figure.Combine.NONE) {
                    sums.merge(f.key(), f, Figure::plus);
                }
            }
        }
        if (sums.isEmpty()) {
            return null;
        }
        List<Figure> cited = new ArrayList<>();
        headlineKeys.stream().map(sums::get).filter(java.util.Objects::nonNull).forEach(cited::add);
        sums.values().stream().filter(f -> !cited.contains(f)).forEach(cited::add);
        List<String> phrases = cited.stream().limit(TOGETHER_FIGURES).map(format::figure).toList();
        StringBuilder text = new StringBuilder("各报送单位共" + String.join("、", phrases) + "。");
        String key = headlineKeys.isEmpty() ? cited.get(0).key() : headlineKeys.get(0);
        List<Unit> ranked = units.stream().filter(u -> u.figures().getOrDefault(type, Map.of()).containsKey(key))
                .sorted(java.util.Comparator.<Unit, java.math.BigDecimal>comparing(
                        u -> u.figures().get(type).get(key).value()).reversed().thenComparing(Unit::name))
                .limit(STANDOUTS).toList();
        if (ranked.size() > 1) {
            List<String> named = ranked.stream().map(u -> u.name() + "（"
                    + format.figureValue(u.figures().get(type).get(key)) + "）").toList();
            text.append("其中，").append(sums.get(key).label()).append("较多的有").append(String.join("、", named))
                    .append("。");
        }
        return Paragraph.of(text.toString());
    }

    /**
     * The unit table: one row per unit, a column per key figure (the units' headline figures, at most
     * {@value #UNIT_COLUMNS}), the report's own row when it publishes one of them, and the 合计 row, equal to the sums.
     */
    private Attachment unitTable(ReportMeta meta, Period period, List<Unit> units, Map<String, Figure> own,
            Map<String, List<String>> headlines) {
        List<String> keys = new ArrayList<>();
        headlines.values().forEach(l -> l.stream().filter(k -> !keys.contains(k)).forEach(keys::add));
        if (keys.isEmpty()) {
            for (Unit u : units) {
                u.figures().values().forEach(m -> m.values().stream()
                        .filter(f -> f.combine() != Figure.Combine.NONE && !keys.contains(f.key()))
                        .forEach(f -> keys.add(f.key())));
            }
        }
        List<String> columns = keys.subList(0, Math.min(UNIT_COLUMNS, keys.size()));
        Map<String, Figure> total = new LinkedHashMap<>();
        List<String> header = new ArrayList<>(List.of("序号", "单位"));
        List<List<String>> rows = new ArrayList<>();
        int n = 0;
        List<Unit> all = new ArrayList<>(units);
        if (columns.stream().anyMatch(own::containsKey)) {
            all.add(new Unit(meta.organization() + "（本级）", "", Map.of(), Map.of("", own)));
        }
        for (Unit u : all) {
            for (String k : columns) {
                Figure f = u.figure(k);
                if (f != null) {
                    total.merge(k, f, Figure::plus);
                }
            }
        }
        // one money rule with the prose: a column of money is in the unit its total is printed in (46.31万元)
        Map<String, String> unitOf = new LinkedHashMap<>();
        for (String k : columns) {
            Figure f = total.get(k);
            unitOf.put(k, "元".equals(f.unit()) ? format.moneyUnit(f.value()) : f.unit());
            header.add(f.label() + "（" + unitOf.get(k) + "）");
        }
        for (Unit u : all) {
            List<String> row = new ArrayList<>(List.of(u.file().isEmpty() ? "" : String.valueOf(++n), u.name()));
            for (String k : columns) {
                Figure f = u.figure(k);
                row.add(f == null ? Table.NO_FIGURE : cell(f, unitOf.get(k)));
            }
            rows.add(row);
        }
        List<String> totalRow = new ArrayList<>(List.of("", "合计"));
        for (String k : columns) {
            totalRow.add(cell(total.get(k), unitOf.get(k)));
        }
        rows.add(totalRow);
        String word = meta.vocabulary().federation() ? "基层工会" : "分工会";
        List<Block> blocks = new ArrayList<>(List.of(new Table("", header, rows)));
        if (meta.chartsFor(true) && !columns.isEmpty()) {
            // the first key figure, unit by unit (the report's own share is not a unit's)
            String k = columns.get(0);
            List<String> names = new ArrayList<>();
            List<java.math.BigDecimal> values = new ArrayList<>();
            for (Unit u : units) {
                Figure f = u.figure(k);
                names.add(u.name());
                values.add(f == null ? java.math.BigDecimal.ZERO : new java.math.BigDecimal(cell(f, unitOf.get(k))));
            }
            blocks.add(new Chart("各" + word + total.get(k).label() + "（" + unitOf.get(k) + "）", unitOf.get(k),
                    shortNames(names), List.of(new Chart.Series("", values))));
        }
        return new Attachment(period.label() + "各" + word + KEY_FIGURES_TITLE, blocks);
    }

    /**
     * Unit names for a chart's axis: the part they all begin with dropped when it names a place (临江区第一中学 and
     * 临江区实验小学 give 第一中学 and 实验小学), so that the labels fit.
     */
    static List<String> shortNames(List<String> names) {
        if (names.size() < 2) {
            return names;
        }
        String prefix = names.get(0);
        for (String n : names) {
            int i = 0;
            while (i < prefix.length() && i < n.length() && prefix.charAt(i) == n.charAt(i)) {
                i++;
            }
            prefix = prefix.substring(0, i);
        }
        java.util.regex.Matcher place = java.util.regex.Pattern.compile("^.*?(省|市|区|县|镇|乡|街道)").matcher(prefix);
        int cut = 0;
        while (place.find()) {
            cut = place.end();
            place.region(cut, prefix.length());
        }
        int at = cut;
        return at == 0 || names.stream().anyMatch(n -> n.length() <= at) ? names
                : names.stream().map(n -> n.substring(at)).toList();
    }

    /** A figure's number alone, exact, in the column's unit (which stands in the column header). */
    private String cell(Figure f, String unit) {
        return "元".equals(f.unit()) ? format.moneyIn(f.value(), unit) : format.number(f.value());
    }

    /** 「——在…上」, the speaker, and the date in brackets. */
    private List<String> subtitle(ReportMeta meta) {
        List<String> lines = new ArrayList<>();
        String meeting = meta.meeting().strip();
        lines.add("——在" + (meeting.endsWith("上") ? meeting.substring(0, meeting.length() - 1) : meeting) + "上");
        if (meta.speaker() != null && !meta.speaker().isBlank()) {
            lines.add(meta.speaker().strip());
        }
        lines.add("（" + format.date(meta.date()) + "）");
        return lines;
    }

    private static String withColon(String text) {
        return text.endsWith("：") || text.endsWith(":") ? text.replaceAll(":$", "：") : text + "：";
    }

    /** 「过去一年工作回顾」 in a 工作报告, 「2023年工会工作总结」 in a 总结及计划. */
    private static String reviewHeading(ReportMeta meta, Period period, Variant variant) {
        if (variant == Variant.REPORT) {
            return period.past() + "工作回顾";
        }
        return period.label() + (meta.unionName().equals(meta.organization()) ? "工作总结" : "工会工作总结");
    }

    /** 「新一年工作任务」 (下半年, 新学年 …) in a 工作报告, 「2024年工会工作计划」 in a 总结及计划. */
    private static String planHeading(ReportMeta meta, Period period, Variant variant) {
        if (variant == Variant.REPORT) {
            return (period.isYear() ? "新一年" : period.next()) + "工作任务";
        }
        return period.nextLabel() + (meta.unionName().equals(meta.organization()) ? "工作计划" : "工会工作计划");
    }

    private static Heading numbered(Heading h, int level, Numbering numbers) {
        int l = Math.max(1, Math.min(Heading.MAX_LEVEL, level));
        return new Heading(l, numbers.next(l), h.text());
    }

    /**
     * Moves the part {@code id} (its level-2 heading and what follows up to the next level-2 heading) out of
     * {@code blocks} into {@code into}, without its heading: the frame gives it a heading of its own.
     */
    static List<Block> extractPart(List<Block> blocks, String id, List<Block> into) {
        int start = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Heading h && h.level() == 2 && h.id().equals(id)) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            return blocks;
        }
        int end = start + 1;
        while (end < blocks.size() && !(blocks.get(end) instanceof Heading h && h.level() == 2)) {
            end++;
        }
        into.addAll(blocks.subList(start + 1, end));
        List<Block> rest = new ArrayList<>(blocks.subList(0, start));
        rest.addAll(blocks.subList(end, blocks.size()));
        return rest;
    }

    /**
     * A section whose only part is one its template marked shows no sub-heading for it: the section heading says
     * it already. Its deeper headings move up a level.
     */
    static List<Block> dropLonePartHeading(List<Block> blocks) {
        int count = 0;
        int at = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i) instanceof Heading h && h.level() == 2) {
                count++;
                at = i;
            }
        }
        if (count != 1 || ((Heading) blocks.get(at)).id().isEmpty()) {
            return blocks;
        }
        List<Block> out = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (i == at) {
                continue;
            }
            out.add(i > at && b instanceof Heading h ? new Heading(Math.max(2, h.level() - 1), "", h.text(), h.id())
                    : b);
        }
        return out;
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
