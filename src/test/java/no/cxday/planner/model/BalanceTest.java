package no.cxday.planner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class BalanceTest {

    private static final LocalTime DAY_START = LocalTime.of(8, 0);
    private static final LocalTime DAY_END = LocalTime.of(16, 0);

    static Activity activity(String start, String end, int a, int l, int e) {
        return new Activity("a-" + start + end + a + l + e, null, "x", "lane", LocalDateTime.parse(start),
                LocalDateTime.parse(end), new Pillars(a, l, e), "", "", "", List.of(), null, null, null, Extras.NONE);
    }

    private static Balance balance(Activity... activities) {
        return Balance.of(List.of(activities), DAY_START, DAY_END);
    }

    @Test
    void theWorkedExampleOfThePlanFormatGives65_30_40MinutesAndAScoreOf95() {
        Balance balance = balance(
                activity("2026-10-06T09:00", "2026-10-06T10:00", 1, 0, 2),
                activity("2026-10-06T10:00", "2026-10-06T10:30", 0, 3, 0),
                activity("2026-10-06T11:00", "2026-10-06T11:45", 3, 0, 0));

        assertEquals(65, balance.anerkjennelseMinutes(), 1e-9);
        assertEquals(30, balance.laeringMinutes(), 1e-9);
        assertEquals(40, balance.engasjementMinutes(), 1e-9);
        assertEquals(0.481, balance.mix().anerkjennelse(), 0.0005);
        assertEquals(0.222, balance.mix().laering(), 0.0005);
        assertEquals(0.296, balance.mix().engasjement(), 0.0005);
        assertEquals(95.26, balance.exactScore(), 0.005);
        assertEquals(95, balance.score());
        assertEquals(List.of(), balance.missing());
    }

    @Test
    void nothingPlannedScoresZeroAndMissesEveryPillar() {
        Balance balance = balance();

        assertEquals(0, balance.score());
        assertEquals(List.of(Pillar.values()), balance.missing());
    }

    @Test
    void activitiesWithAllWeightsZeroCountForNothing() {
        assertEquals(0, balance(activity("2026-10-06T09:00", "2026-10-06T10:00", 0, 0, 0)).totalMinutes());
    }

    @Test
    void onePillarOnlyScoresZero() {
        Balance balance = balance(activity("2026-10-06T09:00", "2026-10-06T12:00", 0, 2, 0));

        assertEquals(0, balance.score());
        assertEquals(List.of(Pillar.ANERKJENNELSE, Pillar.ENGASJEMENT), balance.missing());
    }

    @Test
    void aThirdEachScoresOneHundred() {
        assertEquals(100, balance(activity("2026-10-06T09:00", "2026-10-06T10:00", 1, 1, 1)).score());
    }

    @Test
    void onlyMinutesInsideEachDaysWindowCount() {
        Balance early = balance(activity("2026-10-06T07:00", "2026-10-06T09:00", 1, 0, 0));
        Balance overnight = balance(activity("2026-10-06T15:00", "2026-10-07T09:00", 0, 0, 1));

        Balance threeDays = balance(activity("2026-10-05T12:30", "2026-10-07T08:45", 0, 1, 0));
        Balance evening = balance(activity("2026-10-06T18:00", "2026-10-06T21:00", 0, 1, 0));

        assertEquals(60, early.totalMinutes(), 1e-9);
        assertEquals(120, overnight.totalMinutes(), 1e-9);
        assertEquals(210 + 480 + 45, threeDays.totalMinutes(), 1e-9);
        assertEquals(0, evening.totalMinutes(), 1e-9);
    }

    @Test
    void aPillarUnderFifteenPercentIsMissing() {
        Balance balance = balance(
                activity("2026-10-06T08:00", "2026-10-06T12:00", 1, 0, 1),
                activity("2026-10-06T12:00", "2026-10-06T12:40", 0, 1, 0));

        assertEquals(List.of(Pillar.LAERING), balance.missing());
    }
}
