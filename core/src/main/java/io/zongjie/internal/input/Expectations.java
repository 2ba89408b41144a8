package io.zongjie.internal.input;

import io.zongjie.api.Message;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.Map;

/** Words for what a field expects and what the input holds, for messages a union secretary can act on. */
final class Expectations {

    private Expectations() {
    }

    static Message describe(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class || type == BigInteger.class) {
            return Message.of("expect.wholeNumber");
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class
                || type == BigDecimal.class) {
            return Message.of("expect.number");
        }
        if (type == boolean.class || type == Boolean.class) {
            return Message.of("expect.boolean");
        }
        if (type == String.class) {
            return Message.of("expect.text");
        }
        if (type == LocalDate.class) {
            return Message.of("expect.date");
        }
        if (type == YearMonth.class) {
            return Message.of("expect.month");
        }
        if (type.isEnum()) {
            Object[] values = type.getEnumConstants();
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < values.length; i++) {
                out.append(i == 0 ? "" : ", ").append(values[i]);
            }
            return Message.of("expect.oneOf", out.toString());
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return Message.of("expect.list");
        }
        return Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.") ? Message.of("expect.mapping")
                : Message.of("expect.type", type.getSimpleName());
    }

    static Message describe(JsonToken token, JsonParser p) throws IOException {
        if (token == null) {
            return Message.of("found.nothing");
        }
        return switch (token) {
            case START_OBJECT -> Message.of("found.mapping");
            case START_ARRAY -> Message.of("found.list");
            case VALUE_STRING -> Message.of("found.text", CollectingHandler.abbreviate(p.getText()));
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Message.of("found.number", p.getText());
            case VALUE_TRUE, VALUE_FALSE -> Message.text(p.getText());
            case VALUE_NULL -> Message.of("found.null");
            default -> Message.text(token.asString() == null ? token.name() : token.asString());
        };
    }
}
