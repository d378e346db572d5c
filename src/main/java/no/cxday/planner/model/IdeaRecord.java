package no.cxday.planner.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How one idea went over the earlier years: the years whose plan had it, oldest first, and the
 * average of those years' average ratings (null when it was never rated).
 */
public record IdeaRecord(List<Integer> years, Double averageRating) {

    public IdeaRecord {
        years = List.copyOf(years);
    }

    /** How many years the idea was in the plan. */
    public int tried() {
        return years.size();
    }

    /** Each idea's record over {@code years} (oldest first), by idea id, from each year's idea ratings. */
    public static Map<String, IdeaRecord> byIdea(List<YearSummary> years) {
        Map<String, List<Integer>> tried = new LinkedHashMap<>();
        Map<String, List<Double>> ratings = new LinkedHashMap<>();
        for (YearSummary year : years) {
            year.ideaRatings().forEach((ideaId, rating) -> {
                tried.computeIfAbsent(ideaId, k -> new ArrayList<>()).add(year.cxDay().getYear());
                if (rating.averageRating() != null) {
                    ratings.computeIfAbsent(ideaId, k -> new ArrayList<>()).add(rating.averageRating());
                }
            });
        }
        Map<String, IdeaRecord> records = new LinkedHashMap<>();
        tried.forEach((ideaId, inYears) -> {
            List<Double> rated = ratings.getOrDefault(ideaId, List.of());
            records.put(ideaId, new IdeaRecord(inYears, rated.isEmpty() ? null
                    : rated.stream().mapToDouble(Double::doubleValue).average().orElseThrow()));
        });
        return records;
    }
}
