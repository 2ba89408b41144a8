package io.zongjie.plugins.plans;

import io.zongjie.document.Block;
import io.zongjie.document.Inline;
import io.zongjie.document.Paragraph;
import io.zongjie.spi.PluginModule;
import io.zongjie.spi.SectionContext;
import io.zongjie.spi.SectionPlugin;
import java.util.List;

/** A second section type for tests that need a report without shortcomings-plans: prints its text as it is. */
final class OtherSectionModule extends PluginModule {

    /** The data of the test section. */
    record Note(String text) {
    }

    /** Prints {@link Note#text()} as one paragraph. */
    static final class NoteSection implements SectionPlugin<Note> {
        @Override
        public String type() {
            return "note";
        }

        @Override
        public String title() {
            return "其他工作";
        }

        @Override
        public String description() {
            return "test section";
        }

        @Override
        public Class<Note> dataType() {
            return Note.class;
        }

        @Override
        public List<Block> render(Note data, SectionContext context) {
            return List.of(new Paragraph(List.of(new Inline.Text(data.text()))));
        }
    }

    @Override
    protected void configure() {
        section("note", NoteSection.class);
    }
}
