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

    /**
     * The evaluation as the coordinator gives it in place of {@code before} (null for none): a
     * rating means the activity was held; the fields this program does not know are kept.
     */
    public static Evaluation given(Evaluation before, boolean held, Integer rating, Integer participants,
            String notes) {
        return new Evaluation(held || rating != null, rating, participants, notes,
                before == null ? Extras.NONE : before.extras());
    }

    /**
     * Rated with one key: 1 to 5 means held with that rating, null means not held (and so no
     * participants); the notes stay.
     */
    public static Evaluation rated(Evaluation before, Integer rating) {
        return given(before, rating != null, rating, before == null || rating == null ? null : before.participants(),
                before == null ? "" : before.notes());
    }
}
