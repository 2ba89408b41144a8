package io.zongjie.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Limits by name, as the command line sets them, and their refusals. */
class LimitsTest {

    @Test
    void everyLimitCanBeSetByName() {
        Limits l = Limits.defaults().with("input-size", "60MB").with("depth", "128").with("string-length", "200000")
                .with("number-length", "80").with("template-loops", "1_000_000").with("macro-depth", "30")
                .with("section-timeout", "500ms");
        assertThat(l).isEqualTo(new Limits(60L << 20, 128, 200_000, 80, 1_000_000, 30, Duration.ofMillis(500), 100,
                10_000));
        assertThat(l.with("sections", "500").with("list-items", "50000")).extracting(Limits::maxSections,
                Limits::maxListItems).containsExactly(500, 50_000);
        assertThat(Limits.defaults().with("input-size", "512kb").maxInputBytes()).isEqualTo(512 * 1024);
        assertThat(Limits.defaults().with("input-size", "1234").maxInputBytes()).isEqualTo(1234);
        assertThat(Limits.defaults().with("section-timeout", "2m").sectionTimeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(Limits.defaults().with("section-timeout", "0").sectionTimeout()).isZero();
        assertThat(Limits.NAMES).hasSize(9);
    }

    @Test
    void badNamesAndValuesSayWhatIsAccepted() {
        assertThatThrownBy(() -> Limits.defaults().with("depht", "3")).hasMessageContaining("unknown limit 'depht'")
                .hasMessageContaining("depth");
        assertThatThrownBy(() -> Limits.defaults().with("input-size", "lots")).hasMessageContaining("60MB");
        assertThatThrownBy(() -> Limits.defaults().with("depth", "0")).hasMessageContaining("at least 1");
        assertThatThrownBy(() -> Limits.defaults().with("depth", "99999999999")).hasMessageContaining("whole number");
        assertThatThrownBy(() -> Limits.defaults().with("section-timeout", "soon")).hasMessageContaining("30s");
    }

    @Test
    void aLimitCannotBeRaisedBeyondWhatStaysSafe() {
        // every value a limit accepts must stay safe: deeper nesting, larger files, longer numbers are refused
        assertThatThrownBy(() -> Limits.defaults().with("depth", "100000"))
                .hasMessage("depth can be at most 1000 (deeper nesting cannot be read safely), not 100000");
        assertThatThrownBy(() -> Limits.defaults().with("input-size", "1GB")).hasMessageContaining(
                "input-size can be at most 64MB");
        assertThatThrownBy(() -> Limits.defaults().with("string-length", "2000000")).hasMessageContaining(
                "string-length can be at most 1000000");
        assertThatThrownBy(() -> Limits.defaults().with("number-length", "1001")).hasMessageContaining(
                "number-length can be at most 1000");
        assertThatThrownBy(() -> Limits.defaults().with("macro-depth", "101")).hasMessageContaining(
                "macro-depth can be at most 100");
        assertThatThrownBy(() -> Limits.defaults().with("sections", "100000")).hasMessageContaining(
                "sections can be at most 99999 (section headings are numbered up to 九万九千九百九十九)");
        Limits most = Limits.defaults().with("depth", "1000").with("input-size", "64MB").with("string-length",
                "1000000").with("number-length", "1000").with("macro-depth", "100").with("sections", "99999");
        assertThat(most.maxNestingDepth()).isEqualTo(Limits.MAX_DEPTH);
    }

    @Test
    void theAdviceToRaiseALimitFitsTheInputAndTheLimitsBounds() {
        assertThat(Limits.howToRaise("input-size", 427)).isEqualTo(
                "raise it with --limit input-size=1KB (Limits.withMaxInputBytes in Java)");
        assertThat(Limits.howToRaise("input-size", (50L << 20) + 1)).contains("input-size=51MB");
        assertThat(Limits.howToRaise("input-size", 100L << 20)).isEqualTo(
                "the limit cannot be raised so far (input-size is at most 64 MB)");
        assertThat(Limits.howToRaise("list-items", 120_000)).contains("--limit list-items=120000");
        assertThat(Limits.howToRaise("depth", 1001)).contains("depth is at most 1000");
    }

    @Test
    void defaultsAreTheDocumentedOnes() {
        Limits d = Limits.defaults();
        assertThat(d.maxInputBytes()).isEqualTo(10L << 20);
        assertThat(d.maxNestingDepth()).isEqualTo(64);
        assertThat(d.maxStringLength()).isEqualTo(100_000);
        assertThat(d.maxNumberLength()).isEqualTo(50);
        assertThat(d.maxTemplateLoops()).isEqualTo(100_000);
        assertThat(d.maxMacroDepth()).isEqualTo(20);
        assertThat(d.sectionTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(d.maxSections()).isEqualTo(100);
        assertThat(d.maxListItems()).isEqualTo(10_000);
    }
}
