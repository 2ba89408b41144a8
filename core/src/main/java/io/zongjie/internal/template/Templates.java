package io.zongjie.internal.template;

import io.zongjie.api.Message;
import io.zongjie.api.Limits;
import io.zongjie.api.TemplateException;
import io.zongjie.document.Block;
import java.io.StringReader;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.velocity.Template;
import org.apache.velocity.VelocityContext;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.app.event.ReferenceInsertionEventHandler;
import org.apache.velocity.context.Context;
import org.apache.velocity.exception.MethodInvocationException;
import org.apache.velocity.exception.ParseErrorException;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeInstance;
import org.apache.velocity.runtime.parser.ParseException;
import org.apache.velocity.runtime.parser.node.SimpleNode;
import org.apache.velocity.runtime.resource.loader.StringResourceLoader;

/**
 * zongjie's Velocity: finds templates (user folder first, then class path), checks and parses each once, and
 * merges them with every printed value XML-escaped into fragments that {@link FragmentParser} turns into blocks.
 *
 * <p>Templates run with strict references (a misspelt {@code $variable} is an error, not literal text) and in
 * the {@link Sandbox}: methods only on an allow-list of types, and a budget of time, loop iterations and value
 * size per merge; macros may nest only {@link Limits#maxMacroDepth()} deep. The directives that read other files
 * or evaluate strings ({@code #include}, {@code #parse}, {@code #evaluate}) are refused. Thread-safe.
 */
public final class Templates {

    private static final Pattern FORBIDDEN = Pattern.compile("#\\{?(include|parse|evaluate)\\b");
    private static final Pattern VELOCITY_POSITION = Pattern.compile("\\[line (\\d+), column (\\d+)]");

    /** The most characters one merge may write. */
    static final int MAX_OUTPUT = 64 << 20;

    private final RuntimeInstance velocity = new GuardedRuntime();
    private final Path userDirectory;
    private final Limits limits;
    private final ConcurrentMap<List<Object>, CompiledTemplate> cache = new ConcurrentHashMap<>();

    /** @param userDirectory the folder of overrides, or {@code null} */
    public Templates(Path userDirectory) {
        this(userDirectory, Limits.defaults(), Set.of());
    }

    /**
     * @param userDirectory the folder of overrides, or {@code null}
     * @param limits        the loop, macro-depth and time limits of every merge
     * @param packages      packages (with their sub-packages) whose classes templates may call methods on,
     *                      besides {@code io.zongjie}: the installed plugins' own
     */
    public Templates(Path userDirectory, Limits limits, Set<String> packages) {
        this.userDirectory = userDirectory;
        this.limits = limits;
        Properties p = new Properties();
        p.setProperty("runtime.strict_mode.enable", "true");
        p.setProperty("introspector.uberspect.class", Sandbox.Uberspector.class.getName());
        p.setProperty("velocimacro.max_depth", String.valueOf(limits.maxMacroDepth()));
        p.setProperty("directive.define.max_depth", "2");
        velocity.setApplicationAttribute(Sandbox.PACKAGES_ATTRIBUTE, Set.copyOf(packages));
        // Templates are handed to the parser as text; no loader may read files on a template's behalf.
        p.setProperty("resource.loaders", "string");
        p.setProperty("resource.loader.string.class", StringResourceLoader.class.getName());
        p.put("runtime.log.instance", new VelocityLog()); // an object: set through setProperties, not init(p)
        p.setProperty("velocimacro.inline.local_scope", "true");
        velocity.setProperties(p);
        velocity.init();
        velocity.addDirective(new RefusedDirective.Include());
        velocity.addDirective(new RefusedDirective.Parse());
        velocity.addDirective(new RefusedDirective.Evaluate());
    }

    /** The override folder, if any. */
    public Optional<Path> userDirectory() {
        return Optional.ofNullable(userDirectory);
    }

    /**
     * Finds and compiles a template: {@code <userDirectory>/<folder>/<name>} if present, else the class-path
     * resource {@code <resourceBase>/<name>} from {@code loader}.
     *
     * @throws TemplateException if it is nowhere, does not parse, or uses markup or directives it may not
     */
    public CompiledTemplate get(String folder, String name, ClassLoader loader, String resourceBase) {
        if (name.contains("..") || name.startsWith("/") || name.contains("\\")) {
            throw new TemplateException(folder + "/" + name, 0, 0, Message.of("template.plainName"), null);
        }
        return cache.computeIfAbsent(List.of(folder, name, loader), key -> {
            Optional<TemplateSource> source = Optional.empty();
            if (userDirectory != null) {
                source = TemplateSource.file(userDirectory, Path.of(folder, name));
            }
            if (source.isEmpty()) {
                source = TemplateSource.resource(loader, resourceBase + "/" + name);
            }
            return compile(source.orElseThrow(() -> new TemplateException(folder + "/" + name, 0, 0, userDirectory == null
                    ? Message.of("template.notFound", resourceBase + "/" + name)
                    : Message.of("template.notFoundEither", userDirectory.resolve(folder).resolve(name),
                            resourceBase + "/" + name), null)));
        });
    }

    /**
     * Compiles a built-in template (the class-path resource {@code <resourceBase>/<name>} of {@code loader}) now,
     * whether or not a user's override hides it, so that a plugin's broken template is found when the engine is
     * built; it is cached for {@link #get} when no override hides it.
     *
     * @throws TemplateException if it does not parse or uses markup or directives it may not
     */
    public void checkBuiltIn(String folder, String name, ClassLoader loader, String resourceBase) {
        TemplateSource source = TemplateSource.resource(loader, resourceBase + "/" + name).orElseThrow(() ->
                new TemplateException(resourceBase + "/" + name, 0, 0, Message.of("template.builtInUnreadable"), null));
        CompiledTemplate compiled = compile(source);
        // anything at the override's place (even a dangling link, a pipe or a folder) is the override's to report
        boolean overridden = userDirectory != null && java.nio.file.Files.exists(userDirectory.resolve(folder)
                .resolve(name), java.nio.file.LinkOption.NOFOLLOW_LINKS);
        if (!overridden) {
            cache.putIfAbsent(List.of(folder, name, loader), compiled);
        }
    }

    CompiledTemplate compile(TemplateSource source) {
        Matcher forbidden = FORBIDDEN.matcher(MarkupCheck.check(source));
        if (forbidden.find()) {
            int[] lc = MarkupCheck.lineAndColumn(source.text(), forbidden.start());
            throw new TemplateException(source.name(), lc[0], lc[1], Message.of("template.forbidden",
                    forbidden.group(1)), null);
        }
        Template template = new Template();
        template.setName(source.name());
        template.setRuntimeServices(velocity);
        try {
            SimpleNode node = velocity.parse(new StringReader(source.text()), template);
            template.setData(node);
            template.initDocument();
        } catch (ParseException e) {
            int line = e.currentToken != null && e.currentToken.next != null ? e.currentToken.next.beginLine : 0;
            int column = e.currentToken != null && e.currentToken.next != null ? e.currentToken.next.beginColumn : 0;
            throw new TemplateException(source.name(), line, column, Message.of("template.parse",
                    firstLine(e.getMessage())), e);
        } catch (VelocityException e) {
            throw translate(source.name(), e);
        }
        return new CompiledTemplate(source.name(), template);
    }

    /** Merges a template with {@code variables} and parses its output into blocks. */
    public List<Block> render(CompiledTemplate template, Map<String, Object> variables) {
        VelocityContext context = new VelocityContext();
        variables.forEach(context::put);
        EventCartridge cartridge = new EventCartridge();
        cartridge.addEventHandler(ESCAPE_XML);
        cartridge.attachToContext(context);
        long timeout = limits.sectionTimeout().isZero() ? Long.MAX_VALUE / 4 : limits.sectionTimeout().toNanos();
        int maxValue = (int) Math.min(Integer.MAX_VALUE / 4, Math.max(1_000_000L, 10L * limits.maxStringLength()));
        // at most 64 M characters (128 MB), whatever input-size allows: no section's text is larger
        BoundedWriter out = new BoundedWriter((int) Math.min(MAX_OUTPUT, Math.max(1_000_000L,
                4 * limits.maxInputBytes())));
        Sandbox.begin(new Sandbox.Budget(template.name(), System.nanoTime() + timeout, limits.maxTemplateLoops(),
                maxValue));
        try {
            template.template().merge(context, out);
        } catch (Sandbox.SandboxException e) {
            throw refusal(template.name(), e);
        } catch (VelocityException e) {
            if (e.getCause() instanceof Sandbox.SandboxException s) {
                throw refusal(template.name(), s);
            }
            throw translate(template.name(), e);
        } catch (StackOverflowError e) {
            throw new TemplateException(template.name(), 0, 0, Message.of("template.stackOverflow"), null);
        } catch (RuntimeException e) {
            throw new TemplateException(template.name(), 0, 0, Message.of("template.failed", e), e);
        } finally {
            Sandbox.end();
        }
        return new FragmentParser(template.name()).parse(out.toString());
    }

    private TemplateException refusal(String name, Sandbox.SandboxException e) {
        if (e instanceof Sandbox.LoopLimit loop) {
            return new TemplateLoopLimitException(name, e.line(), e.column(), e.getMessage(), loop.iterated(),
                    limits.maxTemplateLoops());
        }
        return new TemplateException(name, e.line(), e.column(), e.getMessage(), null);
    }

    /** Collects a merge's output, refusing more than a bound: no template writes a report of gigabytes. */
    private static final class BoundedWriter extends Writer {
        private final StringBuilder buffer = new StringBuilder();
        private final int max;

        BoundedWriter(int max) {
            this.max = max;
        }

        @Override
        public void write(char[] chars, int off, int len) {
            room(len);
            buffer.append(chars, off, len);
        }

        @Override
        public void write(String s, int off, int len) {
            room(len);
            buffer.append(s, off, off + len);
        }

        private void room(int len) {
            Sandbox.step(null);
            if (buffer.length() + (long) len > max) {
                throw new Sandbox.SandboxException("the template wrote more than " + max
                        + " characters, more than any report needs", Sandbox.lastPosition());
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return buffer.toString();
        }
    }

    private static TemplateException translate(String name, VelocityException e) {
        int line = 0;
        int column = 0;
        if (e instanceof MethodInvocationException m) {
            line = m.getLineNumber();
            column = m.getColumnNumber();
        } else if (e instanceof org.apache.velocity.exception.TemplateInitException t) {
            line = t.getLineNumber();
            column = t.getColumnNumber();
        } else if (e instanceof ParseErrorException p) {
            line = p.getLineNumber();
            column = p.getColumnNumber();
        }
        String message = e.getMessage() == null ? null : e.getMessage().lines().findFirst().orElse("");
        Matcher m = VELOCITY_POSITION.matcher(message == null ? "" : message);
        if (line <= 0 && m.find()) {
            line = Integer.parseInt(m.group(1));
            column = Integer.parseInt(m.group(2));
        }
        message = message == null ? e.getClass().getSimpleName()
                : firstLine(message);
        Throwable cause = e.getCause();
        if (cause != null && cause != e && cause.getMessage() != null) {
            message += " (" + cause.getClass().getSimpleName() + ": " + firstLine(cause.getMessage()) + ")";
        }
        return new TemplateException(name, line, column, message, e);
    }

    /**
     * A library's message for a user: its first line, without Velocity's 「at NAME[line 2, column 5]」 (the
     * position is given once, the zongjie way), long runs of text cut short.
     */
    private static String firstLine(String s) {
        if (s == null) {
            return null;
        }
        String line = s.lines().findFirst().orElse("");
        return Excerpt.message(line.replaceAll("\\s*(at|in)\\s+\\S+\\[line \\d+, column \\d+]", "").strip());
    }

    /** Every value a template prints is escaped, so data can never become markup. */
    private static final ReferenceInsertionEventHandler ESCAPE_XML = new ReferenceInsertionEventHandler() {
        @Override
        public Object referenceInsert(Context context, String reference, Object value) {
            Sandbox.step(null);
            Sandbox.checkValue(value, null, "printed");
            if (value == null) {
                return null;
            }
            String text = value.toString();
            if (text == null) {
                // what Velocity's #define block gives when it is printed inside itself, deeper than allowed
                throw new Sandbox.SandboxException(Excerpt.of(reference) + " cannot be printed here: a #define block "
                        + "that prints itself (directly or through another) would never end", Sandbox.lastPosition());
            }
            return escape(text);
        }
    };

    /** Velocity, with the size budget put into every tree it parses (see {@link GuardedNodes}). */
    private static final class GuardedRuntime extends RuntimeInstance {
        @Override
        public SimpleNode parse(java.io.Reader reader, Template template) throws ParseException {
            SimpleNode tree = super.parse(reader, template);
            GuardedNodes.apply(tree);
            return tree;
        }
    }

    static String escape(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String rep = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                default -> null;
            };
            if (rep == null && c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                rep = " "; // control characters are not allowed in XML and never meant in a report
            }
            if (rep != null && out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (out != null) {
                if (rep != null) {
                    out.append(rep);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? s : out.toString();
    }

    /** A parsed template and its name for messages. */
    public record CompiledTemplate(String name, Template template) {
    }
}
