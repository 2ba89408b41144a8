package io.zongjie.api;

import static io.zongjie.testing.SectionHarness.data;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.zongjie.document.Document;
import io.zongjie.fixtures.EchoModule;
import io.zongjie.fixtures.HostileModule;
import io.zongjie.fixtures.MeetingModule;
import io.zongjie.fixtures.MeetingSection;
import io.zongjie.model.ReportMeta;
import io.zongjie.model.SectionSpec;
import io.zongjie.model.ReportSpec;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A report's sections render beside each other (on a machine with more than one core), and nothing a user sees
 * shows it: the same document as one by one, the first bad section is the one reported, and the sections started
 * after it are stopped.
 */
@Timeout(60)
class ParallelSectionsTest {

    static final ReportEngine ENGINE = engine(Duration.ofSeconds(20));

    static ReportEngine engine(Duration timeout) {
        return ReportEngine.builder().discoverPlugins(false).addModule(new EchoModule())
                .addModule(new HostileModule()).addModule(new MeetingModule())
                .limits(Limits.defaults().withSectionTimeout(timeout)).build();
    }

    static ReportSpec spec(SectionSpec... sections) {
        return new ReportSpec(ReportMeta.builder("某厂", "2023年", LocalDate.of(2023, 12, 1)).build(),
                List.of(sections));
    }

    static SectionSpec meeting(String meeting, String action) {
        return new SectionSpec("meeting", null, Map.of("meeting", meeting, "action", action));
    }

    static SectionSpec hostile(String mode) {
        return new SectionSpec("hostile", null, Map.of("mode", mode));
    }

    static void assumeCores() {
        assumeTrue(Runtime.getRuntime().availableProcessors() >= 2, "one core: sections render one by one");
    }

    @Test
    void twoSectionsRenderAtTheSameTime() {
        assumeCores();
        // each waits (up to 5 s) for the other to have started: one by one, the first would wait in vain
        MeetingSection.arrange("two", 2);
        String text = ENGINE.assemble(spec(meeting("two", "meet"), meeting("two", "meet"))).plainText();
        assertThat(text).contains("大家都到了。").doesNotContain("没等到别人。");
    }

    @Test
    void theSameDocumentAsSectionsRenderedOneByOne() {
        List<SectionSpec> sections = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            sections.add(new SectionSpec("echo", i % 3 == 0 ? "标题之" + i : null, data("text",
                    "第" + i + "节的正文。", "items", List.of("甲" + i, "乙" + i), "parts", List.of(Map.of("heading",
                            "小标题" + i, "children", List.of("细目" + i))))));
        }
        ReportSpec spec = new ReportSpec(ReportMeta.builder("某厂", "2023年", LocalDate.of(2023, 12, 1)).build(),
                sections);
        try (ReportEngine oneByOne = engine(Duration.ZERO)) { // no deadline: every section in the caller's thread
            Document expected = oneByOne.assemble(spec);
            for (int round = 0; round < 5; round++) {
                assertThat(ENGINE.assemble(spec)).isEqualTo(expected);
            }
            assertThat(expected.headings()).hasSizeGreaterThan(40);
        }
    }

    @Test
    void ofTwoBadSectionsTheFirstIsTheOneReported() {
        SectionSpec echo = new SectionSpec("echo", null, data("text", "第一节"));
        for (int round = 0; round < 10; round++) {
            assertThatThrownBy(() -> ENGINE.assemble(spec(echo, hostile("throw"), hostile("null"))))
                    .isInstanceOfSatisfying(PluginFailureException.class, e -> {
                        assertThat(e.sectionIndex()).isEqualTo(1);
                        assertThat(e.getMessage()).contains("render blew up");
                    });
            assertThatThrownBy(() -> ENGINE.assemble(spec(echo, hostile("null"), hostile("throw"))))
                    .isInstanceOfSatisfying(PluginFailureException.class, e -> {
                        assertThat(e.sectionIndex()).isEqualTo(1);
                        assertThat(e.getMessage()).contains("returned no block list (null)");
                    });
        }
    }

    @Test
    void aSectionStartedAfterAFailedOneIsInterruptedNotCountedAsAbandoned() throws InterruptedException {
        assumeCores();
        // the first fails once the second has started; the second would sleep 30 s unless interrupted
        MeetingSection.arrange("cancel", 2);
        long abandoned = ENGINE.abandonedSections();
        assertThatThrownBy(() -> ENGINE.assemble(spec(meeting("cancel", "fail"), meeting("cancel", "wait"))))
                .isInstanceOfSatisfying(PluginFailureException.class, e -> {
                    assertThat(e.sectionIndex()).isZero();
                    assertThat(e.getMessage()).contains("failed at the meeting");
                });
        assertThat(MeetingSection.interrupted("cancel", 20)).as("the second section was interrupted").isTrue();
        assertThat(ENGINE.abandonedSections()).isEqualTo(abandoned);
        assertThat(ENGINE.abandonedSectionsRunning()).isZero();
    }

    @Test
    void aCancelledSectionThatIgnoresInterruptionIsAbandonedAtItsOwnDeadline() throws InterruptedException {
        assumeCores();
        // the first fails once the second has started; the second spins for 4 s, deaf to its interruption, past its
        // 1 s deadline (and the 0.5 s grace): it is counted as abandoned then, and as running until it returns
        try (ReportEngine quick = engine(Duration.ofSeconds(1))) {
            MeetingSection.arrange("deaf", 2);
            assertThatThrownBy(() -> quick.assemble(spec(meeting("deaf", "fail"), meeting("deaf", "spin"))))
                    .isInstanceOfSatisfying(PluginFailureException.class, e -> assertThat(e.sectionIndex()).isZero());
            assertThat(quick.abandonedSections()).isZero();
            assertThat(waitFor(() -> quick.abandonedSectionsRunning() == 1, 3_000)).as("counted at its deadline")
                    .isTrue();
            assertThat(quick.abandonedSections()).isEqualTo(1);
            assertThat(waitFor(() -> quick.abandonedSectionsRunning() == 0, 10_000)).as("returned").isTrue();
            assertThat(quick.abandonedSections()).isEqualTo(1);
        }
    }

    private static boolean waitFor(java.util.function.BooleanSupplier condition, long millis)
            throws InterruptedException {
        long end = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                return false;
            }
            Thread.sleep(10);
        }
        return true;
    }
}
