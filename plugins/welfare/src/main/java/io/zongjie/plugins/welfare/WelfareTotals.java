package io.zongjie.plugins.welfare;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * The sums the welfare section prints and publishes, computed once from the data.
 *
 * @param visitPersons    person-times visited, over all occasions
 * @param visitAmount     money given on visits, in 元
 * @param subsidyPersons  people who received hardship subsidies
 * @param subsidyAmount   hardship subsidies, in 元
 * @param benefitAmount   birthday and festival benefits, in 元
 * @param donationAmount  donations raised, in 元
 * @param donors          donors, where counted
 * @param totalAmount     everything spent or raised above plus the check-up cost, in 元
 */
public record WelfareTotals(
        int visitPersons,
        BigDecimal visitAmount,
        int subsidyPersons,
        BigDecimal subsidyAmount,
        BigDecimal benefitAmount,
        BigDecimal donationAmount,
        int donors,
        BigDecimal totalAmount) {

    static WelfareTotals of(WelfareData d) {
        int visitPersons = d.visits().stream().mapToInt(WelfareData.Visit::persons).sum();
        BigDecimal visitAmount = sum(d.visits(), WelfareData.Visit::amount);
        int subsidyPersons = d.subsidies().stream().mapToInt(WelfareData.Subsidy::people).sum();
        BigDecimal subsidyAmount = sum(d.subsidies(), WelfareData.Subsidy::amount);
        BigDecimal benefitAmount = sum(d.benefits(), WelfareData.Benefit::amount);
        BigDecimal donationAmount = sum(d.donations(), WelfareData.Donation::amount);
        int donors = d.donations().stream().mapToInt(x -> x.donors() == null ? 0 : x.donors()).sum();
        BigDecimal checkup = d.checkup() == null || d.checkup().cost() == null ? BigDecimal.ZERO : d.checkup().cost();
        BigDecimal total = visitAmount.add(subsidyAmount).add(benefitAmount).add(checkup);
        return new WelfareTotals(visitPersons, visitAmount, subsidyPersons, subsidyAmount, benefitAmount,
                donationAmount, donors, total);
    }

    private static <T> BigDecimal sum(List<T> items, Function<T, BigDecimal> amount) {
        return items.stream().map(amount).filter(a -> a != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
