package io.zongjie.internal.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zongjie.api.Limits;
import io.zongjie.api.Problem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The single pass ({@link TokenScanner#read}: the tree read while the tokens are scanned) gives the tree a separate
 * parse gives, the positions a scan alone records, and a scan's problems.
 */
class TokenScannerTest {

    private final InputReader reader = new InputReader(Limits.defaults());
    private final TokenScanner scanner = new TokenScanner(Limits.defaults());

    private static List<Path> samples() throws Exception {
        try (Stream<Path> files = Files.walk(Path.of("..", "samples"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static Map<String, List<Integer>> positions(LocationIndex index) {
        Map<String, List<Integer>> out = new TreeMap<>();
        index.positions().forEach((path, at) -> out.put(path, List.of(at[0], at[1])));
        return out;
    }

    @Test
    void everySampleReadsToTheTreeAndPositionsOfTwoPasses() throws Exception {
        List<Path> samples = samples();
        assertThat(samples).hasSizeGreaterThan(10);
        ObjectMapper yaml = reader.parsing(false);
        for (Path sample : samples) {
            String text = Files.readString(sample);
            LocationIndex once = new LocationIndex();
            List<Problem> problems = new ArrayList<>();
            JsonNode tree = scanner.read(yaml, false, text, sample.toString(), once, problems);
            LocationIndex scanned = new LocationIndex();
            scanner.scan(yaml, false, text, sample.toString(), scanned, new ArrayList<>());
            assertThat(problems).as("%s: problems", sample).isEmpty();
            assertThat(tree).as("%s: the tree", sample).isEqualTo(yaml.readTree(text));
            assertThat(positions(once)).as("%s: positions", sample).isEqualTo(positions(scanned))
                    .hasSizeGreaterThan(20);
        }
    }

    @Test
    void problemsAfterTheFirstAreStillFoundAndNoTreeIsGiven() throws Exception {
        String text = "a: .inf\nb: [1, 2]\nc: \"x\\u202Ey\"\nd: 0x1F\n";
        List<Problem> once = new ArrayList<>();
        JsonNode tree = scanner.read(reader.parsing(false), false, text, "f.yaml", new LocationIndex(), once);
        List<Problem> scanned = new ArrayList<>();
        scanner.scan(reader.parsing(false), false, text, "f.yaml", new LocationIndex(), scanned);
        assertThat(tree).isNull();
        assertThat(once).isEqualTo(scanned);
        assertThat(once).extracting(Problem::path).containsExactly("a", "c", "d");
        assertThat(once).extracting(Problem::line).containsExactly(1, 3, 4);
    }

    @Test
    void aLimitOnlyTheTreeChecksIsNamedWhereItIs() throws Exception {
        // the scan counts a number's digits; the parser checks its length, sign included, when the tree reads it
        String text = "a: 1\nb: -" + "9".repeat(50) + "\nc: 3\n";
        List<Problem> problems = new ArrayList<>();
        JsonNode tree = scanner.read(reader.parsing(false), false, text, "f.yaml", new LocationIndex(), problems);
        assertThat(tree).isNull();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.path()).isEqualTo("b");
            assertThat(p.line()).isEqualTo(2);
        });
    }

    @Test
    void aSecondDocumentAfterTheTreeIsAProblem() throws Exception {
        List<Problem> problems = new ArrayList<>();
        JsonNode tree = scanner.read(reader.parsing(false), false, "a: 1\n---\nb: 2\n", "f.yaml", new LocationIndex(),
                problems);
        assertThat(tree).isNull();
        assertThat(problems).singleElement().satisfies(p -> assertThat(p.line()).isEqualTo(3));
    }

    @Test
    void jsonReadsInOnePassToo() throws Exception {
        String text = "{\"report\": {\"organization\": \"某校工会\", \"year\": 2026}, \"sections\": [{\"type\": \"welfare\"}]}";
        ObjectMapper json = reader.parsing(true);
        LocationIndex index = new LocationIndex();
        List<Problem> problems = new ArrayList<>();
        assertThat(scanner.read(json, true, text, "f.json", index, problems)).isEqualTo(json.readTree(text));
        assertThat(problems).isEmpty();
        // a field is where its name starts: the quote before type
        assertThat(index.locate("sections[0].type")).containsExactly(1, 66);
    }
}
