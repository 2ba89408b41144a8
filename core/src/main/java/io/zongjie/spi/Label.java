package io.zongjie.spi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A field's name in Chinese, as a union secretary calls it: 「慰问金额」 for {@code amount}. The engine prints it
 * beside the field's path in Chinese messages (「sections[0].data.visits[0].amount（慰问金额）不能为负数（填写的是
 * -300）」), {@link io.zongjie.api.Problem#label()} carries it for a host's form, and {@code zongjie schema} writes it
 * as the field's title for editors.
 *
 * <p>Put it on a record component (or a field) of a section's data class:
 * <pre>{@code
 * public record Visit(@Label("慰问场合") String occasion, @Label("慰问人次") int persons,
 *         @Label("慰问金额") @PositiveOrZero BigDecimal amount) { }
 * }</pre>
 * Without it, the first clause of a {@link com.fasterxml.jackson.annotation.JsonPropertyDescription} (up to
 * 「，」「：」「；」 or 「（」, when that is at most 12 characters) is used.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
public @interface Label {

    /** {@return the field's name in Chinese, short: 「慰问金额」, 「参训人次」} */
    String value();
}
