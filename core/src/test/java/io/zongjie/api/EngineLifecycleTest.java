package io.zongjie.api;

import static io.zongjie.testing.SectionHarness.data;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.AbstractModule;
import com.google.inject.TypeLiteral;
import com.google.inject.multibindings.MapBinder;
import io.zongjie.document.Block;
import io.zongjie.document.Paragraph;
import io.zongjie.model.ReportSpec;
import io.zongjie.model.SectionSpec;
import io.zongjie.spi.PluginModule;
import io.zongjie.spi.SectionContext;
import io.zongjie.spi.SectionPlugin;
import io.zongjie.testing.PluginJar;
import io.zongjie.testing.SectionHarness;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a host sees of an engine's life: sections abandoned at their deadline, and closing. */
class EngineLifecycleTest {

    /** Data of the stubborn section. */
    public record Nothing(String note) {
    }

    /** A section that waits for its latch and ignores interruption, as a plugin stuck in a library call would. */
    public static final class Stubborn implements SectionPlugin<Nothing> {
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public String type() {
            return "stubborn";
        }

        @Override
        public String title() {
            return "迟迟不交";
        }

        @Override
        public String description() {
            return "ignores interruption until released";
        }

        @Override
        public Class<Nothing> dataType() {
            return Nothing.class;
        }

        @Override
        public List<Block> render(Nothing data, SectionContext context) {
            boolean interrupted = false;
            while (release.getCount() > 0) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    interrupted = true; // deaf to it
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            return List.of(Paragraph.of("终于交了"));
        }
    }

    @TempDir
    Path dir;

    @Test
    void aSectionAbandonedAtItsDeadlineIsCountedAndSeenUntilItReturns() throws Exception {
        Stubborn stubborn = new Stubborn();
        ReportEngine engine = ReportEngine.builder().discoverPlugins(false).addModule(new AbstractModule() {
            @Override
            protected void configure() {
                MapBinder.newMapBinder(binder(), TypeLiteral.get(String.class), PluginModule.SECTION_PLUGIN)
                        .addBinding("stubborn").toInstance(stubborn);
            }
        }).limits(Limits.defaults().withSectionTimeout(Duration.ofMillis(100))).build();
        ReportSpec spec = new ReportSpec(SectionHarness.schoolMeta(),
                List.of(new SectionSpec("stubborn", null, Map.of("note", "x"))));
        assertThat(engine.abandonedSections()).isZero();

        assertThatThrownBy(() -> engine.assemble(spec)).isInstanceOf(PluginFailureException.class)
                .hasMessageContaining("did not finish within 100 ms and was abandoned");
        assertThat(engine.abandonedSections()).isEqualTo(1);
        assertThat(engine.abandonedSectionsRunning()).isEqualTo(1); // it ignored the interruption

        stubborn.release.countDown();
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (engine.abandonedSectionsRunning() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(engine.abandonedSectionsRunning()).isZero();
        assertThat(engine.abandonedSections()).isEqualTo(1); // the count of abandoned calls stays
        // and the next report, whose section returns in time, is not counted
        assertThat(engine.assemble(spec).plainText()).contains("终于交了");
        assertThat(engine.abandonedSections()).isEqualTo(1);
        engine.close();
    }

    @Test
    void closingReleasesThePluginJarsAndRefusesFurtherUse() throws Exception {
        PluginJar.section("hello.jar", "org.example.hello", "hello", "", "", "").writeTo(dir);
        ReportEngine engine = ReportEngine.builder().discoverPlugins(false).pluginDirectory(dir).build();
        ReportSpec spec = new ReportSpec(SectionHarness.schoolMeta(),
                List.of(new SectionSpec("hello", null, data("count", 3))));
        assertThat(engine.assemble(spec).plainText()).contains("hello活动开展3次。");
        ClassLoader jarLoader = engine.sections().stream().filter(s -> s.type().equals("hello")).findFirst()
                .orElseThrow().dataType().getClassLoader();
        assertThat(jarLoader.getResource("org/example/hello/hello.vm")).isNotNull();

        engine.close();
        engine.close(); // a second close does nothing

        assertThat(jarLoader.getResource("org/example/hello/hello.vm")).as("the jar's loader is closed").isNull();
        assertThatThrownBy(() -> engine.assemble(spec)).isInstanceOf(IllegalStateException.class)
                .hasMessage("this zongjie engine is closed; build a new one");
    }

    @Test
    void anEngineIsATryWithResourcesResource() throws Exception {
        ReportEngine kept;
        try (ReportEngine engine = ReportEngine.builder().discoverPlugins(false)
                .addModule(new io.zongjie.fixtures.EchoModule()).build()) {
            kept = engine;
            assertThat(engine.validate(new ReportSpec(SectionHarness.schoolMeta(),
                    List.of(new SectionSpec("echo", null, data("text", "回声")))))).isEmpty();
        }
        assertThatThrownBy(() -> kept.read(dir.resolve("x.yaml"))).isInstanceOf(IllegalStateException.class);
    }
}
