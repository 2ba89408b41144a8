package io.zongjie.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zongjie.testing.Translations;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import org.junit.jupiter.api.Test;

/** Every text the command line shows has its Chinese: its messages, and every command's and option's help. */
class HelpTranslationTest {

    @Test
    void everyMessageOfTheCommandLineHasItsChineseText() {
        ClassLoader loader = Main.class.getClassLoader();
        Translations.assertComplete("io/zongjie/cli/messages", loader);
        java.nio.file.Path sources = java.nio.file.Path.of("src/main/java");
        Translations.assertSourcesUseOnlyKnownKeys(sources, "messages\\.get\\(", "io/zongjie/cli/messages", loader);
        Translations.assertSourcesUseOnlyKnownKeys(sources, "m\\.get\\(", "io/zongjie/cli/messages", loader);
    }

    @Test
    void everyCommandOptionAndParameterIsDescribedInChinese() {
        CommandLine cli = new CommandLine(new Main(new ByteArrayOutputStream(), Locale.CHINESE));
        cli.setResourceBundle(ResourceBundle.getBundle(Main.HELP, Locale.CHINESE, Main.class.getClassLoader()));
        List<String> english = new ArrayList<>();
        check(cli.getCommandSpec(), english);
        assertThat(english).as("help texts without Chinese (add them to help_zh.properties)").isEmpty();
    }

    private static void check(CommandSpec spec, List<String> english) {
        if (!hasChinese(String.join("", spec.usageMessage().description()))) {
            english.add(spec.qualifiedName() + ": its description");
        }
        List<ArgSpec> args = new ArrayList<>(spec.options());
        args.addAll(spec.positionalParameters());
        for (ArgSpec arg : args) {
            if (!arg.hidden() && !hasChinese(String.join("", arg.description()))) {
                english.add(spec.qualifiedName() + " " + (arg.isOption() ? ((CommandLine.Model.OptionSpec) arg)
                        .longestName() : arg.paramLabel()));
            }
        }
        for (CommandLine sub : spec.subcommands().values()) {
            check(sub.getCommandSpec(), english);
        }
    }

    private static boolean hasChinese(String text) {
        return text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }
}
