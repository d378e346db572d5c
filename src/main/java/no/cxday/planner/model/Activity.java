package no.cxday.planner.model;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One block on the timeline. {@code ideaId} is null for a blank activity and {@code evaluation}
 * is null until the plan is reviewed.
 */
public record Activity(String id, String ideaId, String title, String laneId, LocalDateTime start,
        LocalDateTime end, Pillars pillars, String responsible, String location, String notes,
        List<Task> tasks, Evaluation evaluation, Extras extras) {

    public Activity {
        Objects.requireNonNull(id);
        Objects.requireNonNull(title);
        Objects.requireNonNull(laneId);
        Objects.requireNonNull(start);
        Objects.requireNonNull(end);
        Objects.requireNonNull(pillars);
        Objects.requireNonNull(responsible);
        Objects.requireNonNull(location);
        Objects.requireNonNull(notes);
        tasks = List.copyOf(tasks);
        Objects.requireNonNull(extras);
    }
}
