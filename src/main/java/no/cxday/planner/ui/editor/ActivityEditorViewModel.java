package no.cxday.planner.ui.editor;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Subscription;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.DateTimeText;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Evaluation;
import no.cxday.planner.model.Lane;
import no.cxday.planner.model.Pillars;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.PlanEdits;
import no.cxday.planner.model.PlanRules;
import no.cxday.planner.model.Problem;
import no.cxday.planner.model.Task;
import no.cxday.planner.model.TimeGrid;
import no.cxday.planner.ui.TypedValue;

/**
 * The editor of the selected activity. Its fields follow the plan; a field the coordinator
 * commits becomes one edit, and a value that breaks a rule is shown at its field and never
 * reaches the plan. Selecting another activity first commits what was typed; what cannot be
 * committed is then said in a notice, not dropped without a word.
 */
public final class ActivityEditorViewModel {

    private final PlanDocument document;
    private final StringProperty selectedId;
    private final Messages messages;
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final ObjectProperty<Lane> lane = new SimpleObjectProperty<>(this, "lane");
    private final ObjectProperty<LocalDate> day = new SimpleObjectProperty<>(this, "day");
    private final StringProperty start = new SimpleStringProperty(this, "start", "");
    private final StringProperty end = new SimpleStringProperty(this, "end", "");
    private final IntegerProperty anerkjennelse = new SimpleIntegerProperty(this, "anerkjennelse");
    private final IntegerProperty laering = new SimpleIntegerProperty(this, "laering");
    private final IntegerProperty engasjement = new SimpleIntegerProperty(this, "engasjement");
    private final StringProperty responsible = new SimpleStringProperty(this, "responsible", "");
    private final StringProperty location = new SimpleStringProperty(this, "location", "");
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final EvaluationFields evaluation;
    private final CostFields costs;
    private final ObservableList<Task> tasks = FXCollections.observableArrayList();
    private final ObservableList<Lane> lanes = FXCollections.observableArrayList();
    private final ObservableList<LocalDate> days = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper titleError = new ReadOnlyStringWrapper(this, "titleError", "");
    private final ReadOnlyStringWrapper timeError = new ReadOnlyStringWrapper(this, "timeError", "");
    private final StringProperty newTask = new SimpleStringProperty(this, "newTask", "");
    private final StringProperty newTaskDue = new SimpleStringProperty(this, "newTaskDue", "");
    private final ReadOnlyStringWrapper taskError = new ReadOnlyStringWrapper(this, "taskError", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final ReadOnlyObjectWrapper<LocalDate> cxDay = new ReadOnlyObjectWrapper<>(this, "cxDay");
    private final ReadOnlyStringWrapper currency = new ReadOnlyStringWrapper(this, "currency", "");
    private final BooleanBinding editing;
    private final Subscription subscription;
    private boolean loading;
    /** The activity the fields were filled from: a commit writes to it and to no other. */
    private String loadedId;

    public ActivityEditorViewModel(PlanDocument document, StringProperty selectedId, Messages messages) {
        this.document = document;
        this.selectedId = selectedId;
        this.messages = messages;
        this.evaluation = new EvaluationFields(messages);
        this.costs = new CostFields(messages);
        editing = Bindings.createBooleanBinding(() -> activity(selectedId.get()).isPresent(), selectedId,
                document.planProperty());
        subscription = Subscription.combine(
                selectedId.subscribe((before, now) -> {
                    commitBeforeLeaving();
                    load();
                }),
                document.planProperty().subscribe((before, now) -> load()));
        load();
    }

    /** Stops following the selection and the plan: the window that showed this editor is gone. */
    public void close() {
        subscription.unsubscribe();
    }

    private Optional<Activity> activity(String id) {
        return id == null ? Optional.empty() : document.plan().activity(id);
    }

    /**
     * Commits the fields to the activity they came from before another is loaded, so that a
     * selection change never loses them; what cannot be committed is named in the notice.
     */
    private void commitBeforeLeaving() {
        notice.set("");
        Optional<Activity> leaving = activity(loadedId);
        if (leaving.isPresent() && !commit()) {
            firstError().ifPresent(why -> notice.set(messages.format("editor.notSaved", leaving.get().title(), why)));
        }
    }

    /** Why the fields could not be committed: the first field's message. */
    private Optional<String> firstError() {
        return Stream.of(titleError.get(), timeError.get(), evaluation.participantsErrorProperty().get(),
                costs.firstError().orElse("")).filter(error -> !error.isEmpty()).findFirst();
    }

    /** Fills the fields from the selected activity as the plan now has it. */
    private void load() {
        Plan plan = document.plan();
        loading = true;
        if (!lanes.equals(plan.lanes())) {
            lanes.setAll(plan.lanes());
        }
        if (!days.equals(plan.days())) {
            days.setAll(plan.days());
        }
        cxDay.set(plan.cxDay());
        currency.set(plan.currency());
        titleError.set("");
        timeError.set("");
        if (!Objects.equals(selectedId.get(), loadedId)) {
            newTask.set("");
            newTaskDue.set("");
            taskError.set("");
        }
        loadedId = selectedId.get();
        activity(loadedId).ifPresent(a -> {
            title.set(a.title());
            lane.set(plan.lanes().get(PlanEdits.indexOfLane(plan, a.laneId())));
            day.set(a.start().toLocalDate());
            start.set(DateTimeText.clock(a.start().toLocalTime()));
            end.set(DateTimeText.clock(a.end().toLocalTime()));
            anerkjennelse.set(a.pillars().anerkjennelse());
            laering.set(a.pillars().laering());
            engasjement.set(a.pillars().engasjement());
            responsible.set(a.responsible());
            location.set(a.location());
            notes.set(a.notes());
            tasks.setAll(a.tasks());
            evaluation.load(a.evaluation());
            costs.load(a);
        });
        loading = false;
    }

    public BooleanBinding editingProperty() {
        return editing;
    }

    /**
     * Writes every field to the plan as one edit, or shows why it cannot: a blank title or a time
     * that is not a time, or an end not after the start, stays at its field.
     *
     * @return true when the plan now holds the fields
     */
    public boolean commit() {
        Optional<Activity> current = activity(loadedId);
        if (current.isEmpty() || loading || lane.get() == null || day.get() == null) {
            return false;
        }
        Activity activity = current.get();
        titleError.set(title.get().isBlank() ? messages.get("editor.error.title") : "");
        Optional<TimeGrid.Span> times = times(activity);
        Optional<Evaluation> evaluated = evaluation.read(activity.evaluation());
        Optional<Activity> costed = costs.read(activity);
        if (!titleError.get().isEmpty() || times.isEmpty() || !evaluation.isRead() || costed.isEmpty()) {
            return false;
        }
        Pillars pillars = new Pillars(anerkjennelse.get(), laering.get(), engasjement.get(),
                activity.pillars().extras());
        Activity edited = activity.withDetails(title.get().strip(), pillars, responsible.get(), location.get(),
                notes.get(), List.copyOf(tasks)).placed(lane.get().id(), times.get().start(), times.get().end())
                .withEvaluation(evaluated.orElse(null))
                .withCosts(costed.get().expectedParticipants(), costed.get().cost());
        notice.set("");
        if (!edited.equals(activity)) {
            document.apply(messages.format("edit.change", activity.title()),
                    p -> PlanEdits.update(p, activity.id(), a -> edited));
        }
        return true;
    }


    /** The times the fields give: the activity's own, to the second, while the fields still show them. */
    private Optional<TimeGrid.Span> times(Activity activity) {
        if (day.get().equals(activity.start().toLocalDate())
                && start.get().equals(DateTimeText.clock(activity.start()))
                && end.get().equals(DateTimeText.clock(activity.end()))) {
            timeError.set("");
            return Optional.of(activity.span());
        }
        TypedValue<LocalTime> startTime = TypedValue.time(start.get(), messages);
        TypedValue<LocalTime> endTime = TypedValue.time(end.get(), messages);
        timeError.set(startTime.isRead() ? endTime.problem() : startTime.problem());
        if (!timeError.get().isEmpty()) {
            return Optional.empty();
        }
        LocalDateTime from = day.get().atTime(startTime.value());
        LocalDateTime to = day.get().atTime(endTime.value());
        if (activity.span().endsOnALaterDay() && !to.isAfter(from)) {
            to = to.plusDays(1);
        }
        Plan plan = document.plan();
        Problem problem = PlanRules.timeProblem("", from, to, plan.firstDay().atStartOfDay(),
                plan.lastDay().plusDays(1).atStartOfDay());
        if (problem != null) {
            timeError.set(messages.sentence(problem));
            return Optional.empty();
        }
        return Optional.of(new TimeGrid.Span(from, to));
    }

    /**
     * Changes the checklist and commits it with the other fields; when they cannot be committed
     * the list stays as the plan has it and the task field says why.
     *
     * @return true when the plan now holds the change
     */
    private boolean changeTasks(UnaryOperator<List<Task>> change) {
        List<Task> before = List.copyOf(tasks);
        tasks.setAll(change.apply(new ArrayList<>(tasks)));
        if (commit()) {
            return true;
        }
        tasks.setAll(before);
        firstError().ifPresent(why -> taskError.set(messages.format("editor.taskNotSaved", why)));
        return false;
    }

    /**
     * Adds the task the new-task fields describe, and empties them; a due date that cannot be read
     * stays in its field with a sentence, and nothing is added.
     */
    public void addTask() {
        TypedValue<LocalDate> due = TypedValue.optionalDate(newTaskDue.get(), messages);
        boolean textMissing = newTask.get().isBlank() && !newTaskDue.get().isBlank();
        taskError.set(!due.isRead() ? due.problem() : textMissing ? messages.get("editor.error.taskText") : "");
        if (newTask.get().isBlank() || !due.isRead()) {
            return;
        }
        String text = newTask.get().strip();
        boolean added = changeTasks(list -> {
            list.add(Task.of(text, due.value()));
            return list;
        });
        if (added) {
            newTask.set("");
            newTaskDue.set("");
        }
    }

    public void setTaskDone(int index, boolean done) {
        changeTasks(list -> {
            list.set(index, list.get(index).withDone(done));
            return list;
        });
    }

    public void removeTask(int index) {
        changeTasks(list -> {
            list.remove(index);
            return list;
        });
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<Lane> laneProperty() {
        return lane;
    }

    public ObjectProperty<LocalDate> dayProperty() {
        return day;
    }

    public StringProperty startProperty() {
        return start;
    }

    public StringProperty endProperty() {
        return end;
    }

    public IntegerProperty anerkjennelseProperty() {
        return anerkjennelse;
    }

    public IntegerProperty laeringProperty() {
        return laering;
    }

    public IntegerProperty engasjementProperty() {
        return engasjement;
    }

    public StringProperty responsibleProperty() {
        return responsible;
    }

    public StringProperty locationProperty() {
        return location;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public ObservableList<Task> tasks() {
        return tasks;
    }

    public ObservableList<Lane> lanes() {
        return lanes;
    }

    public ObservableList<LocalDate> days() {
        return days;
    }

    /** The review fields of the activity: held, rating, participants, notes. */
    public EvaluationFields evaluation() {
        return evaluation;
    }

    /** The head count expected and the planned and actual cost of the activity. */
    public CostFields costs() {
        return costs;
    }

    public ReadOnlyStringProperty titleErrorProperty() {
        return titleError.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty timeErrorProperty() {
        return timeError.getReadOnlyProperty();
    }

    /** The text of the task to add. */
    public StringProperty newTaskProperty() {
        return newTask;
    }

    /** The due date of the task to add, as typed; blank for none. */
    public StringProperty newTaskDueProperty() {
        return newTaskDue;
    }

    public ReadOnlyStringProperty taskErrorProperty() {
        return taskError.getReadOnlyProperty();
    }

    /** What was typed for the activity selected before and could not be kept; empty when nothing was lost. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** The currency the plan counts its costs in. */
    public ReadOnlyStringProperty currencyProperty() {
        return currency.getReadOnlyProperty();
    }

    /** The plan's CX day, where a date picker opens when it has no date. */
    public ReadOnlyObjectProperty<LocalDate> cxDayProperty() {
        return cxDay.getReadOnlyProperty();
    }
}
