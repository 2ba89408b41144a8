package io.zongjie.plugins.sports;

import io.zongjie.spi.Level;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The sums and groupings the sports section prints and publishes, computed once from the data.
 *
 * @param eventRenci        person-times over all events
 * @param byKind            the events grouped by kind in {@link Kind} order, each group by month (undated last)
 * @param entrants          staff who entered outside competitions, over all competitions
 * @param competitionAwards awards won in outside competitions
 * @param byLevel           outside competitions counted by level, highest first
 * @param facilityAmount    spent on facilities and equipment, in 元
 */
public record SportsTotals(
        int eventRenci,
        List<KindGroup> byKind,
        int entrants,
        int competitionAwards,
        List<LevelCount> byLevel,
        BigDecimal facilityAmount) {

    /**
     * The events of one kind.
     *
     * @param kind   the kind
     * @param events its events, by month
     * @param renci  person-times over them
     */
    public record KindGroup(Kind kind, List<SportsData.Event> events, int renci) {
    }

    /**
     * How many competitions of one level.
     *
     * @param level the level
     * @param count competitions of that level
     */
    public record LevelCount(Level level, int count) {
    }

    private static final Comparator<SportsData.Event> BY_MONTH = Comparator.comparing(SportsData.Event::month,
            Comparator.nullsLast(Comparator.naturalOrder()));

    static SportsTotals of(SportsData d) {
        Map<Kind, List<SportsData.Event>> kinds = new EnumMap<>(Kind.class);
        for (SportsData.Event e : d.events()) {
            kinds.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e);
        }
        List<KindGroup> groups = new ArrayList<>();
        kinds.forEach((kind, events) -> {
            events.sort(BY_MONTH);
            groups.add(new KindGroup(kind, List.copyOf(events),
                    events.stream().mapToInt(SportsData.Event::participants).sum()));
        });
        Map<Level, Integer> levels = new EnumMap<>(Level.class);
        d.competitions().forEach(c -> levels.merge(c.level(), 1, Integer::sum));
        List<LevelCount> byLevel = new ArrayList<>();
        levels.forEach((level, n) -> byLevel.add(new LevelCount(level, n)));
        return new SportsTotals(
                d.events().stream().mapToInt(SportsData.Event::participants).sum(),
                List.copyOf(groups),
                d.competitions().stream().mapToInt(SportsData.Entry::entrants).sum(),
                d.competitions().stream().mapToInt(c -> c.awards().size()).sum(),
                List.copyOf(byLevel),
                d.facilities().stream().map(SportsData.Facility::cost).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}
