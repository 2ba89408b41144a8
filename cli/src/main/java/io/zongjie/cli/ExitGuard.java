package io.zongjie.cli;

import io.zongjie.api.AtomicFiles;
import io.zongjie.api.PluginExitCall;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;

/**
 * Makes sure that plugin code calling {@code System.exit} never ends the command with a silent success.
 *
 * <p>Java 17 cannot forbid the call (the security manager is deprecated and off), but the JVM runs the shutdown
 * hooks before it ends, the other threads keep running meanwhile, and a hook may still end the JVM with a status
 * of its own ({@link Runtime#halt}). So {@code main} ends through {@link #exit}, and the hook installed here acts
 * only when something else began the shutdown while a thread is inside {@code System.exit} (Ctrl-C and
 * {@code kill} are left alone). It finds that thread and the plugin jar its calling frame comes from
 * ({@link PluginExitCall}), then:
 * <ul>
 *   <li>if the command itself is still running, lets it finish: the engine has noticed the stuck thread and
 *       skipped the jar that was loading, or failed the section whose plugin called it (exit 3, nothing written);
 *       the hook then ends the JVM with the command's own status, or 3 with a message if the command succeeded
 *       although plugin code of this run asked to end it;</li>
 *   <li>if the command's own thread is the one in {@code System.exit} (plugin code it called directly, such as a
 *       renderer), prints which plugin did it, removes the partial output and ends with 3.</li>
 * </ul>
 * What no hook can catch is {@code Runtime.halt} or native code ending the process: docs/RELIABILITY.md says so.
 */
final class ExitGuard {

    private static final CountDownLatch FINISHED = new CountDownLatch(1);
    private static volatile int status;
    private static volatile boolean ownExit;
    private static volatile Thread command;
    private static volatile PrintWriter err;
    private static volatile io.zongjie.api.Messages messages;

    private ExitGuard() {
    }

    /** Installs the hook; call once, from the thread that runs the command. */
    static void install(PrintWriter errors, io.zongjie.api.Messages words) {
        command = Thread.currentThread();
        err = errors;
        messages = words;
        Runtime.getRuntime().addShutdownHook(new Thread(ExitGuard::onShutdown, "zongjie-exit-guard"));
    }

    /**
     * Ends the program with {@code code}. If plugin code has already begun the shutdown, {@code System.exit} would
     * wait for ever; the hook, which waits for this call, ends the JVM with the code instead.
     */
    static void exit(int code) {
        status = code;
        ownExit = true;
        FINISHED.countDown();
        System.exit(code);
    }

    private static void onShutdown() {
        if (ownExit) {
            return;
        }
        Thread exiting = null;
        PluginExitCall.Caller caller = null;
        for (Map.Entry<Thread, StackTraceElement[]> e : Thread.getAllStackTraces().entrySet()) {
            Optional<PluginExitCall.Caller> found = PluginExitCall.caller(e.getValue());
            if (found.isPresent() && (caller == null || caller.jar() == null && found.get().jar() != null)) {
                exiting = e.getKey();
                caller = found.get();
            }
        }
        if (caller == null) {
            return; // Ctrl-C or kill: the JVM ends as signals end it; AtomicFiles' own hook removes partial files
        }
        if (exiting != command && !PluginExitCall.isExiting(command)) {
            awaitCommand();
            int code = status;
            if (code == Main.OK && !exiting.getName().startsWith(PluginExitCall.LOAD_THREAD_PREFIX)) {
                print(messages.get("cli.exitWhileRunning", caller));
                code = Main.ENVIRONMENT;
            }
            AtomicFiles.removePartialFiles();
            Runtime.getRuntime().halt(code);
        }
        AtomicFiles.removePartialFiles();
        print(messages.get("cli.exitDuringRun", caller));
        Runtime.getRuntime().halt(Main.ENVIRONMENT);
    }

    private static void awaitCommand() {
        while (true) {
            try {
                FINISHED.await();
                return;
            } catch (InterruptedException e) {
                // a shutdown hook is not to be interrupted out of its job
            }
        }
    }

    private static void print(String message) {
        PrintWriter w = err;
        if (w != null) {
            w.println(message);
            w.flush();
        }
    }
}
