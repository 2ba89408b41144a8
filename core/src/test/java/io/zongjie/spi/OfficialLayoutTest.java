package io.zongjie.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.zongjie.document.Signature;
import java.util.List;
import org.junit.jupiter.api.Test;

class OfficialLayoutTest {

    /** 2号 characters on the 156 mm text block. */
    private static final double TITLE_WIDTH = 20;

    @Test
    void measuresIdeographsAsOneAndDigitsAsHalf() {
        assertThat(OfficialLayout.ems("2023年12月26日")).isEqualTo(7);
        assertThat(OfficialLayout.ems("“师德”（一）")).isEqualTo(7);
        assertThat(OfficialLayout.ems("𠮷a")).isEqualTo(1.5);
    }

    @Test
    void aTitleThatFitsIsOneLine() {
        assertThat(OfficialLayout.titleLines("临江市滨江实验中学2023年工会工作总结", TITLE_WIDTH))
                .containsExactly("临江市滨江实验中学2023年工会工作总结");
    }

    @Test
    void aLongTitleBreaksBetweenTheUnitAndThePeriodRatherThanLeavingOneCharacterBehind() {
        List<String> lines = OfficialLayout.titleLines("临江热电有限公司检修分公司2023年工会工作总结", TITLE_WIDTH);

        assertThat(lines).containsExactly("临江热电有限公司检修分公司", "2023年工会工作总结");
    }

    @Test
    void aLongUnitNameBreaksAtAWordEndIntoNearEqualLinesShorterOnTop() {
        String title = "临江市滨江区第二实验中学教育集团2023年工会工作总结";
        List<String> lines = OfficialLayout.titleLines(title, TITLE_WIDTH);

        assertThat(lines).containsExactly("临江市滨江区第二实验中学", "教育集团2023年工会工作总结");
        assertThat(String.join("", lines)).isEqualTo(title);
        assertThat(OfficialLayout.ems(lines.get(1)) - OfficialLayout.ems(lines.get(0))).isBetween(0.0, 1.5);
    }

    @Test
    void aTitleTooLongForTwoLinesOfWholeWordsTakesThreeWithTheSubjectOnItsOwnLine() {
        String title = "临江市滨江区第二实验中学教育集团工会委员会关于2023年度职工之家建设情况的报告";
        List<String> lines = OfficialLayout.titleLines(title, TITLE_WIDTH);

        assertThat(lines).hasSize(3);
        assertThat(String.join("", lines)).isEqualTo(title);
        List<Double> w = lines.stream().map(OfficialLayout::ems).toList();
        assertThat(w).allSatisfy(x -> assertThat(x).isLessThanOrEqualTo(TITLE_WIDTH));
        assertThat(lines).containsExactly("临江市滨江区第二实验中学", "教育集团工会委员会", "关于2023年度职工之家建设情况的报告");
    }

    @Test
    void aTitleWithoutWordEndsBreaksOnlyBetweenIdeographs() {
        String title = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥天地玄黄";
        List<String> lines = OfficialLayout.titleLines(title, TITLE_WIDTH);

        assertThat(lines).containsExactly("甲乙丙丁戊己庚辛壬癸子丑寅", "卯辰巳午未申酉戌亥天地玄黄");
    }

    @Test
    void withoutASealTheNameStandsTwoInAndTheDateStartsTwoToTheRightOfIt() {
        OfficialLayout.Placement p = OfficialLayout.signature(
                new Signature(List.of("临江市滨江实验中学工会委员会", "2023年12月26日")), OfficialLayout::ems);

        assertThat(p.rightIndents()).containsExactly(2.0, 7.0);
        assertThat(p.blankLinesBefore()).isEqualTo(1);
        // the name starts at 28 - 2 - 14 = 12, the date at 28 - 7 - 7 = 14: two characters to the right
        assertThat((28 - 7 - 7.0) - (28 - 2 - 14.0)).isEqualTo(2);
    }

    @Test
    void aDateLongerThanTheNameStandsTwoInAndPushesTheNameLeft() {
        OfficialLayout.Placement p = OfficialLayout.signature(
                new Signature(List.of("某厂工会", "2023年12月26日")), OfficialLayout::ems);

        assertThat(p.rightIndents()).containsExactly(7.0, 2.0);
        double nameStart = 28 - 7 - 4;
        double dateStart = 28 - 2 - 7;
        assertThat(dateStart - nameStart).isEqualTo(2);
    }

    @Test
    void withASealTheDateStandsFourInAndTheNameIsCentredOverIt() {
        OfficialLayout.Placement p = OfficialLayout.signature(
                new Signature(List.of("临江市滨江实验中学工会委员会", "2023年12月26日"), true), OfficialLayout::ems);

        assertThat(p.rightIndents().get(1)).isEqualTo(4.0);
        double nameCentre = p.rightIndents().get(0) + 14 / 2.0;
        double dateCentre = 4 + 7 / 2.0;
        assertThat(nameCentre).isCloseTo(dateCentre, within(1e-9));
        assertThat(p.blankLinesBefore()).isEqualTo(2);
    }
}
