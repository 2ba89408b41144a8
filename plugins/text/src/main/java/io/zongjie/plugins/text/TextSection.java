package io.zongjie.plugins.text;

import io.zongjie.document.Block;
import io.zongjie.model.Subsection;
import io.zongjie.spi.Problems;
import io.zongjie.spi.SectionContext;
import io.zongjie.spi.SectionPlugin;
import io.zongjie.spi.UserText;
import java.util.ArrayList;
import java.util.List;

/**
 * A section in the user's own words: a heading (the section's {@code title}, which the input must give),
 * paragraphs, a list, and sub-sections. It writes no sentence of its own and publishes no figures.
 */
public final class TextSection implements SectionPlugin<TextData> {

    @Override
    public String type() {
        return "text";
    }

    /** None of its own: the input's {@code title} is the heading. */
    @Override
    public String title() {
        return "";
    }

    @Override
    public String description() {
        return "自拟内容：标题（title，必填）、段落、列表和小节，用于插件未涵盖的工作（如便民菜站、个案帮扶、经验体会），"
                + "可用 **…** 加粗";
    }

    @Override
    public Class<TextData> dataType() {
        return TextData.class;
    }

    @Override
    public void validate(TextData data, Problems problems) {
        for (int i = 0; i < data.subsections().size(); i++) {
            Subsection s = data.subsections().get(i);
            if (s.after() != null) {
                problems.add("subsections[" + i + "].after", "a text section's sub-sections stand in the order "
                        + "given; leave after out (it places a section's own sub-sections among its parts)");
            }
            if (s.paragraphs().isEmpty() && s.items().isEmpty()) {
                problems.add("subsections[" + i + "]", "has a title but nothing under it: give paragraphs or items");
            }
        }
    }

    @Override
    public List<Block> render(TextData data, SectionContext context) {
        List<Block> blocks = new ArrayList<>(UserText.paragraphs(data.paragraphs()));
        if (!data.items().isEmpty()) {
            blocks.add(UserText.list(data.items(), data.isNumbered()));
        }
        for (Subsection s : data.subsections()) {
            blocks.addAll(UserText.subsection(s, 2));
        }
        return blocks;
    }
}
