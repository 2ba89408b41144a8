package io.zongjie.cli;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The language zongjie speaks to its user: {@code --lang zh|en}, else the locale's language from {@code LC_ALL},
 * {@code LC_MESSAGES} and {@code LANG} (the first one set, as the C library reads them), else English.
 *
 * <p>The variables are read as text, not through the JVM, which in many containers knows no Chinese locale
 * ({@code LANG=zh_CN.UTF-8} without the locale installed) and falls back to English.
 */
final class UserLanguage {

    /** What {@code --lang} takes. */
    static final List<String> CHOICES = List.of("zh", "en");

    private UserLanguage() {
    }

    /**
     * The language chosen.
     *
     * @param lang the {@code --lang} value, or {@code null}
     * @param env  the environment
     * @return {@link Locale#SIMPLIFIED_CHINESE} or {@link Locale#ENGLISH}
     * @throws IllegalArgumentException if {@code lang} is neither zh nor en
     */
    static Locale of(String lang, Map<String, String> env) {
        if (lang != null) {
            Locale chosen = parse(lang);
            if (chosen == null) {
                throw new IllegalArgumentException(lang);
            }
            return chosen;
        }
        for (String variable : List.of("LC_ALL", "LC_MESSAGES", "LANG")) {
            String value = env.get(variable);
            if (value != null && !value.isBlank()) {
                // zh_CN.UTF-8, zh_TW, zh_HK.Big5, en_US.UTF-8@euro; C and POSIX are English
                Locale chosen = parse(value.strip().split("[_.@-]", 2)[0]);
                return chosen == null ? Locale.ENGLISH : chosen;
            }
        }
        // no variable set: POSIX's C locale, English; on Windows, where they are rarely set, the user's locale
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win")) {
            return Locale.getDefault().getLanguage().equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        }
        return Locale.ENGLISH;
    }

    private static Locale parse(String value) {
        String language = value.strip().toLowerCase(Locale.ROOT);
        if (language.equals("zh") || language.startsWith("zh-") || language.startsWith("zh_")) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        if (language.equals("en") || language.startsWith("en-") || language.startsWith("en_") || language.equals("c")
                || language.equals("posix")) {
            return Locale.ENGLISH;
        }
        return null;
    }

    /** The value of {@code --lang} in {@code args} ({@code --lang zh} or {@code --lang=zh}), or null. */
    static String option(String[] args) {
        String found = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--")) {
                break;
            }
            if (args[i].equals("--lang") && i + 1 < args.length) {
                found = args[i + 1];
            } else if (args[i].startsWith("--lang=")) {
                found = args[i].substring("--lang=".length());
            }
        }
        return found;
    }
}
