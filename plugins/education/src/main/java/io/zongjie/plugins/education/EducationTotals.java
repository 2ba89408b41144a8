package io.zongjie.plugins.education;

import io.zongjie.spi.Level;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The sums the education section prints and publishes, computed once from the data.
 *
 * @param trainingRenci      person-times trained, over all courses
 * @param ethicsPeople       staff who took part in ethics activities, where counted
 * @param competitionEntrants entrants in competitions, where counted
 * @param awards             awards won
 * @param teamAwards         of which won by teams
 * @param awardsByLevel      awards counted by level, highest level first, levels without awards left out
 * @param topLevelAwards     the awards of the highest level that has any
 * @param sortedAwards       every award, highest level first (awards of one level in the input's order)
 */
public record EducationTotals(
        int trainingRenci,
        int ethicsPeople,
        int competitionEntrants,
        int awards,
        int teamAwards,
        List<LevelCount> awardsByLevel,
        List<EducationData.Award> topLevelAwards,
        List<EducationData.Award> sortedAwards) {

    /**
     * How many awards of one level.
     *
     * @param level the level
     * @param count awards of that level
     */
    public record LevelCount(Level level, int count) {
    }

    static EducationTotals of(EducationData d) {
        int trainingRenci = d.trainings().stream().mapToInt(EducationData.Training::participants).sum();
        int ethicsPeople = d.ethics().stream().mapToInt(e -> e.participants() == null ? 0 : e.participants()).sum();
        int entrants = d.competitions().stream().mapToInt(c -> c.entrants() == null ? 0 : c.entrants()).sum();
        Map<Level, Integer> byLevel = new EnumMap<>(Level.class);
        int teams = 0;
        for (EducationData.Award a : d.awards()) {
            byLevel.merge(a.level(), 1, Integer::sum);
            teams += a.collective() ? 1 : 0;
        }
        List<LevelCount> counts = new ArrayList<>();
        byLevel.forEach((level, n) -> counts.add(new LevelCount(level, n)));
        List<EducationData.Award> top = counts.isEmpty() ? List.of()
                : d.awards().stream().filter(a -> a.level() == counts.get(0).level()).toList();
        List<EducationData.Award> sorted = d.awards().stream()
                .sorted(java.util.Comparator.comparing(EducationData.Award::level)).toList();
        return new EducationTotals(trainingRenci, ethicsPeople, entrants, d.awards().size(), teams,
                List.copyOf(counts), top, sorted);
    }
}
