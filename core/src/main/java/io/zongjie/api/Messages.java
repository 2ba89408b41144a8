package io.zongjie.api;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The words of every message zongjie says, from resource bundles: English in {@code messages.properties}, Simplified
 * Chinese in {@code messages_zh.properties}. The engine words its problems, exceptions and warnings with it in the
 * language of {@link ReportEngine.Builder#messages}; a host that shows one engine's problems to users of several
 * languages words each {@link Problem} again from its code and arguments: {@code Messages.of(locale).get(problem)}.
 *
 * <p>Patterns are {@link MessageFormat}s ({@code {0}}, and {@code ''} for an apostrophe). Numbers are passed as
 * they are written, never grouped or localised: a message quotes what the user typed. A test checks that every key
 * has a text in both languages with the same arguments.
 */
public final class Messages {

    /** English, the bundle's root. */
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** Simplified Chinese. */
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    /** The engine's own messages. */
    public static final String CORE = "io.zongjie.api.messages";

    /** The code of a message given as text, the same in every language ({@link Message#text}). */
    public static final String VERBATIM = "verbatim";

    // no fallback to the JVM's default locale: a message is in the language asked for, or in the root's English
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final Locale locale;
    private final ResourceBundle bundle;

    private Messages(Locale locale, ResourceBundle bundle) {
        this.locale = locale;
        this.bundle = bundle;
    }

    /** The engine's messages in {@code locale}'s language: Chinese for any {@code zh}, English otherwise. */
    public static Messages of(Locale locale) {
        return of(CORE, locale, Messages.class.getClassLoader());
    }

    /** The messages of bundle {@code baseName} (in {@code loader}) in {@code locale}'s language. */
    public static Messages of(String baseName, Locale locale, ClassLoader loader) {
        Locale language = supported(locale);
        return new Messages(language, ResourceBundle.getBundle(baseName, language, loader, CONTROL));
    }

    /** {@code zh} (any region or script) as Simplified Chinese; anything else as English. */
    public static Locale supported(Locale locale) {
        return locale != null && locale.getLanguage().equals("zh") ? CHINESE : ENGLISH;
    }

    /** The language of these messages: {@link #CHINESE} or {@link #ENGLISH}. */
    public Locale locale() {
        return locale;
    }

    /** Whether these are the Chinese messages. */
    public boolean chinese() {
        return locale.equals(CHINESE);
    }

    /** Whether the bundle has {@code key}. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * Words {@code message} in this language, its arguments that are messages too; a code these bundles do not
     * know (a plugin's) is written as its arguments.
     */
    public String format(Message message) {
        Object[] args = message.arguments().stream().map(a -> a instanceof Message m ? format(m) : a).toArray();
        if (!has(message.code())) {
            return args.length == 1 ? String.valueOf(args[0]) : message.code() + java.util.Arrays.toString(args);
        }
        return get(message.code(), args);
    }

    /**
     * A problem as a user reads it: 「report.yaml:11:11: sections[0].data.visits[0].amount: must be …」, or in
     * Chinese 「report.yaml 第11行第11列：sections[0].data.visits[0].amount（慰问金额）不能为负数（填写的是 -300）」 with
     * the field's name where its plugin gives one.
     */
    public String describe(Problem p) {
        if (!chinese()) {
            return p.toString();
        }
        StringBuilder out = new StringBuilder(p.source());
        if (p.line() > 0) {
            out.append(' ').append(p.column() > 0 ? get("problem.lineColumn", p.line(), p.column())
                    : get("problem.line", p.line()));
        }
        out.append('：');
        if (!p.path().isEmpty()) {
            out.append(p.path());
            if (p.label() != null) {
                out.append('（').append(p.label()).append('）');
            } else {
                out.append(' ');
            }
        }
        return out.append(p.message()).toString();
    }

    /**
     * The message {@code key} with its arguments; a number is written as {@link String#valueOf} writes it.
     *
     * @throws MissingResourceException if no bundle has the key (a bug: the bundle test catches it)
     */
    public String get(String key, Object... args) {
        Objects.requireNonNull(key, "key");
        String pattern = bundle.getString(key);
        if (args.length == 0) {
            return new MessageFormat(pattern, locale).format(new Object[0]);
        }
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            plain[i] = args[i] instanceof Number || args[i] instanceof Boolean ? String.valueOf(args[i])
                    : args[i] == null ? "null" : args[i];
        }
        return new MessageFormat(pattern, locale).format(plain);
    }
}
