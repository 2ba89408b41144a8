package io.zongjie.internal.engine;

import io.zongjie.document.Block;
import io.zongjie.internal.template.Templates;
import io.zongjie.model.ReportMeta;
import io.zongjie.model.Vocabulary;
import io.zongjie.spi.ChineseFormat;
import io.zongjie.spi.Figure;
import io.zongjie.spi.Phrasing;
import io.zongjie.spi.SectionContext;
import io.zongjie.spi.SectionPlugin;
import io.zongjie.spi.TemplateCall;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The context of one section of one report. */
final class Context implements SectionContext {

    private final ReportMeta report;
    private final String title;
    private final ChineseFormat format;
    private final Templates templates;
    private final SectionPlugin<?> plugin;
    private final Vocabulary words;
    private final Phrasing phrasing;
    final List<Figure> figures = new ArrayList<>();

    Context(ReportMeta report, String title, ChineseFormat format, Templates templates, SectionPlugin<?> plugin,
            Vocabulary words, Phrasing phrasing) {
        this.report = report;
        this.title = title;
        this.format = format;
        this.templates = templates;
        this.plugin = plugin;
        this.words = words;
        this.phrasing = phrasing;
    }

    @Override
    public Vocabulary words() {
        return words;
    }

    @Override
    public Phrasing phrasing() {
        return phrasing;
    }

    @Override
    public ReportMeta report() {
        return report;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public ChineseFormat format() {
        return format;
    }

    @Override
    public TemplateCall template(String name) {
        Class<?> type = plugin.getClass();
        String base = type.getPackageName().replace('.', '/');
        Templates.CompiledTemplate template = templates.get(plugin.type(), name, type.getClassLoader(), base);
        Map<String, Object> variables = new LinkedHashMap<>();
        variables.put("report", report);
        variables.put("title", title);
        variables.put("fmt", format);
        variables.put("words", words);
        variables.put("vary", phrasing);
        return new TemplateCall() {
            @Override
            public TemplateCall with(String name, Object value) {
                variables.put(name, value);
                return this;
            }

            @Override
            public List<Block> render() {
                return templates.render(template, variables);
            }
        };
    }

    @Override
    public void publish(Figure figure) {
        figures.add(figure);
    }
}
