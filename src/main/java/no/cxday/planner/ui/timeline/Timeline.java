package no.cxday.planner.ui.timeline;

import java.time.LocalDateTime;
import no.cxday.planner.model.TimelineLayout;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import no.cxday.planner.i18n.Messages;
import no.cxday.planner.model.Placement;
import no.cxday.planner.model.TimeGrid;

/**
 * The days of the plan as columns, the lanes side by side inside each day, time running down,
 * and every activity a block that can be moved, resized and dropped onto.
 */
public final class Timeline extends Control {

    public static final String DEFAULT_STYLE_CLASS = "timeline";
    public static final double MIN_ZOOM = 0.5;
    public static final double MAX_ZOOM = 4;

    private final Messages messages;
    private final ObjectProperty<TimelineLayout> layout = new SimpleObjectProperty<>(this, "layout");
    private final DoubleProperty pixelsPerMinute = new SimpleDoubleProperty(this, "pixelsPerMinute", 1.2);
    private final DoubleProperty laneWidth = new SimpleDoubleProperty(this, "laneWidth", 150);
    private final IntegerProperty gridStep = new SimpleIntegerProperty(this, "gridStep", TimeGrid.DEFAULT_STEP);
    private final StringProperty selectedId = new SimpleStringProperty(this, "selectedId");
    private final ObjectProperty<TimelineActions> actions = new SimpleObjectProperty<>(this, "actions");
    private final ObjectProperty<Placement> placement = new SimpleObjectProperty<>(this, "placement");
    private final ObjectProperty<LaneMenu> laneMenu = new SimpleObjectProperty<>(this, "laneMenu");
    private final ObjectProperty<Runnable> onOpenEditor = new SimpleObjectProperty<>(this, "onOpenEditor");
    private final BooleanProperty reviewMode = new SimpleBooleanProperty(this, "reviewMode");
    private final DoubleProperty viewportX = new SimpleDoubleProperty(this, "viewportX");
    private final DoubleProperty viewportY = new SimpleDoubleProperty(this, "viewportY");
    private final DoubleProperty viewportWidth = new SimpleDoubleProperty(this, "viewportWidth");
    private final DoubleProperty viewportHeight = new SimpleDoubleProperty(this, "viewportHeight");
    private final ObjectProperty<LocalDateTime> now = new SimpleObjectProperty<>(this, "now");

    /** What a lane's header offers in its context menu. */
    public interface LaneMenu {
        void rename(String laneId);

        void move(String laneId, int delta);

        void remove(String laneId);
    }

    public Timeline(Messages messages) {
        this.messages = messages;
        getStyleClass().add(DEFAULT_STYLE_CLASS);
        setFocusTraversable(true);
        setAccessibleRole(AccessibleRole.PARENT);
        setAccessibleText(messages.get("timeline.accessible"));
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new TimelineSkin(this);
    }

    Messages messages() {
        return messages;
    }

    public TimelineLayout getLayout() {
        return layout.get();
    }

    public ObjectProperty<TimelineLayout> layoutProperty() {
        return layout;
    }

    public DoubleProperty pixelsPerMinuteProperty() {
        return pixelsPerMinute;
    }

    public DoubleProperty laneWidthProperty() {
        return laneWidth;
    }

    public IntegerProperty gridStepProperty() {
        return gridStep;
    }

    public StringProperty selectedIdProperty() {
        return selectedId;
    }

    public ObjectProperty<TimelineActions> actionsProperty() {
        return actions;
    }

    /** Where the block or idea being dragged would land; null when nothing is dragged. */
    public ObjectProperty<Placement> placementProperty() {
        return placement;
    }

    public ObjectProperty<LaneMenu> laneMenuProperty() {
        return laneMenu;
    }

    public ObjectProperty<Runnable> onOpenEditorProperty() {
        return onOpenEditor;
    }

    /** In review mode every block shows its rating, and the keys 0 to 5 rate the selected one. */
    public BooleanProperty reviewModeProperty() {
        return reviewMode;
    }

    /** The left edge of what a scroll pane shows of the timeline; the hour labels stay there. */
    public DoubleProperty viewportXProperty() {
        return viewportX;
    }

    /** The top edge of what a scroll pane shows of the timeline; the headers stay there. */
    public DoubleProperty viewportYProperty() {
        return viewportY;
    }

    /**
     * The size of what a scroll pane shows; blocks far outside it get no nodes. 0 (no scroll pane)
     * shows every block.
     */
    public DoubleProperty viewportWidthProperty() {
        return viewportWidth;
    }

    public DoubleProperty viewportHeightProperty() {
        return viewportHeight;
    }

    /** The time now, drawn as a line across its day when that day is shown; null draws none. */
    public ObjectProperty<LocalDateTime> nowProperty() {
        return now;
    }

    /** Zooms the time axis by {@code factor}, within {@link #MIN_ZOOM} and {@link #MAX_ZOOM} pixels a minute. */
    public void zoom(double factor) {
        pixelsPerMinute.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, pixelsPerMinute.get() * factor)));
    }
}
