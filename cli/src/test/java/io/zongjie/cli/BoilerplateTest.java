package io.zongjie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zongjie.api.ReportEngine;
import io.zongjie.document.Block;
import io.zongjie.document.Document;
import io.zongjie.document.ListBlock;
import io.zongjie.document.Paragraph;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The boilerplate figure of docs/BOILERPLATE.md, kept under its bound: the share of a report's prose clauses (at
 * 。；，！？, of 10 characters or more, headings left out) that appear word for word in at least three of five
 * reports of different unions, averaged over every five of the samples. docs/boilerplate.py measures the same from
 * the command line.
 */
class BoilerplateTest {

    private static final ReportEngine ENGINE = ReportEngine.builder().build();
    private static final List<String> SAMPLES = List.of("school", "enterprise", "government", "hospital",
            "district-education", "township", "congress-report", "school-year", "half-year", "summary-plan");

    @Test
    void reportsOfDifferentUnionsShareLessThanOneClauseInTen() throws Exception {
        List<List<String>> reports = new ArrayList<>();
        for (String s : SAMPLES) {
            reports.add(clauses(ENGINE.assemble(ENGINE.read(Path.of("..", "samples", s + ".yaml")))));
        }
        assertThat(average(reports)).as("boilerplate share").isLessThan(0.10);
    }

    /** docs/boilerplate.py --normalise: clauses that differ only in a number, a quotation or the union's name are one. */
    @Test
    void evenWithTheirFiguresAndNamesNormalisedTheyShareLessThanOneClauseInTen() throws Exception {
        List<List<String>> reports = new ArrayList<>();
        for (String s : SAMPLES) {
            Document doc = ENGINE.assemble(ENGINE.read(Path.of("..", "samples", s + ".yaml")));
            String title = doc.blocks().stream().filter(b -> b instanceof io.zongjie.document.Title)
                    .map(b -> ((io.zongjie.document.Title) b).text()).findFirst().orElseThrow();
            String organisation = title.split("\\d{4}", 2)[0];
            assertThat(organisation).as("the organisation in the title of %s", s).isNotBlank();
            List<String> normalised = new ArrayList<>();
            for (String c : clauses(doc)) {
                String n = c.replaceAll("“[^”]*”|「[^」]*」|《[^》]*》", "Q").replace(organisation, "X")
                        .replaceAll("[0-9]+(?:[.,][0-9]+)*%?", "#");
                normalised.add(n);
            }
            reports.add(normalised);
        }
        assertThat(average(reports)).as("normalised boilerplate share").isLessThan(0.10);
    }

    private static double average(List<List<String>> reports) {
        double sum = 0;
        int n = 0;
        int[] pick = new int[5];
        for (pick[0] = 0; pick[0] < reports.size(); pick[0]++) {
            for (pick[1] = pick[0] + 1; pick[1] < reports.size(); pick[1]++) {
                for (pick[2] = pick[1] + 1; pick[2] < reports.size(); pick[2]++) {
                    for (pick[3] = pick[2] + 1; pick[3] < reports.size(); pick[3]++) {
                        for (pick[4] = pick[3] + 1; pick[4] < reports.size(); pick[4]++) {
                            for (double share : shares(reports, pick)) {
                                sum += share;
                                n++;
                            }
                        }
                    }
                }
            }
        }
        return sum / n;
    }

    private static List<Double> shares(List<List<String>> reports, int[] group) {
        Map<String, Set<Integer>> presence = new HashMap<>();
        for (int i : group) {
            for (String c : new HashSet<>(reports.get(i))) {
                presence.computeIfAbsent(c, k -> new HashSet<>()).add(i);
            }
        }
        List<Double> out = new ArrayList<>();
        for (int i : group) {
            List<String> r = reports.get(i);
            long shared = r.stream().filter(c -> presence.get(c).size() >= 3).count();
            out.add(r.isEmpty() ? 0 : shared / (double) r.size());
        }
        return out;
    }

    /** The clauses of a report's paragraphs and list items. */
    static List<String> clauses(Document doc) {
        List<String> out = new ArrayList<>();
        for (Block b : doc.blocks()) {
            List<String> texts = new ArrayList<>();
            if (b instanceof Paragraph p) {
                texts.add(p.plainText());
            } else if (b instanceof ListBlock l) {
                texts.addAll(l.itemTexts());
            }
            for (String t : texts) {
                for (String c : t.split("[。；，！？]")) {
                    if (c.strip().length() >= 10) {
                        out.add(c.strip());
                    }
                }
            }
        }
        return out;
    }
}
