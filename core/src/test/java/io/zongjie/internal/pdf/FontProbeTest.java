package io.zongjie.internal.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.zongjie.internal.pdf.FontProbe.Outline;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class FontProbeTest {

    /** A minimal sfnt header: version tag, table count, and one directory record per tag. */
    static byte[] sfnt(String version, String... tags) {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DataOutputStream out = new DataOutputStream(bytes);
            writeDirectory(out, version, tags);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void writeDirectory(DataOutputStream out, String version, String... tags) throws IOException {
        if (version == null) {
            out.writeInt(0x00010000);
        } else {
            out.write(version.getBytes(StandardCharsets.US_ASCII));
        }
        out.writeShort(tags.length);
        out.writeShort(16);
        out.writeShort(0);
        out.writeShort(0);
        for (String tag : tags) {
            out.write(tag.getBytes(StandardCharsets.US_ASCII));
            out.writeInt(0);
            out.writeInt(0);
            out.writeInt(0);
        }
    }

    /** A font collection whose faces have the given tables. */
    static byte[] collection(String[]... faces) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.write("ttcf".getBytes(StandardCharsets.US_ASCII));
        out.writeInt(0x00010000);
        out.writeInt(faces.length);
        int offset = 12 + 4 * faces.length;
        for (String[] face : faces) {
            out.writeInt(offset);
            offset += 12 + 16 * face.length;
        }
        for (String[] face : faces) {
            writeDirectory(out, null, face);
        }
        return bytes.toByteArray();
    }

    @Test
    void recognisesCffOpenType() {
        assertThat(FontProbe.outline(sfnt("OTTO", "CFF ", "OS/2", "cmap", "head"), 0)).isEqualTo(Outline.CFF);
        assertThat(FontProbe.outline(sfnt("OTTO", "CFF2", "cmap"), 0)).isEqualTo(Outline.CFF);
    }

    @Test
    void recognisesTrueType() {
        assertThat(FontProbe.outline(sfnt(null, "OS/2", "cmap", "glyf", "head", "loca"), 0))
                .isEqualTo(Outline.TRUETYPE);
        assertThat(FontProbe.outline(sfnt("true", "cmap", "glyf"), 0)).isEqualTo(Outline.TRUETYPE);
    }

    @Test
    void readsTheChosenFaceOfACollection() throws IOException {
        byte[] ttc = collection(new String[] {"cmap", "glyf"}, new String[] {"CFF ", "cmap"});
        assertThat(FontProbe.outline(ttc, 0)).isEqualTo(Outline.TRUETYPE);
        assertThat(FontProbe.outline(ttc, 1)).isEqualTo(Outline.CFF);
        assertThat(FontProbe.outline(ttc, 2)).as("past the last face").isEqualTo(Outline.UNKNOWN);
    }

    @Test
    void rejectsWhatIsNotAnOutlineFont() {
        assertThat(FontProbe.outline(new byte[5], 0)).isEqualTo(Outline.UNKNOWN);
        assertThat(FontProbe.outline("%PDF-1.7 not a font at all".getBytes(StandardCharsets.US_ASCII), 0))
                .isEqualTo(Outline.UNKNOWN);
        assertThat(FontProbe.outline(sfnt(null, "cmap", "EBDT", "EBLC"), 0)).as("bitmap only").isEqualTo(Outline.UNKNOWN);
        byte[] truncated = sfnt(null, "cmap", "glyf");
        assertThat(FontProbe.outline(java.util.Arrays.copyOf(truncated, 20), 0)).isEqualTo(Outline.UNKNOWN);
    }

    @Test
    void theDebianFontsAreTrueType() throws IOException {
        Path uming = Path.of("/usr/share/fonts/truetype/arphic/uming.ttc");
        Path zenhei = Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc");
        Path wenkai = Path.of("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf");
        assertThat(uming).as("install fonts-arphic-uming").exists();
        assertThat(FontProbe.outline(Files.readAllBytes(uming), 0)).isEqualTo(Outline.TRUETYPE);
        assertThat(FontProbe.outline(Files.readAllBytes(zenhei), 0)).isEqualTo(Outline.TRUETYPE);
        assertThat(FontProbe.outline(Files.readAllBytes(wenkai), 0)).isEqualTo(Outline.TRUETYPE);
    }
}
