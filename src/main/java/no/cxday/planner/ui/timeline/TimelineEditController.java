package no.cxday.planner.ui.timeline;

import no.cxday.planner.model.TimelineLayout;
import java.time.Duration;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import no.cxday.planner.model.Activity;
import no.cxday.planner.model.TimeGrid;

/**
 * Moves and resizes blocks with the mouse. On press it picks the mode from where the pointer is
 * (within {@value #EDGE} px of the top or bottom edge: resize; inside: move); while dragging it
 * shows a ghost snapped to the grid, in any lane and day; only on release does the plan change.
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

    private TimelineActions actions() {
        return skin.timeline().actionsProperty().get();
    }

    private Point2D local(MouseEvent event) {
        return skin.timeline().sceneToLocal(event.getSceneX(), event.getSceneY());
    }

    private void press(BlockNode node, MouseEvent event) {
        if (event.getButton() != MouseButton.PRIMARY || actions() == null) {
            return;
        }
        skin.timeline().requestFocus();
        actions().select(node.activityId());
        pressed = node;
        mode = modeAt(event.getY(), node);
        pressedAt = local(event);
        grabMinutes = skin.targetAt(pressedAt.getX(), pressedAt.getY()).minute() - node.block().startMinute();
        dragging = false;
        event.consume();
        if (event.getClickCount() == 2 && skin.timeline().onOpenEditorProperty().get() != null) {
            skin.timeline().onOpenEditorProperty().get().run();
        }
    }

    private void drag(MouseEvent event) {
        if (pressed == null) {
            return;
        }
        Point2D at = local(event);
        dragging |= at.distance(pressedAt) > DRAG_THRESHOLD;
        if (!dragging) {
            return;
        }
        TimelineSkin.Target target = skin.targetAt(at.getX(), at.getY());
        TimeGrid.Span span = span(target);
        TimelineSkin.Target shownAt = mode == Mode.MOVE ? target : sameColumn(target);
        skin.showGhost(shownAt, span);
        TimeGrid grid = skin.grid();
        actions().previewPlacement(pressed.activityId(), shownAt.lane().id(), span.start().toLocalDate(),
                grid.minuteOf(span.start()), grid.minuteOf(span.start()) + minutesBetween(span));
        event.consume();
    }

    private void release(MouseEvent event) {
        if (pressed == null) {
            return;
        }
        BlockNode node = pressed;
        pressed = null;
        skin.hideGhost();
        if (!dragging) {
            return;
        }
        Point2D at = local(event);
        TimelineSkin.Target target = skin.targetAt(at.getX(), at.getY());
        String id = node.activityId();
        switch (mode) {
            case MOVE -> actions().move(id, target.lane().id(), target.day(), target.minute() - grabMinutes);
            case RESIZE_START -> actions().resizeStart(id, target.minute());
            case RESIZE_END -> actions().resizeEnd(id, target.minute());
        }
        event.consume();
    }

    /** Where the block would land: the view model makes the same choice on release. */
    private TimeGrid.Span span(TimelineSkin.Target target) {
        TimeGrid grid = skin.grid();
        TimelineLayout.Block block = pressed.block();
        Activity activity = block.activity();
        return switch (mode) {
            case MOVE -> grid.place(target.day(), target.minute() - grabMinutes, activity.minutes());
            case RESIZE_START -> grid.resizeStart(activity.start().toLocalDate(), target.minute(), block.endMinute());
            case RESIZE_END -> grid.resizeEnd(activity.start().toLocalDate(), block.startMinute(), target.minute());
        };
    }

    private TimelineSkin.Target sameColumn(TimelineSkin.Target target) {
        TimelineLayout.Block block = pressed.block();
        TimelineLayout layout = skin.layout();
        return new TimelineSkin.Target(layout.days().get(block.day()), layout.lanes().get(block.lane()),
                target.minute());
    }

    private static long minutesBetween(TimeGrid.Span span) {
        return Duration.between(span.start(), span.end()).toMinutes();
    }
}
