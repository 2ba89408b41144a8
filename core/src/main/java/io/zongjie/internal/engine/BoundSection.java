package io.zongjie.internal.engine;

import io.zongjie.model.SectionText;
import io.zongjie.spi.SectionPlugin;

/**
 * A section that passed validation, with its data bound to the plugin's class.
 *
 * @param index  its position in the input's {@code sections}
 * @param plugin the plugin that renders it
 * @param title  the heading to print, or {@code null} for the plugin's
 * @param data   the bound data
 * @param text   the user's own words in the section
 */
record BoundSection(int index, SectionPlugin<?> plugin, String title, Object data, SectionText text) {
}
