package io.zongjie.internal.engine;

import io.zongjie.api.TemplateException;
import io.zongjie.internal.template.TemplateCatalog;
import io.zongjie.internal.template.Templates;
import io.zongjie.spi.Renderer;
import io.zongjie.spi.SectionPlugin;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiles every built-in template of every installed section when the engine is built, so that a plugin whose
 * template does not parse (or writes markup outside the fragment vocabulary) is found then, not at the first report
 * that uses it: such a section is skipped, with a problem naming the template as
 * {@code plugins/contest.jar!org/example/contest/contest.vm:2:14}, and every other section keeps working.
 *
 * <p>A user's override in the template folder is not the plugin's fault: it is checked when it is used.
 */
final class TemplateCheck {

    private static final Logger PROBLEMS = LoggerFactory.getLogger(io.zongjie.api.ReportEngine.PLUGIN_PROBLEMS_LOGGER);

    private TemplateCheck() {
    }

    /**
     * The installed plugins less the sections with a template that does not compile.
     *
     * @param plugins   what the registry installed
     * @param templates the engine's templates, which keep what compiled
     * @param words     the language of the problems
     * @return the plugins that can run, with the problems of those that cannot
     */
    static InstalledPlugins compileAll(InstalledPlugins plugins, Templates templates, io.zongjie.api.Messages words) {
        Map<String, SectionPlugin<?>> sections = new LinkedHashMap<>(plugins.sections());
        Map<String, String> unavailable = new LinkedHashMap<>();
        for (SectionPlugin<?> plugin : plugins.sections().values()) {
            Class<?> owner = plugin.getClass();
            String base = owner.getPackageName().replace('.', '/');
            String origin = plugins.origin(plugin.type());
            String jarName = origin.endsWith(".jar") ? origin : null;
            for (String name : TemplateCatalog.resourceNames(owner, base)) {
                try {
                    templates.checkBuiltIn(plugin.type(), name, owner.getClassLoader(), base);
                } catch (TemplateException e) {
                    String where = TemplateCatalog.locate(owner, jarName, e.template());
                    String problem = words.format(io.zongjie.api.Message.of("template.sectionSkipped",
                            where + e.message(words).substring(e.template().length()), plugin.type()));
                    PROBLEMS.warn(problem);
                    unavailable.merge(plugin.type(), problem, (a, b) -> a + "\n" + b);
                    sections.remove(plugin.type());
                }
            }
        }
        if (unavailable.isEmpty()) {
            return plugins;
        }
        List<String> problems = new ArrayList<>(plugins.problems());
        unavailable.values().forEach(p -> problems.addAll(p.lines().toList())); // one entry per template
        problems.sort(null);
        return new Checked(Map.copyOf(sections), plugins, List.copyOf(problems), Map.copyOf(unavailable));
    }

    /** The registry's plugins without the sections whose templates failed. */
    private record Checked(Map<String, SectionPlugin<?>> sections, InstalledPlugins all, List<String> problems,
            Map<String, String> skipped) implements InstalledPlugins {

        @Override
        public Set<Renderer> renderers() {
            return all.renderers();
        }

        @Override
        public String origin(String type) {
            return all.origin(type);
        }

        @Override
        public Optional<String> unavailable(String type) {
            return Optional.ofNullable(skipped.get(type)).or(() -> all.unavailable(type));
        }
    }
}
