package io.zongjie.internal.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.MapMaker;
import io.zongjie.api.Problem;
import io.zongjie.internal.input.LocationIndex;
import io.zongjie.internal.input.RawProblem;
import io.zongjie.model.ReportSpec;
import io.zongjie.model.SectionSpec;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The reports this engine's {@code read} returned, each with its sections as bound and validated then, so that
 * {@code assemble(read(file))} does not bind and validate a second time.
 *
 * <p>Reports are held by identity and weakly: a report the host drops is forgotten with it, and a report built
 * in Java (even one equal to a read one) is validated as usual. A {@link ReportSpec} is immutable but the Jackson
 * trees its sections hold are not; each tree is compared with a copy taken at reading, so that a host that changes
 * one after {@code read} has the report validated again rather than assembled unchecked.
 */
final class ValidatedReports {

    /**
     * The sections of one report as validated, with a copy of each section's data as it was then, and the file it
     * was read from with the positions of its paths (so a problem found later can still name line and column).
     */
    private record Entry(List<BoundSection> sections, List<Object> data, String source, LocationIndex index) {
    }

    private final Map<ReportSpec, Entry> reports = new MapMaker().weakKeys().makeMap();

    /** Remembers that {@code spec} was read from {@code source} and validated, its valid sections being those. */
    void remember(ReportSpec spec, List<BoundSection> sections, String source, LocationIndex index) {
        reports.put(spec, new Entry(List.copyOf(sections), spec.sections().stream().map(ValidatedReports::copy)
                .toList(), source, index));
    }

    /** A problem found while assembling {@code spec}, located in the file it was read from when it was read. */
    Problem locate(ReportSpec spec, String javaSource, RawProblem problem) {
        Entry entry = reports.get(spec);
        return entry == null ? LocationIndex.NONE.problem(javaSource, problem)
                : entry.index().problem(entry.source(), problem);
    }

    /** The sections of {@code spec} as validated when it was read, if it was and is unchanged since. */
    Optional<List<BoundSection>> sections(ReportSpec spec) {
        Entry entry = reports.get(spec);
        if (entry == null) {
            return Optional.empty();
        }
        List<SectionSpec> now = spec.sections();
        for (int i = 0; i < now.size(); i++) {
            if (!Objects.equals(entry.data().get(i), now.get(i).data())) {
                return Optional.empty();
            }
        }
        return Optional.of(entry.sections());
    }

    private static Object copy(SectionSpec section) {
        return section.data() instanceof JsonNode tree ? tree.deepCopy() : section.data();
    }
}
