package io.zongjie.plugins.selfbuilding;

import io.zongjie.model.ReportMeta;
import java.math.BigDecimal;

/**
 * What the self-building section computes from its data before printing it.
 *
 * @param organisation whether the committee part (election, duties, meetings held) has data
 * @param parts        how many parts have data; sub-headings are printed when there are two or more
 * @param staffBase    the staff count the membership rate (入会率) is taken over: the section's own
 *                     {@code membership.staff}, else the report's, else {@code null} (no rate printed)
 * @param trained      person-times of cadre training, the union's own sessions plus those sent out
 * @param balance      income minus spending, or {@code null} unless both are given
 * @param financeInWan whether every amount of the finance paragraph reads exactly in 万元 (the section prints money
 *                     by the report's one rule, {@code $fmt.money}, either way)
 * @param honours      the honours of this period (or of no stated year), highest level first (the union's own before
 *                     its people's within a level): what 「共获得各类荣誉N项」 counts
 * @param earlier      honours the input dates before this period began (a 2022 award in a 2023 report), in the same
 *                     order: printed after, as earlier, never counted among this period's
 */
public record SelfBuildingFacts(
        boolean organisation,
        int parts,
        Integer staffBase,
        int trained,
        BigDecimal balance,
        boolean financeInWan,
        java.util.List<SelfBuildingData.Honour> honours,
        java.util.List<SelfBuildingData.Honour> earlier) {

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    static SelfBuildingFacts of(SelfBuildingData d, ReportMeta report) {
        boolean organisation = d.election() != null || !d.duties().isEmpty()
                || d.meetings() != null && d.meetings().committee() > 0;
        int parts = count(organisation, d.training() != null, !d.rules().isEmpty(), d.membership() != null,
                d.finance() != null, !d.honours().isEmpty());
        Integer staffBase = null;
        if (d.membership() != null) {
            if (d.membership().staff() != null) {
                staffBase = d.membership().staff();
            } else if (report.membership() != null) {
                staffBase = report.membership().staff();
            }
            if (staffBase != null && staffBase == 0) {
                staffBase = null;
            }
        }
        int trained = 0;
        if (d.training() != null) {
            trained = d.training().participants()
                    + (d.training().sentOut() == null ? 0 : d.training().sentOut());
        }
        BigDecimal balance = null;
        SelfBuildingData.Finance f = d.finance();
        if (f != null && f.income() != null && f.spending() != null) {
            balance = f.income().subtract(f.spending());
        }
        boolean inWan = f != null && (f.income() != null || f.spending() != null)
                && inWan(f.income()) && inWan(f.spending()) && (balance == null || balance.signum() == 0
                || inWan(balance.abs()));
        java.util.List<SelfBuildingData.Honour> honours = d.honours().stream()
                .sorted(java.util.Comparator.comparing((SelfBuildingData.Honour h) -> h.rank() == null ? 99
                        : h.rank().tier()).thenComparing(h -> h.own() ? 0 : 1)).toList();
        int from = report.vocabulary().period().year();
        java.util.List<SelfBuildingData.Honour> earlier = honours.stream()
                .filter(h -> h.year() != null && h.year() < from).toList();
        java.util.List<SelfBuildingData.Honour> current = honours.stream()
                .filter(h -> h.year() == null || h.year() >= from).toList();
        return new SelfBuildingFacts(organisation, parts, staffBase, trained, balance, inWan, current, earlier);
    }

    /** Whether sub-headings are printed. */
    public boolean headed() {
        return parts > 1;
    }

    /** The absolute value of the balance, for the sentence that says which way it went. */
    public BigDecimal balanceAmount() {
        return balance == null ? null : balance.abs();
    }

    private static boolean inWan(BigDecimal amount) {
        return amount == null || amount.compareTo(TEN_THOUSAND) >= 0
                && amount.divide(TEN_THOUSAND).stripTrailingZeros().scale() <= 2;
    }

    private static int count(boolean... parts) {
        int n = 0;
        for (boolean p : parts) {
            n += p ? 1 : 0;
        }
        return n;
    }
}
