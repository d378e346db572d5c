package no.cxday.planner.ui.timeline;

import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.Placement;
import no.cxday.planner.model.TimeGrid;

/**
 * Moves and resizes blocks with the mouse. On press it picks the mode from where the pointer is
 * (within {@value #EDGE} px of the top or bottom edge: resize; inside: move); while dragging it
 * sets the timeline's placement, which the skin draws as a ghost snapped to the grid, in any lane
 * and day; only on release does the plan change, to that placement.
 */
final class TimelineEditController {

    static final double EDGE = 5;
    private static final double DRAG_THRESHOLD = 3;

    private enum Mode {
        MOVE, RESIZE_START, RESIZE_END
    }

    private final TimelineSkin skin;
    private BlockNode pressed;
    private Mode mode;
    private Point2D pressedAt;
    private double grabMinutes;
    private boolean dragging;

    TimelineEditController(TimelineSkin skin) {
        this.skin = skin;
    }

    void attach(BlockNode node) {
        node.addEventHandler(MouseEvent.MOUSE_MOVED, e -> node.setCursor(cursor(modeAt(e.getY(), node))));
        node.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> press(node, e));
        node.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::drag);
        node.addEventHandler(MouseEvent.MOUSE_RELEASED, this::release);
    }

    private static Mode modeAt(double y, BlockNode node) {
        if (node.getHeight() > 3 * EDGE) {
            if (y <= EDGE) {
                return Mode.RESIZE_START;
            }
            if (y >= node.getHeight() - EDGE) {
                return Mode.RESIZE_END;
            }
        }
        return Mode.MOVE;
    }

    private static Cursor cursor(Mode mode) {
        return switch (mode) {
            case RESIZE_START -> Cursor.N_RESIZE;
            case RESIZE_END -> Cursor.S_RESIZE;
            case MOVE -> Cursor.MOVE;
        };
    }

    private Timeline timeline() {
        return skin.timeline();
    }

    private Point2D local(MouseEvent event) {
        return timeline().sceneToLocal(event.getSceneX(), event.getSceneY());
    }

    private void press(BlockNode node, MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY || timeline().actionsProperty().get() == null) {
            return;
        }
        timeline().requestFocus();
        timeline().selectedIdProperty().set(node.activityId());
        pressed = node;
        mode = modeAt(event.getY(), node);
        pressedAt = local(event);
        grabMinutes = skin.targetAt(pressedAt.getX(), pressedAt.getY()).minute() - node.block().startMinute();
        dragging = false;
        event.consume();
        if (event.getClickCount() == 2 && timeline().onOpenEditorProperty().get() != null) {
            timeline().onOpenEditorProperty().get().run();
        }
    }

    private void drag(MouseEvent event) {
        if (pressed == null) {
            return;
        }
        Point2D at = local(event);
        dragging |= at.distance(pressedAt) > DRAG_THRESHOLD;
        if (dragging) {
            timeline().placementProperty().set(placement(skin.targetAt(at.getX(), at.getY())));
            event.consume();
        }
    }

    /** On release the plan changes once, to exactly the placement the ghost showed. */
    private void release(MouseEvent event) {
        if (pressed == null) {
            return;
        }
        pressed = null;
        Placement placement = timeline().placementProperty().get();
        timeline().placementProperty().set(null);
        TimelineActions actions = timeline().actionsProperty().get();
        if (dragging && placement != null && actions != null) {
            actions.commit(placement);
            event.consume();
        }
    }

    /** Where the pressed block lands with the pointer over {@code target}: the grid decides. */
    private Placement placement(TimelineSkin.Target target) {
        TimeGrid grid = skin.grid();
        Activity activity = pressed.block().activity();
        return switch (mode) {
            case MOVE -> Placement.ofActivity(activity.id(), target.lane().id(),
                    grid.moved(activity, target.day(), target.minute() - grabMinutes));
            case RESIZE_START -> Placement.ofActivity(activity.id(), activity.laneId(),
                    grid.resizedAtStart(activity, target.minute()));
            case RESIZE_END -> Placement.ofActivity(activity.id(), activity.laneId(),
                    grid.resizedAtEnd(activity, target.minute()));
        };
    }
}
