package no.cxday.planner.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Evaluation;
import no.cxday.planner.model.Extras;
import no.cxday.planner.model.Lane;
import no.cxday.planner.model.Pillars;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.ReviewSummary;
import org.junit.jupiter.api.Test;

class ReviewSummaryTextTest {

    private static final ReviewSummaryText NB = new ReviewSummaryText(new Messages(Language.NB));
    private static final ReviewSummaryText EN = new ReviewSummaryText(new Messages(Language.EN));
    private static final LocalDate DAY = LocalDate.of(2026, 10, 6);

    /** A summary of activities named A, B, C ... an hour apart, each with the given evaluation. */
    private static ReviewSummary summary(Evaluation... evaluations) {
        List<Activity> activities = new ArrayList<>();
        for (int i = 0; i < evaluations.length; i++) {
            LocalDateTime start = DAY.atTime(8 + i, 0);
            activities.add(new Activity("a" + i, null, String.valueOf((char) ('A' + i)), "kantina", start,
                    start.plusHours(1), new Pillars(1, 1, 1), "", "", "", List.of(), evaluations[i], null, null, Extras.NONE));
        }
        return ReviewSummary.of(Plan.blank("P", DAY, new Lane("kantina", "Kantina")).withActivities(activities));
    }

    private static Evaluation held(Integer rating, Integer participants) {
        return new Evaluation(true, rating, participants, "", Extras.NONE);
    }

    private static Evaluation notHeld() {
        return new Evaluation(false, null, null, "", Extras.NONE);
    }

    @Test
    void beforeAnyEvaluationTheCountSaysNoneIsEvaluatedYet() {
        ReviewSummary summary = summary(null, null, null);

        assertEquals("Ingen av de 3 aktivitetene er evaluert ennå.", NB.counts(summary));
        assertEquals("None of the 3 activities have been reviewed yet.", EN.counts(summary));
        assertEquals("Aktiviteten er ikke evaluert ennå.", NB.counts(summary((Evaluation) null)));
        assertEquals("The activity has not been reviewed yet.", EN.counts(summary((Evaluation) null)));
    }

    @Test
    void theCountSaysHeldNotHeldAndNotEvaluatedApart() {
        ReviewSummary summary = summary(held(4, null), held(null, null), notHeld(), null);

        assertEquals("2 holdt, 1 ikke holdt, 1 ikke evaluert ennå.", NB.counts(summary));
        assertEquals("2 held, 1 not held, 1 not reviewed yet.", EN.counts(summary));
    }

    @Test
    void aPlanWithoutActivitiesSaysSo() {
        assertEquals("Planen har ingen aktiviteter å evaluere.", NB.counts(summary()));
    }

    @Test
    void noNumbersEnteredIsNotTheSameAsNoParticipants() {
        assertEquals("Ingen deltakertall er ført inn ennå.", NB.participants(summary(held(4, null))));
        assertEquals("No participant numbers are entered yet.", EN.participants(summary(held(4, null))));
        assertEquals("0 deltakere i alt.", NB.participants(summary(held(4, 0), held(4, null))));
        assertEquals("1 deltaker i alt.", NB.participants(summary(held(4, 1))));
        assertEquals("1 participant in all.", EN.participants(summary(held(4, 1))));
        assertEquals("100 deltakere i alt.", NB.participants(summary(held(4, 80), held(4, 20))));
    }

    @Test
    void twoRatedGiveOneBestAndOneWeakest() {
        ReviewSummary summary = summary(held(5, null), held(2, null));

        assertEquals(List.of("Best: A (5).", "Svakest: B (2)."), NB.bestAndWeakest(summary));
        assertEquals(List.of("Best: A (5).", "Weakest: B (2)."), EN.bestAndWeakest(summary));
    }

    @Test
    void noWeakestIsNamedWhenNoneIsRatedLowerThanTheBest() {
        assertEquals(List.of("Best: A (5)."), NB.bestAndWeakest(summary(held(5, null))));
        assertEquals(List.of("Best: A (4), B (4)."), NB.bestAndWeakest(summary(held(4, null), held(4, null))));
        assertEquals(List.of(), NB.bestAndWeakest(summary(held(null, null))));
    }

    @Test
    void theAverageIsWrittenAsTheLanguageWritesDecimalsAndIsEmptyWhenNothingIsRated() {
        assertEquals("Snittvurdering 3,5 av 5 (2 vurdert).", NB.average(summary(held(5, null), held(2, null)))
                .orElseThrow());
        assertEquals("Average rating 3.5 of 5 (2 rated).", EN.average(summary(held(5, null), held(2, null)))
                .orElseThrow());
        assertEquals(false, NB.average(summary(held(null, 10))).isPresent());
    }
}
