/**
 * The input model: a report's meta and its ordered sections, as read from YAML or JSON or built in Java.
 *
 * <pre>{@code
 * ReportSpec spec = new ReportSpec(
 *     ReportMeta.builder("滨江实验中学", "2023年", LocalDate.of(2023, 12, 28)).recipient("区教育工会：").build(),
 *     List.of(new SectionSpec("welfare", null, Map.of("visits", List.of(
 *         Map.of("occasion", "春节", "persons", 86, "amount", 43000))))));
 * Document doc = engine.assemble(spec);
 * }</pre>
 *
 * <p>See {@code docs/INPUT.md} for every field.
 */
package io.zongjie.model;
