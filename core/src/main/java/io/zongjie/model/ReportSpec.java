package io.zongjie.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything needed to assemble one report: its meta and its sections in order.
 *
 * @param report   who reports, for which period, to whom, on which date
 * @param sections the sections in the order they appear
 */
public record ReportSpec(ReportMeta report, List<SectionSpec> sections) {
    public ReportSpec {
        Objects.requireNonNull(report, "report");
        sections = sections == null ? List.of() : List.copyOf(sections);
    }
}
