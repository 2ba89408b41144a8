package io.zongjie.internal.engine;

import io.zongjie.api.Limits;
import io.zongjie.api.Message;
import io.zongjie.api.Messages;
import io.zongjie.api.PluginFailureException;
import io.zongjie.api.ZongjieException;
import io.zongjie.document.AttachmentNote;
import io.zongjie.document.Block;
import io.zongjie.document.BlockVisitor;
import io.zongjie.document.Heading;
import io.zongjie.document.ListBlock;
import io.zongjie.document.Paragraph;
import io.zongjie.document.Recipient;
import io.zongjie.document.Signature;
import io.zongjie.document.Table;
import io.zongjie.document.Title;
import io.zongjie.internal.template.TemplateLoopLimitException;
import io.zongjie.internal.template.Templates;
import io.zongjie.model.ReportMeta;
import io.zongjie.spi.ChineseFormat;
import io.zongjie.spi.SectionPlugin;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's second stage: runs each valid section's plugin under the section deadline and checks what it
 * returns. Plugin work (its {@code validate} too) runs in a {@link Chain}, one call after another on a daemon worker
 * thread, or in the caller's thread when the section timeout is zero; a plugin that overruns is interrupted and
 * abandoned, and counted.
 */
final class SectionRunner {

    private static final Logger LOG = LoggerFactory.getLogger(SectionRunner.class);

    /**
     * Runs sections under a deadline. Daemon threads, created as needed and dropped when idle, so they hold no
     * engine open; a plugin that ignores interruption keeps its thread, but not the caller's.
     */
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(new ThreadFactory() {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "zongjie-section-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    });

    /** What one section rendered: its heading, its blocks (sub-headings not yet numbered) and its figures. */
    record Rendered(BoundSection section, String title, List<Block> blocks, List<io.zongjie.spi.Figure> figures) {
    }

    private final Limits limits;
    private final Templates templates;
    private final ChineseFormat format;
    private final AtomicLong abandoned = new AtomicLong();
    private final AtomicInteger abandonedRunning = new AtomicInteger();

    SectionRunner(Limits limits, Templates templates, ChineseFormat format) {
        this.limits = limits;
        this.templates = templates;
        this.format = format;
    }

    /** {@return how many plugin calls were abandoned at their deadline since the engine was built} */
    long abandoned() {
        return abandoned.get();
    }

    /** {@return how many of the abandoned plugin calls have not returned yet: threads still held by plugins} */
    int abandonedRunning() {
        return abandonedRunning.get();
    }

    /**
     * Renders every section in order; a section that returns no blocks is left out (and takes no number).
     *
     * <p>The headings are worked out first, in the caller's thread; then the sections render one after another on a
     * single worker thread ({@link Chain}), each under its own deadline, from when it starts. One hand-over for the
     * whole report, not one a section: on a busy machine each hand-over to another thread and back costs more than a
     * small section takes. A report with two bad sections fails on the first; the sections after it never start.
     *
     * @throws PluginFailureException if a plugin throws, overruns its deadline or returns what cannot be printed
     */
    List<Rendered> run(ReportMeta meta, List<BoundSection> sections) {
        List<Rendered> out = new ArrayList<>();
        io.zongjie.model.Vocabulary words = meta.vocabulary();
        io.zongjie.spi.Phrasing phrasing = io.zongjie.spi.Phrasing.of(meta);
        Chain<List<Block>> chain = new Chain<>();
        List<Started> started = new ArrayList<>(sections.size());
        try {
            for (BoundSection section : sections) {
                started.add(start(section, meta, words, phrasing, chain));
            }
            chain.start();
            for (Started s : started) {
                BoundSection section = s.section();
                List<Block> content;
                try {
                    content = s.blocks();
                } catch (TemplateLoopLimitException e) {
                    throw tooLargeForItsTemplate(section, e);
                }
                // the user's own words go in their places among the plugin's blocks (SectionWords)
                content = SectionWords.merge(content, section.text(), section.plugin().parts(meta));
                if (content.isEmpty()) {
                    LOG.info("section {} ({}) has nothing to say and is left out", section.index(),
                            section.plugin().type());
                    continue;
                }
                out.add(new Rendered(section, s.title(), content, List.copyOf(s.context().figures)));
            }
        } catch (Throwable e) {
            // a section failed (its work is over), or a heading did: the sections after it are not waited for
            chain.cancel();
            throw e;
        }
        return out;
    }

    /**
     * A section whose heading is known (or failed): its title, its context, and the plugin's work on the chain,
     * waited for by {@link #blocks}.
     */
    private record Started(BoundSection section, String title, Context context, Running<List<Block>> work,
            Throwable failed) {

        List<Block> blocks() {
            if (failed instanceof RuntimeException e) {
                throw e;
            }
            if (failed != null) {
                throw (Error) failed;
            }
            return work.await();
        }

    }

    /** A section's heading, worked out in the caller's thread, and its blocks queued on the chain. */
    private Started start(BoundSection section, ReportMeta meta, io.zongjie.model.Vocabulary words,
            io.zongjie.spi.Phrasing phrasing, Chain<List<Block>> chain) {
        try {
            String title = section.title() != null && !section.title().isBlank() ? section.title()
                    : titleOf(section.plugin(), meta, section.data());
            Context context = new Context(meta, title, format, templates, section.plugin(), words, phrasing);
            return new Started(section, title, context, render(section, context, chain), null);
        } catch (RuntimeException | Error e) {
            // thrown when this section's turn comes (a heading that failed, no thread to be had), so an earlier
            // section's failure is still the one reported
            return new Started(section, null, null, null, e);
        }
    }

    /**
     * A template that ran out of loops going through a list of the section's data: that list made the input too
     * large for the limit (an input problem, at the list's path); any other loop is the template's own doing.
     */
    private static ZongjieException tooLargeForItsTemplate(BoundSection section, TemplateLoopLimitException e) {
        java.util.Optional<String> where = e.iterated() instanceof java.util.Collection<?>
                ? DataLocator.find(section.data(), e.iterated()) : java.util.Optional.empty();
        if (where.isEmpty()) {
            return e;
        }
        int items = ((java.util.Collection<?>) e.iterated()).size();
        long needed = Math.max(2L * e.limit(), 2L * items);
        String path = "sections[" + section.index() + "]" + (where.get().isEmpty() ? ".data"
                : ".data." + where.get());
        return new InputTooLarge(path, "the list has " + items + " items, more than the section's template "
                + e.template() + " can go through within the template-loops limit (" + e.limit() + " in all, "
                + "reached at line " + e.line() + "); " + Limits.howToRaise("template-loops", Math.min(needed,
                        Integer.MAX_VALUE)));
    }

    /**
     * Renders one section through its plugin, under the section deadline, and checks what comes back: the
     * engine prints only body blocks, with sub-headings at levels 2 to 4. Any failure becomes a
     * {@link PluginFailureException} naming the section and the plugin; a template's own error stays a
     * {@link io.zongjie.api.TemplateException}, which names the template and line.
     */
    @SuppressWarnings("unchecked")
    private <T> Running<List<Block>> render(BoundSection section, Context context, Chain<List<Block>> chain) {
        SectionPlugin<T> plugin = (SectionPlugin<T>) section.plugin();
        Message who = describe(plugin);
        return chain.add(plugin.type(), section.index(), who, () -> checkBlocks(
                renderNow(plugin, (T) section.data(), context, section.index(), who), plugin.type(),
                section.index(), who));
    }

    /** The plugin's heading for this report and data. */
    @SuppressWarnings("unchecked")
    private static <T> String titleOf(SectionPlugin<T> plugin, ReportMeta meta, Object data) {
        return plugin.title(meta, (T) data);
    }

    /** How messages name a plugin: 「plugin 'welfare' (org.example.WelfareSection)」. */
    static Message describe(SectionPlugin<?> plugin) {
        return Message.of("plugin.who", plugin.type(), plugin.getClass().getName());
    }

    /** {@return a chain of plugin calls: added one by one, then run one after another by {@link Chain#start}} */
    <R> Chain<R> chain() {
        return new Chain<>();
    }

    /**
     * Plugin calls that run one after another on one worker thread, each under the section deadline from when it
     * starts; the caller waits for each in turn ({@link Running#await}). When the section timeout is zero nothing
     * runs until it is waited for, and then in the waiting thread. The worker stops at the first call that fails,
     * overruns or is given up ({@link #cancel}): the calls after it never start.
     *
     * <p>The worker is interrupted only while it runs the call given up, under this chain's lock, and clears its
     * interruption after each call under the same lock: an interruption meant for one call never reaches the next
     * one, nor the next report the pooled thread works for.
     */
    final class Chain<R> {
        private final List<Running<R>> calls = new ArrayList<>();
        private volatile boolean started;
        private boolean stopped; // guarded by this
        private Running<R> current; // guarded by this
        private Thread thread; // guarded by this

        /** Adds a call; it starts when the ones before it have returned. */
        Running<R> add(String type, int index, Message who, Callable<R> work) {
            Running<R> call = new Running<>(this, type, index, who, work);
            calls.add(call);
            return call;
        }

        /** Hands the calls to a worker thread (none when the section timeout is zero, or there are none). */
        void start() {
            if (limits.sectionTimeout().isZero() || calls.isEmpty()) {
                return;
            }
            started = true;
            WORKERS.execute(this::runAll);
        }

        /** Gives up every call not yet returned: those not begun never will; the running one is interrupted. */
        void cancel() {
            synchronized (this) {
                stopped = true;
            }
            for (Running<R> call : calls) {
                call.cancel();
            }
        }

        private void runAll() {
            for (Running<R> call : calls) {
                synchronized (this) {
                    if (stopped) {
                        return;
                    }
                    current = call;
                    thread = Thread.currentThread();
                }
                boolean goOn;
                try {
                    goOn = call.runHere();
                } finally {
                    synchronized (this) {
                        current = null;
                        thread = null;
                        Thread.interrupted(); // what was meant for this call stays with it
                    }
                }
                if (!goOn) {
                    return;
                }
            }
        }

        /** Interrupts the worker if it is running {@code call}. */
        private synchronized void interrupt(Running<R> call) {
            if (current == call) {
                thread.interrupt();
            }
        }

        /** The worker's thread while it runs {@code call}, or null. */
        private synchronized Thread runner(Running<R> call) {
            return current == call ? thread : null;
        }
    }

    /**
     * One plugin call of a {@link Chain}, from its start to its end or its abandonment. Its state goes from
     * {@link #NEW} (queued) to {@link #RUNNING} (the worker began it) to {@link #DONE}; or it is given up:
     * {@link #ABANDONED} while running (counted in {@link #abandonedRunning} until the worker returns), or
     * {@link #DROPPED} before the worker began it (no plugin code runs). Whoever changes it first decides.
     */
    final class Running<R> {
        private static final int NEW = 0;
        private static final int RUNNING = 1;
        private static final int DONE = 2;
        private static final int ABANDONED = 3;
        private static final int DROPPED = 4;

        private final AtomicInteger state = new AtomicInteger(NEW);
        private final CompletableFuture<R> result = new CompletableFuture<>();
        private final Chain<R> chain;
        private final String type;
        private final int index;
        private final Message who;
        private final Callable<R> work;
        private final long allowed;
        /** When the worker began it: written before the state leaves NEW, so read only after it has. */
        private volatile long startedAt;

        Running(Chain<R> chain, String type, int index, Message who, Callable<R> work) {
            this.chain = chain;
            this.type = type;
            this.index = index;
            this.who = who;
            this.work = work;
            long timeout = limits.sectionTimeout().toMillis();
            // a little grace, so a template that runs out of time first says which line it was on
            // at least 0.5 s: on a loaded machine the template's own stop may take a moment to come back
            long grace = Math.min(2_000, Math.max(500, timeout / 4));
            this.allowed = TimeUnit.MILLISECONDS.toNanos(timeout + grace);
        }

        /** Runs the call in the worker; whether the chain goes on (it returned, and was not given up). */
        private boolean runHere() {
            startedAt = System.nanoTime();
            if (!state.compareAndSet(NEW, RUNNING)) {
                return false; // given up before it began: nobody waits for it
            }
            R value = null;
            Throwable failure = null;
            try {
                value = work.call();
            } catch (Throwable e) {
                failure = e;
            }
            boolean givenUp = state.compareAndExchange(RUNNING, DONE) == ABANDONED;
            if (givenUp) {
                abandonedRunning.decrementAndGet();
            }
            if (failure != null) {
                result.completeExceptionally(failure);
            } else {
                result.complete(value);
            }
            return failure == null && !givenUp;
        }

        /**
         * Gives the work up at its deadline: counted as abandoned, and, if it is running, as running until it
         * returns; work that had not begun never will.
         */
        private void abandon() {
            if (state.compareAndSet(NEW, DROPPED)) {
                abandoned.incrementAndGet();
                return;
            }
            // counted first, so that a worker returning at this moment never takes the count below zero
            abandonedRunning.incrementAndGet();
            if (state.compareAndSet(RUNNING, ABANDONED)) {
                abandoned.incrementAndGet();
            } else {
                abandonedRunning.decrementAndGet(); // it returned meanwhile
            }
        }

        /**
         * Stops work that is no longer waited for (an earlier section failed, or the caller was interrupted): work
         * not yet begun is dropped; running work is interrupted, and if it has not returned by its own deadline it
         * is abandoned then, and counted, as if it had been waited for.
         */
        void cancel() {
            if (!chain.started || state.compareAndSet(NEW, DROPPED)) {
                return;
            }
            if (state.get() == RUNNING) {
                chain.interrupt(this);
                long left = Math.max(0, allowed - (System.nanoTime() - startedAt));
                CompletableFuture.delayedExecutor(left, TimeUnit.NANOSECONDS).execute(this::abandonIfRunning);
            }
        }

        private void abandonIfRunning() {
            if (state.get() == RUNNING) {
                abandon();
            }
        }

        R await() {
            if (!chain.started) {
                try {
                    return work.call();
                } catch (RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new PluginFailureException(type, index, Message.of("plugin.failed", who, e), e);
                }
            }
            Duration timeout = limits.sectionTimeout();
            try {
                return awaitOwnDeadline();
            } catch (PluginExit.ExitCalled e) {
                // the worker waits in System.exit for ever: it never returns, and the program is ending
                throw new PluginFailureException(type, index, Message.of("plugin.exit", who, e.caller().frame()),
                        null);
            } catch (TimeoutException e) {
                abandon();
                chain.interrupt(this);
                String within = Durations.describe(timeout);
                LOG.debug("{} (section {}) did not finish within {} and was abandoned", ENGLISH.format(who), index,
                        within);
                throw new PluginFailureException(type, index, Message.of("plugin.timeout", who, within,
                        Limits.raise("section-timeout", Math.max(1, timeout.toSeconds()) * 3 + "s")), null);
            } catch (InterruptedException e) {
                cancel();
                Thread.currentThread().interrupt();
                throw new PluginFailureException(type, index, Message.of("plugin.interrupted", who), e);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof ZongjieException z) {
                    throw z;
                }
                throw new PluginFailureException(type, index, Message.of("plugin.failed", who, cause), cause);
            } catch (CancellationException e) {
                throw new PluginFailureException(type, index, Message.of("plugin.cancelled", who), e);
            }
        }

        /**
         * The result, waited for until the call's own deadline: counted from when the worker began it, or, while it
         * has not (the call before it is just returning), from now.
         */
        private R awaitOwnDeadline() throws TimeoutException, ExecutionException, InterruptedException,
                PluginExit.ExitCalled {
            while (true) {
                boolean begun = state.get() != NEW;
                long left = begun ? allowed - (System.nanoTime() - startedAt) : allowed;
                try {
                    return PluginExit.await(result, () -> chain.runner(this), left);
                } catch (TimeoutException e) {
                    if (begun || state.get() == NEW) {
                        throw e;
                    }
                    // it began while we waited: its deadline runs from then
                }
            }
        }
    }

    private static <T> List<Block> renderNow(SectionPlugin<T> plugin, T data, Context context, int index,
            Message who) {
        try {
            return plugin.render(data, context);
        } catch (ZongjieException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError e) {
            throw new PluginFailureException(plugin.type(), index, Message.of("plugin.failed", who, e), e);
        }
    }

    /** What is wrong with a block a section returned, or null: a section holds body blocks only. */
    private static final Messages ENGLISH = Messages.of(Messages.ENGLISH);

    private static final BlockVisitor<Message, RuntimeException> BODY_CHECK = new BlockVisitor<>() {
        @Override
        public Message visit(Title title) {
            return frameOnly(title);
        }

        @Override
        public Message visit(Recipient recipient) {
            return frameOnly(recipient);
        }

        @Override
        public Message visit(io.zongjie.document.Subtitle subtitle) {
            return frameOnly(subtitle);
        }

        @Override
        public Message visit(Heading h) {
            return h.level() >= 2 && h.level() <= 4 ? null : Message.of("plugin.block.headingLevel", h.level());
        }

        @Override
        public Message visit(Paragraph paragraph) {
            return null;
        }

        @Override
        public Message visit(ListBlock list) {
            return null;
        }

        @Override
        public Message visit(Table table) {
            return null;
        }

        @Override
        public Message visit(io.zongjie.document.Chart chart) {
            return frameOnly(chart);
        }

        @Override
        public Message visit(AttachmentNote note) {
            return frameOnly(note);
        }

        @Override
        public Message visit(Signature signature) {
            return frameOnly(signature);
        }

        private Message frameOnly(Block b) {
            return Message.of("plugin.block.frameOnly", b.getClass().getSimpleName());
        }
    };

    private static List<Block> checkBlocks(List<Block> blocks, String type, int index, Message who) {
        if (blocks == null) {
            throw new PluginFailureException(type, index, Message.of("plugin.noBlocks", who), null);
        }
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            Message problem = b == null ? Message.of("plugin.block.null") : b.accept(BODY_CHECK);
            if (problem != null) {
                throw new PluginFailureException(type, index, Message.of("plugin.badBlock", who, i, problem), null);
            }
        }
        return blocks;
    }
}
