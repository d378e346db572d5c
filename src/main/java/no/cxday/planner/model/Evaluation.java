package no.cxday.planner.model;

import java.util.Objects;

/** How an activity went; {@code rating} (1 to 5) and {@code participants} may be null. */
public record Evaluation(boolean held, Integer rating, Integer participants, String notes, Extras extras) {

    public static final int MIN_RATING = 1;
    public static final int MAX_RATING = 5;

    public Evaluation {
        Objects.requireNonNull(notes);
        Objects.requireNonNull(extras);
    }
}
