package io.zongjie.internal.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Velocity comments are blanked (line breaks kept) exactly where Velocity sees them, and nothing else changes. */
class MarkupCheckTest {

    @Test
    void commentsAreBlankedAndTheRestKept() {
        assertThat(MarkupCheck.blankComments("<p>甲</p>## 注释 <b>\n<p>乙</p>#* 块\n<i> *#<p>丙</p>"))
                .isEqualTo("<p>甲</p>" + " ".repeat(9) + "\n<p>乙</p>" + " ".repeat(4) + "\n" + " ".repeat(6) + "<p>丙</p>");
        assertThat(MarkupCheck.blankComments("\\## 不是注释 \\#* 也不是")).isEqualTo("\\## 不是注释 \\#* 也不是");
        assertThat(MarkupCheck.blankComments("#* 没有结尾\n<b>")).isEqualTo(" ".repeat(7) + "\n" + " ".repeat(3));
        assertThat(MarkupCheck.blankComments("")).isEmpty();
    }

    @Test
    void everyTextIsBlankedAsTheStringSearchingVersionBlankedIt() {
        Random random = new Random(20261204);
        char[] alphabet = {'#', '#', '*', '\\', '\n', 'a', '<', '会'};
        for (int round = 0; round < 20_000; round++) {
            char[] text = new char[random.nextInt(24)];
            for (int i = 0; i < text.length; i++) {
                text[i] = alphabet[random.nextInt(alphabet.length)];
            }
            String s = new String(text);
            assertThat(MarkupCheck.blankComments(s)).as("%s", s.replace("\n", "⏎")).isEqualTo(reference(s));
        }
    }

    /** The first version: a StringBuilder searched with indexOf. */
    private static String reference(String text) {
        StringBuilder out = new StringBuilder(text);
        int i = 0;
        while (i < out.length()) {
            if (out.charAt(i) == '\\') {
                i += 2;
            } else if (out.length() >= i + 2 && out.charAt(i) == '#' && out.charAt(i + 1) == '*') {
                int end = out.indexOf("*#", i + 2);
                end = end < 0 ? out.length() : end + 2;
                blank(out, i, end);
                i = end;
            } else if (out.length() >= i + 2 && out.charAt(i) == '#' && out.charAt(i + 1) == '#') {
                int end = out.indexOf("\n", i);
                end = end < 0 ? out.length() : end;
                blank(out, i, end);
                i = end;
            } else {
                i++;
            }
        }
        return out.toString();
    }

    private static void blank(StringBuilder s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) != '\n') {
                s.setCharAt(i, ' ');
            }
        }
    }
}
