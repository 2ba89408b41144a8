package io.zongjie.internal.engine;

import io.zongjie.api.Message;
import io.zongjie.api.Messages;
import io.zongjie.internal.input.RawProblem;
import io.zongjie.spi.SectionPlugin;
import jakarta.validation.ConstraintViolation;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;

/**
 * Words Bean Validation's findings and a plugin's own problems: a standard constraint by zongjie's bundles
 * ({@code constraint.PositiveOrZero}: 「must be greater than or equal to 0」, 「不能为负数」) with the value given; a
 * message written as a {@code {key}} of the plugin's bundle ({@code messages.properties} beside the plugin) by that
 * bundle, in the engine's language.
 */
final class Constraints {

    /** The attributes each standard constraint's wording takes, in order, before the value given. */
    private static final Map<String, List<String>> ATTRIBUTES = Map.ofEntries(
            Map.entry("NotNull", List.of()), Map.entry("NotBlank", List.of()), Map.entry("NotEmpty", List.of()),
            Map.entry("PositiveOrZero", List.of()), Map.entry("Positive", List.of()),
            Map.entry("Negative", List.of()), Map.entry("NegativeOrZero", List.of()),
            Map.entry("Min", List.of("value")), Map.entry("Max", List.of("value")),
            Map.entry("DecimalMin", List.of("value")), Map.entry("DecimalMax", List.of("value")),
            Map.entry("Size", List.of("min", "max")), Map.entry("Digits", List.of("integer", "fraction")),
            Map.entry("Pattern", List.of("regexp")), Map.entry("Past", List.of()),
            Map.entry("PastOrPresent", List.of()), Map.entry("Future", List.of()),
            Map.entry("FutureOrPresent", List.of()), Map.entry("AssertTrue", List.of()),
            Map.entry("AssertFalse", List.of()), Map.entry("Email", List.of()));

    private Constraints() {
    }

    /** A problem's wording: as data, and as text when a plugin's bundle worded it already (else null). */
    record Worded(Message detail, String text) {
        RawProblem at(String path) {
            return new RawProblem(path, detail, text);
        }
    }

    /** What {@code v} says, with {@code was} (the value given, or nothing) after it. */
    static Worded wording(ConstraintViolation<?> v, Message was, SectionPlugin<?> plugin, Locale language) {
        String template = v.getMessageTemplate();
        String name = v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
        boolean standard = template.equals("{jakarta.validation.constraints." + name + ".message}");
        if (standard && ATTRIBUTES.containsKey(name)) {
            Map<String, Object> attributes = v.getConstraintDescriptor().getAttributes();
            Object[] args = new Object[ATTRIBUTES.get(name).size() + 1];
            int i = 0;
            for (String attribute : ATTRIBUTES.get(name)) {
                args[i++] = String.valueOf(attributes.get(attribute));
            }
            args[i] = was;
            return new Worded(Message.of("constraint." + name, args), null);
        }
        if (plugin != null && template.startsWith("{") && template.endsWith("}")) {
            return plugin(plugin, template.substring(1, template.length() - 1), new Object[] {was}, language);
        }
        return new Worded(Message.of("constraint.custom", v.getMessage(), was), null);
    }

    /**
     * A plugin's own problem, worded by its bundle in {@code language} (its English one when it has no Chinese); the
     * code is the section type and the key.
     */
    static Worded plugin(SectionPlugin<?> plugin, String key, Object[] arguments, Locale language) {
        Class<?> owner = plugin.getClass();
        String code = plugin.type() + ":" + key;
        try {
            Messages bundle = Messages.of(owner.getPackageName() + ".messages", language, owner.getClassLoader());
            Messages core = Messages.of(language);
            Object[] args = new Object[arguments.length];
            for (int i = 0; i < arguments.length; i++) {
                args[i] = arguments[i] instanceof Message m ? core.format(m) : arguments[i];
            }
            if (bundle.has(key)) {
                return new Worded(new Message(code, java.util.Arrays.asList(args)), bundle.get(key, args));
            }
        } catch (MissingResourceException e) {
            // no bundle: the key stands for itself, so that the problem is still seen
        }
        return new Worded(new Message(code, java.util.Arrays.asList(arguments)), key);
    }
}
