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
}
