package no.cxday.planner.model;

import java.util.Objects;

/**
 * Where a block being dragged would land: an activity already in the plan, or an idea about to
 * become one, in a lane at a span. The timeline draws it as the ghost, the gauge previews it, and
 * release commits exactly it, so that what is shown and what happens are one value.
 *
 * @param activityId the activity being moved or resized, or null when an idea is dropped
 * @param ideaId     the idea being dropped, or null when an activity is moved or resized
 */
public record Placement(String activityId, String ideaId, String laneId, TimeGrid.Span span) {

    public Placement {
        if ((activityId == null) == (ideaId == null)) {
            throw new IllegalArgumentException("A placement is of an activity or of an idea");
        }
        Objects.requireNonNull(laneId);
        Objects.requireNonNull(span);
    }

    public static Placement ofActivity(String activityId, String laneId, TimeGrid.Span span) {
        return new Placement(activityId, null, laneId, span);
    }

    public static Placement ofIdea(String ideaId, String laneId, TimeGrid.Span span) {
        return new Placement(null, ideaId, laneId, span);
    }
}
