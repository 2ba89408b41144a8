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
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The engine's second stage: runs each valid section's plugin under the section deadline and checks what it
 * returns. Plugin work (its {@code validate} too) runs on a daemon worker thread, or in the caller's thread when
 * the section timeout is zero; a plugin that overruns is interrupted and abandoned, and counted.
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
     * <p>While one section renders, the next ones already render beside it, on as many worker threads as the
     * machine has cores (at most {@value #MOST_AHEAD} in all): a report's sections are independent, and plugins are
     * stateless singletons that many threads call at once. Each keeps its own deadline, from when it starts. What
     * comes back is taken in order, so a report with two bad sections fails on the first, as when they ran one by
     * one; the sections started after a failed one are cancelled.
     *
     * @throws PluginFailureException if a plugin throws, overruns its deadline or returns what cannot be printed
     */
    List<Rendered> run(ReportMeta meta, List<BoundSection> sections) {
        List<Rendered> out = new ArrayList<>();
        io.zongjie.model.Vocabulary words = meta.vocabulary();
        io.zongjie.spi.Phrasing phrasing = io.zongjie.spi.Phrasing.of(meta);
        int ahead = Math.min(MOST_AHEAD, Math.max(1, Runtime.getRuntime().availableProcessors()));
        List<Started> started = new ArrayList<>(sections.size());
        int i = 0;
        try {
            for (; i < sections.size(); i++) {
                while (started.size() < sections.size() && started.size() < i + ahead) {
                    started.add(start(sections.get(started.size()), meta, words, phrasing));
                }
                Started s = started.get(i);
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
            // section i failed (its work is over: cancelling it does nothing), or starting a later one did
            for (int j = i; j < started.size(); j++) {
                started.get(j).cancel();
            }
            throw e;
        }
        return out;
    }

    /** How many of a report's sections render at once, at most. */
    private static final int MOST_AHEAD = 4;

    /**
     * A section whose rendering has started (or whose heading already failed): its title, its context, and the
     * plugin's work, waited for by {@link #blocks}.
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

        void cancel() {
            if (work != null) {
                work.cancel();
            }
        }
    }

    /** Starts rendering a section: its heading in the caller's thread, then its blocks under the deadline. */
    private Started start(BoundSection section, ReportMeta meta, io.zongjie.model.Vocabulary words,
            io.zongjie.spi.Phrasing phrasing) {
        try {
            String title = section.title() != null && !section.title().isBlank() ? section.title()
                    : titleOf(section.plugin(), meta, section.data());
            Context context = new Context(meta, title, format, templates, section.plugin(), words, phrasing);
            return new Started(section, title, context, render(section, context), null);
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
    private <T> Running<List<Block>> render(BoundSection section, Context context) {
        SectionPlugin<T> plugin = (SectionPlugin<T>) section.plugin();
        Message who = describe(plugin);
        return startUnderDeadline(plugin.type(), section.index(), who, () -> checkBlocks(
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

    /**
     * Runs a plugin's work on a worker thread and waits at most the section timeout for it (in the caller's
     * thread when the timeout is zero). A plugin that overruns is interrupted, abandoned and counted.
     */
    <R> R underDeadline(String type, int index, Message who, Callable<R> work) {
        return startUnderDeadline(type, index, who, work).await();
    }

    /**
     * Starts a plugin's work on a worker thread (when the timeout is zero, nothing runs until it is waited for, and
     * then in the waiting thread).
     */
    private <R> Running<R> startUnderDeadline(String type, int index, Message who, Callable<R> work) {
        Running<R> running = new Running<>(type, index, who, work);
        if (!limits.sectionTimeout().isZero()) {
            running.start();
        }
        return running;
    }

    /**
     * Plugin work under the section deadline, from its start to its end or its abandonment. Its state goes from
     * {@link #NEW} (handed to a worker) to {@link #RUNNING} (the worker began it) to {@link #DONE}; or it is given
     * up: {@link #ABANDONED} while running (counted in {@link #abandonedRunning} until the worker returns), or
     * {@link #DROPPED} before the worker began it (no plugin code runs). Whoever changes it first decides.
     */
    private final class Running<R> {
        private static final int NEW = 0;
        private static final int RUNNING = 1;
        private static final int DONE = 2;
        private static final int ABANDONED = 3;
        private static final int DROPPED = 4;

        private final AtomicInteger state = new AtomicInteger(NEW);
        private final AtomicReference<Thread> worker = new AtomicReference<>();
        private final String type;
        private final int index;
        private final Message who;
        private final Callable<R> work;
        private Future<R> task;
        private long startedAt;
        private long allowed;

        Running(String type, int index, Message who, Callable<R> work) {
            this.type = type;
            this.index = index;
            this.who = who;
            this.work = work;
        }

        void start() {
            Duration timeout = limits.sectionTimeout();
            // a little grace, so a template that runs out of time first says which line it was on
            // at least 0.5 s: on a loaded machine the template's own stop may take a moment to come back
            long grace = Math.min(2_000, Math.max(500, timeout.toMillis() / 4));
            allowed = TimeUnit.MILLISECONDS.toNanos(timeout.toMillis() + grace);
            startedAt = System.nanoTime();
            task = WORKERS.submit(() -> {
                if (!state.compareAndSet(NEW, RUNNING)) {
                    return null; // given up before it began: nobody waits for it
                }
                worker.set(Thread.currentThread());
                try {
                    return work.call();
                } finally {
                    worker.set(null);
                    if (state.compareAndExchange(RUNNING, DONE) == ABANDONED) {
                        abandonedRunning.decrementAndGet();
                    }
                }
            });
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
            if (task == null) {
                return;
            }
            if (state.compareAndSet(NEW, DROPPED)) {
                task.cancel(false);
                return;
            }
            if (state.get() == RUNNING) {
                task.cancel(true);
                long left = Math.max(0, allowed - (System.nanoTime() - startedAt));
                java.util.concurrent.CompletableFuture.delayedExecutor(left, TimeUnit.NANOSECONDS)
                        .execute(this::abandonIfRunning);
            }
        }

        private void abandonIfRunning() {
            if (state.get() == RUNNING) {
                abandon();
            }
        }

        R await() {
            if (task == null) {
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
                return PluginExit.await(task, worker::get, allowed - (System.nanoTime() - startedAt));
            } catch (PluginExit.ExitCalled e) {
                // the worker waits in System.exit for ever: it never returns, and the program is ending
                throw new PluginFailureException(type, index, Message.of("plugin.exit", who, e.caller().frame()),
                        null);
            } catch (TimeoutException e) {
                abandon();
                task.cancel(true);
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
