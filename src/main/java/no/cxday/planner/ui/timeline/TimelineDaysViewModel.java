package no.cxday.planner.ui.timeline;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import no.cxday.planner.document.PlanDocument;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Plan;
import no.cxday.planner.model.TimelineLayout;
import no.cxday.planner.ui.WindowState;

/**
 * What of the programme the timeline shows: every day side by side or one day alone (stepped through,
 * or the CX day), the lanes narrowed to fit the width or kept wide, and where the current time is.
 */
public final class TimelineDaysViewModel {

    /** While the days fit the width, lanes are narrowed down to this and no further; beyond it the timeline scrolls. */
    public static final double READABLE_LANE_WIDTH = 60;
    /** Otherwise lanes are never narrower than this. */
    public static final double WIDE_LANE_WIDTH = 120;

    private final PlanDocument document;
    private final StringProperty selectedId;
    private final ObjectProperty<LocalDate> dayShown;
    private final BooleanProperty fitToWidth;
    private final Clock clock;
    private final ObjectBinding<TimelineLayout> layout;
    private final BooleanBinding oneDay;
    private final BooleanBinding canGoBack;
    private final BooleanBinding canGoForward;
    private final DoubleBinding narrowestLane;
    private final ReadOnlyObjectWrapper<LocalDateTime> now = new ReadOnlyObjectWrapper<>(this, "now");

    /**
     * @param allDays the layout of the whole plan, which this narrows to the day shown
     * @param state   the window's day shown and fit to width, which this works on
     * @param clock   the time the now line shows, in the plan's time zone
     */
    public TimelineDaysViewModel(PlanDocument document, ObservableValue<TimelineLayout> allDays, WindowState state,
            Clock clock) {
        this.document = document;
        this.selectedId = state.selectedActivityIdProperty();
        this.dayShown = state.dayShownProperty();
        this.fitToWidth = state.fitToWidthProperty();
        this.clock = clock;
        layout = Bindings.createObjectBinding(() -> dayShown.get() == null ? allDays.getValue()
                : onlyDay(allDays.getValue(), dayShown.get()), allDays, dayShown);
        oneDay = dayShown.isNotNull();
        canGoBack = Bindings.createBooleanBinding(() -> dayShown.get() != null
                && dayShown.get().isAfter(document.plan().firstDay()), dayShown, document.planProperty());
        canGoForward = Bindings.createBooleanBinding(() -> dayShown.get() != null
                && dayShown.get().isBefore(document.plan().lastDay()), dayShown, document.planProperty());
        narrowestLane = Bindings.createDoubleBinding(() -> fitToWidth.get() ? READABLE_LANE_WIDTH : WIDE_LANE_WIDTH,
                fitToWidth);
        refreshNow();
    }

    /** The day of the plan nearest to {@code day}: the first or the last for one outside them. */
    static LocalDate nearestDay(Plan plan, LocalDate day) {
        return day.isBefore(plan.firstDay()) ? plan.firstDay() : day.isAfter(plan.lastDay()) ? plan.lastDay() : day;
    }

    /** The layout of one day: its blocks, standing in the only column of days. */
    private static TimelineLayout onlyDay(TimelineLayout all, LocalDate day) {
        int index = all.days().indexOf(day);
        List<TimelineLayout.Block> blocks = all.blocks().stream().filter(b -> b.day() == index)
                .map(b -> new TimelineLayout.Block(b.activity(), 0, b.lane(), b.startMinute(), b.endMinute(),
                        b.column(), b.columns(), b.overlapping()))
                .toList();
        return new TimelineLayout(List.of(day), all.lanes(), all.dayStart(), all.dayEnd(), all.cxDay(), blocks);
    }

    /** What the timeline shows: every day, or the one day shown. */
    public ObjectBinding<TimelineLayout> layoutProperty() {
        return layout;
    }

    /** True while one day is shown alone. */
    public BooleanBinding oneDayProperty() {
        return oneDay;
    }

    public BooleanBinding canGoBackProperty() {
        return canGoBack;
    }

    public BooleanBinding canGoForwardProperty() {
        return canGoForward;
    }

    public BooleanProperty fitToWidthProperty() {
        return fitToWidth;
    }

    /**
     * How narrow a lane may be: {@link #READABLE_LANE_WIDTH} while fitting the width, else {@link #WIDE_LANE_WIDTH}.
     * The view listens to this rather than to the window's state, which outlives it.
     */
    public DoubleBinding narrowestLaneProperty() {
        return narrowestLane;
    }

    public void showAllDays() {
        dayShown.set(null);
    }

    /** Shows one day alone: the one shown already, else the selected activity's, else the CX day. */
    public void showOneDay() {
        if (dayShown.get() == null) {
            Plan plan = document.plan();
            LocalDate day = selectedId.get() == null ? plan.cxDay() : plan.activity(selectedId.get())
                    .map(Activity::start).map(LocalDateTime::toLocalDate).orElse(plan.cxDay());
            dayShown.set(nearestDay(plan, day));
        }
    }

    public void showCxDay() {
        dayShown.set(nearestDay(document.plan(), document.plan().cxDay()));
    }

    /** One day alone: the day before the one shown; nothing before the first day or while all days are shown. */
    public void previousDay() {
        if (canGoBack.get()) {
            dayShown.set(dayShown.get().minusDays(1));
        }
    }

    public void nextDay() {
        if (canGoForward.get()) {
            dayShown.set(dayShown.get().plusDays(1));
        }
    }

    /**
     * How wide each lane is drawn with {@code width} pixels for the lanes of the days shown: they share
     * it, but are never narrower than {@link #narrowestLaneProperty()}.
     */
    public double laneWidth(double width) {
        TimelineLayout shown = layout.get();
        int columns = Math.max(1, shown.days().size() * shown.lanes().size());
        return Math.max(narrowestLane.get(), Math.floor(width / columns));
    }

    /** The wall-clock time now where the plan takes place, for the line across the day. */
    public ReadOnlyObjectProperty<LocalDateTime> nowProperty() {
        return now.getReadOnlyProperty();
    }

    /** Reads the clock again: the now line moves on. */
    public void refreshNow() {
        String zone = document.plan().timeZone();
        Clock there = ZoneId.getAvailableZoneIds().contains(zone) ? clock.withZone(ZoneId.of(zone)) : clock;
        now.set(LocalDateTime.now(there));
    }
}
