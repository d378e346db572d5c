package no.cxday.planner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReviewSummaryTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 6);

    private static Activity activity(String id, int hour, int a, int l, int e, Evaluation evaluation) {
        LocalDateTime start = DAY.atTime(hour, 0);
        return new Activity(id, null, id, "kantina", start, start.plusMinutes(60), new Pillars(a, l, e), "", "", "",
                List.of(), evaluation, Extras.NONE);
    }

    private static Evaluation held(Integer rating, Integer participants) {
        return new Evaluation(true, rating, participants, "", Extras.NONE);
    }

    @Test
    void theSummaryOfAKnownPlan() {
        Plan plan = Plan.blank("P", DAY, new Lane("kantina", "Kantina")).withActivities(List.of(
                activity("cake", 8, 1, 0, 2, held(5, 80)),
                activity("workshop", 9, 0, 3, 0, held(3, 20)),
                activity("awards", 10, 3, 0, 0, held(4, null)),
                activity("quiz", 11, 0, 1, 1, new Evaluation(false, null, null, "Avlyst", Extras.NONE)),
                activity("video", 12, 2, 0, 2, null)));

        ReviewSummary summary = ReviewSummary.of(plan);

        assertEquals(5, summary.activities());
        assertEquals(3, summary.held());
        assertEquals(3, summary.rated());
        assertEquals(4.0, summary.averageRating(), 1e-9);
        assertEquals(100, summary.participants());
        assertEquals((1 * 5 + 3 * 4) / 4.0, summary.ratingByPillar().get(Pillar.ANERKJENNELSE), 1e-9);
        assertEquals(3.0, summary.ratingByPillar().get(Pillar.LAERING), 1e-9);
        assertEquals(5.0, summary.ratingByPillar().get(Pillar.ENGASJEMENT), 1e-9);
        assertEquals(List.of("cake", "awards", "workshop"), summary.best().stream().map(Activity::id).toList());
        assertEquals(List.of("workshop", "awards", "cake"), summary.worst().stream().map(Activity::id).toList());
        assertEquals(Balance.of(plan).mix(), summary.plannedMix());
        assertEquals(new Mix(80 / 180.0, 60 / 180.0, 40 / 180.0), summary.heldMix());
    }

    @Test
    void aPlanNotYetReviewedHasNoAverage() {
        Plan plan = Plan.blank("P", DAY, new Lane("kantina", "Kantina"))
                .withActivities(List.of(activity("cake", 8, 1, 0, 2, null)));

        ReviewSummary summary = ReviewSummary.of(plan);

        assertEquals(0, summary.held());
        assertNull(summary.averageRating());
        assertNull(summary.ratingByPillar().get(Pillar.LAERING));
        assertEquals(List.of(), summary.best());
    }
}
