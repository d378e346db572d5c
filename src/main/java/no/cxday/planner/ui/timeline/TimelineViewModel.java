package no.cxday.planner.ui.timeline;

import no.cxday.planner.model.TimelineLayout;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.util.Subscription;
import no.cxday.planner.catalogue.Catalogue;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Evaluation;
import no.cxday.planner.model.Idea;
import no.cxday.planner.model.Lane;
import no.cxday.planner.model.Placement;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.PlanEdits;
import no.cxday.planner.model.TimeGrid;
import no.cxday.planner.ui.DialogService;
import no.cxday.planner.ui.WindowState;

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
    private final ObjectProperty<Placement> placement;
    private final ObjectBinding<Plan> preview;
    private final ObjectProperty<Integer> gridStep;
    private final ObjectProperty<LocalDate> dayShown;
    private final ReadOnlyObjectWrapper<TimelineLayout> layout = new ReadOnlyObjectWrapper<>(this, "layout");

    private final Subscription subscription;

    /** @param state the window's selection, grid step, placement and day shown, which this view model works on */
    public TimelineViewModel(PlanDocument document, Catalogue catalogue, Messages messages, DialogService dialogs,
            WindowState state) {
        this.document = document;
        this.catalogue = catalogue;
        this.messages = messages;
        this.dialogs = dialogs;
        this.selectedId = state.selectedActivityIdProperty();
        this.placement = state.placementProperty();
        this.gridStep = state.gridStepProperty();
        this.dayShown = state.dayShownProperty();
        this.preview = Bindings.createObjectBinding(() -> placement.get() == null ? null
                : placed(document.plan(), placement.get()).orElse(null), placement, document.planProperty());
        layout.set(TimelineLayout.of(document.plan()));
        subscription = document.planProperty().subscribe((before, plan) -> {
            layout.set(TimelineLayout.of(plan));
            if (selectedId.get() != null && plan.activity(selectedId.get()).isEmpty()) {
                selectedId.set(null);
            }
            if (dayShown.get() != null) {
                dayShown.set(TimelineDaysViewModel.nearestDay(plan, dayShown.get()));
            }
        });
    }

    /** Stops following the plan: the window that showed this timeline was built anew or closed. */
    public void close() {
        subscription.unsubscribe();
    }

    public ReadOnlyObjectProperty<TimelineLayout> layoutProperty() {
        return layout.getReadOnlyProperty();
    }

    public ObjectProperty<Integer> gridStepProperty() {
        return gridStep;
    }

    public StringProperty selectedIdProperty() {
        return selectedId;
    }

    /** Where the block or idea being dragged would land; null when nothing is dragged. */
    public ObjectProperty<Placement> placementProperty() {
        return placement;
    }

    /** The plan the placement would give, which the gauge shows; null when nothing is dragged. */
    public ObjectBinding<Plan> previewProperty() {
        return preview;
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

    private Plan moved(Plan plan, Activity activity, String laneId, LocalDate day, double startMinute) {
        TimeGrid.Span span = grid().moved(activity, day, startMinute);
        return PlanEdits.update(plan, activity.id(), a -> a.placed(laneId, span.start(), span.end()));
    }

    /** The plan with the placement made: the activity moved or resized, or the idea added; empty for an unknown id. */
    private Optional<Plan> placed(Plan plan, Placement placement) {
        TimeGrid.Span span = placement.span();
        if (placement.ideaId() != null) {
            return catalogue.find(placement.ideaId(), plan, messages.language()).map(idea -> PlanEdits.add(plan,
                    PlanEdits.fromIdea(idea, PlanEdits.newActivityId(plan), placement.laneId(), span)));
        }
        return plan.activity(placement.activityId()).map(a -> PlanEdits.update(plan, a.id(),
                x -> x.placed(placement.laneId(), span.start(), span.end())));
    }

    @Override
    public boolean commit(Placement placement) {
        this.placement.set(null);
        Plan plan = document.plan();
        Optional<Plan> placed = placed(plan, placement);
        placed.ifPresent(next -> {
            if (placement.ideaId() != null) {
                Activity added = next.activities().get(next.activities().size() - 1);
                document.apply(messages.format("edit.add", added.title()), p -> next);
                selectedId.set(added.id());
            } else {
                Activity activity = plan.activity(placement.activityId()).orElseThrow();
                boolean sameLength = activity.minutes() == placement.span().minutes();
                edit(sameLength ? "edit.move" : "edit.resize", activity, p -> next);
            }
        });
        return placed.isPresent();
    }

    /**
     * Adds an idea without the mouse: in the selected block's lane and day, or else the first lane on
     * the day shown alone or the CX day, at the first time it fits; the new block is selected so the
     * keys can move it.
     */
    public void addIdea(String ideaId) {
        Plan plan = document.plan();
        Optional<Activity> beside = activity(selectedId.get());
        String laneId = beside.map(Activity::laneId).orElse(plan.lanes().get(0).id());
        LocalDate day = beside.map(a -> a.start().toLocalDate())
                .orElse(dayShown.get() != null ? dayShown.get() : plan.cxDay());
        List<TimeGrid.Span> taken = plan.activities().stream()
                .filter(a -> a.laneId().equals(laneId) && a.start().toLocalDate().equals(day))
                .map(Activity::span).toList();
        int minutes = catalogue.find(ideaId, plan, messages.language()).map(Idea::durationMinutes)
                .orElse(gridStep.get());
        commit(Placement.ofIdea(ideaId, laneId, grid().firstFree(day, minutes, taken)));
    }

    @Override
    public void nudge(String activityId, int steps) {
        activity(activityId).ifPresent(a -> edit("edit.move", a, p -> moved(p, a, a.laneId(),
                a.start().toLocalDate(), grid().minuteOf(a.start()) + steps * gridStep.get())));
    }

    @Override
    public void stretch(String activityId, int steps) {
        activity(activityId).ifPresent(a -> commit(Placement.ofActivity(a.id(), a.laneId(),
                grid().resizedAtEnd(a, grid().endMinuteOf(a) + steps * gridStep.get()))));
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

    /** Moves the activity a day; while one day is shown alone, the day it went to is shown. */
    @Override
    public void toNeighbourDay(String activityId, int delta) {
        activity(activityId).ifPresent(a -> {
            LocalDate day = a.start().toLocalDate().plusDays(delta);
            Plan plan = document.plan();
            if (!day.isBefore(plan.firstDay()) && !day.isAfter(plan.lastDay())) {
                edit("edit.move", a, p -> moved(p, a, a.laneId(), day, grid().minuteOf(a.start())));
                if (dayShown.get() != null) {
                    dayShown.set(day);
                }
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
            Plan withCopy = PlanEdits.add(plan, a.copiedAs(copyId));
            Activity copy = withCopy.activity(copyId).orElseThrow();
            Plan placed = moved(withCopy, copy, a.laneId(), a.start().toLocalDate(), grid().endMinute(a.span()));
            edit("edit.duplicate", a, p -> placed);
            selectedId.set(copyId);
        });
    }

    @Override
    public void rate(String activityId, Integer rating) {
        activity(activityId).ifPresent(a -> {
            Evaluation after = Evaluation.rated(a.evaluation(), rating);
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
