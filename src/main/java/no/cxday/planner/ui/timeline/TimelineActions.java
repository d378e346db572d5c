package no.cxday.planner.ui.timeline;

import java.time.LocalDate;

/**
 * What the timeline control asks of its view model: one call per gesture, on release or key
 * press, so that the plan changes once. Minutes count from the day start and are not yet snapped.
 */
public interface TimelineActions {

    void select(String activityId);

    void move(String activityId, String laneId, LocalDate day, double startMinute);

    void resizeStart(String activityId, double startMinute);

    void resizeEnd(String activityId, double endMinute);

    void dropIdea(String ideaId, String laneId, LocalDate day, double startMinute);

    /** The default length of an idea, for the ghost while it is dragged. */
    int ideaMinutes(String ideaId);

    /** Shows in the gauge what the plan would be if the idea were dropped here. */
    void previewIdea(String ideaId, String laneId, LocalDate day, double startMinute);

    /** Shows in the gauge what the plan would be if the activity were moved or resized like this. */
    void previewPlacement(String activityId, String laneId, LocalDate day, double startMinute, double endMinute);

    void clearPreview();

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
