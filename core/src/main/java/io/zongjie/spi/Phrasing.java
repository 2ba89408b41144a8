package io.zongjie.spi;

import io.zongjie.model.ReportMeta;

/**
 * Chooses among a template's phrasings of one stock sentence, so that sixty reports made by zongjie do not share
 * their sentences word for word. The choice is a function of the report (its organization and period) and of a
 * key naming the sentence, so the same input always gives the same bytes, while two unions, or one union's two
 * years, are likely to read differently. Templates see it as {@code $vary}:
 *
 * <pre>
 * #set($v = $vary.pick('welfare.visits.close', 3))
 * #if($v == 0)让教职工感受到组织的温暖#elseif($v == 1)把关怀送到了教职工心坎上#else温暖了教职工的心#end
 *
 * #if($vary.evaluative)礼轻情意重，一份份心意让教职工感受到“家”的温馨。#end
 * </pre>
 *
 * <p>{@link #evaluative()} is {@code false} when the input asks for facts only ({@code evaluative: false}): an
 * evaluative tail is then left out. Immutable and thread-safe.
 */
public final class Phrasing {

    private final String seed;
    private final boolean evaluative;

    private Phrasing(String seed, boolean evaluative) {
        this.seed = seed;
        this.evaluative = evaluative;
    }

    /**
     * The phrasing of one report.
     *
     * @param report the report's frame
     * @return its phrasing
     */
    public static Phrasing of(ReportMeta report) {
        return new Phrasing(report.organization() + "\u0000" + report.period(), report.evaluativeTails());
    }

    /**
     * Which of {@code choices} phrasings of the sentence {@code key} this report uses.
     *
     * @param key     names the sentence, such as {@code "welfare.visits.close"}; one key, one choice per report
     * @param choices how many phrasings there are, at least 1
     * @return a number from 0 to {@code choices - 1}
     */
    public int pick(String key, int choices) {
        if (choices < 1) {
            throw new IllegalArgumentException("choices must be at least 1, was " + choices);
        }
        // FNV-1a over the report and the key: stable across runs and JVMs, and well spread for short keys
        long h = 0xcbf29ce484222325L;
        String s = seed + "\u0000" + key;
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return (int) Long.remainderUnsigned(h, choices);
    }

    /** Whether evaluative tails are printed; {@code false} when the input asks for facts only. */
    public boolean evaluative() {
        return evaluative;
    }

    /** The same as {@link #evaluative()}, for templates: {@code #if($vary.evaluative)}. */
    public boolean isEvaluative() {
        return evaluative;
    }
}
