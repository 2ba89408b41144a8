package io.zongjie.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import io.zongjie.api.Limits;
import io.zongjie.api.Message;
import io.zongjie.api.PluginFailureException;
import io.zongjie.api.Problem;
import io.zongjie.internal.input.DataPaths;
import io.zongjie.internal.input.InputReader;
import io.zongjie.internal.input.LocationIndex;
import io.zongjie.internal.input.PlausibleDates;
import io.zongjie.internal.input.RawProblem;
import io.zongjie.model.ReportSpec;
import io.zongjie.model.SectionSpec;
import io.zongjie.spi.SectionPlugin;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * The engine's first stage: checks the report's frame and binds each section's data to its plugin's class, then
 * validates it (Bean Validation, then the plugin's own {@code validate}, under the section deadline). Every
 * problem is collected, with its path, so that one pass reports them all.
 */
final class SectionBinder implements AutoCloseable {

    /** A heading that starts with a number of its own: 「一、」, 「（二）」, 「3.」, 「第一部分」 … */
    private static final Pattern NUMBERED = Pattern.compile(
            "^\\s*([一二三四五六七八九十]+\\s*[、．.]|[（(]\\s*[一二三四五六七八九十0-9]+\\s*[）)]|[0-9]+\\s*[、．.]|第[一二三四五六七八九十0-9]+[部分章节])");

    private final InstalledPlugins plugins;
    private final InputReader reader;
    private final SectionRunner runner;
    private final ValidatorFactory factory;
    private final Validator validator;

    private final Locale language;

    SectionBinder(InstalledPlugins plugins, InputReader reader, SectionRunner runner, Locale language) {
        this.language = language;
        this.plugins = plugins;
        this.reader = reader;
        this.runner = runner;
        this.factory = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator())
                .defaultLocale(Locale.ROOT)
                .buildValidatorFactory();
        this.validator = factory.getValidator();
    }

    /**
     * Validates the frame and binds every section's data, adding every problem found to {@code problems}.
     *
     * @param spec     the report
     * @param source   the file it was read from, for the problems' locations
     * @param index    where each path is in that file
     * @param problems the problems found so far (those of reading), added to
     * @return the sections that bound and validated
     */
    List<BoundSection> bind(ReportSpec spec, String source, LocationIndex index, List<Problem> problems) {
        List<RawProblem> raw = new ArrayList<>();
        List<String> reported = problems.stream().map(Problem::path).toList();
        List<RawProblem> frame = new ArrayList<>();
        beanValidate(spec.report(), "report", frame, null);
        // a frame value that could not be read is reported once, not again as "must not be null"
        frame.stream().filter(c -> reported.stream().noneMatch(r -> DataPaths.isWithin(c.path(), r)))
                .forEach(raw::add);
        plausibleFrame(spec, reported, raw);
        FrameRules.check(spec, plugins.sections(), reported, raw);
        List<BoundSection> bound = new ArrayList<>();
        if (spec.sections().isEmpty()
                && problems.stream().noneMatch(p -> DataPaths.isWithin(p.path(), "sections"))) {
            raw.add(new RawProblem("sections", Message.of("input.noSections")));
        }
        int most = reader.limits().maxSections();
        if (spec.sections().size() > most) {
            // a file's sections were counted while it was read; a report built in Java is counted here
            raw.add(new RawProblem("sections", Message.of("input.tooManySections", spec.sections().size(), most,
                    Limits.raise("sections", spec.sections().size()))));
            for (RawProblem p : raw) {
                problems.add(index.problem(source, p));
            }
            return List.of();
        }
        Map<String, SectionPlugin<?>> sections = plugins.sections();
        for (int i = 0; i < spec.sections().size(); i++) {
            SectionSpec section = spec.sections().get(i);
            String path = "sections[" + i + "]";
            SectionPlugin<?> plugin = sections.get(section.type());
            if (plugin == null) {
                Message why = plugins.unavailable(section.type()).map(p -> p.lines().findFirst().orElse(p))
                        .map(p -> Message.of("input.skippedType", section.type(), p))
                        .orElseGet(() -> Message.of("input.unknownType", section.type(),
                                DataPaths.suggest(section.type(), sections.keySet()),
                                String.join(", ", new TreeSet<>(sections.keySet()))));
                raw.add(new RawProblem(path + ".type", why));
                continue;
            }
            if (section.title() != null && NUMBERED.matcher(section.title()).find()) {
                raw.add(new RawProblem(path + ".title", Message.of("input.numberedTitle", section.title().strip()
                        .split("[、．.）)]", 2)[0])));
            }
            int before = raw.size();
            beanValidate(section.text(), path, raw, null);
            SectionWords.check(plugin, spec.report(), section, path, raw);
            BoundSection b = bind(i, plugin, spec.report(), section, path + ".data", raw);
            if (raw.size() != before) {
                continue;
            }
            if (b != null) {
                bound.add(b);
            }
        }
        for (RawProblem p : raw) {
            problems.add(index.problem(source, p));
        }
        return bound;
    }

    /**
     * The frame's date and period must name a year a report can have: a report built in Java does not pass the
     * file reader's date check, and no reader checks the period, which is text (「2023年」).
     */
    private static void plausibleFrame(ReportSpec spec, List<String> reported, List<RawProblem> raw) {
        if (spec.report() == null) {
            return;
        }
        if (spec.report().date() != null && reported.stream().noneMatch(r -> DataPaths.isWithin("report.date", r))) {
            Message range = PlausibleDates.outOfRange(spec.report().date().getYear());
            if (range != null) {
                raw.add(new RawProblem("report.date", range));
            }
        }
        Message period = PlausibleDates.implausiblePeriod(spec.report().period());
        if (period != null) {
            raw.add(new RawProblem("report.period", Message.of("input.implausiblePeriod",
                    io.zongjie.internal.input.CollectingHandler.abbreviate(spec.report().period()), period)));
        }
    }

    private <T> BoundSection bind(int i, SectionPlugin<T> plugin, io.zongjie.model.ReportMeta report,
            SectionSpec section, String path,
            List<RawProblem> raw) {
        Object data = section.data();
        T value;
        int before = raw.size();
        if (plugin.dataType().isInstance(data)) {
            value = plugin.dataType().cast(data);
        } else {
            JsonNode tree = data == null ? reader.mapper().createObjectNode()
                    : data instanceof JsonNode n ? n : reader.mapper().valueToTree(data);
            if (!tree.isObject()) {
                raw.add(new RawProblem(path, Message.of("input.dataNotMapping")));
                return null;
            }
            reader.checkTree(tree, path, raw); // a file's data passed these checks already; a Java map has not
            if (raw.size() != before) {
                return null;
            }
            value = reader.bindValue(tree, plugin.dataType(), path, raw);
        }
        if (value == null) {
            return null;
        }
        List<String> bindingProblems = raw.subList(before, raw.size()).stream().map(RawProblem::path).toList();
        List<RawProblem> constraints = new ArrayList<>();
        beanValidate(value, path, constraints, plugin);
        for (RawProblem c : constraints) {
            // a value that could not be bound is reported once, not again as "must not be null"
            if (bindingProblems.stream().noneMatch(b -> DataPaths.isWithin(c.path(), b))) {
                raw.add(c);
            }
        }
        if (raw.size() == before) {
            io.zongjie.api.Message who = SectionRunner.describe(plugin);
            List<RawProblem> found = runner.underDeadline(plugin.type(), i, who, () -> {
                List<RawProblem> own = new ArrayList<>(); // not raw itself: an abandoned thread may still add
                try {
                    plugin.validate(value, report, new PluginProblems(plugin, path, own));
                } catch (RuntimeException | StackOverflowError e) {
                    throw new PluginFailureException(plugin.type(), i,
                            io.zongjie.api.Message.of("plugin.failedChecking", who, path, e), e);
                }
                return own;
            });
            raw.addAll(found);
        }
        if (raw.size() != before) {
            return null;
        }
        return new BoundSection(i, plugin, section.title(), value, section.text());
    }

    /**
     * Bean Validation's findings, worded by zongjie's bundles ({@code constraint.PositiveOrZero} …) with the value
     * given; a constraint whose message is a {@code {key}} of the plugin's own bundle is worded by that bundle, and a
     * plugin's literal message is kept as written.
     */
    private void beanValidate(Object value, String path, List<RawProblem> raw, SectionPlugin<?> plugin) {
        List<ConstraintViolation<Object>> violations = new ArrayList<>(validator.validate(value));
        violations.sort(Comparator.comparing(v -> v.getPropertyPath().toString()));
        for (ConstraintViolation<Object> v : violations) {
            Object invalid = v.getInvalidValue();
            Message was = invalid == null || invalid instanceof Iterable || invalid instanceof Map
                    || invalid.getClass().isArray() || invalid.toString().length() > 40 ? Message.of("empty")
                    : Message.of(invalid instanceof CharSequence ? "constraint.wasText" : "constraint.was",
                            invalid.toString());
            // Bean Validation names list elements "<list element>"; the index before it is the path users know
            String property = v.getPropertyPath().toString().replaceAll("\\.?<[a-z ]+>", "");
            raw.add(Constraints.wording(v, was, plugin, language).at(DataPaths.join(path, property)));
        }
    }

    /** A plugin's problems, each at its path in the report; {@link #report} words them by the plugin's bundle. */
    private final class PluginProblems implements io.zongjie.spi.Problems {
        private final SectionPlugin<?> plugin;
        private final String path;
        private final List<RawProblem> found;

        PluginProblems(SectionPlugin<?> plugin, String path, List<RawProblem> found) {
            this.plugin = plugin;
            this.path = path;
            this.found = found;
        }

        @Override
        public void add(String p, String message) {
            found.add(new RawProblem(DataPaths.join(path, p), message));
        }

        @Override
        public void report(String p, String key, Object... arguments) {
            found.add(Constraints.plugin(plugin, key, arguments, language).at(DataPaths.join(path, p)));
        }
    }

    /** Closes the validator factory. */
    @Override
    public void close() {
        factory.close();
    }
}
