package io.zongjie.api;

import java.util.Optional;

/**
 * Tells whether a thread is in {@code System.exit} (or {@code Runtime.exit}) and which plugin jar called it: for a
 * host's shutdown hook that wants to say why the JVM is ending, as the {@code zongjie} command's does.
 *
 * <p>Java 17 cannot stop a plugin from calling {@code System.exit} (the security manager that could is deprecated
 * and off). What can be done is to notice it: the thread that calls it stays in {@code Runtime.exit} while the
 * shutdown hooks run, so its stack says who called, and the class loader of each frame says from which jar (every
 * plugin folder jar's loader is named {@value #LOADER_PREFIX} and the jar's path). The engine uses this to skip a
 * jar that exits while it loads and to fail a section whose plugin exits.
 *
 * <pre>{@code
 * for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
 *     PluginExitCall.caller(e.getValue()).ifPresent(c -> log.error(c + " called System.exit"));
 * }
 * }</pre>
 */
public final class PluginExitCall {

    /** The name of every plugin folder jar's class loader starts with this, followed by the jar's path. */
    public static final String LOADER_PREFIX = "zongjie-plugin ";
    /** The name of every thread that loads a plugin folder jar starts with this. */
    public static final String LOAD_THREAD_PREFIX = "zongjie-plugin-load-";

    private PluginExitCall() {
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
     * Whether a thread is inside {@code System.exit}/{@code Runtime.exit}, waiting for the JVM to end.
     *
     * @param thread the thread
     * @return whether its stack is in exit
     */
    public static boolean isExiting(Thread thread) {
        return exitFrame(thread.getStackTrace()) >= 0;
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
