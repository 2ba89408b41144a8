package io.zongjie.api;

import static io.zongjie.testing.SectionHarness.data;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
 * A report's sections render one after another on one worker thread, each under its own deadline, and the plugins'
 * checks likewise: the same document as in the caller's own thread, the first bad section is the one reported, the
 * sections after it never start, and an interruption meant for one section never reaches another.
 */
@Timeout(60)
class SectionChainTest {

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

    @Test
    void sectionsRenderOneAfterAnotherOnOneWorkerThread() {
        MeetingSection.arrange("who", 5);
        SectionSpec who = meeting("who", "who");
        String text = ENGINE.assemble(spec(who, who, who, who, who)).plainText();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("线程(\\S+?)，同时(\\d+)个。").matcher(text);
        List<String> threads = new ArrayList<>();
        while (m.find()) {
            threads.add(m.group(1));
            assertThat(m.group(2)).as("sections running at once").isEqualTo("1");
        }
        assertThat(threads).hasSize(5);
        assertThat(new java.util.HashSet<>(threads)).as("one worker for the report").hasSize(1);
        assertThat(threads.get(0)).startsWith("zongjie-section-").isNotEqualTo(Thread.currentThread().getName());
    }

    @Test
    void theSameDocumentAsSectionsRenderedInTheCallersThread() {
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
    void ofTwoBadChecksTheFirstIsTheOneReported() {
        SectionSpec echo = new SectionSpec("echo", null, data("text", "第一节"));
        for (int round = 0; round < 10; round++) {
            assertThatThrownBy(() -> ENGINE.validate(spec(echo, hostile("throw-in-validate"),
                    hostile("throw-in-validate"))))
                    .isInstanceOfSatisfying(PluginFailureException.class, e -> {
                        assertThat(e.sectionIndex()).isEqualTo(1);
                        assertThat(e.getMessage()).contains("validate blew up");
                    });
        }
    }

    @Test
    void aSectionAfterAFailedOneNeverStarts() throws InterruptedException {
        MeetingSection.arrange("after-fail", 1);
        MeetingSection.arrange("after", 1);
        long abandoned = ENGINE.abandonedSections();
        assertThatThrownBy(() -> ENGINE.assemble(spec(meeting("after-fail", "fail"), meeting("after", "wait"))))
                .isInstanceOfSatisfying(PluginFailureException.class, e -> {
                    assertThat(e.sectionIndex()).isZero();
                    assertThat(e.getMessage()).contains("failed at the meeting");
                });
        Thread.sleep(200);
        assertThat(MeetingSection.notStarted("after")).as("the second section never started").isEqualTo(1);
        assertThat(ENGINE.abandonedSections()).isEqualTo(abandoned);
    }

    @Test
    void aSectionThatOverrunsIsAbandonedAndTheOnesAfterItNeverStart() throws InterruptedException {
        // 1 s deadline (and 0.5 s grace); the first spins 4 s, deaf to its interruption
        try (ReportEngine quick = engine(Duration.ofSeconds(1))) {
            MeetingSection.arrange("overrun", 1);
            MeetingSection.arrange("overrun-next", 1);
            assertThatThrownBy(() -> quick.assemble(spec(meeting("overrun", "spin"), meeting("overrun-next", "wait"))))
                    .isInstanceOfSatisfying(PluginFailureException.class, e -> {
                        assertThat(e.sectionIndex()).isZero();
                        assertThat(e.getMessage()).contains("did not finish within 1 s");
                    });
            assertThat(quick.abandonedSections()).isEqualTo(1);
            assertThat(quick.abandonedSectionsRunning()).isEqualTo(1);
            assertThat(waitFor(() -> quick.abandonedSectionsRunning() == 0, 10_000)).as("returned").isTrue();
            assertThat(MeetingSection.notStarted("overrun-next")).as("never started").isEqualTo(1);
            assertThat(quick.abandonedSections()).isEqualTo(1);
        }
    }

    @Test
    void anInterruptedCallerStopsTheRunningSectionWithoutCountingIt() throws Exception {
        MeetingSection.arrange("stop", 1);
        long abandoned = ENGINE.abandonedSections();
        java.util.concurrent.atomic.AtomicReference<Throwable> thrown = new java.util.concurrent.atomic.AtomicReference<>();
        Thread caller = new Thread(() -> {
            try {
                ENGINE.assemble(spec(meeting("stop", "wait")));
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        caller.start();
        assertThat(MeetingSection.awaitStart("stop", 1, 10_000)).isTrue();
        caller.interrupt();
        caller.join(10_000);
        assertThat(thrown.get()).isInstanceOfSatisfying(PluginFailureException.class,
                e -> assertThat(e.getMessage()).contains("interrupted"));
        assertThat(MeetingSection.interrupted("stop", 20)).as("the section was interrupted").isTrue();
        assertThat(ENGINE.abandonedSections()).isEqualTo(abandoned);
        assertThat(ENGINE.abandonedSectionsRunning()).isZero();
        // the pooled worker's next sections are not interrupted by what was meant for that one
        MeetingSection.arrange("next", 3);
        SectionSpec nap = meeting("next", "nap");
        for (int round = 0; round < 3; round++) {
            assertThat(ENGINE.assemble(spec(nap, nap, nap)).plainText()).doesNotContain("被叫走了。")
                    .contains("睡好了。");
        }
    }

    @Test
    void aStoppedSectionThatIgnoresInterruptionIsAbandonedAtItsOwnDeadline() throws Exception {
        // the caller is interrupted while the section spins for 4 s, deaf to its interruption, past its 1 s deadline
        // (and the 0.5 s grace): it is counted as abandoned then, and as running until it returns
        try (ReportEngine quick = engine(Duration.ofSeconds(1))) {
            MeetingSection.arrange("deaf", 1);
            Thread caller = new Thread(() -> {
                try {
                    quick.assemble(spec(meeting("deaf", "spin")));
                } catch (PluginFailureException expected) {
                    // interrupted
                }
            });
            caller.start();
            assertThat(MeetingSection.awaitStart("deaf", 1, 10_000)).isTrue();
            caller.interrupt();
            caller.join(10_000);
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
