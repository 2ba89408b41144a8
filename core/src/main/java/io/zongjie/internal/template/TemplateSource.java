package io.zongjie.internal.template;

import io.zongjie.api.ZongjieException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

    static Optional<TemplateSource> file(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ZongjieException("template " + file + " is " + (Files.size(file) >> 10) + " KB; a template "
                        + "is at most " + (MAX_BYTES >> 10) + " KB (is it the right file?)");
            }
            return Optional.of(new TemplateSource(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new ZongjieException("cannot read template " + file + ": " + e.getMessage(), e);
        }
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
