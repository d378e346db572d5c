package no.cxday.planner.ui.preparation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Subscription;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.PlanEdits;
import no.cxday.planner.model.Preparation;
import no.cxday.planner.model.Task;
import no.cxday.planner.ui.TypedValue;

/**
 * Every task of the plan in one list, sorted and filtered as chosen, with the line that counts
 * them; each change to a task is one edit of the document.
 */
public final class PreparationViewModel {

    /** The order of the list, with the bundle key of its name. */
    public enum Sort {
        DUE("prep.sort.due"), OWNER("prep.sort.owner");

        public final String key;

        Sort(String key) {
            this.key = key;
        }
    }

    /** Which tasks the list shows by their state, with the bundle key of its name. */
    public enum State {
        ALL("prep.state.all"), OPEN("prep.state.open"), OVERDUE("prep.state.overdue"), DONE("prep.state.done");

        public final String key;

        State(String key) {
            this.key = key;
        }
    }

    /** One line of the list, as it is shown. */
    public record Row(Preparation.Item item, String text, String activity, String owner, String due,
            boolean done, boolean overdue) {
    }

    private final PlanDocument document;
    private final Messages messages;
    private final Supplier<LocalDate> today;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<String> owners = FXCollections.observableArrayList();
    private final ObservableList<String> activities = FXCollections.observableArrayList();
    private final ObjectProperty<Sort> sort = new SimpleObjectProperty<>(this, "sort", Sort.DUE);
    private final ObjectProperty<String> owner = new SimpleObjectProperty<>(this, "owner");
    private final ObjectProperty<String> activity = new SimpleObjectProperty<>(this, "activity");
    private final ObjectProperty<State> state = new SimpleObjectProperty<>(this, "state", State.ALL);
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final BooleanProperty shown = new SimpleBooleanProperty(this, "shown", true);
    private final Subscription subscription;
    /** Each activity's rows, as made for the plan and the day the list was last made for. */
    private final Map<Activity, Row[]> rowCache = new IdentityHashMap<>();
    private Plan rowsOf;
    private LocalDate rowsOn;
    private List<Row> byDue = List.of();
    private List<Row> byOwner;
    private boolean stale;

    public PreparationViewModel(PlanDocument document, Messages messages, Supplier<LocalDate> today) {
        this.document = document;
        this.messages = messages;
        this.today = today;
        subscription = Subscription.combine(document.planProperty().subscribe((before, now) -> refresh()),
                sort.subscribe((before, now) -> refresh()), owner.subscribe((before, now) -> refresh()),
                activity.subscribe((before, now) -> refresh()), state.subscribe((before, now) -> refresh()),
                shown.subscribe((before, now) -> {
                    if (now && stale) {
                        refresh();
                    }
                }));
        refresh();
    }

    /** Stops following the plan: the window that showed this list is gone. */
    public void close() {
        subscription.unsubscribe();
    }

    /**
     * Shows the list as the plan now has it. While the list is hidden this only notes that it is
     * out of date, so that an edit on the timeline of a large plan does not pay for it; each task's
     * row is made once for each version of its activity.
     */
    private void refresh() {
        if (!shown.get()) {
            stale = true;
            return;
        }
        stale = false;
        Plan plan = document.plan();
        LocalDate now = today.get();
        if (plan != rowsOf || !now.equals(rowsOn)) {
            makeRows(plan, now);
        }
        String chosen = activity.get();
        String wanted = owner.get();
        List<Row> base = sort.get() == Sort.OWNER ? byOwner() : byDue;
        rows.setAll(base.stream()
                .filter(r -> wanted == null || r.owner().equalsIgnoreCase(wanted))
                .filter(r -> chosen == null || r.item().activity().id().equals(chosen))
                .filter(r -> shows(r.item(), now)).toList());
    }

    private void makeRows(Plan plan, LocalDate now) {
        if (!now.equals(rowsOn)) {
            rowCache.clear();
        }
        Map<Activity, Row[]> kept = new IdentityHashMap<>();
        Preparation all = Preparation.of(plan);
        List<Row> made = new ArrayList<>(all.total());
        for (Preparation.Item item : all.items()) {
            Row[] ofActivity = kept.computeIfAbsent(item.activity(),
                    a -> rowCache.getOrDefault(a, new Row[a.tasks().size()]));
            if (ofActivity[item.index()] == null) {
                ofActivity[item.index()] = row(item, now);
            }
            made.add(ofActivity[item.index()]);
        }
        rowCache.clear();
        rowCache.putAll(kept);
        byDue = made;
        byOwner = null;
        rowsOf = plan;
        rowsOn = now;
        List<String> names = made.stream().map(Row::owner).filter(n -> !n.isBlank())
                .distinct().sorted(String.CASE_INSENSITIVE_ORDER).toList();
        if (!owners.equals(names)) {
            owners.setAll(names);
        }
        List<String> ids = plan.activities().stream().map(Activity::id).toList();
        if (!activities.equals(ids)) {
            activities.setAll(ids);
        }
        summary.set(all.total() == 0 ? messages.get("prep.summary.none")
                : messages.format("prep.summary", all.done(), all.total(), all.overdue(now)));
    }

    /** The rows by owner, in due order within each owner; sorted once for each version of the plan. */
    private List<Row> byOwner() {
        if (byOwner == null) {
            byOwner = byDue.stream().sorted(Comparator.comparing(Row::owner, String.CASE_INSENSITIVE_ORDER)).toList();
        }
        return byOwner;
    }

    private boolean shows(Preparation.Item item, LocalDate now) {
        return switch (state.get()) {
            case ALL -> true;
            case OPEN -> !item.task().done();
            case OVERDUE -> item.isOverdue(now);
            case DONE -> item.task().done();
        };
    }

    private Row row(Preparation.Item item, LocalDate now) {
        Task task = item.task();
        return new Row(item, task.text(), activityName(item.activity()), item.owner(),
                task.due() == null ? "" : messages.dates().date(task.due()), task.done(), item.isOverdue(now));
    }

    /** "Kake og kaffe (tirsdag 6. oktober)"; empty for an activity the plan no longer has. */
    public String activityName(String id) {
        return id == null ? "" : document.plan().activity(id).map(this::activityName).orElse("");
    }

    private String activityName(Activity a) {
        return messages.format("prep.activity", a.title(), messages.dates().day(a.start()));
    }

    public void setDone(Row row, boolean done) {
        change(row, done ? "edit.taskDone" : "edit.taskUndone", t -> t.withDone(done));
    }

    /** Gives the task new words; blank words are refused with a sentence. */
    public boolean editText(Row row, String text) {
        if (text.isBlank()) {
            error.set(messages.get("editor.error.taskText"));
            return false;
        }
        return change(row, "edit.taskText", t -> t.withText(text.strip()));
    }

    /** Gives the task an owner of its own; blank leaves it to the activity's responsible. */
    public boolean editOwner(Row row, String name) {
        return change(row, "edit.taskOwner", t -> t.withOwner(name.strip()));
    }

    /** Sets the due date typed in the program's language; blank for none, unreadable refused. */
    public boolean editDue(Row row, String typed) {
        TypedValue<LocalDate> due = TypedValue.optionalDate(typed, messages);
        if (!due.isRead()) {
            error.set(due.problem());
            return false;
        }
        return change(row, "edit.taskDue", t -> t.withDue(due.value()));
    }

    /** Adds a task to {@code to}; no activity, no words or a due date that cannot be read are refused. */
    public boolean addTask(String activityId, String text, String typedDue) {
        TypedValue<LocalDate> due = TypedValue.optionalDate(typedDue, messages);
        String problem = activityId == null ? messages.get("prep.error.activity")
                : text.isBlank() ? messages.get("editor.error.taskText") : due.problem();
        error.set(problem);
        if (!problem.isEmpty()) {
            return false;
        }
        Task task = Task.of(text.strip(), due.value());
        document.apply(messages.format("edit.addTask", task.text()), p -> PlanEdits.update(p, activityId,
                a -> a.withTasks(with(a.tasks(), list -> list.add(task)))));
        return true;
    }

    public void remove(Row row) {
        error.set("");
        Preparation.Item item = row.item();
        document.apply(messages.format("edit.removeTask", item.task().text()), p -> PlanEdits.update(p,
                item.activity().id(), a -> a.withTasks(with(a.tasks(), list -> list.remove(item.index())))));
    }

    private boolean change(Row row, String description, UnaryOperator<Task> edit) {
        error.set("");
        Preparation.Item item = row.item();
        Task changed = edit.apply(item.task());
        if (!changed.equals(item.task())) {
            document.apply(messages.format(description, item.task().text()), p -> PlanEdits.update(p,
                    item.activity().id(), a -> a.withTasks(with(a.tasks(), list -> list.set(item.index(), changed)))));
        }
        return true;
    }

    private static List<Task> with(List<Task> tasks, Consumer<List<Task>> change) {
        List<Task> copy = new ArrayList<>(tasks);
        change.accept(copy);
        return copy;
    }

    /** Whether the list is on screen; while it is not, it is brought up to date only when it is again. */
    public BooleanProperty shownProperty() {
        return shown;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** Everyone who does a task, after the fall-back to the responsible. */
    public ObservableList<String> owners() {
        return owners;
    }

    /** The ids of the plan's activities, in the plan's order. */
    public ObservableList<String> activities() {
        return activities;
    }

    public ObjectProperty<Sort> sortProperty() {
        return sort;
    }

    /** Only the tasks this person does; null for everyone's. */
    public ObjectProperty<String> ownerProperty() {
        return owner;
    }

    /** Only the tasks of the activity with this id; null for all. */
    public ObjectProperty<String> activityProperty() {
        return activity;
    }

    public ObjectProperty<State> stateProperty() {
        return state;
    }

    /** "7 av 12 gjort, 2 forsinket". */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Why the last change was refused; empty when it was not. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
