package io.zongjie.internal.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zongjie.api.TemplateException;
import io.zongjie.document.Heading;
import io.zongjie.document.Inline;
import io.zongjie.document.ListBlock;
import io.zongjie.document.Paragraph;
import io.zongjie.document.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class FragmentParserTest {

    private final FragmentParser parser = new FragmentParser("t.vm");

    @Test
    void dropsLineBreaksBetweenChineseButKeepsWordSpaces() {
        assertThat(parser.parse("<p>\n  工会组织\n  教职工参加 <strong>WPS Office</strong> 培训，\n  共 12 人次。\n</p>"))
                .containsExactly(new Paragraph(List.of(new Inline.Text("工会组织教职工参加"),
                        new Inline.Strong("WPS Office"), new Inline.Text("培训，共12人次。"))));
        assertThat(parser.parse("<p>Hello\n   world</p>")).containsExactly(Paragraph.of("Hello world"));
    }

    @Test
    void parsesListsTablesAndHeadings() {
        var blocks = parser.parse("<h2>节日慰问</h2><ol><li>一</li><li><em>二</em></li></ol>"
                + "<table><caption>表</caption><tr><th>项目</th><th>金额</th></tr><tr><td>春节</td><td>100元</td></tr></table>");
        assertThat(blocks).containsExactly(new Heading(2, "", "节日慰问"),
                new ListBlock(true, List.of(List.of(new Inline.Text("一")), List.of(new Inline.Emphasis("二")))),
                new Table("表", List.of("项目", "金额"), List.of(List.of("春节", "100元"))));
    }

    @Test
    void decodesEntitiesSoEscapedDataReadsAsWritten() {
        assertThat(parser.parse("<p>&lt;b&gt; &amp; &quot;x&quot;</p>")).containsExactly(Paragraph.of("<b> & \"x\""));
    }

    @Test
    void refusesMarkupInTheWrongPlace() {
        assertThatThrownBy(() -> parser.parse("<p><ul><li>x</li></ul></p>")).isInstanceOf(TemplateException.class)
                .hasMessageContaining("t.vm").hasMessageContaining("<ul> cannot stand inside <p>");
        assertThatThrownBy(() -> parser.parse("<table><tr><td>x</td></tr></table>"))
                .hasMessageContaining("needs a first row of <th>");
        assertThatThrownBy(() -> parser.parse("<p>x\n</li>")).isInstanceOf(TemplateException.class)
                .hasMessageContaining("output line 2");
    }

    @Test
    void refusesDoctypesAndEntitiesFromOutside() {
        assertThatThrownBy(() -> parser.parse("<p>&xxe;</p>")).isInstanceOf(TemplateException.class);
    }
}
