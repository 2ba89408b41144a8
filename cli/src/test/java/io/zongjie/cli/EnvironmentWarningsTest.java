package io.zongjie.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zongjie.api.ZongjieException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The environment warnings are found while the command goes on, and said once, before its first line. */
class EnvironmentWarningsTest {

    @Test
    void theyAreFoundWhileTheCommandGoesOn() throws Exception {
        CountDownLatch commandWorking = new CountDownLatch(1);
        List<String> said = new ArrayList<>();
        EnvironmentWarnings warnings = new EnvironmentWarnings(() -> {
            try {
                // finishes only once the command has got on with its own work: they overlap
                assertThat(commandWorking.await(30, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return List.of("no embeddable font");
        }, said::addAll);

        commandWorking.countDown();
        warnings.print();

        assertThat(said).containsExactly("no embeddable font");
    }

    @Test
    void theyAreSaidOnceAndBeforeTheFirstLineLogged() {
        List<String> lines = new ArrayList<>();
        EnvironmentWarnings warnings = new EnvironmentWarnings(() -> List.of("fonts: title borrowed"),
                found -> found.forEach(w -> lines.add("warning: " + w)));
        Consumer<String> log = warnings.before(lines::add);

        log.accept("unit 3 failed, left out");
        log.accept("unit 5 failed, left out");
        warnings.print();

        assertThat(lines).containsExactly("warning: fonts: title borrowed", "unit 3 failed, left out",
                "unit 5 failed, left out");
    }

    @Test
    void anUnusableFontIsTheErrorEachTimeItIsAsked() {
        List<String> said = new ArrayList<>();
        EnvironmentWarnings warnings = new EnvironmentWarnings(() -> {
            throw new ZongjieException("the font /fonts/broken.ttf cannot be used for body");
        }, said::addAll);

        assertThatThrownBy(warnings::print).isInstanceOf(ZongjieException.class).hasMessageContaining("broken.ttf");
        assertThatThrownBy(warnings::print).isInstanceOf(ZongjieException.class).hasMessageContaining("broken.ttf");
        assertThatThrownBy(() -> warnings.before(said::add).accept("a line")).isInstanceOf(ZongjieException.class);
        assertThat(said).isEmpty();
    }
}
