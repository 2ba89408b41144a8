package io.zongjie.internal.engine;

/** Why one plugin jar of a folder is skipped: its message ends a warning that starts with the jar's path. */
final class SkippedJar extends Exception {
    private static final long serialVersionUID = 1L;

    SkippedJar(String message) {
        super(message, null, false, false);
    }

    SkippedJar(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
