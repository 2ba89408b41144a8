package io.zongjie.internal.template;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.directive.Scope;
import org.apache.velocity.util.introspection.Info;
import org.apache.velocity.util.introspection.UberspectImpl;
import org.apache.velocity.util.introspection.VelMethod;
import org.apache.velocity.util.introspection.VelPropertyGet;
import org.apache.velocity.util.introspection.VelPropertySet;

/**
 * The template sandbox: which methods a template may call, and the budget of one merge.
 *
 * <p>Velocity's {@code SecureUberspector} works from a deny-list of dangerous classes; this one allows only what
 * zongjie hands to templates: text, numbers, booleans, {@code java.time} values, lists and maps, zongjie's own
 * classes and those of the installed plugins' packages — and on text, numbers and collections only the methods
 * that cannot allocate without bound ({@code String.repeat}, {@code BigDecimal.pow} and
 * {@code ArrayList.ensureCapacity}, nor {@code BigDecimal.setScale} or {@code divide}, whose cost the caller's
 * numbers decide, are not there; {@code String.replace} is sized before it runs). {@code getClass} is refused everywhere, so no template reaches
 * reflection, class loaders, files, the network or system properties.
 *
 * <p>Every method call, property read, loop iteration and printed value is also charged to the {@link Budget} of
 * the merge running on the current thread: a deadline, a number of {@code #foreach} iterations, and a size for
 * any one value, so a template cannot loop or grow a string for ever.
 */
public final class Sandbox {

    /** The application attribute through which {@link Templates} hands the allowed packages to the uberspector. */
    static final String PACKAGES_ATTRIBUTE = "io.zongjie.sandbox.packages";

    private static final ThreadLocal<Budget> BUDGET = new ThreadLocal<>();

    private static final Set<String> DENIED = Set.of("getClass", "class", "wait", "notify", "notifyAll",
            "getDeclaringClass", "finalize", "getInfo", "getReplaced", "describeConstable", "resolveConstantDesc");

    private static final Set<String> STRING_METHODS = Set.of("length", "isEmpty", "isBlank", "charAt",
            "substring", "indexOf", "lastIndexOf", "contains", "startsWith", "endsWith", "equals",
            "equalsIgnoreCase", "compareTo", "matches", "replace", "trim", "strip", "stripLeading", "stripTrailing",
            "toUpperCase", "toLowerCase", "concat", "toString", "hashCode", "codePointAt");

    private static final Set<String> NUMBER_METHODS = Set.of("intValue", "longValue", "doubleValue",
            "floatValue", "shortValue", "byteValue", "signum", "compareTo", "equals", "hashCode", "toString",
            "toPlainString", "add", "subtract", "multiply", "remainder", "negate", "abs", "min", "max",
            "scale", "precision", "stripTrailingZeros", "intValueExact", "longValueExact", "isNaN", "isInfinite", "booleanValue", "charValue");

    private static final Set<String> COLLECTION_METHODS = names(Collection.class, List.class, Set.class, Map.class,
            Map.Entry.class, Iterator.class);

    private static final Set<String> SCOPE_METHODS = Set.of("getIndex", "getCount", "hasNext", "getHasNext",
            "isFirst", "getFirst", "isLast", "getLast", "getParent", "getTopmost", "get");

    private Sandbox() {
    }

    private static Set<String> names(Class<?>... types) {
        Set<String> out = new HashSet<>();
        for (Class<?> t : types) {
            Arrays.stream(t.getMethods()).filter(m -> !Modifier.isStatic(m.getModifiers())).map(Method::getName)
                    .forEach(out::add);
        }
        out.removeAll(Set.of("stream", "parallelStream", "spliterator", "toArray", "getClass"));
        return Set.copyOf(out);
    }

    /**
     * The budget of one template merge on this thread.
     *
     * @param template   the template's name, for messages
     * @param deadline   {@link System#nanoTime()} by which the merge must be done
     * @param maxLoops   {@code #foreach} iterations allowed in the whole merge
     * @param maxValue   the longest text and the largest list or map a template may build
     */
    record Budget(String template, long deadline, int maxLoops, int maxValue, int[] loops, Info[] last) {
        Budget(String template, long deadline, int maxLoops, int maxValue) {
            this(template, deadline, maxLoops, maxValue, new int[1], new Info[1]);
        }
    }

    /** Where the merge on this thread was last seen, or null. */
    static Info lastPosition() {
        return where(null);
    }

    /** Where the merge was last seen: what a check without a position of its own (printing, writing) reports. */
    private static Info where(Info at) {
        Budget b = BUDGET.get();
        if (b == null) {
            return at;
        }
        if (at != null) {
            b.last()[0] = at;
            return at;
        }
        return b.last()[0];
    }

    static void begin(Budget budget) {
        BUDGET.set(budget);
    }

    static void end() {
        BUDGET.remove();
    }

    /** Charges one step: fails once the merge's deadline has passed. */
    static void step(Info at) {
        Budget b = BUDGET.get();
        Info here = where(at);
        if (b != null && System.nanoTime() - b.deadline() > 0) {
            throw new SandboxException("the template ran out of time (section-timeout); it may loop without end, "
                    + "or the limit may be too low for this report: " + io.zongjie.api.Limits.howToRaise(
                            "section-timeout", "30s"), here);
        }
    }

    static void checkValue(Object value, Info position) {
        checkValue(value, position, "built");
    }

    /**
     * Charges a value its deep size: every character of its text and every item of its lists and maps, counted
     * through every level and as often as a part recurs ({@code [$l, $l]} is twice {@code $l}), since that is what
     * printing, comparing or hashing it costs. Cheap however the value is shared: the count stops at the budget.
     *
     * @param verb 「built」 or 「used」, for the message
     */
    static void checkValue(Object value, Info position, String verb) {
        Budget b = BUDGET.get();
        if (b == null || value == null) {
            return;
        }
        Info at = where(position);
        long size = deepSize(value, b.maxValue());
        if (size > b.maxValue()) {
            throw new SandboxException("the template " + verb + " a value of more than " + b.maxValue()
                    + " characters or items in all (counting every level of its lists and maps, and a part as "
                    + "often as it recurs), over the " + b.maxValue() + " a template may build", at);
        }
        if (value instanceof BigDecimal d && (d.precision() > 1000 || Math.abs(d.scale()) > 1000)
                || value instanceof BigInteger i && i.bitLength() > 3400) {
            throw new SandboxException("the template built a number of more than 1000 digits", at);
        }
    }

    /**
     * The characters and items of {@code value} through every level, a shared or repeated part counted each time;
     * stops counting once over {@code cap} (so a cycle or a tree shared 2^60 times costs {@code cap} steps).
     */
    static long deepSize(Object value, long cap) {
        long size = leaf(value, 1); // the value itself; each item below counts one, and text its characters besides
        java.util.ArrayDeque<Object> pending = new java.util.ArrayDeque<>();
        if (isContainer(value)) {
            pending.push(value);
        }
        while (!pending.isEmpty() && size <= cap) {
            Object v = pending.pop();
            if (v instanceof Collection<?> c && c.getClass().getName().endsWith("IntegerRange")) {
                size += c.size(); // [1..n]: n small numbers, made only as they are read
            } else if (v instanceof List<?> list && list instanceof java.util.RandomAccess) {
                for (int i = 0, n = list.size(); i < n && size <= cap; i++) {
                    size = count(list.get(i), size, pending);
                }
            } else if (v instanceof Iterable<?> items) {
                for (Iterator<?> it = items.iterator(); it.hasNext() && size <= cap; ) {
                    size = count(it.next(), size, pending);
                }
            } else if (v instanceof Map<?, ?> m) {
                for (Iterator<? extends Map.Entry<?, ?>> it = m.entrySet().iterator(); it.hasNext() && size <= cap; ) {
                    Map.Entry<?, ?> e = it.next();
                    size = count(e.getValue(), count(e.getKey(), size, pending), pending);
                }
            } else if (v instanceof Map.Entry<?, ?> e) {
                size = count(e.getValue(), count(e.getKey(), size, pending), pending);
            } else if (v instanceof Object[] array) {
                for (int i = 0; i < array.length && size <= cap; i++) {
                    size = count(array[i], size, pending);
                }
            }
        }
        return size;
    }

    /** Counts one item: text at once, containers later (so no deep recursion), anything else as one. */
    private static long count(Object item, long size, java.util.Deque<Object> pending) {
        if (isContainer(item)) {
            pending.push(item);
        }
        return leaf(item, size + 1);
    }

    private static long leaf(Object item, long size) {
        if (item instanceof CharSequence s) {
            return size + s.length();
        }
        if (item != null && item.getClass().isArray() && !(item instanceof Object[])) {
            return size + java.lang.reflect.Array.getLength(item);
        }
        return size;
    }

    private static boolean isContainer(Object item) {
        return item instanceof Iterable<?> || item instanceof Map<?, ?> || item instanceof Map.Entry<?, ?>
                || item instanceof Object[];
    }

    /** Whether a template may call {@code method} on an object of class {@code type}. */
    static boolean allowed(Class<?> type, String method, Set<String> packages) {
        if (DENIED.contains(method)) {
            return false;
        }
        if (type == String.class) {
            return STRING_METHODS.contains(method);
        }
        if (type == Boolean.class || type == Character.class) {
            return true;
        }
        if (Number.class.isAssignableFrom(type)) {
            return (type.getName().startsWith("java.lang.") || type.getName().startsWith("java.math."))
                    && NUMBER_METHODS.contains(method);
        }
        if (Scope.class.isAssignableFrom(type)) {
            return SCOPE_METHODS.contains(method);
        }
        if (Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type)
                || Map.Entry.class.isAssignableFrom(type) || Iterator.class.isAssignableFrom(type)
                || type.isArray()) {
            return COLLECTION_METHODS.contains(method);
        }
        String pkg = type.getPackageName();
        if (pkg.equals("java.time")) {
            return true;
        }
        if (pkg.equals("io.zongjie") || pkg.startsWith("io.zongjie.")) {
            return true;
        }
        for (String allowed : packages) {
            if (pkg.equals(allowed) || pkg.startsWith(allowed + ".")) {
                return true;
            }
        }
        return false;
    }

    /** A refusal or an exhausted budget, at a template's line and column. */
    static class SandboxException extends VelocityException {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;

        SandboxException(String message, Info at) {
            super(message);
            this.line = at == null ? 0 : at.getLine();
            this.column = at == null ? 0 : at.getColumn();
        }

        int line() {
            return line;
        }

        int column() {
            return column;
        }
    }

    /** The loop budget ran out while iterating over {@code iterated}: perhaps a list of the input's. */
    static final class LoopLimit extends SandboxException {
        private static final long serialVersionUID = 1L;
        private final transient Object iterated;

        LoopLimit(String message, Info at, Object iterated) {
            super(message, at);
            this.iterated = iterated;
        }

        Object iterated() {
            return iterated;
        }
    }

    /** Velocity's introspection, narrowed to the allow-list and charged to the budget. */
    public static final class Uberspector extends UberspectImpl {

        private Set<String> packages = Set.of();

        @Override
        @SuppressWarnings("unchecked")
        public void init() {
            super.init();
            Object p = rsvc.getApplicationAttribute(PACKAGES_ATTRIBUTE);
            if (p instanceof Set<?> set) {
                packages = Set.copyOf((Set<String>) set);
            }
        }

        private static String describe(Object obj) {
            return obj instanceof String ? "text" : obj.getClass().isArray() ? "an array"
                    : obj.getClass().getName();
        }

        private SandboxException refused(Object obj, String method, Info at) {
            return new SandboxException(method + " may not be called on " + describe(obj)
                    + ": templates may use text, numbers, dates, lists, maps and report data, and never "
                    + "reflection, classes, files, the network or system properties", at);
        }

        @Override
        public Iterator<?> getIterator(Object obj, Info i) {
            step(i);
            if (!(obj instanceof Iterable<?> || obj instanceof Map<?, ?> || obj instanceof Iterator<?>
                    || obj instanceof Enumeration<?> || (obj != null && obj.getClass().isArray()))) {
                if (obj == null) {
                    return null;
                }
                throw refused(obj, "#foreach", i);
            }
            Iterator<?> inner = super.getIterator(obj, i);
            if (inner == null) {
                return null;
            }
            return new Iterator<Object>() {
                @Override
                public boolean hasNext() {
                    return inner.hasNext();
                }

                @Override
                public Object next() {
                    Budget b = BUDGET.get();
                    if (b != null && ++b.loops()[0] > b.maxLoops()) {
                        throw new LoopLimit("#foreach ran more than " + b.maxLoops()
                                + " times in one template, over the template-loops limit; raise it with --limit "
                                + "template-loops=N if the report really has that many items", i, obj);
                    }
                    step(i);
                    return inner.next();
                }
            };
        }

        @Override
        public VelMethod getMethod(Object obj, String methodName, Object[] args, Info i) {
            step(i);
            if (obj == null) {
                return null;
            }
            if (!allowed(obj.getClass(), methodName, packages)) {
                throw refused(obj, methodName + "()", i);
            }
            if (obj instanceof String && methodName.equals("matches") && args.length == 1
                    && args[0] instanceof String) {
                return new RegexMatch(i);
            }
            VelMethod inner = super.getMethod(obj, methodName, args, i);
            return inner == null ? null : new CheckedMethod(inner, i);
        }

        @Override
        public VelPropertyGet getPropertyGet(Object obj, String identifier, Info i) {
            step(i);
            if (obj == null) {
                return null;
            }
            VelPropertyGet inner = super.getPropertyGet(obj, identifier, i);
            if (inner == null) {
                return null;
            }
            if (!allowed(obj.getClass(), inner.getMethodName(), packages)) {
                throw refused(obj, "." + identifier + " (" + inner.getMethodName() + ")", i);
            }
            return new CheckedGet(inner, i);
        }

        @Override
        public VelPropertySet getPropertySet(Object obj, String identifier, Object arg, Info i) {
            step(i);
            if (obj instanceof Map<?, ?>) {
                return super.getPropertySet(obj, identifier, arg, i);
            }
            if (obj == null) {
                return null;
            }
            throw refused(obj, "setting ." + identifier, i);
        }
    }

    /** Methods that cost little however large their receiver: the rest are refused on a receiver over the limit. */
    private static final Set<String> CHEAP = Set.of("size", "isEmpty", "get", "length", "hasNext", "next",
            "getKey", "getValue", "charAt", "iterator", "containsKey");

    /**
     * A method call charged to the budget. Its receiver and arguments are sized before it runs (a range
     * {@code [1..100000000]} costs nothing until something copies or prints it), and its result after.
     */
    private record CheckedMethod(VelMethod inner, Info at) implements VelMethod {
        @Override
        public Object invoke(Object o, Object[] params) throws IllegalAccessException, InvocationTargetException {
            step(at);
            if (!CHEAP.contains(inner.getMethodName())) {
                checkValue(o, at);
            }
            for (Object p : params) {
                checkValue(p, at);
            }
            if (o instanceof String text && inner.getMethodName().equals("replace") && params.length == 2
                    && params[0] instanceof CharSequence target && params[1] instanceof CharSequence with) {
                checkReplace(text, target.toString(), with.length(), at);
            }
            Object result = inner.invoke(o, params);
            checkValue(result, at);
            if (o instanceof Collection<?> || o instanceof Map<?, ?>) {
                checkValue(o, at); // $list.add / $list.addAll grow the receiver, not the result
            }
            return result;
        }

        @Override
        public boolean isCacheable() {
            return inner.isCacheable();
        }

        @Override
        public String getMethodName() {
            return inner.getMethodName();
        }

        @Override
        public Method getMethod() {
            return inner.getMethod();
        }

        @Override
        public Class<?> getReturnType() {
            return inner.getReturnType();
        }
    }

    /** Refuses a {@code String.replace} whose result would be over the value limit, before it is built. */
    private static void checkReplace(String text, String target, int with, Info at) {
        Budget b = BUDGET.get();
        if (b == null) {
            return;
        }
        long count = 0;
        if (target.isEmpty()) {
            count = text.length() + 1L;
        } else {
            for (int i = text.indexOf(target); i >= 0; i = text.indexOf(target, i + target.length())) {
                count++;
            }
        }
        long size = text.length() + count * (with - (long) target.length());
        if (size > b.maxValue()) {
            throw new SandboxException("the template would build a text of " + size + " characters, over the "
                    + b.maxValue() + " a template may build", at);
        }
    }

    /**
     * {@code String.matches}, but with the text read through a {@link CharSequence} that checks the deadline:
     * a pattern that backtracks exponentially ({@code (a+)+b} on a long run of a's) cannot hold a thread past it.
     */
    private record RegexMatch(Info at) implements VelMethod {
        private static final Method MATCHES;

        static {
            try {
                MATCHES = String.class.getMethod("matches", String.class);
            } catch (NoSuchMethodException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        @Override
        public Object invoke(Object o, Object[] params) throws InvocationTargetException {
            step(at);
            try {
                return java.util.regex.Pattern.compile((String) params[0]).matcher(new Timed((String) o, at))
                        .matches();
            } catch (java.util.regex.PatternSyntaxException e) {
                throw new InvocationTargetException(e);
            }
        }

        @Override
        public boolean isCacheable() {
            return true;
        }

        @Override
        public String getMethodName() {
            return "matches";
        }

        @Override
        public Method getMethod() {
            return MATCHES;
        }

        @Override
        public Class<?> getReturnType() {
            return boolean.class;
        }
    }

    /** Text whose every 4096th read checks the merge's deadline. */
    private static final class Timed implements CharSequence {
        private final String text;
        private final Info at;
        private int reads;

        Timed(String text, Info at) {
            this.text = text;
            this.at = at;
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 0xFFF) == 0) {
                step(at);
            }
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Timed(text.substring(start, end), at);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    /** A property read charged to the budget. */
    private record CheckedGet(VelPropertyGet inner, Info at) implements VelPropertyGet {
        @Override
        public Object invoke(Object o) throws Exception {
            step(at);
            return inner.invoke(o);
        }

        @Override
        public boolean isCacheable() {
            return inner.isCacheable();
        }

        @Override
        public String getMethodName() {
            return inner.getMethodName();
        }
    }
}
