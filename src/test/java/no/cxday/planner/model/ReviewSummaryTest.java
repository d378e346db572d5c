package no.cxday.planner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewSummaryTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 6);

    private static Activity activity(String id, int hour, int a, int l, int e, Evaluation evaluation) {
        LocalDateTime start = DAY.atTime(hour, 0);
        return new Activity(id, null, id, "kantina", start, start.plusMinutes(60), new Pillars(a, l, e), "", "", "",
                List.of(), evaluation, null, null, Extras.NONE);
    }

    private static Evaluation held(Integer rating, Integer participants) {
        return new Evaluation(true, rating, participants, "", Extras.NONE);
    }

    private static Plan plan(List<Activity> activities) {
        return Plan.blank("P", DAY, new Lane("kantina", "Kantina")).withActivities(activities);
    }

    /** A plan whose activities a, b, c ... start an hour apart and are rated as given. */
    private static ReviewSummary rated(int... ratings) {
        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < ratings.length; i++) {
            activities.add(activity(String.valueOf((char) ('a' + i)), 8 + i, 1, 1, 1, held(ratings[i], null)));
        }
        return ReviewSummary.of(plan(activities));
    }

    private static List<String> ids(List<Activity> activities) {
        return activities.stream().map(Activity::id).toList();
    }

    @Test
    void theSummaryOfAKnownPlan() {
        Plan plan = plan(List.of(
                activity("cake", 8, 1, 0, 2, held(5, 80)),
                activity("workshop", 9, 0, 3, 0, held(3, 20)),
                activity("awards", 10, 3, 0, 0, held(4, null)),
                activity("quiz", 11, 0, 1, 1, new Evaluation(false, null, null, "Avlyst", Extras.NONE)),
                activity("video", 12, 2, 0, 2, null)));

        ReviewSummary summary = ReviewSummary.of(plan);

        assertEquals(5, summary.activities());
        assertEquals(3, summary.held());
        assertEquals(1, summary.notHeld());
        assertEquals(1, summary.notReviewed());
        assertEquals(3, summary.rated());
        assertEquals(4.0, summary.averageRating(), 1e-9);
        assertEquals(100, summary.participants());
        assertEquals((1 * 5 + 3 * 4) / 4.0, summary.ratingByPillar().get(Pillar.ANERKJENNELSE), 1e-9);
        assertEquals(3.0, summary.ratingByPillar().get(Pillar.LAERING), 1e-9);
        assertEquals(5.0, summary.ratingByPillar().get(Pillar.ENGASJEMENT), 1e-9);
        assertEquals(List.of("cake"), ids(summary.best()));
        assertEquals(List.of("workshop"), ids(summary.worst()));
        assertEquals(Balance.of(plan).mix(), summary.plannedMix());
        assertEquals(new Mix(80 / 180.0, 60 / 180.0, 40 / 180.0), summary.heldMix());
    }

    @Test
    void aPlanNotYetReviewedHasEveryActivityNotReviewedAndNoAverage() {
        ReviewSummary summary = ReviewSummary.of(plan(List.of(activity("cake", 8, 1, 0, 2, null),
                activity("quiz", 9, 0, 1, 1, null))));

        assertEquals(0, summary.held());
        assertEquals(0, summary.notHeld());
        assertEquals(2, summary.notReviewed());
        assertNull(summary.averageRating());
        assertNull(summary.ratingByPillar().get(Pillar.LAERING));
        assertNull(summary.participants(), "no numbers were entered");
        assertEquals(List.of(), summary.best());
        assertEquals(List.of(), summary.worst());
    }

    @Test
    void heldNotHeldAndNotReviewedAreCountedApart() {
        Evaluation cancelled = new Evaluation(false, null, null, "", Extras.NONE);
        ReviewSummary summary = ReviewSummary.of(plan(List.of(activity("a", 8, 1, 0, 0, held(null, null)),
                activity("b", 9, 1, 0, 0, cancelled), activity("c", 10, 1, 0, 0, cancelled),
                activity("d", 11, 1, 0, 0, null))));

        assertEquals(List.of(1, 2, 1), List.of(summary.held(), summary.notHeld(), summary.notReviewed()));
    }

    @Test
    void participantsEnteredAsZeroAreZeroNotMissing() {
        ReviewSummary summary = ReviewSummary.of(plan(List.of(activity("a", 8, 1, 0, 0, held(4, 0)),
                activity("b", 9, 1, 0, 0, held(4, null)))));

        assertEquals(0, summary.participants());
    }

    @Test
    void participantsOfAnActivityNotHeldAreNotCounted() {
        ReviewSummary summary = ReviewSummary.of(plan(List.of(
                activity("a", 8, 1, 0, 0, new Evaluation(false, null, 30, "", Extras.NONE)))));

        assertNull(summary.participants());
    }

    @Test
    void withNothingRatedThereIsNoBestAndNoWeakest() {
        ReviewSummary summary = rated();

        assertEquals(List.of(), summary.best());
        assertEquals(List.of(), summary.worst());
    }

    @Test
    void oneRatedActivityIsTheBestAndNotTheWeakest() {
        ReviewSummary summary = rated(2);

        assertEquals(List.of("a"), ids(summary.best()));
        assertEquals(List.of(), summary.worst());
    }

    @Test
    void ofTwoRatedTheHigherIsBestAndTheLowerWeakest() {
        ReviewSummary summary = rated(3, 5);

        assertEquals(List.of("b"), ids(summary.best()));
        assertEquals(List.of("a"), ids(summary.worst()));
    }

    @Test
    void ofThreeRatedTheMiddleOneIsInNeither() {
        ReviewSummary summary = rated(4, 2, 5);

        assertEquals(List.of("c"), ids(summary.best()));
        assertEquals(List.of("b"), ids(summary.worst()));
    }

    @Test
    void ofSixRatedThreeAreBestAndThreeWeakest() {
        ReviewSummary summary = rated(1, 5, 3, 4, 2, 5);

        assertEquals(List.of("b", "f", "d"), ids(summary.best()));
        assertEquals(List.of("a", "e", "c"), ids(summary.worst()));
    }

    @Test
    void manyRatedShowThreeOfEach() {
        ReviewSummary summary = rated(1, 2, 3, 4, 5, 5, 4, 3, 2, 1);

        assertEquals(List.of("e", "f", "d"), ids(summary.best()));
        assertEquals(List.of("a", "j", "b"), ids(summary.worst()));
    }

    @Test
    void twoRatedAlikeAreBothBestAndNeitherWeakest() {
        ReviewSummary summary = rated(5, 5);

        assertEquals(List.of("a", "b"), ids(summary.best()));
        assertEquals(List.of(), summary.worst());
    }

    @Test
    void anActivityRatedAsHighAsTheBestIsAmongTheBest() {
        ReviewSummary summary = rated(5, 2, 5);

        assertEquals(List.of("a", "c"), ids(summary.best()));
        assertEquals(List.of("b"), ids(summary.worst()));
    }

    @Test
    void allRatedAlikeGiveThreeBestInTheirOrderOfTimeAndNoWeakest() {
        ReviewSummary summary = rated(4, 4, 4, 4, 4, 4);

        assertEquals(List.of("a", "b", "c"), ids(summary.best()));
        assertEquals(List.of(), summary.worst());
    }

    @Test
    void anActivityRatedAsHighAsOneOfTheBestIsNeverAmongTheWeakest() {
        ReviewSummary summary = rated(4, 5, 4, 4, 3, 4);

        assertEquals(List.of("b", "a", "c"), ids(summary.best()));
        assertEquals(List.of("e"), ids(summary.worst()), "d and f are rated 4, as c among the best is");
    }
}
