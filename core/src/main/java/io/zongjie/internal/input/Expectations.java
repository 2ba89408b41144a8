package io.zongjie.internal.input;

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

    static String describe(Class<?> type) {
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class || type == BigInteger.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class || type == float.class || type == Float.class
                || type == BigDecimal.class) {
            return "a number";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "text";
        }
        if (type == LocalDate.class) {
            return "a date such as 2023-12-28";
        }
        if (type == YearMonth.class) {
            return "a month such as 2023-12";
        }
        if (type.isEnum()) {
            Object[] values = type.getEnumConstants();
            StringBuilder out = new StringBuilder("one of ");
            for (int i = 0; i < values.length; i++) {
                out.append(i == 0 ? "" : ", ").append(values[i]);
            }
            return out.toString();
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        return Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.") ? "a mapping of fields"
                : "a value of type " + type.getSimpleName();
    }

    static String describe(JsonToken token, JsonParser p) throws IOException {
        if (token == null) {
            return "nothing";
        }
        return switch (token) {
            case START_OBJECT -> "a mapping";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "text \"" + CollectingHandler.abbreviate(p.getText()) + "\"";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + p.getText();
            case VALUE_TRUE, VALUE_FALSE -> p.getText();
            case VALUE_NULL -> "nothing (null)";
            default -> token.asString() == null ? token.name() : token.asString();
        };
    }
}
