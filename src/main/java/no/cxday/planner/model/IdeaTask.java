package no.cxday.planner.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A task an idea usually needs, in one language: due {@code daysBefore} days before the day of the
 * activity made from the idea (a negative number is a follow-up after it).
 */
public record IdeaTask(String text, int daysBefore, Extras extras) {

    public static final int MIN_DAYS_BEFORE = -60;
    public static final int MAX_DAYS_BEFORE = 365;

    public IdeaTask {
        Objects.requireNonNull(text);
        Objects.requireNonNull(extras);
    }

    /** The task it gives an activity on {@code day}. */
    public Task taskFor(LocalDate day) {
        return Task.of(text, day.minusDays(daysBefore));
    }
}
