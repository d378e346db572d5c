package no.cxday.planner.model;

import java.util.List;
import java.util.Map;

/** The rules of what a plan keeps of earlier years: {@code lastYear} and each year of {@code history}. */
final class HistoryRules {

    static final int MAX_SCORE = 100;

    private HistoryRules() {
    }

    static Problem lastYearProblem(LastYear lastYear) {
        Problem problem = mixProblem("lastYear.mix", lastYear.mix());
        return problem != null ? problem : ideaRatingsProblem("lastYear.ideaRatings", lastYear.ideaRatings());
    }

    static Problem historyProblem(List<YearSummary> history) {
        for (int i = 0; i < history.size(); i++) {
            Problem problem = yearProblem("history[" + i + "]", history.get(i));
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static Problem yearProblem(String at, YearSummary year) {
        Problem problem = mixProblem(at + ".mix", year.mix());
        if (problem != null) {
            return problem;
        }
        if (year.score() < 0 || year.score() > MAX_SCORE) {
            return new Problem(at + ".score", "problem.outOfRange", year.score(), 0, MAX_SCORE);
        }
        if (year.activities() < 0) {
            return new Problem(at + ".activities", "problem.negative", year.activities());
        }
        if (year.held() < 0) {
            return new Problem(at + ".held", "problem.negative", year.held());
        }
        if (year.held() > year.activities()) {
            return new Problem(at + ".held", "problem.heldMoreThanActivities", year.held(), year.activities());
        }
        problem = averageRatingProblem(at + ".averageRating", year.averageRating());
        if (problem != null) {
            return problem;
        }
        if (year.participants() < 0) {
            return new Problem(at + ".participants", "problem.negative", year.participants());
        }
        if (year.plannedCost().signum() < 0) {
            return new Problem(at + ".plannedCost", "problem.negative", year.plannedCost());
        }
        if (year.actualCost() != null && year.actualCost().signum() < 0) {
            return new Problem(at + ".actualCost", "problem.negative", year.actualCost());
        }
        return ideaRatingsProblem(at + ".ideaRatings", year.ideaRatings());
    }

    private static Problem mixProblem(String at, Mix mix) {
        for (Pillar pillar : Pillar.values()) {
            double share = mix.share(pillar);
            if (!(share >= 0 && share <= 1)) {
                return new Problem(at + "." + pillar.key(), "problem.shareOutOfRange", share);
            }
        }
        return null;
    }

    private static Problem ideaRatingsProblem(String at, Map<String, IdeaRating> ratings) {
        for (Map.Entry<String, IdeaRating> entry : ratings.entrySet()) {
            String ratingAt = at + "." + entry.getKey();
            IdeaRating rating = entry.getValue();
            if (rating.held() < 0) {
                return new Problem(ratingAt + ".held", "problem.negative", rating.held());
            }
            Problem problem = averageRatingProblem(ratingAt + ".averageRating", rating.averageRating());
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static Problem averageRatingProblem(String at, Double average) {
        if (average != null && !(average >= Evaluation.MIN_RATING && average <= Evaluation.MAX_RATING)) {
            return new Problem(at, "problem.outOfRange", average, Evaluation.MIN_RATING, Evaluation.MAX_RATING);
        }
        return null;
    }
}
