package io.zongjie.internal.script;

import static org.assertj.core.api.Assertions.assertThat;

import io.zongjie.document.Attachment;
import io.zongjie.document.AttachmentNote;
import io.zongjie.document.Document;
import io.zongjie.document.DocumentMeta;
import io.zongjie.document.Heading;
import io.zongjie.document.Inline;
import io.zongjie.document.ListBlock;
import io.zongjie.document.Paragraph;
import io.zongjie.document.Recipient;
import io.zongjie.document.Signature;
import io.zongjie.document.Table;
import io.zongjie.document.Title;
import io.zongjie.model.Script;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptConverterTest {

    @Test
    void convertsWhatZongjieWroteAndLeavesTheInputsNamesAsTyped() {
        ScriptConverter hant = new ScriptConverter(Script.HANT, List.of("范小明", "台山市总工会"));

        // OpenCC alone would write 範小明 and 臺山市: names are never converted
        assertThat(hant.text("范小明同志在台山市总工会开展范围广泛的调研，发放慰问金7.01万元"))
                .isEqualTo("范小明同志在台山市总工会開展範圍廣泛的調研，發放慰問金7.01萬元");
    }

    @Test
    void keepsTheLongestInputPhraseAndIgnoresSingleCharactersAndEmphasisMarks() {
        ScriptConverter hant = new ScriptConverter(Script.HANT, List.of("临江区", "临江区教育工会", "会", "**职工之家**建设"));

        assertThat(hant.text("临江区教育工会的职工之家建设和临江区的会议"))
                .isEqualTo("临江区教育工会的职工之家建设和临江区的會議");
    }

    @Test
    void writesTaiwansAndHongKongsOwnFormsWhereTheyDiffer() {
        assertThat(new ScriptConverter(Script.HANT_TW, List.of()).text("开展信息化建设和网络培训"))
                .isEqualTo("開展資訊化建設和網路培訓");
        assertThat(new ScriptConverter(Script.HANT_HK, List.of()).text("为群众着想")).isEqualTo("為羣眾着想");
        assertThat(new ScriptConverter(Script.HANT, List.of()).text("为群众着想")).isEqualTo("爲羣衆着想");
    }

    @Test
    void coversEveryBlockTheAttachmentsAndTheMetadata() {
        Document simplified = new Document(
                new DocumentMeta("临江中学2023年工会工作总结", "临江中学工会委员会", "2023年工会工作总结", List.of("关心职工生活"),
                        LocalDate.of(2023, 12, 28)),
                List.of(new Title("临江中学2023年工会工作总结"), new Recipient("区教育工会："),
                        new Heading(1, "一、", "关心职工生活"),
                        new Paragraph(List.of(new Inline.Strong("节日慰问。"), new Inline.Text("走访慰问职工"),
                                new Inline.Emphasis("困难职工"))),
                        new ListBlock(true, List.of(List.of(new Inline.Text("开展体检")))),
                        new AttachmentNote(List.of("2023年主要工作数据")),
                        new Signature(List.of("临江中学工会委员会", "2023年12月28日"), false)),
                List.of(new Attachment("2023年主要工作数据",
                        List.of(new Table("", List.of("项目", "数据"), List.of(List.of("慰问金", "7.01万元")))))));

        Document traditional = new ScriptConverter(Script.HANT, List.of("临江中学")).convert(simplified);

        assertThat(traditional.plainText()).isEqualTo("""
                临江中学2023年工會工作總結
                區教育工會：
                一、關心職工生活
                節日慰問。走訪慰問職工困難職工
                1. 開展體檢
                附件：2023年主要工作數據
                临江中学工會委員會
                2023年12月28日
                附件
                2023年主要工作數據
                項目\t數據
                慰問金\t7.01萬元
                """);
        assertThat(traditional.meta()).isEqualTo(new DocumentMeta("临江中学2023年工會工作總結", "临江中学工會委員會",
                "2023年工會工作總結", List.of("關心職工生活"), LocalDate.of(2023, 12, 28), "zh-Hant"));
        assertThat(new ScriptConverter(Script.HANS, List.of()).convert(simplified)).isSameAs(simplified);
    }

    @Test
    void tellsATraditionalNameFromASimplifiedOne() {
        assertThat(Hanzi.scriptOf("地區教育工會")).isEqualTo(Script.HANT);
        assertThat(Hanzi.scriptOf("地区教育工会")).isEqualTo(Script.HANS);
        // 台, 里 and 中 are written alike in both: a name of such characters is Simplified
        assertThat(Hanzi.scriptOf("台中市里港中学", null)).isEqualTo(Script.HANS);
        assertThat(Hanzi.traditionalOnly('會')).isTrue();
        assertThat(Hanzi.simplifiedOnly('会')).isTrue();
        assertThat(Hanzi.simplifiedOnly('台')).isFalse();
        assertThat(Hanzi.traditionalOnly('台')).isFalse();
    }
}
