package io.zongjie.internal.engine;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Tells whether a thread is in {@code System.exit} (or {@code Runtime.exit}) and which plugin jar called it.
 *
 * <p>Java 17 cannot stop a plugin from calling {@code System.exit} (the security manager that could is deprecated
 * and off). What can be done is to notice it: the thread that calls it stays in {@code Runtime.exit} while the
 * shutdown hooks run, so its stack says who called, and the class loader of each frame says from which jar (every
 * folder jar's loader is named {@value #LOADER_PREFIX} and the jar's path). The engine uses this to skip a jar that
 * exits while it loads and to fail a section whose plugin exits; the command line's shutdown hook uses it to report
 * the plugin and to set the exit status.
 */
public final class PluginExit {

    /** The name of every folder jar's class loader starts with this, followed by the jar's path. */
    public static final String LOADER_PREFIX = "zongjie-plugin ";
    /** The name of every thread that loads a folder jar starts with this. */
    public static final String LOAD_THREAD_PREFIX = "zongjie-plugin-load-";

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
                    Optional<Caller> caller = caller(thread.getStackTrace());
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

    /** Whether {@code thread} is inside {@code System.exit}/{@code Runtime.exit}, waiting for the JVM to end. */
    public static boolean isExiting(Thread thread) {
        return exitFrame(thread.getStackTrace()) >= 0;
    }

    /**
     * Who called exit, on a stack that is in it: the nearest calling frame from a plugin jar, or else the nearest
     * frame outside the JDK.
     *
     * @param jar   the plugin jar the frame comes from, or {@code null} when it is not from a plugin jar
     * @param frame the calling method, such as {@code org.example.Module.configure}
     */
    public record Caller(String jar, String frame) {
        /** {@return 「plugins/bad.jar (org.example.Module.configure)」, or just the frame} */
        @Override
        public String toString() {
            return jar == null ? frame : jar + " (" + frame + ")";
        }
    }

    /**
     * Who called exit on a stack that is in it.
     *
     * @param stack a thread's stack, innermost frame first
     * @return the caller, or empty if the stack is not in exit
     */
    public static Optional<Caller> caller(StackTraceElement[] stack) {
        int exit = exitFrame(stack);
        if (exit < 0) {
            return Optional.empty();
        }
        for (int i = exit + 1; i < stack.length; i++) {
            String loader = stack[i].getClassLoaderName();
            if (loader != null && loader.startsWith(LOADER_PREFIX)) {
                return Optional.of(new Caller(loader.substring(LOADER_PREFIX.length()), frame(stack[i])));
            }
        }
        for (int i = exit + 1; i < stack.length; i++) {
            String module = stack[i].getModuleName();
            if (module == null || !module.startsWith("java.")) {
                return Optional.of(new Caller(null, frame(stack[i])));
            }
        }
        return Optional.of(new Caller(null, "the JDK"));
    }

    /** The outermost exit frame of a stack (the one the caller called), or -1. */
    private static int exitFrame(StackTraceElement[] stack) {
        int found = -1;
        for (int i = 0; i < stack.length; i++) {
            String cls = stack[i].getClassName();
            String method = stack[i].getMethodName();
            if (method.equals("exit") && (cls.equals("java.lang.Shutdown") || cls.equals("java.lang.Runtime")
                    || cls.equals("java.lang.System"))) {
                found = i;
            } else if (found >= 0) {
                return found;
            }
        }
        return found;
    }

    private static String frame(StackTraceElement e) {
        return e.getClassName() + "." + e.getMethodName();
    }
}
