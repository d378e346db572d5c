package no.cxday.planner.document;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
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
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.Task;
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
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(this, "readOnly");
    private final Deque<Step> undo = new ArrayDeque<>();
    private final Deque<Step> redo = new ArrayDeque<>();

    public PlanDocument(Plan initial) {
        plan.set(Objects.requireNonNull(initial));
        savedPlan.set(initial);
        readOnly.set(initial.isFromNewerVersion());
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

    /** The plan as it was last opened or saved, which the file holds; null for one the program made and no file holds. */
    public Plan savedPlan() {
        return savedPlan.get();
    }

    /**
     * True while the document takes no edit: the plan was written by a newer version (saving it
     * would lose what that version knows), or it was opened only to be read (someone else has it open).
     */
    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    public boolean isReadOnly() {
        return readOnly.get();
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
     * does any edit of a {@linkplain #isReadOnly() read-only} document.
     *
     * @param description what the edit does, as the Edit menu names it
     */
    public void apply(String description, UnaryOperator<Plan> edit) {
        Plan before = plan.get();
        if (readOnly.get()) {
            return;
        }
        Plan after = Objects.requireNonNull(edit.apply(before));
        if (after.equals(before)) {
            return;
        }
        push(description, after);
    }

    private void push(String description, Plan after) {
        undo.push(new Step(plan.get(), description));
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
        replace(opened, openedFrom, false);
    }

    /**
     * Replaces the whole document with a plan just opened, to be only read when {@code onlyRead}
     * (or when a newer version wrote it); history starts afresh.
     */
    public void replace(Plan opened, Path openedFrom, boolean onlyRead) {
        undo.clear();
        redo.clear();
        readOnly.set(onlyRead || opened.isFromNewerVersion());
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
            adoptTaskIds(saved);
        }
        savedPlan.set(plan.get());
        file.set(savedTo);
    }

    /**
     * Takes in the file as another program saved it: the file now holds {@code onDisk}, so the plan
     * is unsaved exactly while it differs from that, and {@code merged} (that plan and the one here
     * merged) becomes the plan as one edit, which undo takes back to the plan as it was here.
     */
    public void takeIn(Plan onDisk, String description, Plan merged) {
        if (readOnly.get()) {
            return;
        }
        Plan after = merged.equals(onDisk) ? onDisk : merged;
        savedPlan.set(onDisk);
        if (!after.equals(plan.get())) {
            push(description, after);
        } else if (after == onDisk) {
            plan.set(onDisk);
        }
    }

    /**
     * Gives every task without an id its id now, as saving would, without an undo step: an export
     * that names tasks by id (the calendar's UIDs) must find the same ids in the file saved later.
     *
     * @return the plan, every task with an id
     */
    public Plan giveTaskIds() {
        if (readOnly.get()) {
            return plan.get();
        }
        Plan given = TaskIds.given(plan.get());
        if (given != plan.get()) {
            adoptTaskIds(given);
        }
        return given;
    }

    /**
     * Makes {@code given}, the plan with ids for the tasks that had none, the plan without an undo
     * step, and gives the same tasks the same ids in the plans undo and redo would bring back: a
     * task keeps its id whatever is undone, so a calendar imported before never gets it twice.
     */
    private void adoptTaskIds(Plan given) {
        Map<Task, String> ids = new IdentityHashMap<>();
        List<Activity> before = plan.get().activities();
        for (int a = 0; a < before.size() && a < given.activities().size(); a++) {
            List<Task> was = before.get(a).tasks();
            List<Task> now = given.activities().get(a).tasks();
            for (int t = 0; t < was.size() && t < now.size(); t++) {
                if (was.get(t).id() == null && now.get(t).id() != null) {
                    ids.put(was.get(t), now.get(t).id());
                }
            }
        }
        plan.set(given);
        for (Deque<Step> steps : List.of(undo, redo)) {
            List<Step> kept = steps.stream().map(step -> new Step(withIds(step.before(), ids), step.description()))
                    .toList();
            steps.clear();
            steps.addAll(kept);
        }
    }

    private static Plan withIds(Plan plan, Map<Task, String> ids) {
        boolean changed = false;
        List<Activity> activities = new ArrayList<>(plan.activities().size());
        for (Activity activity : plan.activities()) {
            List<Task> tasks = activity.tasks().stream().map(t -> ids.containsKey(t) ? t.withId(ids.get(t)) : t).toList();
            boolean same = tasks.equals(activity.tasks());
            changed |= !same;
            activities.add(same ? activity : activity.withTasks(tasks));
        }
        return changed ? plan.withActivities(activities) : plan;
    }

    private void updateDescriptions() {
        undoDescription.set(undo.isEmpty() ? null : undo.peek().description());
        redoDescription.set(redo.isEmpty() ? null : redo.peek().description());
    }
}
