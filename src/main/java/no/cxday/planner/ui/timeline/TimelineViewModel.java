package no.cxday.planner.ui.timeline;

import no.cxday.planner.model.TimelineLayout;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import no.cxday.planner.catalogue.Catalogue;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Evaluation;
import no.cxday.planner.model.Extras;
import no.cxday.planner.model.Idea;
import no.cxday.planner.model.Lane;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.PlanEdits;
import no.cxday.planner.model.TimeGrid;
import no.cxday.planner.ui.DialogService;

/**
 * The timeline's state (its layout, derived from the plan; the grid step; the selection) and
 * every change it makes, each one edit of the document.
 */
public final class TimelineViewModel implements TimelineActions {

    private final PlanDocument document;
    private final Catalogue catalogue;
    private final Messages messages;
    private final DialogService dialogs;
    private final StringProperty selectedId;
    private final ObjectProperty<Plan> preview;
    private final IntegerProperty gridStep = new SimpleIntegerProperty(this, "gridStep", TimeGrid.DEFAULT_STEP);
    private final ReadOnlyObjectWrapper<TimelineLayout> layout = new ReadOnlyObjectWrapper<>(this, "layout");

    /**
     * @param selectedId the selected activity's id, shared with the editor
     * @param preview    the plan a drag would give, shown by the gauge; null when nothing is dragged
     */
    public TimelineViewModel(PlanDocument document, Catalogue catalogue, Messages messages, DialogService dialogs,
            StringProperty selectedId, ObjectProperty<Plan> preview) {
        this.document = document;
        this.catalogue = catalogue;
        this.messages = messages;
        this.dialogs = dialogs;
        this.selectedId = selectedId;
        this.preview = preview;
        layout.set(TimelineLayout.of(document.plan()));
        document.planProperty().addListener((observable, before, plan) -> {
            layout.set(TimelineLayout.of(plan));
            if (selectedId.get() != null && plan.activity(selectedId.get()).isEmpty()) {
                selectedId.set(null);
            }
        });
    }

    public ReadOnlyObjectProperty<TimelineLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    public IntegerProperty gridStepProperty() {
        return gridStep;
    }

    public StringProperty selectedIdProperty() {
        return selectedId;
    }

    private TimeGrid grid() {
        return TimeGrid.of(document.plan(), gridStep.get());
    }

    private Optional<Activity> activity(String activityId) {
        return activityId == null ? Optional.empty() : document.plan().activity(activityId);
    }

    private void edit(String key, Activity activity, UnaryOperator<Plan> change) {
        document.apply(messages.format(key, activity.title()), change);
    }

    /** Minutes from the day start at which the activity ends on its start day. */
    private int endMinute(Activity activity) {
        TimeGrid grid = grid();
        return activity.end().toLocalDate().isAfter(activity.start().toLocalDate())
                ? grid.minuteOf(activity.start().toLocalDate().atTime(document.plan().dayEnd()))
                : grid.minuteOf(activity.end());
    }

    private Plan moved(Plan plan, Activity activity, String laneId, LocalDate day, double startMinute) {
        TimeGrid.Span span = grid().place(day, startMinute, activity.minutes());
        return PlanEdits.update(plan, activity.id(), a -> a.placed(laneId, span.start(), span.end()));
    }

    @Override
    public void select(String activityId) {
        selectedId.set(activityId);
    }

    @Override
    public void move(String activityId, String laneId, LocalDate day, double startMinute) {
        activity(activityId).ifPresent(a -> edit("edit.move", a, p -> moved(p, a, laneId, day, startMinute)));
    }

    @Override
    public void resizeStart(String activityId, double startMinute) {
        activity(activityId).ifPresent(a -> {
            TimeGrid.Span span = grid().resizeStart(a.start().toLocalDate(), startMinute, endMinute(a));
            edit("edit.resize", a, p -> PlanEdits.update(p, a.id(), x -> x.placed(x.laneId(), span.start(),
                    span.end())));
        });
    }

    @Override
    public void resizeEnd(String activityId, double endMinute) {
        activity(activityId).ifPresent(a -> {
            TimeGrid.Span span = grid().resizeEnd(a.start().toLocalDate(), grid().minuteOf(a.start()), endMinute);
            edit("edit.resize", a, p -> PlanEdits.update(p, a.id(), x -> x.placed(x.laneId(), span.start(),
                    span.end())));
        });
    }

    private Optional<Plan> withIdea(Plan plan, String ideaId, String laneId, LocalDate day, double startMinute) {
        return catalogue.find(ideaId, plan, messages.language()).map(idea -> {
            TimeGrid.Span span = grid().place(day, startMinute, idea.durationMinutes());
            return PlanEdits.add(plan, PlanEdits.fromIdea(idea, PlanEdits.newActivityId(plan), laneId, span));
        });
    }

    @Override
    public void dropIdea(String ideaId, String laneId, LocalDate day, double startMinute) {
        Plan plan = document.plan();
        withIdea(plan, ideaId, laneId, day, startMinute).ifPresent(next -> {
            Activity added = next.activities().get(next.activities().size() - 1);
            document.apply(messages.format("edit.add", added.title()), p -> next);
            selectedId.set(added.id());
        });
        preview.set(null);
    }

    /**
     * Adds an idea without the mouse: in the selected block's lane and day, or else the first lane on
     * the CX day, at the first time it fits; the new block is selected so the keys can move it.
     */
    public void addIdea(String ideaId) {
        Plan plan = document.plan();
        Optional<Activity> beside = activity(selectedId.get());
        String laneId = beside.map(Activity::laneId).orElse(plan.lanes().get(0).id());
        LocalDate day = beside.map(a -> a.start().toLocalDate()).orElse(plan.cxDay());
        List<TimeGrid.Span> taken = plan.activities().stream()
                .filter(a -> a.laneId().equals(laneId) && a.start().toLocalDate().equals(day))
                .map(a -> new TimeGrid.Span(a.start(), a.end())).toList();
        TimeGrid grid = grid();
        dropIdea(ideaId, laneId, day, grid.minuteOf(grid.firstFree(day, ideaMinutes(ideaId), taken).start()));
    }

    @Override
    public int ideaMinutes(String ideaId) {
        return catalogue.find(ideaId, document.plan(), messages.language()).map(Idea::durationMinutes)
                .orElse(gridStep.get());
    }

    @Override
    public void previewIdea(String ideaId, String laneId, LocalDate day, double startMinute) {
        preview.set(withIdea(document.plan(), ideaId, laneId, day, startMinute).orElse(null));
    }

    @Override
    public void previewPlacement(String activityId, String laneId, LocalDate day, double startMinute,
            double endMinute) {
        activity(activityId).ifPresent(a -> {
            TimeGrid.Span span = grid().place(day, startMinute, Math.round(endMinute - startMinute));
            preview.set(PlanEdits.update(document.plan(), a.id(), x -> x.placed(laneId, span.start(), span.end())));
        });
    }

    @Override
    public void clearPreview() {
        preview.set(null);
    }

    @Override
    public void nudge(String activityId, int steps) {
        activity(activityId).ifPresent(a -> edit("edit.move", a, p -> moved(p, a, a.laneId(),
                a.start().toLocalDate(), grid().minuteOf(a.start()) + steps * gridStep.get())));
    }

    @Override
    public void stretch(String activityId, int steps) {
        activity(activityId).ifPresent(a -> resizeEnd(a.id(), endMinute(a) + steps * gridStep.get()));
    }

    @Override
    public void toNeighbourLane(String activityId, int delta) {
        activity(activityId).ifPresent(a -> {
            List<Lane> lanes = document.plan().lanes();
            int to = PlanEdits.indexOfLane(document.plan(), a.laneId()) + delta;
            if (to >= 0 && to < lanes.size()) {
                edit("edit.move", a, p -> moved(p, a, lanes.get(to).id(), a.start().toLocalDate(),
                        grid().minuteOf(a.start())));
            }
        });
    }

    @Override
    public void toNeighbourDay(String activityId, int delta) {
        activity(activityId).ifPresent(a -> {
            LocalDate day = a.start().toLocalDate().plusDays(delta);
            Plan plan = document.plan();
            if (!day.isBefore(plan.firstDay()) && !day.isAfter(plan.lastDay())) {
                edit("edit.move", a, p -> moved(p, a, a.laneId(), day, grid().minuteOf(a.start())));
            }
        });
    }

    @Override
    public void remove(String activityId) {
        activity(activityId).ifPresent(a -> edit("edit.remove", a, p -> PlanEdits.remove(p, a.id())));
    }

    @Override
    public void duplicate(String activityId) {
        activity(activityId).ifPresent(a -> {
            Plan plan = document.plan();
            String copyId = PlanEdits.newActivityId(plan);
            Plan withCopy = PlanEdits.add(plan, a.withId(copyId));
            Activity copy = withCopy.activity(copyId).orElseThrow();
            Plan placed = moved(withCopy, copy, a.laneId(), a.start().toLocalDate(), endMinute(a));
            edit("edit.duplicate", a, p -> placed);
            selectedId.set(copyId);
        });
    }

    @Override
    public void rate(String activityId, Integer rating) {
        activity(activityId).ifPresent(a -> {
            Evaluation before = a.evaluation();
            Evaluation after = new Evaluation(rating != null, rating,
                    before == null || rating == null ? null : before.participants(),
                    before == null ? "" : before.notes(), before == null ? Extras.NONE : before.extras());
            edit("edit.rate", a, p -> PlanEdits.update(p, a.id(), x -> x.withEvaluation(after)));
        });
    }

    public List<Lane> lanes() {
        return document.plan().lanes();
    }

    public void addLane() {
        dialogs.askForText(messages.get("lane.ask.name"), "").ifPresent(name -> document.apply(
                messages.format("edit.addLane", name),
                p -> PlanEdits.addLane(p, new Lane(PlanEdits.newLaneId(p, name), name))));
    }

    public void renameLane(String laneId) {
        Lane lane = document.plan().lanes().get(PlanEdits.indexOfLane(document.plan(), laneId));
        dialogs.askForText(messages.get("lane.ask.rename"), lane.name()).ifPresent(name -> document.apply(
                messages.format("edit.renameLane", lane.name()), p -> PlanEdits.renameLane(p, laneId, name)));
    }

    public void moveLane(String laneId, int delta) {
        Lane lane = document.plan().lanes().get(PlanEdits.indexOfLane(document.plan(), laneId));
        document.apply(messages.format("edit.moveLane", lane.name()), p -> PlanEdits.moveLane(p, laneId, delta));
    }

    /** Removes a lane, asking first when activities would go with it; the last lane cannot go. */
    public void removeLane(String laneId) {
        Plan plan = document.plan();
        Lane lane = plan.lanes().get(PlanEdits.indexOfLane(plan, laneId));
        if (plan.lanes().size() == 1) {
            dialogs.showInfo(messages.get("lane.lastOne"));
            return;
        }
        long inLane = plan.activities().stream().filter(a -> a.laneId().equals(laneId)).count();
        if (inLane == 0 || dialogs.confirm(messages.format("lane.ask.remove", lane.name(), inLane))) {
            document.apply(messages.format("edit.removeLane", lane.name()), p -> PlanEdits.removeLane(p, laneId));
        }
    }
}
