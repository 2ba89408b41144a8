package io.zongjie.internal.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.util.AccessPattern;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Figures read from text keep to {@link Digits}' policy too: YAML reads {@code 0700} as the octal 448 (which the
 * scanner refuses) but {@code 0800}, not octal, as the text 「0800」, which Jackson would then take as 800. Both are
 * refused alike where a number is expected: a figure does not start with 0. Text fields are untouched.
 */
final class DecimalNumbers {

    private static final Pattern LEADING_ZERO = Pattern.compile("[-+]?0[0-9_]+(\\.[0-9_]*)?");

    private DecimalNumbers() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("zongjie-decimal-numbers");
        add(module, Integer.class, NumberDeserializers.find(Integer.class, Integer.class.getName()));
        add(module, Integer.TYPE, NumberDeserializers.find(Integer.TYPE, Integer.TYPE.getName()));
        add(module, Long.class, NumberDeserializers.find(Long.class, Long.class.getName()));
        add(module, Long.TYPE, NumberDeserializers.find(Long.TYPE, Long.TYPE.getName()));
        add(module, Double.class, NumberDeserializers.find(Double.class, Double.class.getName()));
        add(module, Double.TYPE, NumberDeserializers.find(Double.TYPE, Double.TYPE.getName()));
        add(module, BigDecimal.class, NumberDeserializers.BigDecimalDeserializer.instance);
        return module;
    }

    @SuppressWarnings("unchecked")
    private static <T> void add(SimpleModule module, Class<T> type, JsonDeserializer<?> standard) {
        module.addDeserializer(type, new Checked<>(type, (JsonDeserializer<T>) standard));
    }

    /** Jackson's own number reader, after a look at text that starts with 0. */
    private static final class Checked<T> extends StdDeserializer<T> {
        private static final long serialVersionUID = 1L;
        private final JsonDeserializer<T> standard;

        Checked(Class<T> type, JsonDeserializer<T> standard) {
            super(type);
            this.standard = standard;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING && LEADING_ZERO.matcher(p.getText().strip()).matches()) {
                String text = p.getText().strip();
                String plain = text.replaceFirst("^([-+]?)0+(?=\\d)", "$1").replace("_", "");
                PlausibleDates.report(ctxt, text + " starts with 0, which a figure does not (YAML reads 0700 as "
                        + "the octal number 448); write " + plain);
                return standard.getNullValue(ctxt);
            }
            return standard.deserialize(p, ctxt);
        }

        @Override
        public T getNullValue(DeserializationContext ctxt) throws JsonMappingException {
            return standard.getNullValue(ctxt);
        }

        @Override
        public AccessPattern getNullAccessPattern() {
            return standard.getNullAccessPattern();
        }

        @Override
        public Object getEmptyValue(DeserializationContext ctxt) throws JsonMappingException {
            return standard.getEmptyValue(ctxt);
        }
    }
}
