package no.cxday.planner.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One item of an activity's preparation checklist. {@code id} is null for a task that has none yet
 * (one from an older file, or made since the plan was last saved): saving gives it one, see
 * {@link TaskIds}. An empty {@code owner} means the activity's responsible; {@code due} may be null.
 */
public record Task(String id, String text, String owner, LocalDate due, boolean done, Extras extras) {

    public Task {
        Objects.requireNonNull(text);
        Objects.requireNonNull(owner);
        Objects.requireNonNull(extras);
    }

    /** A new task, not done, with no owner of its own and no id until the plan is saved. */
    public static Task of(String text, LocalDate due) {
        return new Task(null, text, "", due, false, Extras.NONE);
    }

    /** Not done and due before {@code today}; a task due today is not overdue yet. */
    public boolean isOverdue(LocalDate today) {
        return !done && due != null && due.isBefore(today);
    }

    /** Who does it: its own owner, or the activity's responsible when it has none. */
    public String ownerOr(String responsible) {
        return owner.isEmpty() ? responsible : owner;
    }

    public Task withDone(boolean newDone) {
        return new Task(id, text, owner, due, newDone, extras);
    }

    public Task withText(String newText) {
        return new Task(id, newText, owner, due, done, extras);
    }

    public Task withOwner(String newOwner) {
        return new Task(id, text, newOwner, due, done, extras);
    }

    public Task withDue(LocalDate newDue) {
        return new Task(id, text, owner, newDue, done, extras);
    }

    public Task withId(String newId) {
        return new Task(newId, text, owner, due, done, extras);
    }

    /** The same task another year: undone and due as many days later as the plan moved. */
    public Task movedBy(long days) {
        return new Task(id, text, owner, due == null ? null : due.plusDays(days), false, extras);
    }
}
