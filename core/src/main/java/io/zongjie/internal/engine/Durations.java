package io.zongjie.internal.engine;

import java.time.Duration;

/** Durations for messages. */
final class Durations {

    private Durations() {
    }

    /** 「10 s」, or 「500 ms」 for what is not whole seconds. */
    static String describe(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
