package io.zongjie.spi;

/**
 * Where a plugin reports what is wrong with its data. The engine adds the section's own path and, for files,
 * the line and column.
 */
@FunctionalInterface
public interface Problems {

    /**
     * Reports one problem.
     *
     * @param path    the path inside the section's data, such as {@code "visits[0].amount"}; {@code ""} for the
     *                data as a whole
     * @param message what is wrong and, where it helps, what is expected, such as 「must not exceed persons (12)」
     */
    void add(String path, String message);

    /**
     * Reports one problem worded by the plugin's own message bundle, so that the user reads it in their language:
     * {@code key} is looked up in {@code messages.properties} (English) and {@code messages_zh.properties}
     * (Chinese) in the plugin's package, as a {@link java.text.MessageFormat} pattern taking {@code arguments}. The
     * problem's {@linkplain io.zongjie.api.Problem#code() code} is the section type and the key, as in
     * {@code welfare:visits.personsOverTotal}.
     *
     * <pre>{@code
     * # io/zongjie/plugins/welfare/messages.properties
     * visits.personsOverTotal=is {0} but the union has only {1} members
     * # io/zongjie/plugins/welfare/messages_zh.properties
     * visits.personsOverTotal=填写的是 {0}，但工会只有 {1} 名会员
     * }</pre>
     *
     * @param path      the path inside the section's data
     * @param key       the message's key in the plugin's bundle
     * @param arguments the pattern's arguments
     */
    default void report(String path, String key, Object... arguments) {
        add(path, key + (arguments.length == 0 ? "" : " " + java.util.Arrays.toString(arguments)));
    }
}
