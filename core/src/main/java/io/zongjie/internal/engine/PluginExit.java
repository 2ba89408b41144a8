package io.zongjie.internal.engine;

import io.zongjie.api.PluginExitCall;
import io.zongjie.api.PluginExitCall.Caller;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Waits for plugin work on another thread and notices when that thread is stuck in {@code System.exit}, which it
 * would never return from: the engine then skips the jar that was loading or fails the section whose plugin called
 * it. Who called is found by {@link PluginExitCall}, which also serves the command line's shutdown hook.
 */
final class PluginExit {

    /** How often a wait for plugin work looks whether the plugin has called System.exit. */
    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private PluginExit() {
    }

    /** The plugin work waited for called System.exit. */
    static final class ExitCalled extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient Caller caller;

        ExitCalled(Caller caller) {
            super(caller.toString(), null, false, false);
            this.caller = caller;
        }

        Caller caller() {
            return caller;
        }
    }
    /**
     * Waits for plugin work running on another thread, as {@link Future#get(long, TimeUnit)} does, but fails early
     * with {@link ExitCalled} when that thread is stuck in {@code System.exit}: it would never return.
     *
     * @param task    the work
     * @param worker  the thread running it, or null while it has not started
     * @param timeout nanoseconds to wait at most
     */
    static <R> R await(Future<R> task, Supplier<Thread> worker, long timeout)
            throws TimeoutException, ExecutionException, InterruptedException, ExitCalled {
        long deadline = System.nanoTime() + timeout;
        while (true) {
            long left = deadline - System.nanoTime();
            try {
                return task.get(Math.max(0, Math.min(left, POLL_NANOS)), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                Thread thread = worker.get();
                // a thread in exit waits for the shutdown hooks (or for the lock of the one that does): never RUNNABLE
                if (thread != null && thread.getState() != Thread.State.RUNNABLE) {
                    Optional<Caller> caller = PluginExitCall.caller(thread.getStackTrace());
                    if (caller.isPresent()) {
                        throw new ExitCalled(caller.get());
                    }
                }
                if (System.nanoTime() - deadline >= 0) {
                    throw e;
                }
            }
        }
    }

}
