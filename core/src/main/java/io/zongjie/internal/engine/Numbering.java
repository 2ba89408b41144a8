package io.zongjie.internal.engine;

import io.zongjie.spi.ChineseFormat;

/**
 * Heading numbers as Chinese official documents write them (GB/T 9704-2012 §7.3.3): 一、 then （一） then 1.
 * then （1）. A heading restarts the count of every level below it.
 */
final class Numbering {

    private static final ChineseFormat FORMAT = new ChineseFormat();
    private final int[] counters = new int[5];

    /** The number of the next heading of {@code level} (1–4). */
    String next(int level) {
        counters[level]++;
        for (int deeper = level + 1; deeper < counters.length; deeper++) {
            counters[deeper] = 0;
        }
        int n = counters[level];
        return switch (level) {
            case 1 -> FORMAT.chinese(n) + "、";
            case 2 -> "（" + FORMAT.chinese(n) + "）";
            case 3 -> n + ".";
            default -> "（" + n + "）";
        };
    }
}
