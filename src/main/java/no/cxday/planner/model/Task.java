package no.cxday.planner.model;

import java.time.LocalDate;
import java.util.Objects;

/** One item of an activity's preparation checklist; {@code due} may be null. */
public record Task(String text, LocalDate due, boolean done, Extras extras) {

    public Task {
        Objects.requireNonNull(text);
        Objects.requireNonNull(extras);
    }
}
