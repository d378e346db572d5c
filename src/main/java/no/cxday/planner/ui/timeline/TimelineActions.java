package no.cxday.planner.ui.timeline;

import no.cxday.planner.model.Placement;

/**
 * The commands the timeline control gives its view model, each one change of the plan, on release
 * or key press. What is selected and where a drag would land are state the control shares through
 * its properties, not calls.
 */
public interface TimelineActions {

    /**
     * Moves or resizes the activity, or adds the idea, exactly as {@code placement} says.
     *
     * @return false when nothing could be placed: an activity or idea this plan does not know
     */
    boolean commit(Placement placement);

    /** Keyboard: moves the selected activity by {@code steps} grid steps in time. */
    void nudge(String activityId, int steps);

    /** Keyboard: makes the activity {@code steps} grid steps longer (or shorter when negative). */
    void stretch(String activityId, int steps);

    void toNeighbourLane(String activityId, int delta);

    void toNeighbourDay(String activityId, int delta);

    void remove(String activityId);

    void duplicate(String activityId);

    /** Review: records that the activity was held with this rating (1 to 5), or was not held (null). */
    void rate(String activityId, Integer rating);
}
