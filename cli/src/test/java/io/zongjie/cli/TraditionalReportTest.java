package io.zongjie.cli;

import static io.zongjie.cli.MainTest.SAMPLES;
import static io.zongjie.cli.MainTest.zongjie;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports in Traditional Chinese, read back as a Hong Kong, Macau or Taiwan reader would get them. */
class TraditionalReportTest {

    @TempDir
    Path dir;

    /** Every text value of an input file: what the report prints as typed. */
    private static List<String> inputTexts(Path file) throws Exception {
        List<String> texts = new ArrayList<>();
        collect(new ObjectMapper(new YAMLFactory()).readTree(file.toFile()), texts);
        return texts;
    }

    private static void collect(JsonNode node, List<String> texts) {
        if (node.isTextual()) {
            // the user's **emphasis** is printed without its marks
            for (String piece : node.asText().split("[\\s*]+")) {
                texts.add(piece);
            }
        }
        node.elements().forEachRemaining(child -> collect(child, texts));
    }

    /** The Simplified-only characters of {@code text} (whose Traditional forms do not include themselves). */
    private static Set<String> simplifiedOnly(String text) {
        Set<String> found = new TreeSet<>();
        text.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                .mapToObj(Character::toString)
                .filter(c -> {
                    List<String> traditional = ZhConverterUtil.toTraditional(c.charAt(0));
                    return traditional != null && !traditional.isEmpty() && !traditional.contains(c);
                })
                .forEach(found::add);
        return found;
    }

    /** {@code text} without the input's own texts, longest first. */
    private static String generated(String text, List<String> inputs) {
        String rest = text;
        for (String input : inputs.stream().distinct().sorted(Comparator.comparing(String::length).reversed())
                .toList()) {
            rest = rest.replace(input, "〇");
        }
        return rest;
    }

    @Test
    void theSchoolSampleInTraditionalHasNoSimplifiedCharacterBesidesTheInputsOwnText() throws Exception {
        Path school = SAMPLES.resolve("school.yaml");
        Path out = dir.resolve("school.txt");
        MainTest.Run run = zongjie("assemble", school.toString(), "-o", out.toString(), "--script", "hant");

        assertThat(run.code()).as(run.err()).isZero();
        String text = Files.readString(out);
        assertThat(text).contains("2023年工會工作總結", "一、加強師德建設，提升業務素質", "發放慰問金7.01萬元",
                "全年共走訪慰問教職工229人次");
        // the names and descriptions of the input are as typed
        assertThat(text).contains("临江市滨江实验中学工会委员会", "临江区教育工会：");
        assertThat(simplifiedOnly(generated(text, inputTexts(school)))).isEmpty();
    }

    @Test
    void thePdfSetsEveryTraditionalCharacterInAnEmbeddedFace() throws Exception {
        Path school = SAMPLES.resolve("school.yaml");
        Path txt = dir.resolve("school.txt");
        Path pdf = dir.resolve("school.pdf");
        assertThat(zongjie("assemble", school.toString(), "-o", txt.toString(), "--script", "hant-tw").code())
                .isZero();
        MainTest.Run run = zongjie("assemble", school.toString(), "-o", pdf.toString(), "--script", "hant-tw");
        assertThat(run.code()).as(run.err()).isZero();

        byte[] bytes = Files.readAllBytes(pdf);
        // every character of the text is in the PDF, none lost for want of a glyph (the text's table rule and the
        // table's header, repeated on the next page of the PDF, aside)
        String expected = Files.readString(txt).replaceAll("[\\s\u3000-]+", "").replace("項目資料", "");
        assertThat(SamplesTest.pdfText(bytes).replaceAll("[\\s\u3000-]+", "").replace("項目資料", ""))
                .isEqualTo(expected);
        try (PDDocument read = Loader.loadPDF(bytes)) {
            assertThat(read.getDocumentCatalog().getLanguage()).isEqualTo("zh-TW");
            for (PDPage page : read.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
    }

    @Test
    void taiwansVocabularyWhereItDiffers() throws Exception {
        Path out = dir.resolve("school.txt");
        assertThat(zongjie("assemble", SAMPLES.resolve("school.yaml").toString(), "-o", out.toString(), "--script",
                "hant-tw").code()).isZero();
        String text = Files.readString(out);
        // 数据 is 資料 in Taiwan, 數據 elsewhere; where OpenCC's Taiwan table is wrong for a report, zongjie's own
        // word: the sports' 4個項目 are events, not 專案, and a congress 表決通過 its rules
        assertThat(text).contains("2023年主要工作資料", "等4個項目", "表決通過了").doesNotContain("數據", "專案", "透過了");
    }

    private static final String TRADITIONAL_UNION = """
            report:
              organization: 地區教育工會
              period: 2023年
              recipient: 地區總工會
              date: 2023-12-20
            sections:
              - type: welfare
                data:
                  visits:
                    - {occasion: 春節, who: 困難教職工, persons: 58, amount: 29000}
            """;

    @Test
    void aUnionNamedInTraditionalGetsATraditionalReportWithNothingSimplifiedAppended() throws Exception {
        Path in = Files.writeString(dir.resolve("report.yaml"), TRADITIONAL_UNION);
        Path out = dir.resolve("report.txt");
        MainTest.Run run = zongjie("assemble", in.toString(), "-o", out.toString());

        assertThat(run.code()).as(run.err()).isZero();
        String text = Files.readString(out);
        assertThat(text).contains("地區教育工會2023年工作總結", "地區總工會：", "慰問困難教職工58人次")
                .doesNotContain("工会").doesNotContain("工會委員會");
        assertThat(simplifiedOnly(text)).isEmpty();
        assertThat(text.strip()).endsWith("地區教育工會\n" + text.strip().lines().reduce((a, b) -> b).orElseThrow());
    }

    @Test
    void theScriptCanBeChosenOverTheNamesOnTheCommandLineAndInTheReport() throws Exception {
        Path in = Files.writeString(dir.resolve("report.yaml"), TRADITIONAL_UNION);
        Path out = dir.resolve("report.txt");
        assertThat(zongjie("assemble", in.toString(), "-o", out.toString(), "--script", "hans").code()).isZero();
        assertThat(Files.readString(out)).contains("地區教育工會2023年工作总结");

        Path field = Files.writeString(dir.resolve("field.yaml"),
                TRADITIONAL_UNION.replace("  date: 2023-12-20", "  date: 2023-12-20\n  script: hans"));
        assertThat(zongjie("assemble", field.toString(), "-o", out.toString()).code()).isZero();
        assertThat(Files.readString(out)).contains("地區教育工會2023年工作总结");

        // the command line wins over the report's field
        assertThat(zongjie("assemble", field.toString(), "-o", out.toString(), "--script", "hant-hk").code())
                .isZero();
        assertThat(Files.readString(out)).contains("地區教育工會2023年工作總結");
    }

    @Test
    void anUnknownScriptIsAProblemOfTheInputOrAUsageError() throws Exception {
        Path in = Files.writeString(dir.resolve("report.yaml"),
                TRADITIONAL_UNION.replace("  date: 2023-12-20", "  date: 2023-12-20\n  script: big5"));
        MainTest.Run run = zongjie("validate", in.toString());
        assertThat(run.code()).isEqualTo(Main.INVALID_INPUT);
        assertThat(run.err()).contains("report.yaml:6:3: report.script: expected one of hans, hant, hant-hk, hant-tw "
                + "but found \"big5\"");

        MainTest.Run usage = zongjie("assemble", in.toString(), "-o", dir.resolve("r.txt").toString(), "--script",
                "trad");
        assertThat(usage.code()).isEqualTo(Main.USAGE);
        assertThat(usage.err()).contains("--script").contains("expected hans, hant, hant-hk or hant-tw");
    }
}
