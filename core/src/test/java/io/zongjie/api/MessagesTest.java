package io.zongjie.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.zongjie.testing.Translations;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The engine's message bundles: every key in both languages, every key the sources name in them. */
class MessagesTest {

    private static final ClassLoader LOADER = MessagesTest.class.getClassLoader();

    @Test
    void everyMessageHasItsEnglishAndItsChineseTextWithTheSameArguments() {
        Translations.assertComplete("io/zongjie/api/messages", LOADER);
    }

    @Test
    void everyKeyTheEngineNamesIsInTheBundles() {
        Path sources = Path.of("src/main/java");
        Translations.assertSourcesUseOnlyKnownKeys(sources, "Message\\.of\\(", "io/zongjie/api/messages", LOADER);
        Translations.assertSourcesUseOnlyKnownKeys(sources, "messages\\.get\\(", "io/zongjie/api/messages", LOADER);
    }

    @Test
    void aChineseLocaleOfAnyRegionGetsChineseAndAnythingElseEnglish() {
        assertThat(Messages.of(Locale.TRADITIONAL_CHINESE).chinese()).isTrue();
        assertThat(Messages.of(Locale.forLanguageTag("zh-HK")).get("constraint.PositiveOrZero", "")).isEqualTo("不能为负数");
        assertThat(Messages.of(Locale.FRENCH).get("constraint.PositiveOrZero", "")).isEqualTo(
                "must be greater than or equal to 0");
    }

    @Test
    void wordsNestedMessagesAndLeavesNumbersAsWritten() {
        Message m = Message.of("input.tooManyItems", 12000, 10000, Limits.raise("list-items", 12000));
        assertThat(Messages.of(Locale.ENGLISH).format(m)).isEqualTo("the list has 12000 items, over the "
                + "10000-item limit for one list; raise it with --limit list-items=12000 (Limits.withMaxListItems in "
                + "Java)");
        assertThat(Messages.of(Locale.CHINESE).format(m)).isEqualTo("这个列表有 12000 项，超过了单个列表 10000 项的限制；"
                + "可用 --limit list-items=12000 放宽（Java 中为 Limits.withMaxListItems）");
    }
}
