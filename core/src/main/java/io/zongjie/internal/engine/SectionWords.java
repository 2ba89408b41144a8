package io.zongjie.internal.engine;

import io.zongjie.document.Block;
import io.zongjie.document.Heading;
import io.zongjie.internal.input.DataPaths;
import io.zongjie.internal.input.RawProblem;
import io.zongjie.model.ReportMeta;
import io.zongjie.model.SectionSpec;
import io.zongjie.model.SectionText;
import io.zongjie.model.Subsection;
import io.zongjie.spi.SectionPart;
import io.zongjie.spi.SectionPlugin;
import io.zongjie.spi.UserText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The user's own words in a section ({@code before}, {@code after}, {@code parts}, {@code subsections}): checked
 * against the section's declared parts, then put in their places among the blocks its plugin wrote. A part is a
 * level-2 heading and what follows it up to the next; a template marks its parts with {@code <h2 id="…">}.
 */
final class SectionWords {

    private SectionWords() {
    }

    /** Checks the part ids the user wrote against the parts {@code plugin} declares, and that a heading exists. */
    static void check(SectionPlugin<?> plugin, ReportMeta meta, SectionSpec section, String path,
            List<RawProblem> raw) {
        if (plugin.title().isBlank() && (section.title() == null || section.title().isBlank())) {
            raw.add(new RawProblem(path + ".title", "missing: a " + plugin.type()
                    + " section has no heading of its own; give it a title, such as 「建立便民菜站，为职工办实事」"));
        }
        SectionText text = section.text();
        if (text.parts().isEmpty() && text.subsections().stream().allMatch(s -> s.after() == null)) {
            return;
        }
        List<String> ids = plugin.parts(meta).stream().map(SectionPart::id).toList();
        for (String key : text.parts().keySet()) {
            if (!ids.contains(key)) {
                raw.add(new RawProblem(path + ".parts." + key, unknownPart(plugin, key, ids)));
            }
        }
        for (int i = 0; i < text.subsections().size(); i++) {
            String after = text.subsections().get(i).after();
            if (after != null && !ids.contains(after.strip())) {
                raw.add(new RawProblem(path + ".subsections[" + i + "].after", unknownPart(plugin, after, ids)));
            }
        }
    }

    private static String unknownPart(SectionPlugin<?> plugin, String key, List<String> ids) {
        if (ids.isEmpty()) {
            return "section type '" + plugin.type() + "' has no parts to name; put your paragraphs in before or "
                    + "after, or a sub-section of your own in subsections";
        }
        return "'" + key + "' is not a part of " + plugin.type() + DataPaths.didYouMean(key, ids) + " (its parts: "
                + String.join(", ", ids) + ")";
    }

    /**
     * The section's blocks with the user's words in place: {@code before} first, each part's paragraphs at the end
     * of that part (a part without data of its own gets its heading, in the declared order), each sub-section
     * after the part it names or after all parts, and {@code after} last.
     */
    static List<Block> merge(List<Block> generated, SectionText text, List<SectionPart> declared) {
        if (text.isEmpty()) {
            return generated;
        }
        List<Block> intro = new ArrayList<>();
        List<Part> parts = new ArrayList<>();
        for (Block b : generated) {
            if (b instanceof Heading h && h.level() == 2) {
                parts.add(new Part(h.id(), new ArrayList<>(List.of(b))));
            } else if (parts.isEmpty()) {
                intro.add(b);
            } else {
                parts.get(parts.size() - 1).blocks.add(b);
            }
        }
        Map<String, Integer> order = new LinkedHashMap<>();
        for (SectionPart p : declared) {
            order.putIfAbsent(p.id(), order.size());
        }
        for (SectionPart p : declared) {
            List<String> words = text.parts().get(p.id());
            if (words == null || words.isEmpty()) {
                continue;
            }
            Part existing = find(parts, p.id());
            if (existing != null) {
                existing.blocks.addAll(UserText.paragraphs(words));
                continue;
            }
            Part added = new Part(p.id(), new ArrayList<>());
            added.blocks.add(new Heading(2, "", p.heading(), p.id()));
            added.blocks.addAll(UserText.paragraphs(words));
            int at = parts.size();
            for (int i = 0; i < parts.size(); i++) {
                Integer rank = order.get(parts.get(i).id);
                if (rank != null && rank > order.get(p.id())) {
                    at = i;
                    break;
                }
            }
            parts.add(at, added);
        }
        Map<String, Integer> placedAfter = new LinkedHashMap<>();
        for (Subsection s : text.subsections()) {
            Part own = new Part("", new ArrayList<>(UserText.subsection(s, 2)));
            String after = s.after() == null ? null : s.after().strip();
            Part anchor = after == null ? null : find(parts, after);
            if (anchor == null) {
                parts.add(own);
                continue;
            }
            int at = parts.indexOf(anchor) + 1 + placedAfter.getOrDefault(after, 0);
            parts.add(at, own);
            placedAfter.merge(after, 1, Integer::sum);
        }
        List<Block> out = new ArrayList<>(UserText.paragraphs(text.before()));
        out.addAll(intro);
        for (Part p : parts) {
            out.addAll(p.blocks);
        }
        out.addAll(UserText.paragraphs(text.after()));
        return out;
    }

    private static Part find(List<Part> parts, String id) {
        for (Part p : parts) {
            if (!p.id.isEmpty() && p.id.equals(id)) {
                return p;
            }
        }
        return null;
    }

    /** A part: its level-2 heading's id ({@code ""} for none) and its blocks, heading first. */
    private record Part(String id, List<Block> blocks) {
    }
}
