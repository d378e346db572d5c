package no.cxday.planner.model;

import java.util.Objects;

/** How often an idea was held last year and its average rating (null when never rated). */
public record IdeaRating(int held, Double averageRating, Extras extras) {

    public IdeaRating {
        Objects.requireNonNull(extras);
    }
}
