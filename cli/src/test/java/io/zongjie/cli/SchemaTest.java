package io.zongjie.cli;

import static io.zongjie.cli.MainTest.SAMPLES;
import static io.zongjie.cli.MainTest.zongjie;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.zongjie.cli.MainTest.Run;
import io.zongjie.testing.PluginJar;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code zongjie schema}, checked with a real JSON Schema validator against the samples and broken inputs. */
class SchemaTest {

    static final YAMLMapper YAML = new YAMLMapper();

    @TempDir
    static Path dir;

    static Path plugins;
    static JsonSchema schema;
    static JsonNode schemaJson;

    @BeforeAll
    static void generateTheSchemaWithTheRetireesPluginInstalled() throws Exception {
        plugins = dir.resolve("plugins");
        PluginJar.named("retirees.jar").project(SAMPLES.resolve("retirees-plugin")).writeTo(plugins);
        Path file = dir.resolve("zongjie.schema.json");
        Run run = zongjie("schema", "-o", file.toString(), "--plugins", plugins.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("wrote " + file);
        schemaJson = new ObjectMapper().readTree(file.toFile());
        schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaJson);
    }

    private static Set<ValidationMessage> check(JsonNode input) {
        return schema.validate(input);
    }

    @Test
    void isDraft2020WithEveryInstalledSectionTypeAndItsDataSchema() {
        assertThat(schemaJson.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        JsonNode item = schemaJson.at("/properties/sections/items");
        assertThat(item.at("/properties/type/enum").toString()).contains("\"welfare\"", "\"retirees\"");
        assertThat(item.get("allOf").toString()).contains("\"const\":\"retirees\"").contains("\"checkup\"")
                .contains("\"visits\"");
        assertThat(schemaJson.at("/properties/report/required").toString())
                .contains("organization", "period", "date");
    }

    @Test
    void aFieldsChineseNameIsItsTitle() {
        assertThat(schemaJson.at("/properties/report/properties/organization/title").asText()).isEqualTo("单位名称");
        assertThat(schemaJson.toString()).contains("\"title\":\"慰问金额\"");
    }

    @Test
    void everySampleAndTheInitExampleAreAccepted() throws Exception {
        List<Path> samples;
        // the district roll-up too, with its units: and previous:, and its units and last year's file
        try (Stream<Path> files = Files.walk(SAMPLES)) {
            samples = files.filter(p -> p.toString().endsWith(".yaml")).filter(p -> !p.toString().contains("target"))
                    .sorted().toList();
        }
        assertThat(samples).contains(SAMPLES.resolve("district/district.yaml"));
        assertThat(samples).isNotEmpty();
        for (Path sample : samples) {
            assertThat(check(YAML.readTree(sample.toFile()))).as(sample.toString()).isEmpty();
        }
        Path init = dir.resolve("init.yaml");
        assertThat(zongjie("init", init.toString(), "--force").code()).isZero();
        assertThat(check(YAML.readTree(init.toFile()))).isEmpty();
    }

    @Test
    void aWrongTypeInAPluginsDataIsRejectedAtItsPath() throws Exception {
        ObjectNode school = (ObjectNode) YAML.readTree(SAMPLES.resolve("school.yaml").toFile());
        ((ObjectNode) school.at("/sections/2/data/visits/0")).put("persons", "很多");

        assertThat(check(school)).extracting(ValidationMessage::getMessage).anySatisfy(m ->
                assertThat(m).contains("$.sections[2].data.visits[0].persons").contains("integer"));
    }

    @Test
    void aFolderPluginsDataIsCheckedToo() throws Exception {
        JsonNode ok = YAML.readTree(Files.readString(SAMPLES.resolve("school.yaml")) + """
                  - type: retirees
                    data:
                      checkup: {persons: 36}
                """);
        assertThat(check(ok)).isEmpty();

        JsonNode bad = YAML.readTree(Files.readString(SAMPLES.resolve("school.yaml")) + """
                  - type: retirees
                    data:
                      checkup: {persons: -3, provider: 医院}
                      chekup: {}
                """);
        assertThat(check(bad)).extracting(ValidationMessage::getMessage)
                .anySatisfy(m -> assertThat(m).contains("$.sections[6].data.checkup.persons"))
                .anySatisfy(m -> assertThat(m).contains("chekup"));
    }

    @Test
    void unknownTypesAndFieldsAndMissingFramesAreRejected() throws Exception {
        assertThat(check(YAML.readTree("report: {organization: 某厂, period: 2023年, date: 2023-12-01}\n"
                + "sections:\n  - type: welfrae\n"))).isNotEmpty();
        assertThat(check(YAML.readTree("report: {organization: 某厂, period: 2023年, date: 2023-12-01, colour: red}\n"
                + "sections:\n  - type: welfare\n"))).isNotEmpty();
        assertThat(check(YAML.readTree("sections:\n  - type: welfare\n"))).isNotEmpty();
        assertThat(check(YAML.readTree("report: {organization: 某厂, period: 2023年, date: 2023-12-01}\n"
                + "sections:\n  - type: welfare\n"))).isEmpty();
    }

    @Test
    void printsToStandardOutputWithoutOutputFileAndInitPointsEditorsAtTheSchemaFile() throws Exception {
        Run run = zongjie("schema");
        assertThat(run.code()).isZero();
        assertThat(new ObjectMapper().readTree(run.out()).get("title").asText()).isEqualTo("zongjie report input");

        Path init = dir.resolve("marker.yaml");
        assertThat(zongjie("init", init.toString(), "--force").code()).isZero();
        assertThat(Files.readAllLines(init).get(0)).isEqualTo("# yaml-language-server: $schema=zongjie.schema.json");
    }

    @Test
    void aPluginsJsonPropertyDescriptionsReachTheSchema() throws Exception {
        Path folder = dir.resolve("described-plugins");
        PluginJar.section("contest.jar", "org.example.contest", "contest")
                .source("org.example.contest.Module", """
                        package org.example.contest;
                        public class Module extends io.zongjie.spi.PluginModule {
                          @Override protected void configure() { section(Section.class); }
                        }
                        """)
                .source("org.example.contest.Section", """
                        package org.example.contest;
                        import com.fasterxml.jackson.annotation.JsonClassDescription;
                        import com.fasterxml.jackson.annotation.JsonPropertyDescription;
                        import io.zongjie.document.Block;
                        import io.zongjie.spi.*;
                        import java.util.List;
                        public class Section implements SectionPlugin<Section.Data> {
                          @JsonClassDescription("职工技能竞赛")
                          public record Data(
                              @JsonPropertyDescription("竞赛项目数") @jakarta.validation.constraints.PositiveOrZero
                              Integer count,
                              @JsonPropertyDescription("竞赛级别：国家级、省级、市级……") Level level) { }
                          public String type() { return "contest"; }
                          public String title() { return "开展技能竞赛"; }
                          public String description() { return "a described section"; }
                          public Class<Data> dataType() { return Data.class; }
                          public List<Block> render(Data d, SectionContext c) {
                            return c.template("contest.vm").with("data", d).render();
                          }
                        }
                        """)
                .writeTo(folder);

        Run run = zongjie("schema", "--plugins", folder.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode generated = new ObjectMapper().readTree(run.out());
        JsonNode contest = null;
        for (JsonNode branch : generated.at("/properties/sections/items/allOf")) {
            if (branch.at("/if/properties/type/const").asText().equals("contest")) {
                contest = branch.at("/then/properties/data");
            }
        }
        assertThat(contest).as("the contest section's data schema").isNotNull();
        assertThat(contest.get("description").asText()).isEqualTo("职工技能竞赛");
        assertThat(contest.at("/properties/count/description").asText()).isEqualTo("竞赛项目数");
        assertThat(contest.at("/properties/level/description").asText()).isEqualTo("竞赛级别：国家级、省级、市级……");
        // the shared spi.Level is written by its Chinese names
        assertThat(generated.at("/$defs/Level").toString()).contains("\"省级\"", "\"校级\"");
    }
}
