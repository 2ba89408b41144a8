package io.zongjie.internal.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.util.ClassUtil;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Lets Jackson carry on past a bad value: each problem is recorded with its path, the value is skipped, and
 * binding continues, so that one pass finds every problem rather than the first.
 */
public final class CollectingHandler extends DeserializationProblemHandler {

    private final String prefix;
    private final List<RawProblem> problems = new ArrayList<>();

    /** @param prefix the path of the value being bound, such as {@code sections[2].data} */
    public CollectingHandler(String prefix) {
        this.prefix = prefix;
    }

    /** The problems recorded so far. */
    public List<RawProblem> problems() {
        return problems;
    }

    /** Records a problem at a path relative to the value being bound. */
    public void add(String relativePath, String message) {
        problems.add(new RawProblem(DataPaths.join(prefix, relativePath), message));
    }

    /** Unknown fields are found beforehand by {@link UnknownFields}, with exact paths; here they are skipped. */
    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
            Object beanOrClass, String propertyName) throws IOException {
        p.skipChildren();
        return true;
    }

    @Override
    public Object handleWeirdStringValue(DeserializationContext ctxt, Class<?> targetType, String valueToConvert,
            String failureMsg) {
        add(DataPaths.of(ctxt.getParser().getParsingContext()),
                "expected " + Expectations.describe(targetType) + " but found \"" + abbreviate(valueToConvert) + "\"");
        return emptyValue(targetType);
    }

    @Override
    public Object handleWeirdNumberValue(DeserializationContext ctxt, Class<?> targetType, Number valueToConvert,
            String failureMsg) {
        add(DataPaths.of(ctxt.getParser().getParsingContext()),
                "expected " + Expectations.describe(targetType) + " but found " + valueToConvert);
        return emptyValue(targetType);
    }

    @Override
    public Object handleUnexpectedToken(DeserializationContext ctxt, JavaType targetType, JsonToken t, JsonParser p,
            String failureMsg) throws IOException {
        String path = DataPaths.of(t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY
                ? p.getParsingContext().getParent() : p.getParsingContext());
        add(path, "expected " + Expectations.describe(targetType.getRawClass()) + " but found "
                + Expectations.describe(t, p));
        p.skipChildren();
        return emptyValue(targetType.getRawClass());
    }

    @Override
    public Object handleMissingInstantiator(DeserializationContext ctxt, Class<?> instClass,
            ValueInstantiator valueInsts, JsonParser p, String msg) throws IOException {
        JsonToken t = p.currentToken();
        String path = DataPaths.of(t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY
                ? p.getParsingContext().getParent() : p.getParsingContext());
        add(path, "expected " + Expectations.describe(instClass) + " but found " + Expectations.describe(t, p));
        p.skipChildren();
        return emptyValue(instClass);
    }

    private static Object emptyValue(Class<?> type) {
        return type.isPrimitive() ? ClassUtil.defaultValue(type) : null;
    }

    /** At most 40 characters of {@code s}, for a message. */
    public static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 37) + "...";
    }
}
