package io.zongjie.api;

/**
 * An installed section type, as {@code zongjie plugins} lists it.
 *
 * @param type        the type name the input uses
 * @param title       the default heading
 * @param description what the section covers
 * @param dataType    the class its data binds to
 * @param origin      where the plugin was loaded from: a jar's file name, or a class folder
 */
public record SectionInfo(String type, String title, String description, Class<?> dataType, String origin) {
}
