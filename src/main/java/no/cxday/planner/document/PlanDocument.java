package no.cxday.planner.document;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.TaskIds;

/**
 * The open plan and the only way to change it. Every edit replaces the immutable plan and pushes
 * the one before on the undo stack, so undo, redo and the dirty flag need nothing else; every
 * view model observes {@link #planProperty()} and derives what it shows.
 */
public final class PlanDocument {

    private record Step(Plan before, String description) {
    }

    private final ReadOnlyObjectWrapper<Plan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyObjectWrapper<Plan> savedPlan = new ReadOnlyObjectWrapper<>(this, "savedPlan");
    private final ReadOnlyStringWrapper undoDescription = new ReadOnlyStringWrapper(this, "undoDescription");
    private final ReadOnlyStringWrapper redoDescription = new ReadOnlyStringWrapper(this, "redoDescription");
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();

    public PlanDocument(Plan initial) {
        plan.set(Objects.requireNonNull(initial));
        savedPlan.set(initial);
        BooleanBinding changed = Bindings.createBooleanBinding(() -> plan.get() != savedPlan.get(), plan, savedPlan);
        dirty.bind(changed);
    }

    public Plan plan() {
        return plan.get();
    }

    public ReadOnlyObjectProperty<Plan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** The file the plan was opened from or last saved to; null for a plan never saved. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    public Path file() {
        return file.get();
    }

    /** True while the plan differs from the one last opened or saved. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** What undo would take back ("flytt «Kake og kaffe»"), or null when there is nothing. */
    public ReadOnlyStringProperty undoDescriptionProperty() {
        return undoDescription.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoDescriptionProperty() {
        return redoDescription.getReadOnlyProperty();
    }

    /**
     * Applies one edit. An edit that gives an equal plan changes nothing and is not recorded; nor
     * does any edit of a plan a newer version wrote, which is only read (it could not be saved, and
     * would lose what that version knows).
     *
     * @param description what the edit does, as the Edit menu names it
     */
    public void apply(String description, UnaryOperator<Plan> edit) {
        Plan before = plan.get();
        if (before.isFromNewerVersion()) {
            return;
        }
        Plan after = Objects.requireNonNull(edit.apply(before));
        if (after.equals(before)) {
            return;
        }
        undo.push(new Step(before, description));
        redo.clear();
        plan.set(after);
        updateDescriptions();
    }

    public void undo() {
        move(undo, redo);
    }

    public void redo() {
        move(redo, undo);
    }

    private void move(Deque<Step> from, Deque<Step> to) {
        if (from.isEmpty()) {
            return;
        }
        Step step = from.pop();
        to.push(new Step(plan.get(), step.description()));
        plan.set(step.before());
        updateDescriptions();
    }

    /** Replaces the whole document with a plan just opened or created; history starts afresh. */
    public void replace(Plan opened, Path openedFrom) {
        undo.clear();
        redo.clear();
        plan.set(Objects.requireNonNull(opened));
        savedPlan.set(opened);
        file.set(openedFrom);
        updateDescriptions();
    }

    /**
     * Replaces the whole document with a plan the program made from the user's work (carried over
     * from last year's), which no file holds yet: it is unsaved until it is saved, so closing asks
     * about it and autosave keeps a copy.
     */
    public void replaceUnsaved(Plan made) {
        replace(made, null);
        savedPlan.set(null);
    }

    /**
     * Records that {@code saved} is now what {@code savedTo} holds. It is the current plan, or the
     * current plan with what saving added (ids for new tasks), which then becomes the current plan
     * without an undo step, so that the next save keeps those ids.
     */
    public void markSaved(Path savedTo, Plan saved) {
        if (!saved.equals(plan.get())) {
            plan.set(saved);
        }
        savedPlan.set(plan.get());
        file.set(savedTo);
    }

    /**
     * Gives every task without an id its id now, as saving would, without an undo step: an export
     * that names tasks by id (the calendar's UIDs) must find the same ids in the file saved later.
     *
     * @return the plan, every task with an id
     */
    public Plan giveTaskIds() {
        if (plan.get().isFromNewerVersion()) {
            return plan.get();
        }
        Plan given = TaskIds.given(plan.get());
        if (given != plan.get()) {
            plan.set(given);
        }
        return given;
    }

    private void updateDescriptions() {
        undoDescription.set(undo.isEmpty() ? null : undo.peek().description());
        redoDescription.set(redo.isEmpty() ? null : redo.peek().description());
    }
}
