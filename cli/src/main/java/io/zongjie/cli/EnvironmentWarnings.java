package io.zongjie.cli;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * What the machine lacks for a format ({@link io.zongjie.api.ReportEngine#environmentWarnings}), found on a thread of
 * its own while the command goes on, and said once, before the command's first line of its own. For a PDF, finding it
 * parses the fonts (a quarter of a second at start-up), which then overlaps reading and assembling the input.
 */
final class EnvironmentWarnings {

    private final CompletableFuture<List<String>> found = new CompletableFuture<>();
    private final Consumer<List<String>> say;
    private boolean said;

    /**
     * @param find what finds the warnings (run at once, on a daemon thread)
     * @param say  what says them, in the caller's thread
     */
    EnvironmentWarnings(Supplier<List<String>> find, Consumer<List<String>> say) {
        this.say = say;
        Thread thread = new Thread(() -> {
            try {
                found.complete(find.get());
            } catch (RuntimeException | Error e) {
                found.completeExceptionally(e);
            }
        }, "zongjie-environment");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Says the warnings the first time it is called, after waiting for them; throws what finding them threw (an
     * unusable font) every time it is called, so that it is the command's error whatever else went wrong.
     */
    synchronized void print() {
        if (said) {
            return;
        }
        List<String> warnings;
        try {
            warnings = found.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
        said = true;
        say.accept(warnings);
    }

    /** {@code log}, with the warnings said before its first line. */
    Consumer<String> before(Consumer<String> log) {
        return line -> {
            print();
            log.accept(line);
        };
    }
}
