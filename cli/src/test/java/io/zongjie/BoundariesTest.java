package io.zongjie;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.assignableTo;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.zongjie.api.ReportEngine;
import io.zongjie.internal.engine.DefaultReportEngine;
import io.zongjie.internal.engine.EngineConfig;
import io.zongjie.spi.Renderer;
import io.zongjie.spi.SectionPlugin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The boundaries of docs/ARCHITECTURE.md, checked on the compiled classes of every module of the build (the CLI's
 * class path holds them all, as its shaded jar does). The rules name packages by pattern, so a new plugin module
 * ({@code io.zongjie.plugins.*}) or a new renderer (any implementation of {@link Renderer}, and the
 * {@code io.zongjie.formats.*} modules) is held to them without a change here.
 */
class BoundariesTest {

    private static final String INTERNAL = "io.zongjie.internal..";
    /** What a plugin may use of zongjie: the SPI and the two models it speaks in. */
    private static final String[] PLUGIN_API = {"io.zongjie.spi..", "io.zongjie.model..", "io.zongjie.document.."};

    private static JavaClasses classes;

    @BeforeAll
    static void importTheBuild() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar")) // zongjie-core's test kit
                .importPackages("io.zongjie");
    }

    @Test
    void everyModuleOfTheBuildIsChecked() throws IOException {
        // a module that the CLI does not depend on would escape every rule below
        Path root = Path.of("..").toAbsolutePath().normalize();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> poms = Files.walk(root, 3)) {
            for (Path pom : poms.filter(p -> p.getFileName().toString().equals("pom.xml")).toList()) {
                Path module = pom.getParent();
                Path sources = module.resolve("src/main/java");
                // the samples and the benchmarks (bench/, under -Pbench) are users of zongjie: they depend on it, not it on them
                if (root.relativize(module).startsWith("samples") || root.relativize(module).startsWith("bench")
                        || !Files.isDirectory(sources)) {
                    continue;
                }
                List<String> names;
                try (Stream<Path> files = Files.walk(sources)) {
                    names = files.filter(f -> f.toString().endsWith(".java")
                                    && !f.getFileName().toString().equals("package-info.java"))
                            .map(f -> sources.relativize(f).toString().replace('/', '.').replaceAll("\\.java$", ""))
                            .toList();
                }
                if (!names.isEmpty() && names.stream().noneMatch(classes::contain)) {
                    missing.add(root.relativize(module).toString());
                }
            }
        }
        assertThat(missing).as("modules that are not on zongjie-cli's class path, so the boundary rules do not see "
                + "them: add each as a dependency of cli/pom.xml").isEmpty();
    }

    @Test
    void theApiTheSpiAndTheModelsDoNotReachIntoInternal() {
        noClasses().that().resideInAnyPackage("io.zongjie.api..", "io.zongjie.spi..", "io.zongjie.model..",
                        "io.zongjie.document..")
                .should(dependOnInternalBesidesTheBuildersConstructionCall())
                .because("embedders and plugin authors see api, spi, model and document only; internal has no "
                        + "compatibility promise")
                .check(classes);
    }

    @Test
    void nothingOutsideInternalReachesIntoIt() {
        // covers modules added later under any package: formats, tools, …
        noClasses().that().resideOutsideOfPackage(INTERNAL)
                .should(dependOnInternalBesidesTheBuildersConstructionCall())
                .check(classes);
    }

    @Test
    void theDocumentModelStandsAlone() {
        noClasses().that().resideInAPackage("io.zongjie.document..")
                .should().dependOnClassesThat(resideInAPackage("io.zongjie..")
                        .and(not(resideInAPackage("io.zongjie.document.."))))
                .because("the document is the contract between sections and renderers: it knows neither")
                .check(classes);
    }

    @Test
    void aRendererKnowsNoPluginAndNoSectionType() {
        DescribedPredicate<JavaClass> renderers = rendererPackages();
        noClasses().that(renderers)
                .should().dependOnClassesThat(resideInAPackage("io.zongjie.plugins..")
                        .or(assignableTo(SectionPlugin.class))
                        .or(resideInAnyPackage("io.zongjie.model..", "io.zongjie.internal.engine..")))
                .because("renderers walk the document; they never know which section wrote a block")
                .check(classes);
    }

    @Test
    void aPluginUsesOnlyTheSpiAndTheModels() {
        noClasses().that().resideInAPackage("io.zongjie.plugins..")
                .should().dependOnClassesThat(resideInAPackage("io.zongjie..")
                        .and(not(resideInAnyPackage(PLUGIN_API)))
                        .and(not(resideInAPackage("io.zongjie.plugins.."))))
                .because("a built-in plugin is built exactly as a third party's, against the SPI only")
                .check(classes);
    }

    @Test
    void pluginsDoNotKnowEachOther() {
        // each plugin jar has a class loader of its own when it comes from a plugin folder
        slices().matching("io.zongjie.plugins.(*)..").should().notDependOnEachOther().check(classes);
    }

    @Test
    void theCliKnowsNeitherInternalNorAnySection() {
        noClasses().that().resideInAPackage("io.zongjie.cli..")
                .should().dependOnClassesThat().resideInAnyPackage(INTERNAL, "io.zongjie.plugins..")
                .because("the CLI is a thin layer over io.zongjie.api")
                .check(classes);
    }

    @Test
    void theRendererRuleSeesTheRenderers() {
        // (every rule above also fails when its "that" matches no class at all: ArchUnit's default)
        DescribedPredicate<JavaClass> renderers = rendererPackages();
        Set<String> packages = classes.stream().filter(renderers::test).map(JavaClass::getPackageName)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(packages).contains("io.zongjie.internal.render", "io.zongjie.internal.pdf");
    }

    /**
     * The renderers' packages: the built-in ones, the {@code io.zongjie.formats} modules, and every package that
     * holds an implementation of {@link Renderer} (outside the plugins, whose own rule is stricter).
     */
    private static DescribedPredicate<JavaClass> rendererPackages() {
        Set<String> packages = classes.stream()
                .filter(c -> c.isAssignableTo(Renderer.class) && !c.isInterface())
                .map(JavaClass::getPackageName)
                .filter(p -> !p.startsWith("io.zongjie.plugins"))
                .collect(Collectors.toCollection(TreeSet::new));
        return DescribedPredicate.describe("are renderers (in " + packages + ", io.zongjie.internal.render.., "
                        + "io.zongjie.internal.pdf.. or io.zongjie.formats..)",
                c -> packages.contains(c.getPackageName())
                        || resideInAnyPackage("io.zongjie.internal.render..", "io.zongjie.internal.pdf..",
                                "io.zongjie.formats..").test(c));
    }

    /**
     * Depends on a class of {@code io.zongjie.internal}, other than the one call through which
     * {@link ReportEngine.Builder#build()} constructs the engine (its configuration and the engine itself).
     */
    private static ArchCondition<JavaClass> dependOnInternalBesidesTheBuildersConstructionCall() {
        return new ArchCondition<>("depend on io.zongjie.internal (besides ReportEngine.Builder constructing the "
                + "engine)") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (Dependency d : item.getDirectDependenciesFromSelf()) {
                    if (d.getTargetClass().getPackageName().startsWith("io.zongjie.internal")
                            && !isTheBuildersConstructionCall(d)) {
                        events.add(SimpleConditionEvent.satisfied(d, d.getDescription()));
                    }
                }
            }
        };
    }

    private static boolean isTheBuildersConstructionCall(Dependency d) {
        return d.getOriginClass().isEquivalentTo(ReportEngine.Builder.class)
                && (d.getTargetClass().isEquivalentTo(DefaultReportEngine.class)
                        || d.getTargetClass().isEquivalentTo(EngineConfig.class))
                && d.getDescription().contains("calls constructor");
    }
}
