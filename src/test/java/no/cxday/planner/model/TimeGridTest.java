package no.cxday.planner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeGridTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 6);
    private static final TimeGrid QUARTERS = new TimeGrid(15, LocalTime.of(8, 0), LocalTime.of(16, 0));

    private static LocalDateTime at(int hour, int minute) {
        return DAY.atTime(hour, minute);
    }

    @ParameterizedTest
    @CsvSource({"5, 37, 35", "10, 37, 40", "15, 37, 30", "15, 38, 45", "30, 44, 30", "60, 89, 60", "60, 91, 120"})
    void startsSnapToTheNearestGridLine(int step, double minute, int snapped) {
        assertEquals(snapped, new TimeGrid(step, LocalTime.of(8, 0), LocalTime.of(16, 0)).snap(minute));
    }

    @Test
    void onlyTheFiveGridStepsAreAllowed() {
        assertThrows(IllegalArgumentException.class, () -> new TimeGrid(7, LocalTime.of(8, 0), LocalTime.of(16, 0)));
    }

    @Test
    void aBlockKeepsItsLengthAndStaysInsideTheWindow() {
        assertEquals(new TimeGrid.Span(at(9, 0), at(9, 45)), QUARTERS.place(DAY, 62, 45));
        assertEquals(new TimeGrid.Span(at(8, 0), at(8, 45)), QUARTERS.place(DAY, -200, 45));
        assertEquals(new TimeGrid.Span(at(15, 15), at(16, 0)), QUARTERS.place(DAY, 470, 45));
    }

    @Test
    void aBlockLongerThanTheWindowIsCutToIt() {
        assertEquals(new TimeGrid.Span(at(8, 0), at(16, 0)), QUARTERS.place(DAY, 30, 900));
    }

    @Test
    void resizingNeverMakesABlockShorterThanOneStepOrLeaveTheWindow() {
        Activity tenToTwelve = activity(at(10, 0), at(12, 0));
        assertEquals(new TimeGrid.Span(at(10, 0), at(10, 15)), QUARTERS.resizedAtEnd(tenToTwelve, 100));
        assertEquals(new TimeGrid.Span(at(10, 0), at(16, 0)), QUARTERS.resizedAtEnd(tenToTwelve, 999));
        assertEquals(new TimeGrid.Span(at(11, 45), at(12, 0)), QUARTERS.resizedAtStart(tenToTwelve, 300));
        assertEquals(new TimeGrid.Span(at(8, 0), at(12, 0)), QUARTERS.resizedAtStart(tenToTwelve, -60));
    }

    @Test
    void anIdeaAddedWithoutTheMouseTakesTheFirstGapItFitsIn() {
        List<TimeGrid.Span> taken = List.of(new TimeGrid.Span(at(8, 0), at(9, 0)), new TimeGrid.Span(at(9, 30), at(10, 0)));

        assertEquals(new TimeGrid.Span(at(10, 0), at(11, 0)), QUARTERS.firstFree(DAY, 60, taken));
        assertEquals(new TimeGrid.Span(at(9, 0), at(9, 30)), QUARTERS.firstFree(DAY, 30, taken));
    }

    @Test
    void aFullDayGivesTheDaysStartAndTheOverlapIsMarkedAsUsual() {
        List<TimeGrid.Span> taken = List.of(new TimeGrid.Span(at(8, 0), at(16, 0)));

        assertEquals(new TimeGrid.Span(at(8, 0), at(8, 45)), QUARTERS.firstFree(DAY, 45, taken));
    }

    private static Activity activity(LocalDateTime start, LocalDateTime end) {
        return new Activity("a", null, "Kake", "k", start, end, new Pillars(1, 0, 0), "", "", "", List.of(), null,
                null, null, Extras.NONE);
    }

    @Test
    void resizingOneEdgeKeepsTheOtherWhereItIsEvenPastTheWindowOrOnALaterDay() {
        Activity pastTheEnd = activity(at(15, 30), at(16, 30));
        assertEquals(new TimeGrid.Span(at(15, 0), at(16, 30)), QUARTERS.resizedAtStart(pastTheEnd, 420));

        Activity overnight = activity(at(15, 0), DAY.plusDays(1).atTime(9, 0));
        assertEquals(480, QUARTERS.endMinute(overnight.span()), "shown to the end of its day");
        assertEquals(new TimeGrid.Span(at(14, 0), DAY.plusDays(1).atTime(9, 0)),
                QUARTERS.resizedAtStart(overnight, 360));

        Activity fiveMinutes = activity(at(10, 0), at(10, 5));
        assertEquals(new TimeGrid.Span(at(10, 0), at(10, 45)), QUARTERS.resizedAtEnd(fiveMinutes, 164));
    }

    @Test
    void aMovedBlockKeepsItsLengthOnAnyDay() {
        Activity kake = activity(at(8, 30), at(9, 15));

        assertEquals(new TimeGrid.Span(DAY.plusDays(1).atTime(11, 0), DAY.plusDays(1).atTime(11, 45)),
                QUARTERS.moved(kake, DAY.plusDays(1), 183));
        assertEquals(false, kake.span().endsOnALaterDay());
    }

    @Test
    void aBlockPartlyOutsideTheDayKeepsItsRealTimesAndOnlyTheEdgeMovedChanges() {
        Activity pastTheEnd = activity(at(15, 0), at(17, 0));
        assertEquals(new TimeGrid.Span(at(15, 0), at(17, 0)), QUARTERS.resizedAtEnd(pastTheEnd, 555),
                "one step longer cannot take it further out, nor cut it to the window");
        assertEquals(new TimeGrid.Span(at(15, 0), at(16, 45)), QUARTERS.resizedAtEnd(pastTheEnd, 525));
        assertEquals(new TimeGrid.Span(at(15, 0), at(17, 0)), QUARTERS.moved(pastTheEnd, DAY, 435),
                "a step later would take it further out");
        assertEquals(new TimeGrid.Span(at(14, 45), at(16, 45)), QUARTERS.moved(pastTheEnd, DAY, 405));

        Activity overnight = activity(at(15, 0), DAY.plusDays(1).atTime(1, 0));
        assertEquals(new TimeGrid.Span(at(15, 0), DAY.plusDays(1).atTime(1, 0)),
                QUARTERS.resizedAtEnd(overnight, QUARTERS.endMinuteOf(overnight) + 15));
        assertEquals(new TimeGrid.Span(at(15, 0), DAY.plusDays(1).atTime(1, 0)), QUARTERS.moved(overnight, DAY, 435));
        assertEquals(new TimeGrid.Span(at(14, 0), DAY.plusDays(1).atTime(1, 0)),
                QUARTERS.resizedAtStart(overnight, 360), "its end stays on the next day");

        Activity beforeTheStart = activity(at(7, 0), at(9, 0));
        assertEquals(new TimeGrid.Span(at(7, 15), at(9, 15)), QUARTERS.moved(beforeTheStart, DAY, -45));
        assertEquals(new TimeGrid.Span(at(7, 0), at(9, 0)), QUARTERS.moved(beforeTheStart, DAY, -75));
        assertEquals(new TimeGrid.Span(at(7, 0), at(9, 0)), QUARTERS.resizedAtStart(beforeTheStart, -75));
        assertEquals(new TimeGrid.Span(at(7, 30), at(9, 0)), QUARTERS.resizedAtStart(beforeTheStart, -30));
    }
}
