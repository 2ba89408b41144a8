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
        assertThat(l).isEqualTo(new Limits(60L << 20, 128, 200_000, 80, 1_000_000, 30, Duration.ofMillis(500)));
        assertThat(Limits.defaults().with("input-size", "512kb").maxInputBytes()).isEqualTo(512 * 1024);
        assertThat(Limits.defaults().with("input-size", "1234").maxInputBytes()).isEqualTo(1234);
        assertThat(Limits.defaults().with("section-timeout", "2m").sectionTimeout()).isEqualTo(Duration.ofMinutes(2));
        assertThat(Limits.defaults().with("section-timeout", "0").sectionTimeout()).isZero();
        assertThat(Limits.NAMES).hasSize(7);
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
    void defaultsAreTheDocumentedOnes() {
        Limits d = Limits.defaults();
        assertThat(d.maxInputBytes()).isEqualTo(10L << 20);
        assertThat(d.maxNestingDepth()).isEqualTo(64);
        assertThat(d.maxStringLength()).isEqualTo(100_000);
        assertThat(d.maxNumberLength()).isEqualTo(50);
        assertThat(d.maxTemplateLoops()).isEqualTo(100_000);
        assertThat(d.maxMacroDepth()).isEqualTo(20);
        assertThat(d.sectionTimeout()).isEqualTo(Duration.ofSeconds(10));
    }
}
