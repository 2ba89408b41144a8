package io.zongjie.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lowagie.text.pdf.BaseFont;
import io.zongjie.api.pdf.FontRole;
import io.zongjie.api.pdf.FontSource;
import io.zongjie.api.pdf.PdfProfile;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The fonts zongjie parses answer every character from the dense map exactly as OpenPDF's own map of the same font
 * does (glyph and advance, presence, width), hold the same entries, and cannot be changed.
 */
class DenseCmapTest {

    private static final String[] MAPS = {"cmap10", "cmap31", "cmapExt"};

    @Test
    void everyCharacterIsAnsweredAsOpenPdfsOwnMapAnswersIt() throws Exception {
        FontLibrary.Resolved resolved = FontLibrary.SHARED.resolve(PdfProfile.standard());
        Set<String> checked = new LinkedHashSet<>();
        for (FontRole role : FontRole.values()) {
            FontSource source = resolved.source(role);
            if (source == null || !checked.add(source.toString())) {
                continue;
            }
            BaseFont dense = resolved.get(role);
            BaseFont plain = BaseFont.createFont(FontLibrary.openPdfName(source), BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, false, Files.readAllBytes(source.file()), null);
            int installed = 0;
            for (String name : MAPS) {
                Map<Integer, int[]> mine = map(dense, name);
                Map<Integer, int[]> theirs = map(plain, name);
                assertThat(mine == null).as("%s %s present", source, name).isEqualTo(theirs == null);
                if (mine == null) {
                    continue;
                }
                assertThat(mine).as("%s %s", source, name).isInstanceOf(DenseCmap.class);
                assertThat(theirs).isNotInstanceOf(DenseCmap.class);
                installed++;
                assertThat(mine.keySet()).isEqualTo(theirs.keySet());
                for (int cp = -1; cp <= 0x10FFFF; cp += cp < 0x10000 ? 1 : 0x3FF) {
                    assertThat(mine.get(cp)).as("%s %s U+%04X", source, name, cp).isEqualTo(theirs.get(cp));
                    assertThat(mine.containsKey(cp)).isEqualTo(theirs.containsKey(cp));
                }
                assertThat(mine.get("not a character")).isNull();
                assertThat(mine.getOrDefault(-5, new int[] {7})).containsExactly(7);
            }
            assertThat(installed).as("%s has a character map", source).isPositive();
            for (int cp = 0; cp <= 0xFFFF; cp++) {
                assertThat(dense.getWidth(cp)).as("%s width U+%04X", source, cp).isEqualTo(plain.getWidth(cp));
                assertThat(dense.charExists(cp)).isEqualTo(plain.charExists(cp));
            }
        }
        assertThat(checked).isNotEmpty();
    }

    @Test
    void theMapCannotBeChanged() throws Exception {
        BaseFont font = FontLibrary.SHARED.resolve(PdfProfile.standard()).get(FontRole.BODY);
        Map<Integer, int[]> map = null;
        for (String name : MAPS) {
            map = map(font, name) != null ? map(font, name) : map;
        }
        Map<Integer, int[]> m = map;
        assertThat(m).isInstanceOf(DenseCmap.class);
        int[] glyph = m.get((int) '会');
        assertThat(glyph).isNotNull();
        assertThatThrownBy(() -> m.put((int) '会', new int[] {0, 0})).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.remove((int) '会')).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.putAll(Map.of(1, new int[2]))).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.merge(1, new int[2], (a, b) -> a)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> m.keySet().remove((int) '会')).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(m::clear).isInstanceOf(UnsupportedOperationException.class);
        assertThat(m.get((int) '会')).isSameAs(glyph);
    }

    @SuppressWarnings("unchecked")
    private static Map<Integer, int[]> map(BaseFont font, String name) throws ReflectiveOperationException {
        Field f = Class.forName("com.lowagie.text.pdf.TrueTypeFont").getDeclaredField(name);
        f.setAccessible(true);
        return (HashMap<Integer, int[]>) f.get(font);
    }
}
