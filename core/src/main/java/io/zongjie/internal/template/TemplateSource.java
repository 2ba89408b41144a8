package io.zongjie.internal.template;

import io.zongjie.api.Message;
import io.zongjie.api.TemplateException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where one template's text comes from: a user's override file or a class-path resource.
 *
 * @param name the name shown in messages: the override's path, or the resource name
 * @param text the template text
 */
record TemplateSource(String name, String text) {

    /** No template is this large; a file that is was put in the template folder by mistake. */
    static final long MAX_BYTES = 1 << 20;

    /**
     * The override {@code <folder>/<relative>}, if there is one. It is read only if its real path (every link
     * followed) lies inside the real path of {@code folder}: a link that leads out of the template folder (to
     * {@code /etc/shadow}, say) is a problem naming the link, and nothing of what it leads to is read or quoted.
     *
     * @param folder   the user's template folder
     * @param relative the template's place in it, such as {@code welfare/welfare.vm}
     * @throws TemplateException if the file leads outside the folder, is not a regular file, or cannot be read
     */
    static Optional<TemplateSource> file(Path folder, Path relative) {
        Path file = folder.resolve(relative);
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        Path real;
        Path root;
        try {
            root = folder.toRealPath();
            real = file.toRealPath();
        } catch (IOException e) {
            if (Files.isSymbolicLink(file) || !Files.exists(file)) {
                throw new TemplateException(file.toString(), 0, 0, Message.of("template.danglingLink"), null);
            }
            throw new TemplateException(file.toString(), 0, 0, Message.of("template.unreadable", reason(e)), null);
        }
        if (!real.startsWith(root)) {
            throw new TemplateException(file.toString(), 0, 0, Message.of("template.outside", folder), null);
        }
        if (!Files.isRegularFile(real)) {
            if (Files.isDirectory(real)) {
                throw new TemplateException(file.toString(), 0, 0, Message.of("template.folder"), null);
            }
            throw new TemplateException(file.toString(), 0, 0, Message.of("template.notRegular"), null);
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(real)) {
            bytes = in.readNBytes((int) MAX_BYTES + 1); // bounded, whatever the file claims its size is
        } catch (IOException e) {
            throw new TemplateException(file.toString(), 0, 0, Message.of("template.unreadable", reason(e)), null);
        }
        if (bytes.length > MAX_BYTES) {
            long size;
            try {
                size = Files.size(real);
            } catch (IOException e) {
                size = bytes.length;
            }
            throw new TemplateException(file.toString(), 0, 0, Message.of("template.tooLarge", size >> 10,
                    MAX_BYTES >> 10), null);
        }
        try {
            return Optional.of(new TemplateSource(file.toString(), StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString()));
        } catch (CharacterCodingException e) {
            throw new TemplateException(file.toString(), 0, 0, Message.of("template.notUtf8"), null);
        }
    }

    private static String reason(IOException e) {
        return e instanceof java.nio.file.FileSystemException f && f.getReason() != null ? f.getReason()
                : e.getClass().getSimpleName();
    }

    static Optional<TemplateSource> resource(ClassLoader loader, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                return Optional.empty();
            }
            return Optional.of(new TemplateSource(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template resource " + resource, e);
        }
    }
}
