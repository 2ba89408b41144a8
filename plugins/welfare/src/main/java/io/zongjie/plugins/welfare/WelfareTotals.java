package io.zongjie.plugins.welfare;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * The sums the welfare section prints and publishes, computed once from the data.
 *
 * @param visitPersons    person-times visited, over all occasions
 * @param visitAmount     money given on visits, in 元
 * @param subsidyPersons  people who received a subsidy of any purpose
 * @param subsidyAmount   subsidies of every purpose, in 元
 * @param hardship        hardship subsidies (困难补助)
 * @param study           study grants (金秋助学)
 * @param medical         medical aid (大病救助)
 * @param hardshipCause   whether the hardship subsidies' words speak of illness or misfortune, so that the section
 *                        may say so
 * @param benefitAmount   birthday and festival benefits, in 元
 * @param donationAmount  donations raised, in 元
 * @param donors          donors, where counted
 * @param totalAmount     everything spent or raised above plus the check-up cost, in 元
 * @param studyChildren   staff's children who received a study grant, where counted apart
 * @param enrolled        members enrolled over all mutual-aid schemes (a member in two schemes counts twice)
 * @param claims          claims paid over all schemes (人次)
 * @param paid            paid out on claims, in 元
 * @param seasonPersons   person-times reached by the 「四季送」 activities
 * @param seasonAmount    spent on them, in 元
 */
public record WelfareTotals(
        int visitPersons,
        BigDecimal visitAmount,
        int subsidyPersons,
        BigDecimal subsidyAmount,
        Group hardship,
        Group study,
        Group medical,
        boolean hardshipCause,
        BigDecimal benefitAmount,
        BigDecimal donationAmount,
        int donors,
        BigDecimal totalAmount,
        int studyChildren,
        int enrolled,
        int claims,
        BigDecimal paid,
        int seasonPersons,
        BigDecimal seasonAmount) {

    /**
     * The subsidies of one purpose.
     *
     * @param items   the subsidies, in the input's order
     * @param persons people helped
     * @param amount  money given, in 元
     */
    public record Group(List<WelfareData.Subsidy> items, int persons, BigDecimal amount) {
        /** Whether there are none. */
        public boolean isEmpty() {
            return items.isEmpty();
        }
    }

    static WelfareTotals of(WelfareData d) {
        int visitPersons = d.visits().stream().mapToInt(WelfareData.Visit::persons).sum();
        BigDecimal visitAmount = sum(d.visits(), WelfareData.Visit::amount);
        int subsidyPersons = d.subsidies().stream().mapToInt(WelfareData.Subsidy::people).sum();
        BigDecimal subsidyAmount = sum(d.subsidies(), WelfareData.Subsidy::amount);
        Group hardship = group(d, WelfareData.Purpose.HARDSHIP);
        boolean cause = hardship.items().stream().anyMatch(s -> (s.who() + " " + (s.reason() == null ? "" : s.reason()))
                .matches("(?s).*(病|伤|手术|住院|变故|灾|事故|去世|病故).*"));
        BigDecimal benefitAmount = sum(d.benefits(), WelfareData.Benefit::amount);
        BigDecimal donationAmount = sum(d.donations(), WelfareData.Donation::amount);
        int donors = d.donations().stream().mapToInt(x -> x.donors() == null ? 0 : x.donors()).sum();
        BigDecimal checkup = d.checkup() == null || d.checkup().cost() == null ? BigDecimal.ZERO : d.checkup().cost();
        BigDecimal total = visitAmount.add(subsidyAmount).add(benefitAmount).add(checkup);
        return new WelfareTotals(visitPersons, visitAmount, subsidyPersons, subsidyAmount, hardship,
                group(d, WelfareData.Purpose.STUDY), group(d, WelfareData.Purpose.MEDICAL), cause, benefitAmount,
                donationAmount, donors, total,
                d.subsidies().stream().mapToInt(s -> s.children() == null ? 0 : s.children()).sum(),
                d.mutualAid().stream().mapToInt(WelfareData.MutualAid::enrolled).sum(),
                d.mutualAid().stream().mapToInt(m -> m.claims() == null ? 0 : m.claims()).sum(),
                sum(d.mutualAid(), WelfareData.MutualAid::paid),
                d.seasons().stream().mapToInt(WelfareData.Season::persons).sum(),
                sum(d.seasons(), WelfareData.Season::amount));
    }

    private static Group group(WelfareData d, WelfareData.Purpose purpose) {
        List<WelfareData.Subsidy> items = d.subsidies().stream().filter(s -> s.kind() == purpose).toList();
        return new Group(items, items.stream().mapToInt(WelfareData.Subsidy::people).sum(),
                sum(items, WelfareData.Subsidy::amount));
    }

    private static <T> BigDecimal sum(List<T> items, Function<T, BigDecimal> amount) {
        return items.stream().map(amount).filter(a -> a != null).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
