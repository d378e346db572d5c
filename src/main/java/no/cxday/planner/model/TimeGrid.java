package no.cxday.planner.model;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;

/**
 * Where a block may go on the timeline: starts snap to a grid of 5, 10, 15, 30 or 60 minutes,
 * nothing leaves the day's window and nothing becomes shorter than one grid step.
 */
public record TimeGrid(int stepMinutes, LocalTime dayStart, LocalTime dayEnd) {

    public static final List<Integer> STEPS = List.of(5, 10, 15, 30, 60);
    public static final int DEFAULT_STEP = 15;

    public TimeGrid {
        if (!STEPS.contains(stepMinutes)) {
            throw new IllegalArgumentException("A grid step is one of " + STEPS + ", not " + stepMinutes);
        }
    }

    public static TimeGrid of(Plan plan, int stepMinutes) {
        return new TimeGrid(stepMinutes, plan.dayStart(), plan.dayEnd());
    }

    private int windowMinutes() {
        return (dayEnd.toSecondOfDay() - dayStart.toSecondOfDay()) / 60;
    }

    /** Minutes from the day start, rounded to the nearest grid line. */
    public int snap(double minutesFromDayStart) {
        return (int) Math.round(minutesFromDayStart / stepMinutes) * stepMinutes;
    }

    /** The shortest an activity may become: one step, or the whole window if that is shorter. */
    private int minimumLength() {
        return Math.min(stepMinutes, windowMinutes());
    }

    /**
     * A block of {@code minutes} placed at {@code startMinute} (from the day start) on {@code day}, kept
     * whole inside the window where it fits and cut to the window where it does not.
     */
    public Span place(LocalDate day, double startMinute, long minutes) {
        int window = windowMinutes();
        int length = (int) Math.max(minimumLength(), Math.min(minutes, window));
        int start = Math.max(0, Math.min(snap(startMinute), window - length));
        return span(day, start, start + length);
    }


    /**
     * A block of {@code minutes} on {@code day} at the earliest grid line where it overlaps none of
     * {@code taken}; at the day's start when there is no such place (the overlap is then marked as usual).
     */
    public Span firstFree(LocalDate day, long minutes, List<Span> taken) {
        Span first = place(day, 0, minutes);
        long length = first.minutes();
        for (int start = 0; start + length <= windowMinutes(); start += stepMinutes) {
            Span candidate = place(day, start, length);
            if (taken.stream().noneMatch(other -> other.start().isBefore(candidate.end())
                    && candidate.start().isBefore(other.end()))) {
                return candidate;
            }
        }
        return first;
    }

    /**
     * Where {@code activity} lands when it is dragged (or keyed) to start at {@code startMinute} on
     * {@code day}: its length stays, and it stays inside the window where it fits. One that already
     * lies partly outside (it starts before the day's start, or runs past its end) may move back
     * towards the window but never further out, and is never cut.
     */
    public Span moved(Activity activity, LocalDate day, double startMinute) {
        int length = (int) activity.minutes();
        int now = minuteOf(activity.start());
        int start = clamp(snap(startMinute), Math.min(0, now), Math.max(windowMinutes() - length, now));
        return span(day, start, start + length);
    }

    /** {@code activity} with its start edge dragged to {@code startMinute}; its end stays where it is. */
    public Span resizedAtStart(Activity activity, double startMinute) {
        int end = endMinuteOf(activity);
        int start = clamp(snap(startMinute), Math.min(0, minuteOf(activity.start())), end - minimumLength());
        return span(activity.start().toLocalDate(), start, end);
    }

    /** {@code activity} with its end edge dragged to {@code endMinute}; its start stays where it is. */
    public Span resizedAtEnd(Activity activity, double endMinute) {
        int start = minuteOf(activity.start());
        int end = clamp(snap(endMinute), start + minimumLength(), Math.max(windowMinutes(), endMinuteOf(activity)));
        return span(activity.start().toLocalDate(), start, end);
    }

    /**
     * Minutes from the day start of the activity's first day to its end: past the window's end, or
     * 1,440 more for each day it runs on.
     */
    public int endMinuteOf(Activity activity) {
        return minuteOf(activity.start()) + (int) activity.minutes();
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

    /** Minutes from the day start at which {@code span} ends on its start day: the window's end when it runs on. */
    public int endMinute(Span span) {
        return span.endsOnALaterDay() ? windowMinutes() : minuteOf(span.end());
    }

    /** Minutes from the day start of {@code time} on its own day. */
    public int minuteOf(LocalDateTime time) {
        return (time.toLocalTime().toSecondOfDay() - dayStart.toSecondOfDay()) / 60;
    }

    private Span span(LocalDate day, int startMinute, int endMinute) {
        LocalDateTime origin = day.atTime(dayStart);
        return new Span(origin.plusMinutes(startMinute), origin.plusMinutes(endMinute));
    }

    /** A start and an end. */
    public record Span(LocalDateTime start, LocalDateTime end) {

        /** True when it ends on a day after the one it starts on (a timeline shows it to its day's end). */
        public boolean endsOnALaterDay() {
            return end.toLocalDate().isAfter(start.toLocalDate());
        }

        public long minutes() {
            return Duration.between(start, end).toMinutes();
        }
    }
}
