package no.cxday.planner.model;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One block on the timeline. {@code ideaId} is null for a blank activity, {@code evaluation} is
 * null until the plan is reviewed, and {@code expectedParticipants} and {@code cost} are null
 * until they are given.
 */
public record Activity(String id, String ideaId, String title, String laneId, LocalDateTime start,
        LocalDateTime end, Pillars pillars, String responsible, String location, String notes,
        List<Task> tasks, Evaluation evaluation, Integer expectedParticipants, Cost cost, Extras extras) {

    public static final int MAX_EXPECTED_PARTICIPANTS = 1_000_000;

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

    public long minutes() {
        return span().minutes();
    }

    /** When it starts and ends. */
    public TimeGrid.Span span() {
        return new TimeGrid.Span(start, end);
    }

    public Activity placed(String newLaneId, LocalDateTime newStart, LocalDateTime newEnd) {
        return new Activity(id, ideaId, title, newLaneId, newStart, newEnd, pillars, responsible, location, notes,
                tasks, evaluation, expectedParticipants, cost, extras);
    }

    /** A copy under a new id. Its tasks are new tasks, so they have no ids until the plan is saved. */
    public Activity copiedAs(String newId) {
        List<Task> newTasks = tasks.stream().map(t -> t.withId(null)).toList();
        return new Activity(newId, ideaId, title, laneId, start, end, pillars, responsible, location, notes, newTasks,
                evaluation, expectedParticipants, cost, extras);
    }

    public Activity withEvaluation(Evaluation newEvaluation) {
        return new Activity(id, ideaId, title, laneId, start, end, pillars, responsible, location, notes, tasks,
                newEvaluation, expectedParticipants, cost, extras);
    }

    public Activity withTasks(List<Task> newTasks) {
        return new Activity(id, ideaId, title, laneId, start, end, pillars, responsible, location, notes, newTasks,
                evaluation, expectedParticipants, cost, extras);
    }

    /** The same activity with another head count expected and another cost; either may be null. */
    public Activity withCosts(Integer newExpectedParticipants, Cost newCost) {
        return new Activity(id, ideaId, title, laneId, start, end, pillars, responsible, location, notes, tasks,
                evaluation, newExpectedParticipants, newCost, extras);
    }

    /** The same activity with what the editor changes. */
    public Activity withDetails(String newTitle, Pillars newPillars, String newResponsible, String newLocation,
            String newNotes, List<Task> newTasks) {
        return new Activity(id, ideaId, newTitle, laneId, start, end, newPillars, newResponsible, newLocation,
                newNotes, newTasks, evaluation, expectedParticipants, cost, extras);
    }
}
