package no.cxday.planner.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineLayoutTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 6);

    private static Activity activity(String id, String lane, int startHour, int startMinute, int minutes) {
        LocalDateTime start = DAY.atTime(startHour, startMinute);
        return new Activity(id, null, id, lane, start, start.plusMinutes(minutes), new Pillars(1, 1, 1), "", "", "",
                List.of(), null, null, null, Extras.NONE);
    }

    private static Plan plan(Activity... activities) {
        Plan plan = PlanEdits.addLane(Plan.blank("P", DAY, new Lane("a", "A")), new Lane("b", "B"));
        return plan.withActivities(List.of(activities));
    }

    private static TimelineLayout.Block block(TimelineLayout layout, String id) {
        return layout.blocks().stream().filter(b -> b.activity().id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void blocksAreMinutesFromTheDayStartInTheirLane() {
        TimelineLayout layout = TimelineLayout.of(plan(activity("x", "b", 9, 30, 45)));

        TimelineLayout.Block x = block(layout, "x");
        assertEquals(1, x.lane());
        assertEquals(0, x.day());
        assertEquals(90, x.startMinute());
        assertEquals(135, x.endMinute());
        assertFalse(x.overlapping());
    }

    @Test
    void overlappingBlocksInALaneShareItsWidthAndAreMarked() {
        TimelineLayout layout = TimelineLayout.of(plan(
                activity("one", "a", 9, 0, 60), activity("two", "a", 9, 30, 60), activity("three", "a", 10, 0, 30),
                activity("later", "a", 11, 0, 30), activity("other-lane", "b", 9, 0, 60)));

        assertEquals(2, block(layout, "one").columns());
        assertEquals(0, block(layout, "one").column());
        assertEquals(1, block(layout, "two").column());
        assertEquals(0, block(layout, "three").column(), "the first column is free again at 10:00");
        assertTrue(block(layout, "three").overlapping());
        assertFalse(block(layout, "later").overlapping());
        assertEquals(1, block(layout, "later").columns());
        assertFalse(block(layout, "other-lane").overlapping(), "other lanes do not count");
    }

    @Test
    void blocksThatOnlyTouchDoNotOverlap() {
        TimelineLayout layout = TimelineLayout.of(plan(activity("one", "a", 9, 0, 60), activity("two", "a", 10, 0, 60)));

        assertFalse(block(layout, "one").overlapping());
        assertFalse(block(layout, "two").overlapping());
    }

    @Test
    void anActivityOutsideTheWindowIsStillShownAtItsEdge() {
        TimelineLayout layout = TimelineLayout.of(plan(activity("evening", "a", 18, 0, 60)));

        TimelineLayout.Block evening = block(layout, "evening");
        assertEquals(layout.windowMinutes(), evening.endMinute());
        assertEquals(TimelineLayout.MIN_VISIBLE_MINUTES, evening.endMinute() - evening.startMinute());
    }

    @Test
    void blocksSideBySideAreMarkedOnlyWhenTheirTimesOverlap() {
        TimelineLayout layout = TimelineLayout.of(plan(activity("first", "a", 9, 0, 60),
                activity("middle", "a", 9, 30, 60), activity("last", "a", 10, 15, 60),
                activity("before-the-day", "a", 7, 0, 30), activity("at-the-start", "a", 8, 0, 1)));

        assertTrue(block(layout, "first").overlapping());
        assertTrue(block(layout, "middle").overlapping());
        assertTrue(block(layout, "last").overlapping(), "overlaps the middle one");
        assertTrue(block(layout, "first").columns() > 1);
        assertFalse(block(layout, "before-the-day").overlapping(),
                "drawn at the day's start beside another, but its time overlaps none");
        assertFalse(block(layout, "at-the-start").overlapping());
        TimelineLayout tiny = TimelineLayout.of(plan(activity("one-minute", "a", 12, 0, 1),
                activity("after-it", "a", 12, 5, 55)));
        assertTrue(block(tiny, "one-minute").columns() > 1, "drawn taller than it is, so beside the next");
        assertFalse(block(tiny, "one-minute").overlapping());
        assertFalse(block(tiny, "after-it").overlapping());
    }
}
