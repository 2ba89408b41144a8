package io.zongjie.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything needed to assemble one report: its meta and its sections in order.
 *
 * @param report   who reports, for which period, to whom, on which date
 * @param sections the sections in the order they appear
 * @param units    for a roll-up, the unit files as written in the input ({@code units:}): a folder or files, relative
 *                 to the input file; empty for a single unit's report (see docs/ROLLUP.md)
 * @param previous last period's input as written in the input ({@code previous:}), relative to the input file, whose
 *                 figures the report compares its own with (「比上年增长12.5%」); {@code null} for none
 */
public record ReportSpec(ReportMeta report, List<SectionSpec> sections, List<String> units, String previous) {
    public ReportSpec {
        Objects.requireNonNull(report, "report");
        sections = sections == null ? List.of() : List.copyOf(sections);
        units = units == null ? List.of() : List.copyOf(units);
        previous = previous == null || previous.isBlank() ? null : previous.strip();
    }

    /**
     * A report that names no previous period's input.
     *
     * @param report   who reports
     * @param sections the sections in order
     * @param units    the unit files as written in the input
     */
    public ReportSpec(ReportMeta report, List<SectionSpec> sections, List<String> units) {
        this(report, sections, units, null);
    }

    /**
     * A report that rolls up no units.
     *
     * @param report   who reports
     * @param sections the sections in order
     */
    public ReportSpec(ReportMeta report, List<SectionSpec> sections) {
        this(report, sections, List.of());
    }
}
