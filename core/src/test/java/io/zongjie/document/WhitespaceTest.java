package io.zongjie.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WhitespaceTest {

    @Test
    void aSpaceBesideAChineseCharacterGoesAndARunOfSpacesBetweenLatinWordsBecomesOne() {
        assertThat(Whitespace.normalize("工会  组织\n 职工 体检")).isEqualTo("工会组织职工体检");
        assertThat(Whitespace.normalize("GB/T  9704 规定")).isEqualTo("GB/T 9704规定");
    }

    @Test
    void aSpaceBetweenTwoRunsIsJudgedByTheCharactersOnBothSides() {
        assertThat(Whitespace.normalize(List.of(new Inline.Text("走访 "), new Inline.Strong(" 58人次"))))
                .extracting(Inline::text).containsExactly("走访", "58人次");
    }
}
