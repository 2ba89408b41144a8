package io.zongjie.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClreqSplitCharacterTest {

    @Test
    void breaksBetweenIdeographs() {
        assertThat(ClreqSplitCharacter.canBreakBetween('工', '会')).isTrue();
        assertThat(ClreqSplitCharacter.canBreakBetween('，', '工')).isTrue();
        assertThat(ClreqSplitCharacter.canBreakBetween('工', '（')).isTrue();
    }

    @Test
    void neverBeforeClosingNorAfterOpeningMarks() {
        for (char closing : "，。、；：？！）》」』】〕”’…—%".toCharArray()) {
            assertThat(ClreqSplitCharacter.canBreakBetween('会', closing)).as("before %s", closing).isFalse();
        }
        for (char opening : "（《「『【〔“‘".toCharArray()) {
            assertThat(ClreqSplitCharacter.canBreakBetween(opening, '会')).as("after %s", opening).isFalse();
        }
        assertThat(ClreqSplitCharacter.canBreakBetween('—', '—')).as("inside ——").isFalse();
        assertThat(ClreqSplitCharacter.canBreakBetween('…', '…')).as("inside ……").isFalse();
    }

    @Test
    void theRulesOfEveryCharacterAreTheListedMarks() {
        int starts = 0;
        int ends = 0;
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            boolean noStart = ClreqSplitCharacter.NO_LINE_START.indexOf(c) >= 0;
            boolean noEnd = ClreqSplitCharacter.NO_LINE_END.indexOf(c) >= 0;
            assertThat(ClreqSplitCharacter.startsNoLine(c)).as("U+%04X starts no line", (int) c).isEqualTo(noStart);
            assertThat(ClreqSplitCharacter.endsNoLine(c)).as("U+%04X ends no line", (int) c).isEqualTo(noEnd);
            starts += noStart ? 1 : 0;
            ends += noEnd ? 1 : 0;
        }
        assertThat(ClreqSplitCharacter.startsNoLine(Character.MAX_VALUE)).isFalse();
        assertThat(starts).isEqualTo(ClreqSplitCharacter.NO_LINE_START.length());
        assertThat(ends).isEqualTo(ClreqSplitCharacter.NO_LINE_END.length());
    }

    @Test
    void keepsLatinAndNumbersWhole() {
        assertThat(ClreqSplitCharacter.canBreakBetween('P', 'D')).isFalse();
        assertThat(ClreqSplitCharacter.canBreakBetween('9', '.')).isFalse();
        assertThat(ClreqSplitCharacter.canBreakBetween('.', '6')).isFalse();
        assertThat(ClreqSplitCharacter.canBreakBetween('3', '-')).isFalse();
        assertThat(ClreqSplitCharacter.canBreakBetween('-', '1')).isFalse();
        assertThat(ClreqSplitCharacter.canBreakBetween('-', 'B')).as("hyphenated word").isTrue();
        assertThat(ClreqSplitCharacter.canBreakBetween(' ', 'W')).as("after a space").isTrue();
        assertThat(ClreqSplitCharacter.canBreakBetween('会', 'P')).as("ideograph then Latin").isTrue();
        assertThat(ClreqSplitCharacter.canBreakBetween('F', '会')).as("Latin then ideograph").isTrue();
    }

    @org.junit.jupiter.api.Test
    void charactersBeyondTheBmpBreakLikeIdeographsButNeverInHalf() {
        String jiJi = "𠮷𠮷";   // two characters, four chars
        org.assertj.core.api.Assertions.assertThat(ClreqSplitCharacter.canBreakBetween(jiJi.charAt(0), jiJi.charAt(1)))
                .as("inside one character").isFalse();
        org.assertj.core.api.Assertions.assertThat(ClreqSplitCharacter.canBreakBetween(jiJi.charAt(1), jiJi.charAt(2)))
                .as("between two").isTrue();
        org.assertj.core.api.Assertions.assertThat(ClreqSplitCharacter.canBreakBetween('春', jiJi.charAt(0))).isTrue();
        org.assertj.core.api.Assertions.assertThat(ClreqSplitCharacter.canBreakBetween(jiJi.charAt(1), '，')).isFalse();
    }
}
