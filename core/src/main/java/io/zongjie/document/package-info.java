/**
 * The document model: a small, immutable, format-neutral tree that sections produce and renderers consume.
 *
 * <p>A {@link io.zongjie.document.Document} is its {@link io.zongjie.document.DocumentMeta} and a flat list of
 * {@link io.zongjie.document.Block}s; paragraphs and list items hold {@link io.zongjie.document.Inline}s. No
 * renderer knows a section type and no section knows an output format: this package is the contract between
 * them. To take blocks apart, a renderer implements {@link io.zongjie.document.BlockVisitor} (and
 * {@link io.zongjie.document.InlineVisitor} for runs): they have a method for every kind, so a kind added later
 * must be handled by every renderer before it compiles.
 *
 * <pre>{@code
 * Document doc = engine.assemble(spec);
 * for (Block block : doc.blocks()) {
 *     if (block instanceof Heading h) {
 *         System.out.println(h.number() + h.text());   // 一、送温暖与职工福利
 *     }
 * }
 * }</pre>
 */
package io.zongjie.document;
