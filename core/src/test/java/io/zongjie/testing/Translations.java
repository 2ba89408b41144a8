package io.zongjie.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks a message bundle for a plugin author (and for zongjie's own bundles): every key has its English text
 * ({@code messages.properties}) and its Chinese one ({@code messages_zh.properties}), each a valid
 * {@link MessageFormat} taking the same arguments, and every key the sources name is in them.
 *
 * <pre>{@code
 * @Test
 * void everyMessageHasItsChineseText() {
 *     Translations.assertComplete("org/example/zongjie/retirees/messages", RetireesSection.class.getClassLoader());
 * }
 * }</pre>
 */
public final class Translations {

    private Translations() {
    }

    /**
     * Fails unless the bundle {@code path} ({@code io/zongjie/plugins/welfare/messages}, without the extension) has
     * the same keys in English and Chinese, with the same arguments.
     */
    public static void assertComplete(String path, ClassLoader loader) {
        Properties english = load(path + ".properties", loader);
        Properties chinese = load(path + "_zh.properties", loader);
        assertThat(chinese.stringPropertyNames()).as("keys of %s without a Chinese text", path)
                .containsAll(english.stringPropertyNames());
        assertThat(english.stringPropertyNames()).as("keys of %s without an English text", path)
                .containsAll(chinese.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(arguments(chinese.getProperty(key), key)).as("the arguments of %s in Chinese", key)
                    .isEqualTo(arguments(english.getProperty(key), key));
        }
    }

    /**
     * Fails unless every key that the Java sources under {@code sources} pass to {@code call} (a call such as
     * {@code Message.of("input.empty"} or {@code messages.get("fonts.yes"}) is in the English bundle {@code path}.
     *
     * @param call a regular expression matching the call up to its opening quote, such as {@code Message\.of\(}
     */
    public static void assertSourcesUseOnlyKnownKeys(Path sources, String call, String path, ClassLoader loader) {
        Properties english = load(path + ".properties", loader);
        Pattern pattern = Pattern.compile(call + "\"([A-Za-z0-9_.-]+)\"");
        Set<String> unknown = new TreeSet<>();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = pattern.matcher(Files.readString(file));
                while (m.find()) {
                    if (!english.containsKey(m.group(1)) && !m.group(1).endsWith(".")) {
                        unknown.add(m.group(1) + " (" + file.getFileName() + ")");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(unknown).as("keys named in %s that %s lacks", sources, path).isEmpty();
    }

    /** The argument numbers a pattern uses. */
    private static Set<Integer> arguments(String pattern, String key) {
        MessageFormat format;
        try {
            format = new MessageFormat(pattern);
        } catch (IllegalArgumentException e) {
            throw new AssertionError(key + " is not a valid MessageFormat pattern: " + pattern, e);
        }
        Set<Integer> used = new TreeSet<>();
        Matcher m = Pattern.compile("\\{(\\d+)").matcher(pattern.replaceAll("'[^']*'", ""));
        while (m.find()) {
            used.add(Integer.parseInt(m.group(1)));
        }
        assertThat(format.getFormatsByArgumentIndex().length).isGreaterThanOrEqualTo(used.size());
        return used;
    }

    private static Properties load(String resource, ClassLoader loader) {
        Properties p = new Properties();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            assertThat(in).as("the bundle %s", resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
