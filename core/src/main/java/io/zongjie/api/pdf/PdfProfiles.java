package io.zongjie.api.pdf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.zongjie.api.InvalidReportException;
import io.zongjie.api.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads a render profile: a small YAML or JSON file that changes some settings of {@link PdfProfile#standard()}
 * and leaves the rest as the standard has them, so a union can keep its house layout beside its reports.
 *
 * <pre>
 * # a looser layout than GB/T 9704-2012, with the office's own fonts
 * bodySize: 14          # 4号 instead of 3号
 * leading: 24
 * marginTopMm: 30
 * fonts:
 *   body: C:/Windows/Fonts/simfang.ttf
 *   heading1: C:/Windows/Fonts/simhei.ttf
 *   title: /usr/share/fonts/truetype/arphic/uming.ttc,0
 * fontDirectories: [/opt/fonts]
 * fontCompression: 6
 * </pre>
 *
 * <p>The fields are those of {@link PdfProfile}; {@code fonts} maps a role (title, heading1, heading2, body) to a
 * file, with {@code ,INDEX} for a face of a .ttc collection. Every problem is reported at once, with its field.
 */
public final class PdfProfiles {

    private static final ObjectMapper YAML = new YAMLMapper();

    private PdfProfiles() {
    }

    /**
     * Reads the profile in {@code file} over the standard one.
     *
     * @throws InvalidReportException naming the file and each bad field
     * @throws IOException            if the file cannot be read
     */
    public static PdfProfile read(Path file) throws IOException {
        return read(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    }

    /** Reads a profile given as YAML or JSON text; {@code source} names it in messages. */
    public static PdfProfile read(String text, String source) {
        JsonNode tree;
        try {
            tree = YAML.readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InvalidReportException(List.of(new Problem(source, "", line, 0,
                    "is not valid YAML or JSON: " + e.getOriginalMessage().lines().findFirst().orElse(""))));
        }
        if (tree == null || tree.isMissingNode() || tree.isNull()) {
            return PdfProfile.standard();
        }
        if (!tree.isObject()) {
            throw new InvalidReportException(List.of(new Problem(source, "", 0, 0,
                    "a render profile is a mapping of settings, such as 'bodySize: 14'")));
        }
        List<Problem> problems = new ArrayList<>();
        PdfProfile standard = PdfProfile.standard();
        ObjectNode settings = YAML.valueToTree(standard);
        settings.remove("fonts");
        settings.remove("fontDirectories");
        List<String> fontOptions = new ArrayList<>();
        List<Path> directories = null;
        TreeSet<String> known = new TreeSet<>();
        settings.fieldNames().forEachRemaining(known::add);
        known.add("fonts");
        known.add("fontDirectories");
        for (Map.Entry<String, JsonNode> field : tree.properties()) {
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (name.equals("fonts")) {
                if (!value.isObject()) {
                    problems.add(problem(source, name, "expected a mapping of role to font file, such as "
                            + "'body: /path/simfang.ttf'"));
                    continue;
                }
                value.properties().forEach(f -> {
                    if (!f.getValue().isTextual()) {
                        problems.add(problem(source, "fonts." + f.getKey(), "expected a font file"));
                    } else {
                        fontOptions.add(f.getKey() + "=" + f.getValue().asText());
                    }
                });
            } else if (name.equals("fontDirectories")) {
                directories = new ArrayList<>();
                if (!value.isArray()) {
                    problems.add(problem(source, name, "expected a list of folders"));
                    continue;
                }
                for (JsonNode d : value) {
                    directories.add(Path.of(d.asText()));
                }
            } else if (!settings.has(name)) {
                problems.add(problem(source, name, "unknown setting '" + name + "'"
                        + io.zongjie.api.DidYouMean.hint(name, known) + " (known: "
                        + String.join(", ", known) + ")"));
            } else if (!value.isNumber()) {
                problems.add(problem(source, name, "expected a number but found " + value));
            } else {
                settings.set(name, value);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidReportException(problems);
        }
        try {
            settings.putObject("fonts");
            settings.putArray("fontDirectories");
            PdfProfile profile = YAML.treeToValue(settings, PdfProfile.class)
                    .withFontDirectories(directories != null ? directories : standard.fontDirectories());
            for (String option : fontOptions) {
                profile = profile.withFontOption(option);
            }
            return profile;
        } catch (IllegalArgumentException e) {
            throw new InvalidReportException(List.of(problem(source, "", e.getMessage())));
        } catch (JsonProcessingException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new InvalidReportException(List.of(problem(source, "", cause.getMessage())));
        }
    }

    private static Problem problem(String source, String path, String message) {
        return new Problem(source, path, 0, 0, message);
    }
}
